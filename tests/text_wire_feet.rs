//! A wire's story as its own site shows it, and a story's foot in another
//! language: the dateline a Gulf agency opens its lead with, unmarked
//! (`أبها 12 رجب 1445 هـ الموافق 24 يناير 2024 م واس أطلق…`), which credits
//! the agency and stays the lead's first words, its time stamp under the
//! end mark, and a French page's credit line (`Source :`)
//! and comment box under an Arabic story; and a "read also" line whose
//! verb speaks to every reader (`اقرأ/ي أيضًا:`); a paper's notice to its
//! advertisers in the foot, and a Sudanese city's credit line under a story
//! (`عطبرة: الميدان`).

mod support;

use support::copied::story::{DATE, HEAD, LEAD, NEXT};
use support::copied::{import_text, texts};

#[test]
fn an_unmarked_agency_dateline_opens_the_lead_and_its_time_stamp_goes() {
    let lead = format!("أبها 12 رجب 1445 هـ الموافق 24 يناير 2024 م واس {LEAD}");
    let a = import_text(&[HEAD, DATE, &lead, NEXT, "//انتهى//", "20:15ت م"].join("\n"));
    assert_eq!(a.source.as_deref(), Some("واس"));
    assert_eq!(texts(&a), [lead.as_str(), NEXT]);
}

#[test]
fn a_french_foot_under_an_arabic_story_gives_its_source_and_goes() {
    let foot = [
        "Source : الحرية",
        "Partager",
        "Commentaires : 0",
        "Avertissement",
        "Les commentaires sont de la seule responsabilité de leurs auteurs.",
    ];
    let mut lines = vec![HEAD, DATE, LEAD, NEXT];
    lines.extend(foot);
    let a = import_text(&lines.join("\n"));
    assert_eq!(a.source.as_deref(), Some("الحرية"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
    // The same credit in Arabic.
    let a = import_text(&[HEAD, DATE, LEAD, NEXT, "المصدر: الحرية"].join("\n"));
    assert_eq!(a.source.as_deref(), Some("الحرية"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_read_also_line_speaking_to_every_reader_is_not_the_story() {
    let also = "اقرأ/ي أيضًا: الجزيرة.. ارتفاع جنوني في إيجارات المنازل مع تدفق النازحين";
    let a = import_text(&[HEAD, DATE, LEAD, also, NEXT].join("\n"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_papers_notice_to_its_advertisers_ends_the_story() {
    let notice = [
        "إلى السادة المعلنين",
        "يسر إدارة الجريدة أن تستقبل طلبات الإعلان في مقرها الرئيسي وسط العاصمة طوال أيام الأسبوع.",
    ];
    let mut lines = vec![HEAD, DATE, LEAD, NEXT];
    lines.extend(notice);
    assert_eq!(texts(&import_text(&lines.join("\n"))), [LEAD, NEXT]);
}

#[test]
fn a_sudanese_citys_credit_line_under_the_story_is_not_a_paragraph() {
    for place in ["عطبرة", "ود مدني", "الخرطوم بحري", "كسلا"] {
        let credit = format!("{place}: الميدان");
        let a = import_text(&[HEAD, DATE, LEAD, NEXT, &credit].join("\n"));
        assert_eq!(texts(&a), [LEAD, NEXT], "{credit}");
        assert_eq!(a.source.as_deref(), Some("الميدان"), "{credit}");
    }
}
