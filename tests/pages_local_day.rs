//! A page whose machine date is an evening time in UTC on a site east of
//! Greenwich: the story is dated by the day the page shows its readers,
//! from its visible date or from another machine date given with the
//! site's offset; a page showing the same day keeps its own date.

mod support;

use support::page::load_html;

fn load(head: &str, shown: &str) -> Option<String> {
    let html = format!(
        "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">\
         <title>موسم حصاد اللبان يبدأ في ظفار</title>{head}</head><body><article>\
         <h1>موسم حصاد اللبان يبدأ في ظفار</h1><span class=\"post-date\">{shown}</span>\
         <p>بدأ المزارعون في محافظة ظفار موسم حصاد اللبان وسط توقعات بإنتاج وفير بعد أمطار الربيع الغزيرة هذا العام.</p>\
         <p>وقال أحد المزارعين إن الأشجار في السفوح الشرقية أعطت أول مرة منذ سنوات كميات كبيرة من الصمغ الأبيض.</p>\
         </article></body></html>"
    );
    load_html(&html).published.map(|d| d[..10].to_owned())
}

fn json_ld(date: &str) -> String {
    format!(
        "<script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\
         \"headline\":\"موسم حصاد اللبان يبدأ في ظفار\",\"datePublished\":\"{date}\"}}</script>"
    )
}

#[test]
fn an_evening_utc_time_is_dated_by_the_day_the_page_shows() {
    let head = json_ld("2024-05-31T20:15:00Z");
    assert_eq!(load(&head, "1 يونيو 2024").as_deref(), Some("2024-06-01"));
}

#[test]
fn an_evening_utc_time_is_dated_by_the_sites_own_offset() {
    let head = json_ld("2024-05-31T20:15:00+00:00")
        + "<meta property=\"article:published_time\" content=\"2024-06-01T00:15:00+04:00\">";
    assert_eq!(load(&head, "").as_deref(), Some("2024-06-01"));
}

#[test]
fn a_page_showing_the_same_day_keeps_it() {
    let head = json_ld("2024-05-31T20:15:00Z");
    assert_eq!(load(&head, "31 مايو 2024").as_deref(), Some("2024-05-31"));
    let morning = json_ld("2024-05-31T08:15:00Z");
    assert_eq!(
        load(&morning, "1 يونيو 2024").as_deref(),
        Some("2024-05-31")
    );
}

#[test]
fn the_shown_day_may_name_the_sites_zone_by_its_city() {
    let head = json_ld("2025-02-17T20:40:00Z");
    let shown = "الثلاثاء 2025/2/18 12:40 ص بتوقيت أبوظبي";
    assert_eq!(load(&head, shown).as_deref(), Some("2025-02-18"));
}
