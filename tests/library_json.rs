//! The JSON article format, as the README documents it.

use std::path::Path;

use qari::article::json::parse;
use qari::article::{Article, Block};
use qari::layout::Direction;

fn one(json: &str) -> Article {
    let mut v = parse(json.as_bytes(), "my file", None).expect("parses");
    assert_eq!(v.len(), 1);
    v.remove(0)
}

#[test]
fn full_article_with_every_field() {
    let a = one(r#"{
          "id": "us-north-korea-will-pay",
          "title": "عنوان", "author": "كاتب", "source": "وكالة", "url": "https://example.com/a",
          "published": "2023-09-11T08:00:00Z", "lang": "ar", "dir": "rtl",
          "tags": ["سياسة", "آسيا"], "reading_minutes": 4,
          "body": [ {"heading": "فرعي"}, {"paragraph": "فقرة."}, {"quote": "قول", "by": "قائل"} ]
        }"#);
    assert_eq!(a.id, "us-north-korea-will-pay");
    assert_eq!(a.url.as_deref(), Some("https://example.com/a"));
    assert_eq!(a.published.as_deref(), Some("2023-09-11T08:00:00Z"));
    assert_eq!(a.tags, vec!["سياسة", "آسيا"]);
    assert_eq!(a.reading_minutes, 4);
    assert_eq!(
        a.body,
        vec![
            Block::Heading("فرعي".into()),
            Block::Paragraph("فقرة.".into()),
            Block::Quote {
                text: "قول".into(),
                by: Some("قائل".into())
            },
        ]
    );
}

