//! HTML to blocks, on generated markup: whatever the input, the blocks
//! hold no markup, no character reference and no control character, and
//! every link points inside its block's text.

use proptest::prelude::*;
use qari::article::html::{decode_references, fragment_to_body};
use qari::article::{Block, sanitize};

/// Text a page holds, hostile pieces included: references escaped once
/// and twice, markup escaped as text, controls raw and as references.
fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => "[ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإةى]{1,8}",
        2 => "[a-zA-Z0-9]{1,6}",
        3 => Just(" ".to_string()),
        1 => "[\n\t\r ]{1,3}",
        1 => "[.,،؛:!?()«»“”%/-]",
        1 => prop::sample::select(vec![
            "&amp;", "&lt;", "&gt;", "&quot;", "&#1575;", "&#x627;", "&nbsp;", "&hellip;",
            "&amp;quot;", "&amp;amp;lt;", "&amp;lt;b&amp;gt;", "&lt;/p&gt;", "&lt;!-- x --&gt;",
            "&#27;[31m", "&#x9b;", "&#0;", "&#7;", "&raquo;", "&zwnj;", "&rlm;", "&", "&;", "3 &lt; 4",
            "&lt;img src=x onerror=alert(1)&gt;", "&amp;#1576;",
        ])
        .prop_map(str::to_owned),
        1 => "[\u{1b}\u{7}\u{0}\u{7f}\u{9b}\u{85}\u{200F}\u{202E}\u{FEFF}]",
    ];
    prop::collection::vec(piece, 0..12).prop_map(|v| v.concat())
}

/// Markup: elements of the kinds pages use, nested, around text.
fn html() -> impl Strategy<Value = String> {
    let leaf = text();
    leaf.prop_recursive(4, 48, 6, |inner| {
        let tags = prop::sample::select(vec![
            "p",
            "div",
            "span",
            "b",
            "h2",
            "h4",
            "blockquote",
            "ul",
            "ol",
            "li",
            "cite",
            "footer",
            "figure",
            "figcaption",
            "script",
            "style",
            "section",
            "table",
            "td",
            "q",
            "em",
            "aside",
            "nav",
            "form",
            "pre",
            "code",
        ]);
        prop_oneof![
            (tags, prop::collection::vec(inner.clone(), 0..4))
                .prop_map(|(t, kids)| format!("<{t}>{}</{t}>", kids.concat())),
            (text(), inner.clone()).prop_map(|(href, kid)| {
                format!(
                    "<a href=\"https://x.example/{}\">{kid}</a>",
                    href.replace('"', "")
                )
            }),
            prop::collection::vec(inner.clone(), 0..4).prop_map(|kids| kids.join("<br>")),
            inner.prop_map(|k| format!("<div class=\"share\">{k}</div>")),
        ]
    })
}

/// `<` followed by what starts a tag, closed by `>` before another `<`.
fn has_markup(s: &str) -> bool {
    s.match_indices('<').any(|(i, _)| {
        let rest = &s[i + 1..];
        rest.starts_with(|c: char| c.is_ascii_alphabetic() || c == '/' || c == '!')
            && rest
                .find(['<', '>'])
                .is_some_and(|j| rest[j..].starts_with('>'))
    })
}

fn check(s: &str, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(!s.chars().any(char::is_control), "control in {what}: {s:?}");
    prop_assert!(!has_markup(s), "markup in {what}: {s:?}");
    prop_assert_eq!(decode_references(s), s, "reference in {}", what);
    prop_assert_eq!(sanitize::inline(s), s, "untidy {}", what);
    prop_assert!(s.chars().any(char::is_alphanumeric), "empty {what}: {s:?}");
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn blocks_hold_clean_text_and_links_stay_inside(html in html()) {
        let body = fragment_to_body(&html, Some("https://news.example/a/b.html")).unwrap();
        for block in &body.blocks {
            check(block.text(), "text")?;
            if let Block::Quote { by: Some(by), .. } = block {
                check(by, "attribution")?;
            }
        }
        let mut last = (0, 0);
        for l in &body.links {
            let text = body.blocks.get(l.block).map(Block::text);
            prop_assert!(text.is_some(), "link to block {} of {}", l.block, body.blocks.len());
            let text = text.unwrap_or_default();
            prop_assert!(l.start < l.end && l.end <= text.len(), "{l:?} in {text:?}");
            prop_assert!(text.is_char_boundary(l.start) && text.is_char_boundary(l.end));
            prop_assert!((l.block, l.start) >= last, "links out of order");
            last = (l.block, l.start);
        }
    }
}

#[test]
fn the_markup_check_sees_tags_and_lets_comparisons_through() {
    assert!(has_markup("a <b>x"));
    assert!(has_markup("</p>"));
    assert!(!has_markup("3 < 4 > 2"));
    assert!(!has_markup("<b"));
}

/// Markup escaped at two depths decodes to a tag inside a tag; neither
/// may reach the reader, and a comparison beside them stays.
#[test]
fn a_tag_escaped_inside_another_leaves_no_markup() {
    for (html, want) in [
        ("<p>&amp;amp;lt;a&amp;lt;b&amp;gt;&gt;</p>", None),
        (
            "<p>نص &amp;lt;span&amp;lt;i&amp;gt;&amp;gt; آخر</p>",
            Some("نص آخر"),
        ),
        (
            "<p>3 &amp;lt; 4 &amp;lt;b&amp;gt;و&amp;lt;/b&amp;gt; 5 &gt; 2</p>",
            Some("3 < 4 و 5 > 2"),
        ),
    ] {
        let body = fragment_to_body(html, None).unwrap();
        let texts: Vec<&str> = body.blocks.iter().map(Block::text).collect();
        assert!(texts.iter().all(|t| !has_markup(t)), "{html}: {texts:?}");
        if let Some(want) = want {
            assert_eq!(texts, [want], "{html}");
        }
    }
}
