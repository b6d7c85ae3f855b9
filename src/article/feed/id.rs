//! Stable, readable ids for feed entries.
//!
//! An entry's id is made from what the feed says identifies it: the RSS
//! `guid`, the Atom or JSON Feed `id`, else its link. The same entry gets the
//! same id on every import, so importing a feed again finds the entries it
//! already wrote. The id is a slug of that key, percent-decoded so that an
//! Arabic link reads as Arabic, cut to a length a file name can hold, and
//! ends with a hash of the whole key so that two keys that slug alike (or
//! share their first sixty letters) still get different ids.

use crate::article::meta;

/// The longest readable part of an id, in characters. Arabic letters take
/// two bytes in UTF-8, so with the hash and `.json` the file name stays well
/// under the 255 bytes file systems allow.
const MAX_READABLE: usize = 60;

/// The id for an entry identified by `key`. `scope` qualifies a key that is
/// not a URI (an RSS `guid` of "12345"), so that the same number in two
/// feeds does not make the same id; a URI key is global on its own.
pub fn entry_id(key: &str, scope: &str) -> String {
    let key = key.trim();
    let decoded = percent_decode(key);
    let full = if is_uri(key) {
        decoded.clone()
    } else {
        format!("{scope} {decoded}")
    };
    let readable = readable_part(&decoded);
    format!("{readable}-{:08x}", fnv1a(full.as_bytes()) as u32)
}

/// `scheme:` followed by something: an http link, a `tag:` URI, a `urn:`.
fn is_uri(key: &str) -> bool {
    key.split_once(':').is_some_and(|(scheme, rest)| {
        !rest.is_empty()
            && scheme
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    })
}

/// The slug of the key without its scheme and `www.`, cut to
/// [`MAX_READABLE`] characters. Links put what names the article last, so a
/// long key keeps its host's first label and the end of its path.
fn readable_part(decoded: &str) -> String {
    let rest = match decoded.split_once("://") {
        Some((_, rest)) => rest,
        None => decoded,
    };
    let rest = rest.strip_prefix("www.").unwrap_or(rest);
    let slug = meta::slug(rest);
    let chars: Vec<char> = slug.chars().collect();
    if chars.len() <= MAX_READABLE {
        return slug;
    }
    let head: String = slug
        .split('-')
        .next()
        .unwrap_or("")
        .chars()
        .take(20)
        .collect();
    let room = MAX_READABLE.saturating_sub(head.chars().count() + 1);
    let tail: String = chars[chars.len() - room..].iter().collect();
    // Start the tail at a word boundary when there is one.
    let tail = match tail.split_once('-') {
        Some((_, after)) if !after.is_empty() => after,
        _ => tail.as_str(),
    };
    format!("{head}-{tail}")
}

/// Percent-decodes `s` when the result is UTF-8, else returns it as it is:
/// a link's path is almost always percent-encoded UTF-8.
pub fn percent_decode(s: &str) -> String {
    if !s.contains('%') {
        return s.to_owned();
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%'
            && let (Some(h), Some(l)) = (
                bytes.get(i + 1).copied().and_then(hex),
                bytes.get(i + 2).copied().and_then(hex),
            )
        {
            out.push((h * 16 + l) as u8);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_owned())
}

/// FNV-1a, 64 bits: written out here because the ids it makes are stored in
/// file names and must not change with a library's version.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_links_read_as_arabic_and_encodings_agree() {
        let encoded = "https://www.example.net/news/%D8%A7%D9%84%D8%B7%D9%82%D8%B3-%D8%A7%D9%84%D9%8A%D9%88%D9%85";
        let id = entry_id(encoded, "feed");
        assert!(id.starts_with("example-net-news-الطقس-اليوم-"), "{id}");
        // The same link written with its letters raw is the same entry.
        assert_eq!(
            id,
            entry_id("https://www.example.net/news/الطقس-اليوم", "x")
        );
        // Lower-case hex digits too.
        assert_eq!(id, entry_id(&encoded.to_lowercase(), "y"));
    }

    #[test]
    fn ids_are_fixed_across_versions() {
        // The file names of imported entries depend on these staying put.
        assert_eq!(
            entry_id("https://example.net/a?p=1", ""),
            "example-net-a-p-1-7493e87c"
        );
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }

    #[test]
    fn bare_guids_are_scoped_to_their_feed() {
        assert_ne!(entry_id("12345", "feed one"), entry_id("12345", "feed two"));
        assert!(entry_id("12345", "feed one").starts_with("12345-"));
        assert_eq!(
            entry_id("tag:example.net,2024:7", "a"),
            entry_id("tag:example.net,2024:7", "b")
        );
    }

    #[test]
    fn long_keys_keep_the_host_and_the_end_of_the_path() {
        let long = format!(
            "https://news.example.org/{}/final-words",
            "section/".repeat(30)
        );
        let id = entry_id(&long, "");
        let readable = id.rsplit_once('-').unwrap().0;
        assert!(readable.chars().count() <= MAX_READABLE, "{id}");
        assert!(id.starts_with("news-"), "{id}");
        assert!(readable.ends_with("final-words"), "{id}");
        assert_ne!(id, entry_id(&long.replace("final", "other"), ""));
    }

    #[test]
    fn undecodable_percent_sequences_are_kept() {
        assert_eq!(percent_decode("a%ZZb%"), "a%ZZb%");
        assert_eq!(percent_decode("%FF"), "%FF");
        assert_eq!(percent_decode("100%25"), "100%");
    }
}
