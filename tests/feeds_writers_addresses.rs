//! A writer's address run into the name (`سامي —sami@…`), which the feed
//! parser cannot split: the feed still imports whole, the writer named.

mod support;

use std::fs;
use std::path::Path;
use std::process::Output;

use support::cli::{files_in, json, library_files, output_within_a_minute, qari_at_home, text};

fn import(dir: &Path, name: &str, feed: &str) -> Output {
    let path = dir.join(name);
    fs::write(&path, feed).unwrap();
    let mut cmd = qari_at_home(dir);
    cmd.args(files_in(dir)).arg("import").arg(&path);
    output_within_a_minute(cmd)
}

fn authors(dir: &Path) -> Vec<String> {
    let mut authors: Vec<String> = library_files(dir)
        .values()
        .map(|b| json(b)["author"].as_str().unwrap_or("").to_owned())
        .collect();
    authors.sort();
    authors
}

const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>صحيفة الساحل</title>
<item><title>افتتاح سوق السمك الجديد في الميناء</title>
<description>افتتحت البلدية صباح اليوم سوق السمك الجديد في الميناء بعد عامين من العمل.</description>
<author>سامي الحداد —sami@sahel.example</author></item>
<item><title>أمطار غزيرة على المرتفعات الغربية</title>
<description>توقعت الأرصاد هطول أمطار غزيرة على المرتفعات الغربية حتى مساء الغد.</description>
<author>noura@sahel.example—نورة سالم</author></item>
</channel></rss>
"#;

#[test]
fn an_rss_feed_whose_writers_addresses_touch_their_names_imports_every_entry() {
    let dir = tempfile::tempdir().unwrap();
    let out = import(dir.path(), "sahel.xml", RSS);
    let stderr = text(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(
        text(&out.stdout).contains("sahel.xml: 2 new articles"),
        "{}",
        text(&out.stdout)
    );
    assert_eq!(authors(dir.path()), ["سامي الحداد", "نورة سالم"]);
}

const JSON_FEED: &str = r#"{"version": "https://jsonfeed.org/version/1.1",
 "title": "صحيفة الساحل",
 "items": [{"id": "1", "title": "افتتاح سوق السمك الجديد في الميناء",
   "content_text": "افتتحت البلدية صباح اليوم سوق السمك الجديد في الميناء بعد عامين من العمل.",
   "authors": [{"name": "سامي الحداد —sami@sahel.example"}]}]}
"#;

#[test]
fn a_json_feed_with_such_a_writer_imports_too() {
    let dir = tempfile::tempdir().unwrap();
    let out = import(dir.path(), "sahel.json", JSON_FEED);
    let stderr = text(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(authors(dir.path()), ["سامي الحداد"]);
}
