//! Pages from the Maghreb and international services: an author field
//! holding the site's address (`arabic.cri.cn`), an aggregator's notice
//! that the story was taken from a paper (`هذا المقال مأخوذ من موقع بيان
//! اليوم، ومغرس لا تتحمل…`), a content system's toolbar of buttons over
//! the story, an interviewer's credit closed by a slash (`حاوره: فلان/`),
//! and a note on the writer under a column (`* كاتب وصحفي ليبي`).

mod support;

use support::copied::texts;
use support::page::load_html;
use support::page::paragraphs;

const PARAGRAPHS: [&str; 3] = [
    "انطلقت أمس الأشغال الرسمية للشطر الثاني من شبكة الطرامواي بحضور مسؤولين محليين وممثلي الشركة المشرفة.",
    "وحسب المعطيات المقدمة فإن الخط الجديد سيربط أحياء الشرق بوسط المدينة على امتداد سبعة عشر كيلومترا.",
    "وأكد مسؤول بالشركة أن الأشغال ستنجز على مراحل لتفادي شل حركة السير في الشوارع الرئيسية.",
];
const HEADLINE: &str = "انطلاق أشغال الشطر الثاني من الطرامواي نحو الأحياء الشرقية";

fn page(head: &str, before: &str, after: &str) -> String {
    let story = paragraphs(&PARAGRAPHS);
    format!(
        "<html><head><meta charset=\"utf-8\"><title>{HEADLINE}</title>{head}</head><body>\
         <article><h1>{HEADLINE}</h1>{before}<div class=\"itemFullText\">{story}{after}</div>\
         </article></body></html>"
    )
}

#[test]
fn an_address_in_the_author_field_is_no_writer() {
    let a = load_html(&page(
        "<meta name=\"author\" content=\"arabic.cri.cn\">",
        "",
        "",
    ));
    assert_eq!(a.author, None);
    // A name, with an initial or not, stays the writer.
    for name in ["Ahmed Ali", "J.Smith"] {
        let meta = format!("<meta name=\"author\" content=\"{name}\">");
        assert_eq!(
            load_html(&page(&meta, "", "")).author.as_deref(),
            Some(name)
        );
    }
}

#[test]
fn a_story_taken_from_a_paper_is_the_papers() {
    let notice = "<p>هذا المقال مأخوذ من موقع بيان اليوم، ومغرس لا تتحمل أي مسؤولية عن محتواه.</p>";
    let a = load_html(&page(
        "<meta property=\"og:site_name\" content=\"مغرس\">",
        "",
        notice,
    ));
    assert_eq!(a.source.as_deref(), Some("بيان اليوم"));
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn a_toolbar_of_buttons_and_an_interviewers_credit_are_no_text() {
    let toolbar = "<div class=\"itemToolbar\"><ul><li><a href=\"?print=1\"><span>طباعة</span></a></li>\
                   <li><a href=\"/mailto\"><span>بريد إلكتروني</span></a></li></ul></div>";
    let credit = "<p><strong>حاوره: عبد الحق مزيان/</strong></p>";
    let a = load_html(&page("", toolbar, "").replace(
        "<div class=\"itemFullText\">",
        &format!("<div class=\"itemFullText\">{credit}"),
    ));
    assert_eq!(a.author.as_deref(), Some("عبد الحق مزيان"));
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn a_note_on_the_writer_under_the_column_goes() {
    let note = "<p>* كاتب وصحفي ليبي مقيم في بنغازي</p>";
    let a = load_html(&page("", "", note));
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn a_bodys_latin_name_or_its_media_office_in_the_author_field_is_no_writer() {
    for field in ["King Abdulaziz University", "اعلام الجامعة", "المركز الإعلامي"]
    {
        let meta = format!("<meta name=\"author\" content=\"{field}\">");
        assert_eq!(load_html(&page(&meta, "", "")).author, None, "{field}");
    }
}
