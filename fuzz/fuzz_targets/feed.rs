//! The feed reader on arbitrary bytes (RSS, Atom, RDF or JSON Feed as any
//! site or a broken proxy sends them, entity declarations included): an
//! error or articles, never a panic; no control character and no markup
//! tag in what it keeps; every id a safe file name; each link within its
//! block's text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use qari::article::{Article, feed, meta};

fuzz_target!(|bytes: &[u8]| {
    if let Ok(articles) = feed::parse(bytes, Some("https://feed.example/"), None) {
        articles.iter().for_each(check);
    }
});

fn check(a: &Article) {
    let clean = |s: &str| !s.chars().any(|c| c.is_control() && c != '\n');
    assert!(clean(&a.title), "control character in title {:?}", a.title);
    for field in [&a.author, &a.source, &a.url, &a.published].into_iter().flatten() {
        assert!(clean(field), "control character in {field:?}");
    }
    let slug = meta::slug(&a.id);
    assert!(
        !slug.is_empty() && !slug.contains(['/', '\\']) && !slug.starts_with('.'),
        "unsafe file name {slug:?} from id {:?}",
        a.id
    );
    for block in &a.body {
        let text = block.text();
        assert!(clean(text), "control character in {block:?}");
        assert!(!has_tag(text), "markup left in {block:?}");
    }
    for link in &a.links {
        let text = a.body[link.block].text();
        assert!(
            link.start <= link.end
                && link.end <= text.len()
                && text.is_char_boundary(link.start)
                && text.is_char_boundary(link.end),
            "link {link:?} outside its block {text:?}"
        );
    }
}

/// A tag qari should have removed: `<p>`, `</span>`, `<br/>`.
fn has_tag(text: &str) -> bool {
    text.match_indices('<').any(|(i, _)| {
        let rest = &text[i + 1..];
        let name: String = rest
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        let after = &rest.trim_start_matches('/')[name.len()..];
        ["p", "br", "div", "span", "a", "img", "b", "i"].contains(&name.to_ascii_lowercase().as_str())
            && (after.starts_with('>') || after.starts_with("/>"))
    })
}
