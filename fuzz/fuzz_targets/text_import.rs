//! The text importer on arbitrary bytes (saved web pages are whatever the
//! site and the browser made of them): an error or an article, never a
//! panic, and no control character in what it keeps.
#![no_main]

use libfuzzer_sys::fuzz_target;
use qari::article::text_import;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(a) = text_import::import_bytes(bytes, "fuzz".into(), None) {
        let clean = |s: &str| !s.chars().any(|c| c.is_control() && c != '\n');
        assert!(clean(&a.title), "control character in title {:?}", a.title);
        for block in &a.body {
            assert!(clean(block.text()), "control character in {block:?}");
        }
    }
});
