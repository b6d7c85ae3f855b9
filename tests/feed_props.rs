//! Feeds damaged at random: whatever the bytes, parsing ends with articles
//! or an error, never a panic, and what it gives is clean (no control
//! characters in any field, ids that are safe file names).

use proptest::prelude::*;
use qari::article::{Block, feed, sanitize};

const FIXTURES: [&[u8]; 4] = [
    include_bytes!("data/feeds/rss2.xml"),
    include_bytes!("data/feeds/atom.xml"),
    include_bytes!("data/feeds/rss1.rdf"),
    include_bytes!("data/feeds/feed.json"),
];

/// A fixture with some bytes overwritten, some spans deleted and some
/// hostile pieces spliced in.
fn damaged() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop::sample::select(vec![
        &b"<"[..],
        b">",
        b"]]>",
        b"<![CDATA[",
        b"&amp;",
        b"&lol;",
        b"<!DOCTYPE x [<!ENTITY a \"b\">]>",
        b"\x1b[31m",
        b"\xc2\x9b",
        b"\xff\xfe",
        b"\0",
        b"</item>",
        b"<item><title>",
        b"\"",
        b"{",
        b"}",
    ]);
    (
        0..FIXTURES.len(),
        prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..6),
        prop::collection::vec((any::<prop::sample::Index>(), 0usize..40), 0..3),
        prop::collection::vec((any::<prop::sample::Index>(), piece), 0..4),
    )
        .prop_map(|(which, flips, cuts, splices)| {
            let mut bytes = FIXTURES[which].to_vec();
            for (at, byte) in flips {
                let i = at.index(bytes.len());
                bytes[i] = byte;
            }
            for (at, len) in cuts {
                let i = at.index(bytes.len());
                let end = (i + len).min(bytes.len());
                bytes.drain(i..end);
            }
            for (at, piece) in splices {
                let i = at.index(bytes.len() + 1);
                bytes.splice(i..i, piece.iter().copied());
            }
            bytes
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn damaged_feeds_give_clean_articles_or_an_error(bytes in damaged()) {
        let Ok(articles) = feed::parse(&bytes, None, None) else {
            return Ok(());
        };
        prop_assert!(!articles.is_empty());
        for a in &articles {
            prop_assert!(!a.title.is_empty());
            prop_assert!(
                a.id.chars().all(|c| c.is_alphanumeric() || c == '-') && a.id.len() < 250,
                "{:?}", a.id
            );
            let fields = [Some(&a.title), a.author.as_ref(), a.source.as_ref(), a.url.as_ref(), a.published.as_ref()];
            for f in fields.into_iter().flatten() {
                prop_assert!(sanitize::is_clean(f), "{f:?}");
            }
            for b in &a.body {
                prop_assert!(sanitize::is_clean(b.text()), "{b:?}");
                prop_assert!(!b.text().is_empty(), "{b:?}");
                if let Block::Quote { by: Some(by), .. } = b {
                    prop_assert!(sanitize::is_clean(by));
                }
            }
        }
    }
}
