//! Pages of old table layouts: the story's date under a news item's own
//! label (`تاريخ الخبر:`), and the media office signing on one line with
//! the body it speaks for (`مكتب الإعلام والعلاقات العامة - الجامعة`).

mod support;

use support::page::load_html;

const HEADLINE: &str = "كلية الزراعة تنظم ندوة علمية حول ترشيد استهلاك المياه في زراعة الزيتون";
const PARAGRAPHS: [&str; 3] = [
    "نظمت كلية الزراعة بالجامعة ندوة علمية حول ترشيد استهلاك المياه في زراعة الزيتون بمشاركة عدد من الأساتذة والمزارعين.",
    "وتناولت الندوة أساليب الري بالتنقيط وجدولة الري وفق حاجة الأشجار في مراحل نموها المختلفة.",
    "وأوصى المشاركون بإنشاء حقل إرشادي نموذجي بمزرعة الكلية مفتوح أمام المزارعين طوال العام.",
];

/// A table layout's page: the headline's cell, `under` it, the story's
/// paragraphs and `foot` after them, a column of other dated news and the
/// site's notice at the bottom.
fn page(under: &str, foot: &str) -> String {
    let text: String = PARAGRAPHS.iter().map(|p| format!("<p>{p}</p>")).collect();
    let others: String = (1..=4)
        .map(|i| {
            format!(
                "<tr><td><a href=\"news.asp?id={i}\">خبر آخر من أخبار الجامعة رقم {i}</a> \
                 <font color=\"#808080\">2002/09/1{i}</font></td></tr>"
            )
        })
        .collect();
    format!(
        "<html><head><title>جامعة الزيتونة</title></head><body><table>\
         <tr><td><a href=\"/\">الرئيسية</a></td><td><a href=\"/news\">أخبار الجامعة</a></td></tr>\
         <tr><td><b><font size=\"5\">{HEADLINE}</font></b></td></tr>{under}\
         <tr><td>{text}{foot}</td></tr>{others}\
         <tr><td>جميع الحقوق محفوظة © 2010 جامعة الزيتونة</td></tr>\
         </table></body></html>"
    )
}

fn texts(a: &qari::article::Article) -> Vec<String> {
    a.body.iter().map(|b| b.text().to_owned()).collect()
}

#[test]
fn a_news_items_date_label_dates_the_story() {
    let a = load_html(&page(
        "<tr><td><font color=\"#808080\">تاريخ الخبر: 2002/10/15</font></td></tr>",
        "",
    ));
    assert_eq!(a.title, HEADLINE);
    assert_eq!(a.published.as_deref(), Some("2002-10-15"));
}

#[test]
fn the_office_and_its_body_on_one_line_sign_the_story() {
    let a = load_html(&page(
        "<tr><td>الأربعاء, 17 مارس 2010</td></tr>",
        "<p><strong>مكتب الإعلام والعلاقات العامة - جامعة الزيتونة</strong></p>",
    ));
    assert_eq!(a.title, HEADLINE);
    assert_eq!(texts(&a), PARAGRAPHS);
}
