//! Pages of older sites whose markup says more than they show: a table's
//! cell indented in its markup, holding the story's date over its
//! headline and the page's counter after an icon, while a list of
//! related stories under the story shows other dates.

mod support;

use support::copied::texts;
use support::page::load_html;

const PARAGRAPHS: [&str; 4] = [
    "بدأت في مديريات الريف أعمال إعادة تأهيل خزانات حصاد مياه الأمطار بتمويل من الصندوق الاجتماعي للتنمية وبمشاركة الأهالي.",
    "وأوضح مدير الفرع أن المشروع يستهدف نحو عشرين قرية تعاني شحا حادا في مياه الشرب، لا سيما في أشهر الصيف.",
    "وأضاف أن الأعمال تشمل تنظيف الخزانات القديمة من الترسبات وترميم جدرانها الحجرية وعزلها بطبقة من الإسمنت.",
    "ومن المقرر أن تستكمل الأعمال قبل حلول موسم الأمطار الصيفية في يوليو المقبل، بحسب الجدول الزمني المعتمد.",
];
const HEADLINE: &str = "بدء إعادة تأهيل 12 خزانا لحصاد مياه الأمطار";

/// The story as the old page sets it: a line of markup a paragraph.
fn story() -> String {
    PARAGRAPHS.map(|p| format!("\r\n{p}<br><br>")).concat()
}

#[test]
fn an_indented_cells_date_over_the_headline_beats_the_related_lists() {
    let html = format!(
        "<html><head><title>الجمهورية نت - {HEADLINE}</title></head><body><table>\
         <tr><td class=smalltxt><a href=\"index.php\">الرئيسية</a> &raquo; <a href=\"c.php\">محليات</a></td></tr>\
         <tr><td class=smalltxt align=left>\r\n                <img src=\"clock.gif\"> الأحد 18 إبريل-نيسان 2010 م &nbsp;&nbsp;\r\n\
         \x20               <img src=\"eye.gif\"> عدد القراءات: 1127\r\n              </td></tr>\
         <tr><td class=subtitle>بتكلفة تتجاوز 60 مليون ريال</td></tr>\
         <tr><td class=title1>{HEADLINE}</td></tr>\
         <tr><td class=smalltxt><b>تعز/ مختار الشرجبي</b></td></tr>\
         <tr><td class=newstext id=newsbody>{}\r\n</td></tr>\
         <tr><td><b>أخبار ذات صلة</b></td></tr>\
         <tr><td class=smalltxt><a href=\"a.php?sid=1\">المجلس المحلي يناقش خطة المشاريع للعام 2010</a> <font color=#999999>(2010/04/06)</font><br>\
         <a href=\"a.php?sid=2\">مؤسسة المياه: العجز اليومي يتجاوز 60 ألف متر مكعب</a> <font color=#999999>(2010/03/21)</font></td></tr>\
         </table></body></html>",
        story()
    );
    let a = load_html(&html);
    assert_eq!(a.title, HEADLINE);
    assert_eq!(a.published.as_deref(), Some("2010-04-18"));
    assert_eq!(a.author.as_deref(), Some("مختار الشرجبي"));
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn a_byline_of_two_writers_beats_metadata_that_names_the_first() {
    let html = format!(
        "<html><head><meta charset=\"utf-8\"><title>{HEADLINE} &#8211; سوريا على طول</title>\
         <script type=\"application/ld+json\">{{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\
         \"headline\":\"{HEADLINE}\",\"author\":{{\"name\":\"ليلى حمدان\"}},\"datePublished\":\"2023-09-07T11:03:11+00:00\"}}</script>\
         </head><body><article><h1 class=\"entry-title\">{HEADLINE}</h1>\
         <div class=\"entry-meta\"><span class=\"byline\">بقلم <a href=\"/author/layla/\" class=\"author url fn\" rel=\"author\">ليلى حمدان</a> \
         و<a href=\"/author/ahmad/\" class=\"author url fn\" rel=\"author\">أحمد الحلبي</a></span></div>\
         <div class=\"entry-content\">{}</div></article></body></html>",
        PARAGRAPHS.map(|p| format!("<p>{p}</p>")).concat()
    );
    let a = load_html(&html);
    assert_eq!(a.title, HEADLINE);
    assert_eq!(a.author.as_deref(), Some("ليلى حمدان، أحمد الحلبي"));
    assert_eq!(texts(&a), PARAGRAPHS);
}
