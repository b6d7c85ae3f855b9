//! List items and links in the JSON article format: read, written by
//! `qari import`, and read back unchanged.

use qari::article::json::{self, ArticleOut};
use qari::article::{Block, Link};

const FILE: &str = r#"{
  "title": "عنوان",
  "body": [
    {"paragraph": "أعلنت وزارة الصحة اليوم", "links": [{"start": 6, "end": 17, "url": "https://news.example/health"}]},
    {"item": "البند الأول"},
    {"item": "رابط خارج النص", "links": [{"start": 5, "end": 99, "url": "https://x.example/"}, {"start": 3, "end": 3, "url": "https://y.example/"}]},
    {"heading": "عنوان فرعي", "links": [{"start": 0, "end": 4, "url": "https://z.example/"}]}
  ]
}"#;

#[test]
fn links_are_read_in_characters_and_kept_in_bytes() {
    let a = json::parse(FILE.as_bytes(), "a", None).unwrap().remove(0);
    assert_eq!(a.body[1], Block::ListItem("البند الأول".into()));
    assert_eq!(a.links.len(), 2, "{:?}", a.links);
    let l = &a.links[0];
    assert_eq!(
        (&a.body[0].text()[l.start..l.end], l.url.as_str(), l.block),
        ("وزارة الصحة", "https://news.example/health", 0)
    );
    // A range past the text or an empty one is dropped, not an error.
    assert_eq!(a.links_of(2).count(), 0);
    let l = &a.links[1];
    assert_eq!((l.block, &a.body[3].text()[l.start..l.end]), (3, "عنوا"));
}

#[test]
fn what_import_writes_reads_back_the_same() {
    let a = json::parse(FILE.as_bytes(), "a", None).unwrap().remove(0);
    let written = serde_json::to_string_pretty(&ArticleOut::new(&a)).unwrap();
    assert!(written.contains(r#""item": "البند الأول""#), "{written}");
    assert!(written.contains(r#""start": 6"#), "{written}");
    let back = json::parse(written.as_bytes(), "a", None)
        .unwrap()
        .remove(0);
    assert_eq!(back.body, a.body);
    assert_eq!(back.links, a.links);
    assert_eq!(
        back.links_of(0).collect::<Vec<_>>(),
        vec![&Link {
            block: 0,
            start: 11,
            end: 32,
            url: "https://news.example/health".into()
        }]
    );
}
