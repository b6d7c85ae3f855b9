//! A story an aggregator took from a paper, copied or saved from the
//! aggregator's page: its notice that the story ran in the paper (`وهذا
//! الخبر منشور في موقع الشروق الجديد، ولا يتحمل مصرس مسؤولية محتواه`)
//! credits the paper and goes, with its link back to the paper; and the
//! agencies credited under a story (`(وكالات)`) over the section it was
//! filed in and the site's other headlines.

mod support;

use qari::article::Block;
use support::copied::story::{DATE, HEAD, LEAD, NEXT};
use support::copied::{import_text, texts};
use support::page::load_html;

const NOTICE: &str =
    "مصرس - محرك بحث إخباري، وهذا الخبر منشور في موقع الشروق الجديد، ولا يتحمل مصرس مسؤولية محتواه.";

#[test]
fn a_copied_aggregators_notice_credits_the_paper_and_goes() {
    let lines = [
        "مصرس",
        HEAD,
        DATE,
        LEAD,
        NEXT,
        NOTICE,
        "اضغط هنا لقراءة الخبر من مصدره",
    ];
    let a = import_text(&lines.join("\n"));
    assert_eq!(a.source.as_deref(), Some("الشروق الجديد"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_saved_aggregators_page_credits_the_paper_not_itself() {
    let html = format!(
        "<html><head><meta charset=\"utf-8\"><title>مصرس : {HEAD}</title>\
         <meta property=\"og:site_name\" content=\"Masress مصرس\"></head><body>\
         <div id=\"content\"><h1>{HEAD}</h1><div class=\"article\">\
         <p>{LEAD}</p><p>{NEXT}</p>\
         <p>وأشار التقرير إلى أن المزارعين يطالبون بفتح أسواق جديدة في الخارج قبل نهاية الموسم.</p>\
         </div><div class=\"disclaimer\">{NOTICE}</div></div></body></html>"
    );
    let a = load_html(&html);
    assert_eq!(a.source.as_deref(), Some("الشروق الجديد"));
    let last = a.body.last().map(Block::text).unwrap_or_default();
    assert!(!last.contains("مصرس"), "the notice stayed: {last}");
}

#[test]
fn a_sentence_about_publishing_is_no_notice() {
    let said =
        "وحمّل الوزير الشركة المسؤولية عن البيان الذي نشر في موقعها الرسمي قبل أن يسحب بعد ساعات.";
    let a = import_text(&[HEAD, DATE, LEAD, NEXT, said].join("\n"));
    assert_eq!(texts(&a), [LEAD, NEXT, said]);
    assert_eq!(a.source, None);
}

#[test]
fn the_agencies_under_a_story_are_read_over_its_section_and_other_headlines() {
    let lines = [
        HEAD,
        DATE,
        LEAD,
        NEXT,
        "(وكالات)",
        "نشر في: اقتصاد",
        "تراجع أسعار الدجاج في أسواق العاصمة",
        "10 فبراير، 2023",
    ];
    let a = import_text(&lines.join("\n"));
    assert_eq!(a.source.as_deref(), Some("وكالات"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}
