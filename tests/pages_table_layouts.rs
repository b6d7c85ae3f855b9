//! Pages of old table layouts, with no `<h1>` and no metadata: the
//! headline set in `<font><b>`, found by the `<title>` it opens, with the
//! writer's line and the date under it; a title whose site name follows
//! `::`; and a printed paper's issue line in the masthead, which dates the
//! story when nothing else does.

use qari::article::{Article, scan};

const HEADLINE: &str = "بلدية المدينة تبدأ حملة لصيانة الطرق الداخلية";
const TEXT: &str = "<p>بدأت بلدية المدينة منذ مطلع الأسبوع الجاري حملة واسعة لصيانة الطرق الداخلية في عدد من الأحياء القديمة.</p>\
    <p>وقال مصدر في البلدية إن الحملة ستشمل في مرحلتها الأولى ثلاثة أحياء على أن تمتد لاحقا إلى بقية المدينة.</p>";

fn load(title: &str, masthead: &str, header: &str) -> Article {
    let html = format!(
        "<html><head><title>{title}</title></head><body><table><tr><td>{masthead}</td></tr>\
         <tr><td><a href=\"/\">الرئيسية</a> &gt; <a href=\"/news\">أخبار</a></td></tr>\
         <tr><td><font size=\"5\"><b>{HEADLINE}</b></font><br>{header}</td></tr>\
         <tr><td class=\"text\">{TEXT}</td></tr></table></body></html>"
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("page.html");
    std::fs::write(&path, html).unwrap();
    let mut all = scan::load_file(&path).unwrap_or_else(|p| panic!("{p}"));
    all.remove(0)
}

#[test]
fn the_header_under_a_headline_in_font_tags_gives_the_writer_and_the_date() {
    let a = load(
        &format!("{HEADLINE} :: صوت المدينة"),
        "",
        "<font size=\"2\">كتب: <a href=\"/w/1\">عبدالسلام الفيتوري</a></font><br>\
         <font class=\"small\">الأربعاء 17 مارس 2010</font>",
    );
    assert_eq!(a.title, HEADLINE);
    assert_eq!(a.author.as_deref(), Some("عبدالسلام الفيتوري"));
    assert_eq!(a.source.as_deref(), Some("صوت المدينة"));
    assert_eq!(a.published.as_deref(), Some("2010-03-17"));
}

#[test]
fn an_unlabelled_byline_and_the_papers_issue_line() {
    let a = load(
        &format!("{HEADLINE} - جريدة المدينة"),
        "<font>الثلاثاء 18 ربيع الثاني 1430 العدد 13348 الموافق 14 أبريل 2009م</font>",
        "<b>الرياض - محمد بن سعد الحربي</b>",
    );
    assert_eq!(a.title, HEADLINE);
    assert_eq!(a.author.as_deref(), Some("محمد بن سعد الحربي"));
    assert_eq!(a.published.as_deref(), Some("2009-04-14"));
}

#[test]
fn a_masthead_date_without_an_issue_number_is_the_sites_clock() {
    let a = load(
        &format!("{HEADLINE} - جريدة المدينة"),
        "<font>الثلاثاء 14 أبريل 2009</font>",
        "",
    );
    assert_eq!(a.published, None);
}
