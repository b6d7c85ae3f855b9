//! Pages whose JSON-LD says another headline than the page shows, whose
//! author field is a media cell or lists the photographer, whose machine
//! date is UTC while the page shows the local day, and whose related
//! stories' dates stand before the story.

mod support;

use support::copied::texts;
use support::page::load_html;
use support::page::paragraphs;

const PARAGRAPHS: [&str; 3] = [
    "باشرت الفرق الزراعية حصاد أكثر من أربعمئة دونم من القمح في المشاريع الواقعة غرب المدينة هذا الأسبوع.",
    "وقال مدير المشروع إن الإنتاج فاق التوقعات بفضل منظومات الري الحديثة التي ركبت في الموسم الماضي.",
    "وأضاف أن المحصول سيسوق إلى مراكز الاستلام الحكومية خلال الأيام العشرة المقبلة وفق جدول معلن.",
];
const HEADLINE: &str = "حصاد أكثر من أربعمئة دونم من القمح في مشاريع غرب المدينة";

fn page(head: &str, before: &str, after: &str) -> String {
    let story = paragraphs(&PARAGRAPHS);
    format!(
        "<html><head><meta charset=\"utf-8\"><title>{HEADLINE}</title>{head}</head><body>\
         <article><h1>{HEADLINE}</h1>{before}<div class=\"entry-content\">{story}{after}</div>\
         </article></body></html>"
    )
}

fn json_ld(fields: &str) -> String {
    format!(
        "<script type=\"application/ld+json\">{{\"@context\":\"https://schema.org\",\
         \"@type\":\"NewsArticle\",{fields}}}</script>"
    )
}

#[test]
fn the_headline_the_page_shows_wins_over_another_in_json_ld() {
    let head = format!(
        "<meta property=\"og:title\" content=\"{HEADLINE}\">{}",
        json_ld("\"headline\":\"موسم حصاد جديد في المشاريع الزراعية\"")
    );
    let a = load_html(&page(&head, "", ""));
    assert_eq!(a.title, HEADLINE);
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn a_media_cell_in_the_author_field_is_no_writer() {
    for office in ["الخلية الإعلامية", "الإعلام والاتصال"] {
        let head = format!("<meta name=\"author\" content=\"{office}\">");
        assert_eq!(load_html(&page(&head, "", "")).author, None, "{office}");
    }
}

#[test]
fn the_photographer_listed_beside_the_writer_is_no_author() {
    let head = json_ld(
        "\"author\":[{\"@type\":\"Person\",\"name\":\"علي حسين الجبوري\"},\
         {\"@type\":\"Person\",\"name\":\"مصطفى الكعبي\"}]",
    );
    let credits = "<div class=\"news-authors\"><span>تقرير: <a href=\"/a/1\">علي حسين الجبوري</a></span>\
                   <span>تصوير: مصطفى الكعبي</span></div>";
    let a = load_html(&page(&head, credits, ""));
    assert_eq!(a.author.as_deref(), Some("علي حسين الجبوري"));
}

#[test]
fn the_local_day_under_the_headline_dates_an_evening_utc_stamp() {
    let head = json_ld("\"datePublished\":\"2024-04-27T21:10:00Z\"");
    let shown = "<div class=\"news-meta\"><span>الأحد 19 شوال 1445هـ - 28 نيسان 2024م</span></div>";
    let a = load_html(&page(&head, shown, ""));
    assert_eq!(a.published.as_deref().map(|d| &d[..10]), Some("2024-04-28"));
}

#[test]
fn referees_listed_in_the_story_are_no_writers() {
    let list = "<ul><li>الحكم الرئيسي: فراس الطويل</li><li>المساعد الأول: محمد أبو لوم</li></ul>";
    let a = load_html(&page("", "", list));
    assert_eq!(a.author, None);
}

#[test]
fn a_related_storys_date_is_not_the_storys() {
    let related = "<table><tr><td class=\"rel\"><a href=\"/x\">قصة أخرى عن الزراعة</a></td>\
                   <td class=\"reldate\">2022 / 12 / 30</td></tr></table>";
    let html = page("", "", "").replace("<article>", &format!("{related}<article>"));
    let a = load_html(&html);
    assert_ne!(a.published.as_deref().map(|d| &d[..10]), Some("2022-12-30"));
}
