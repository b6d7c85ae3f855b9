//! Copies the importer misread: a body's media desk and the writer it
//! sends, set apart by a dash or a slash; the same with the day after
//! another slash, the Hijri day beside it, the line closed by a colon
//! and opened by a square, as Yemeni sites head their stories.

mod support;

use support::copied::import_text;
use support::copied::story::{DATE, HEAD, LEAD, NEXT};
use support::copied::texts;

#[test]
fn a_bodys_media_desk_and_its_writer_give_the_writer() {
    for line in [
        "إعلام جامعة ذمار - فؤاد العنسي",
        "إعلام جامعة ذمار/ فؤاد العنسي",
    ] {
        let a = import_text(&[HEAD, line, DATE, LEAD, NEXT].join("\n"));
        assert_eq!(a.author.as_deref(), Some("فؤاد العنسي"), "{line}");
        assert_eq!(texts(&a), [LEAD, NEXT], "{line}");
    }
}

#[test]
fn a_desk_writer_and_day_on_one_slashed_line_give_all_three() {
    let line = "□إعلام جامعة ذمار/ فؤاد العنسي/ 16 أبريل 2025 الموافق 18 شوال 1446:";
    let lead = format!("■{LEAD}");
    let a = import_text(&[HEAD, line, &lead, NEXT].join("\n"));
    assert_eq!(a.author.as_deref(), Some("فؤاد العنسي"));
    assert_eq!(a.published.as_deref(), Some("2025-04-16"));
    assert_eq!(texts(&a), [lead.as_str(), NEXT]);
}

#[test]
fn a_lead_with_slashes_and_a_day_stays_the_lead() {
    let lead = "أعلنت إدارة الجامعة/ كلية الزراعة عن بدء التسجيل في برنامج الماجستير الجديد اعتبارا من 16 أبريل 2025 ولمدة شهر كامل.";
    let a = import_text(&[HEAD, DATE, lead, NEXT].join("\n"));
    assert_eq!(texts(&a), [lead, NEXT]);
}
