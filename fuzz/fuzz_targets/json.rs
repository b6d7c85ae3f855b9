//! The JSON article parser on arbitrary bytes: an error or articles, never a
//! panic; and whatever loads carries no control character to the terminal.
#![no_main]

use libfuzzer_sys::fuzz_target;
use qari::article::{Article, json};

fuzz_target!(|bytes: &[u8]| {
    if let Ok(articles) = json::parse(bytes, "fuzz", None) {
        articles.iter().for_each(check);
    }
});

fn check(a: &Article) {
    let clean = |s: &str| !s.chars().any(|c| c.is_control() && c != '\n');
    assert!(clean(&a.title), "control character in title {:?}", a.title);
    for block in &a.body {
        assert!(clean(block.text()), "control character in {block:?}");
    }
    for field in [&a.author, &a.source, &a.url].into_iter().flatten() {
        assert!(clean(field), "control character in {field:?}");
    }
}
