//! Pages the importer misread: an embedded post whose text is gone (left
//! out for its language, or lost with the embed's script), whose
//! signature goes with it; a body's name alone under its statement, its
//! signature; a summary's points over the story, and a heading that runs
//! as a headline under it, no part of it; a site's name before a colon
//! in the `<title>`; a source's field beside the date.

mod support;

use qari::article::Block;
use support::page::{load_html, page, paragraphs};

const HEADLINE: &str = "لاعبو النادي يستأنفون التدريبات استعداداً للموسم الجديد";
const STORY: [&str; 3] = [
    "عاد لاعبو النادي صباح الاثنين إلى مركز التدريب إيذاناً بانطلاق فترة الإعداد للموسم الجديد بعد عطلة صيفية.",
    "واستهل اللاعبون يومهم الأول بسلسلة من الفحوص الطبية والاختبارات البدنية تحت إشراف الطاقم الطبي.",
    "ويتضمن برنامج الإعداد معسكراً تدريبياً خارج المدينة خلال الأسبوع الثالث من يوليو.",
];

fn texts(blocks: &[Block]) -> Vec<&str> {
    blocks.iter().map(Block::text).collect()
}

#[test]
fn a_posts_signature_left_without_its_text_is_no_quotation() {
    let tweet = "<blockquote class=\"twitter-tweet\">&mdash; Le Club (@LeClub) \
         <a href=\"https://twitter.com/LeClub/status/1\">July 8, 2024</a></blockquote>";
    let body = format!(
        "<article><h1>{HEADLINE}</h1>{}{tweet}{}</article>",
        paragraphs(&STORY[..2]),
        paragraphs(&STORY[2..])
    );
    let a = load_html(&page("<meta charset=\"utf-8\">", &body));
    assert_eq!(a.title, HEADLINE);
    assert_eq!(texts(&a.body), STORY);
}

#[test]
fn a_post_with_its_text_stays_a_signed_quotation() {
    let tweet = "<blockquote class=\"twitter-tweet\"><p lang=\"ar\" dir=\"rtl\">اليوم الأول \
         في مركز التدريب ☀️ #التحضيرات</p>&mdash; النادي (@TheClub) \
         <a href=\"https://twitter.com/TheClub/status/1\">July 8, 2024</a></blockquote>";
    let body = format!(
        "<article><h1>{HEADLINE}</h1>{}{tweet}{}</article>",
        paragraphs(&STORY[..2]),
        paragraphs(&STORY[2..])
    );
    let a = load_html(&page("<meta charset=\"utf-8\">", &body));
    let quote = a.body.iter().find_map(|b| match b {
        Block::Quote { text, by } => Some((text.as_str(), by.as_deref())),
        _ => None,
    });
    let (text, by) = quote.expect("the post is a quotation");
    assert!(text.starts_with("اليوم الأول في مركز التدريب"), "{text}");
    assert!(by.is_some_and(|b| b.contains("(@TheClub)")), "{by:?}");
}

#[test]
fn a_bodys_name_alone_under_its_statement_signs_it() {
    let site = "المنظمة العربية لحقوق الإنسان في بريطانيا";
    let body = format!(
        "<article><h1>{HEADLINE}</h1>{}<p style=\"text-align: left;\"><strong>{site}</strong></p>\
         </article><footer><p>&copy; 2021 {site}</p></footer>",
        paragraphs(&STORY)
    );
    let head = format!(
        "<meta charset=\"utf-8\"><meta property=\"og:site_name\" content=\"{site}\">\
         <title>{HEADLINE} - {site}</title>"
    );
    let a = load_html(&page(&head, &body));
    assert_eq!(a.title, HEADLINE);
    assert_eq!(a.source.as_deref(), Some(site));
    assert_eq!(texts(&a.body), STORY);
}

#[test]
fn a_summarys_points_over_the_story_are_no_part_of_it() {
    let body = format!(
        "<article><h1>{HEADLINE}</h1><div class=\"article-takeaways\">\
         <h2 class=\"article-takeaways__title\">النقاط الرئيسية</h2><ul>\
         <li>عودة اللاعبين إلى التدريبات بعد عطلة صيفية امتدت أربعة أسابيع.</li>\
         <li>معسكر تدريبي خارج المدينة في الأسبوع الثالث من يوليو.</li></ul></div>\
         {}</article>",
        paragraphs(&STORY)
    );
    let a = load_html(&page("<meta charset=\"utf-8\">", &body));
    assert_eq!(a.title, HEADLINE);
    assert_eq!(texts(&a.body), STORY);
}

#[test]
fn a_title_with_the_sites_name_before_a_colon_gives_the_h1_and_its_sub_headline_goes() {
    let headline = "وزير الشؤون الاجتماعية يتابع بولاية القصرين تقدم برنامج الإدماج الاقتصادي";
    let body = format!(
        "<div class=\"news-single-item\"><div class=\"news-single-timedata\">09-11-2023 17:25</div>\
         <h1>{headline}</h1><h2>تمويل 418 مشروعا صغيرا بالجهة منذ مطلع السنة</h2>{}</div>",
        paragraphs(&STORY)
    );
    let head = format!(
        "<meta charset=\"utf-8\"><title>وزارة الشؤون الاجتماعية: {headline}</title>\
         <meta name=\"description\" content=\"وزارة الشؤون الاجتماعية - الجمهورية التونسية\">"
    );
    let a = load_html(&page(&head, &body));
    assert_eq!(a.title, headline);
    assert_eq!(texts(&a.body), STORY);
}

#[test]
fn a_short_heading_over_the_first_paragraph_stays_the_storys() {
    let body = format!(
        "<article><h1>{HEADLINE}</h1><h3>تطور حجم التشغيل</h3>{}</article>",
        paragraphs(&STORY)
    );
    let a = load_html(&page("<meta charset=\"utf-8\">", &body));
    assert_eq!(texts(&a.body)[0], "تطور حجم التشغيل");
}

#[test]
fn a_source_field_beside_the_date_names_the_agency() {
    let body = format!(
        "<table><tr><td><b>{HEADLINE}</b></td></tr><tr><td><font size=\"1\">التاريخ : 14/10/2012 \
         &nbsp;&nbsp;&nbsp; المصدر : وكالة الأنباء العمانية</font></td></tr><tr><td>{}</td></tr></table>",
        paragraphs(&STORY)
    );
    let head = format!("<meta charset=\"utf-8\"><title>وزارة الزراعة - {HEADLINE}</title>");
    let a = load_html(&page(&head, &body));
    assert_eq!(a.source.as_deref(), Some("وكالة الأنباء العمانية"));
    assert_eq!(a.published.as_deref(), Some("2012-10-14"));
    assert_eq!(texts(&a.body), STORY);
}
