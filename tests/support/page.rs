//! Saved pages written in a test, imported as `qari` loads a file.

use qari::article::{Article, scan};

/// The article `html` gives when saved as `page.html` and loaded.
pub fn load_html(html: &str) -> Article {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("page.html");
    std::fs::write(&path, html).unwrap();
    let mut all = scan::load_file(&path).unwrap_or_else(|p| panic!("{p}"));
    all.remove(0)
}

/// A page with `head` in its `<head>` and `body` in its `<body>`.
pub fn page(head: &str, body: &str) -> String {
    format!("<html><head>{head}</head><body>{body}</body></html>")
}

/// `paragraphs`, each in a `<p>` of its own.
pub fn paragraphs(paragraphs: &[&str]) -> String {
    paragraphs.iter().map(|p| format!("<p>{p}</p>")).collect()
}
