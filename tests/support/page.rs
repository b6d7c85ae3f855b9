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
