//! Pages whose columns of other stories come before the story in the
//! markup, with their own dates and writers; a date field whose class runs
//! the word `date` into another (`newsdate`), after the outlet's name; a
//! byline with the story's own mark between the place and the writer; a
//! writer's box in one word (`jeg_authorbox`); and the writer signing
//! under the last paragraph.

mod support;

use support::page::load_html;

const HEADLINE: &str = "طوابير طويلة أمام محطات الوقود في المدينة مع بدء التقنين";
const TEXT: &str = "<p>شهدت محطات الوقود في المدينة اليوم طوابير طويلة من السيارات امتدت في بعض الشوارع لمئات الأمتار.</p>\
    <p>وقال سائقون إنهم انتظروا ساعات أمام المحطات قبل أن يتمكنوا من تعبئة الكمية المخصصة لهم هذا الأسبوع.</p>\
    <p>وكانت الوزارة أعلنت الأسبوع الماضي خفض الكمية المسموح بها لكل سيارة خاصة إلى النصف حتى إشعار آخر.</p>";

/// A table layout with a column of the latest stories (each with its
/// date and writer) before the story's cell; `header` goes under the
/// headline, `foot` under the story.
fn page(header: &str, foot: &str) -> String {
    let column: String = (1..=6)
        .map(|i| {
            format!(
                "<tr><td class=\"writer_side\"><a href=\"/w/{i}\">كاتب رقم {i} العمودي</a></td></tr>\
                 <tr><td><a href=\"/n/{i}\">خبر آخر في العمود رقم {i}</a>\
                 <span class=\"side_date\">2019-04-0{i}</span></td></tr>"
            )
        })
        .collect();
    format!(
        "<html><head><title>{HEADLINE} - أخبار المدينة</title></head><body><table><tr>\
         <td><table>{column}</table></td>\
         <td><table><tr><td class=\"news_title\">{HEADLINE}</td></tr>{header}\
         <tr><td class=\"text\">{TEXT}{foot}</td></tr></table></td></tr></table></body></html>"
    )
}

#[test]
fn the_date_and_writer_under_the_headline_not_the_columns() {
    let a = load_html(&page(
        "<tr><td class=\"writer\">نزار سليمان</td></tr>\
         <tr><td><font class=\"side_date\">2019-04-09 14:37:12</font></td></tr>",
        "",
    ));
    assert_eq!(a.title, HEADLINE);
    assert_eq!(a.published.as_deref().map(|d| &d[..10]), Some("2019-04-09"));
    assert_eq!(a.author.as_deref(), Some("نزار سليمان"));
}

#[test]
fn a_date_field_run_into_its_word_after_the_outlets_name() {
    let a = load_html(&page(
        "<tr><td class=\"newsdate\">أخبار المدينة - الثلاثاء 02 أبريل-نيسان 2019 الساعة 09:41 م</td></tr>",
        "",
    ));
    assert_eq!(a.published.as_deref().map(|d| &d[..10]), Some("2019-04-02"));
    // The last update is not the story's date.
    let a = load_html(&page(
        "<tr><td class=\"lastupdate\">2019-05-20</td></tr>\
         <tr><td class=\"postdate\">2019-04-03</td></tr>",
        "",
    ));
    assert_eq!(a.published.as_deref().map(|d| &d[..10]), Some("2019-04-03"));
}

#[test]
fn the_storys_own_mark_in_a_byline_credits_no_outlet() {
    let a = load_html(&page(
        "<tr><td class=\"writer\">تعز - خاص - عبدالله الحكيمي</td></tr>",
        "",
    ));
    assert_eq!(a.author.as_deref(), Some("عبدالله الحكيمي"));
    assert_ne!(a.source.as_deref(), Some("خاص"));
}

#[test]
fn a_writers_box_named_in_one_word_is_no_paragraph() {
    let a = load_html(&page(
        "",
        "<div class=\"jeg_authorbox\"><div class=\"jeg_author_image\"><img alt=\"نزار سليمان\" src=\"/a.jpg\"></div>\
         <div class=\"jeg_author_content\"><h3 class=\"jeg_author_name\"><a href=\"/author/1\">نزار سليمان</a></h3>\
         <p class=\"jeg_author_desc\">صحافي متخصص في الشؤون الاقتصادية والمالية، عمل في عدد من الصحف والمواقع العربية، ويكتب عن السياسات العامة.</p></div></div>",
    ));
    assert_eq!(a.body.len(), 3, "{:#?}", a.body);
}

#[test]
fn the_writer_signing_under_the_story_is_the_author() {
    let a = load_html(&page(
        "",
        "<div align=\"left\"><b>ليلى الحسن - أخبار المدينة</b></div>",
    ));
    assert_eq!(a.author.as_deref(), Some("ليلى الحسن"));
    assert_eq!(a.body.len(), 3, "{:#?}", a.body);
    // A last line that says a sentence is the story's.
    let a = load_html(&page("", "<p>والتقى الوزير بالمحتجين.</p>"));
    assert_eq!(a.body.len(), 4);
}