#[test]
fn body_as_one_string_splits_on_blank_lines() {
    let a = one(r#"{"title": "t", "body": "الأولى\nتكملة\n\n\n  الثانية  \r\n\r\nالثالثة"}"#);
    let texts: Vec<&str> = a.body.iter().map(Block::text).collect();
    assert_eq!(texts, vec!["الأولى تكملة", "الثانية", "الثالثة"]);
}

#[test]
fn defaults_id_direction_and_reading_time() {
    let words = "كلمة ".repeat(300);
    let a = one(&format!(r#"{{"title": "عنوان", "body": "{words}"}}"#));
    assert_eq!(a.id, "my-file");
    assert_eq!(a.dir, Direction::Rtl);
    // 300 words at 138 a minute.
    assert_eq!(a.reading_minutes, 3);
    let a = one(r#"{"title": "Title", "lang": "en", "body": "text"}"#);
    assert_eq!(a.dir, Direction::Ltr);
    let a = one(r#"{"title": "Apple تطلق هاتفها الجديد اليوم", "body": "x"}"#);
    assert_eq!(a.dir, Direction::Rtl);
    let a = one(r#"{"title": "عنوان", "lang": "en", "dir": "rtl", "body": "x"}"#);
    assert_eq!(a.dir, Direction::Rtl);
}

#[test]
fn arrays_number_their_default_ids() {
    let v = parse(
        br#"[{"title": "a", "body": "x"}, {"id": "own", "title": "b", "body": "y"}, {"title": "c", "body": "z"}]"#,
        "batch",
        Some(Path::new("lib/batch.json")),
    )
    .expect("parses");
    let ids: Vec<&str> = v.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, vec!["batch-1", "own", "batch-3"]);
    assert!(
        v.iter()
            .all(|a| a.path.as_deref() == Some(Path::new("lib/batch.json")))
    );
}

#[test]
fn unknown_fields_and_block_kinds_are_ignored() {
    let a = one(
        r#"{"title": "t", "rating": {"stars": [1, 2, {"x": null}]}, "version": 7,
            "body": [{"image": "a.png", "caption": "c"}, {"paragraph": "p", "style": "bold"}, "bare"]}"#,
    );
    assert_eq!(
        a.body,
        vec![
            Block::Paragraph("p".into()),
            Block::Paragraph("bare".into())
        ]
    );
}

#[test]
fn errors_say_what_and_where() {
    type Position = (Option<usize>, Option<usize>);
    let cases: &[(&str, Position, &str)] = &[
        (
            r#"{"body": "x"}"#,
            (Some(1), Some(13)),
            "missing field `title`",
        ),
        (
            "{\n\"title\": \"t\"\n}",
            (Some(3), Some(1)),
            "missing field `body`",
        ),
        (
            "{\"title\": \"t\",\n \"body\": 5}",
            (Some(2), Some(10)),
            "a string or an array of blocks",
        ),
        (
            r#"{"title": "t", "dir": "up", "body": ""}"#,
            (Some(1), Some(26)),
            "unknown variant `up`",
        ),
        (
            r#"{"title": "  ", "body": "x"}"#,
            (None, None),
            "the title is empty",
        ),
        (
            r#"{"title": "t", "body": [{"heading": "h", "paragraph": "p"}]}"#,
            (Some(1), Some(58)),
            "both",
        ),
        ("", (None, None), "empty file"),
        ("[]", (None, None), "no article"),
        (
            "{\"title\": \"t\", \"body\": \"x\"} trailing",
            (Some(1), Some(29)),
            "trailing characters",
        ),
    ];
    for (json, (line, column), message) in cases {
        let err = parse(json.as_bytes(), "f", None).expect_err(json);
        assert_eq!((err.line, err.column), (*line, *column), "{json}: {err}");
        assert!(err.message.contains(message), "{json}: {err}");
        assert!(!err.message.contains(" at line "), "{json}: {err}");
    }
}

#[test]
fn byte_order_mark_is_accepted() {
    let a = parse(
        b"\xEF\xBB\xBF{\"title\": \"t\", \"body\": \"x\"}",
        "f",
        None,
    )
    .expect("parses");
    assert_eq!(a[0].title, "t");
}

#[test]
fn controls_are_removed_and_bidi_controls_kept() {
    let a = one(
        r#"{"title": "\u001b]2;owned\u0007عنوان\u001b[2J", "author": "\u009b31m كاتب\t\tفلان",
            "body": [{"paragraph": "\u202bنص\u202c\u0000 مع\ttab"}]}"#,
    );
    assert_eq!(a.title, "]2;ownedعنوان[2J");
    assert_eq!(a.author.as_deref(), Some("31m كاتب فلان"));
    assert_eq!(a.body[0].text(), "\u{202B}نص\u{202C} مع tab");
}

#[test]
fn nesting_ten_thousand_deep_is_an_error_or_ignored() {
    let open = "[".repeat(10_000);
    let close = "]".repeat(10_000);
    // Where the format has a field, the wrong type is reported at once.
    let deep_tags = format!(r#"{{"title": "t", "body": "x", "tags": {open}{close}}}"#);
    let err = parse(deep_tags.as_bytes(), "f", None).expect_err("tags of arrays");
    assert_eq!((err.line, err.column), (Some(1), Some(37)), "{err}");
    // An unknown field is skipped without recursion, however deep.
    let deep_extra = format!(r#"{{"title": "t", "body": "x", "extra": {open}{close}}}"#);
    assert_eq!(
        parse(deep_extra.as_bytes(), "f", None).expect("loads")[0].title,
        "t"
    );
    // Unbalanced nesting is an error, not a stack overflow.
    assert!(parse(open.as_bytes(), "f", None).is_err());
    let objects = format!("{}1", r#"{"a":"#.repeat(10_000));
    assert!(parse(objects.as_bytes(), "f", None).is_err());
}

#[test]
fn invalid_utf8_is_an_error_with_position() {
    let err = parse(b"{\"title\": \"\xff\xfe\", \"body\": \"x\"}", "f", None).expect_err("bad");
    assert_eq!(err.line, Some(1));
    assert!(
        err.message.contains("UTF-8") || err.message.contains("unicode"),
        "{err}"
    );
    let err = parse(br#"{"title": "\ud800", "body": "x"}"#, "f", None).expect_err("lone surrogate");
    assert_eq!(err.line, Some(1), "{err}");
}
