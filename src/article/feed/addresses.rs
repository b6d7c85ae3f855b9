//! Writers' addresses run into their names (`سامي —sami@news.example`).
//!
//! feed-rs splits a contact's `name address` at byte offsets one past the
//! address, which fall inside a letter when a non-ASCII character touches
//! the address, and panics: one writer's field would cost the whole feed.

/// `text` with a space between each address and a non-ASCII character it
/// touches, or `None` when no address touches one. Nothing else changes,
/// so the feed reads as it would have, its writers included.
pub fn spaced(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len() + 8);
    let mut changed = false;
    let mut rest = text;
    while let Some(at) = rest.find('@') {
        let start = rest[..at]
            .rfind(|c: char| !is_address_char(c))
            .map_or(0, |i| {
                i + rest[i..].chars().next().map_or(1, char::len_utf8)
            });
        let end = rest[at + 1..]
            .find(|c: char| !is_address_char(c))
            .map_or(rest.len(), |i| at + 1 + i);
        out.push_str(&rest[..start]);
        let before = rest[..start].chars().next_back();
        let after = rest[end..].chars().next();
        let address = start < at && end > at + 1;
        if address && before.is_some_and(|c| !c.is_ascii()) {
            out.push(' ');
            changed = true;
        }
        out.push_str(&rest[start..end]);
        if address && after.is_some_and(|c| !c.is_ascii()) {
            out.push(' ');
            changed = true;
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    changed.then_some(out)
}

fn is_address_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-')
}

#[cfg(test)]
mod tests {
    use super::spaced;

    #[test]
    fn an_address_touching_a_letter_or_a_dash_gets_a_space() {
        assert_eq!(
            spaced("<author>سامي —sami@news.example</author>").as_deref(),
            Some("<author>سامي — sami@news.example</author>")
        );
        assert_eq!(
            spaced("sami@news.example—سامي").as_deref(),
            Some("sami@news.example —سامي")
        );
    }

    #[test]
    fn addresses_already_apart_and_text_without_one_are_left_alone() {
        assert_eq!(spaced("<author>sami@news.example (سامي)</author>"), None);
        assert_eq!(spaced("href=\"mailto:a@b.example\""), None);
        assert_eq!(spaced("نص بلا عنوان @ ولا اسم"), None);
        assert_eq!(spaced("@سامي"), None);
    }
}
