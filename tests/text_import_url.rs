//! Copied text keeps the article's address when the text gives it: after a
//! label (`المصدر: https://…`), on a line of its own at the bottom or the
//! top; that line leaves the body, and a link inside a sentence stays.

use qari::article::text_import::import;
use qari::article::{Article, Block};

const LEAD: &str = "قال المسؤول إن الاجتماع سيعقد غدا في العاصمة لبحث الملفات العالقة.";
const SECOND: &str = "وأضاف أن الأطراف كلها ستحضر الاجتماع المقبل بعد التشاور.";

fn imported(lines: &[&str]) -> Article {
    import(&lines.join("\n"), "t".into(), None).expect("imports")
}

fn texts(a: &Article) -> Vec<&str> {
    a.body.iter().map(Block::text).collect()
}

#[test]
fn a_labelled_link_at_the_bottom_is_the_url_and_leaves_the_body() {
    for source in [
        "المصدر: https://example.com/news/123",
        "المصدر : موقع الأخبار - https://example.com/news/123",
        "Source: https://example.com/news/123.",
    ] {
        let a = imported(&["عنوان الخبر الرئيسي اليوم", LEAD, SECOND, source]);
        assert_eq!(
            a.url.as_deref(),
            Some("https://example.com/news/123"),
            "{source}"
        );
        assert_eq!(texts(&a), [LEAD, SECOND], "{source}");
    }
}

#[test]
fn a_label_on_its_own_line_above_the_link_goes_with_it() {
    let a = imported(&[
        "عنوان الخبر الخامس اليوم",
        LEAD,
        SECOND,
        "رابط المقال:",
        "https://example.com/five",
    ]);
    assert_eq!(a.url.as_deref(), Some("https://example.com/five"));
    assert_eq!(texts(&a), [LEAD, SECOND]);
}

#[test]
fn a_lone_link_at_the_bottom_wins_over_one_in_the_middle() {
    let a = imported(&[
        "عنوان الخبر الثالث اليوم",
        LEAD,
        "https://t.co/embedded",
        SECOND,
        "https://example.com/bottom/3",
    ]);
    assert_eq!(a.url.as_deref(), Some("https://example.com/bottom/3"));
    assert!(texts(&a).iter().all(|t| !t.contains("https://")), "{a:?}");
}

#[test]
fn a_lone_link_at_the_top_is_the_url() {
    let a = imported(&[
        "https://example.com/top/1",
        "عنوان الخبر الثاني اليوم",
        LEAD,
        SECOND,
    ]);
    assert_eq!(a.url.as_deref(), Some("https://example.com/top/1"));
    assert_eq!(a.title, "عنوان الخبر الثاني اليوم");
    assert_eq!(texts(&a), [LEAD, SECOND]);
}

#[test]
fn a_link_inside_a_sentence_is_text_not_the_url() {
    let inside = "وللمزيد انظر https://example.com/more في موقع الوزارة.";
    let a = imported(&["عنوان الخبر اليوم", LEAD, inside]);
    assert_eq!(a.url, None);
    assert_eq!(texts(&a), [LEAD, inside]);
    // A source named without a link stays where the importer put it.
    let named = imported(&["عنوان الخبر اليوم", LEAD, "المصدر: رويترز"]);
    assert_eq!(named.url, None);
}

#[test]
fn qari_import_writes_the_url_into_the_json() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("news.txt");
    let body = [
        "عنوان الخبر الرئيسي اليوم",
        LEAD,
        SECOND,
        "المصدر: https://example.com/n/1",
    ];
    std::fs::write(&text, body.join("\n")).unwrap();
    let into = dir.path().join("lib");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_qari"))
        .args(["--config", "/nonexistent/qari.toml", "import"])
        .arg(&text)
        .arg("--into")
        .arg(&into)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(into.join("news.json")).unwrap()).unwrap();
    assert_eq!(json["url"], "https://example.com/n/1");
    assert!(!json.to_string().contains("المصدر"), "{json}");
}
