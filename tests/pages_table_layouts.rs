//! Pages of old table layouts, with no `<h1>` and no metadata: the
//! headline set in `<font><b>`, found by the `<title>` it opens, with the
//! writer's line and the date under it; a title whose site name follows
//! `::`; and a printed paper's issue line in the masthead, which dates the
//! story when nothing else does; a title opening with the site's name,
//! a date marked `datePublished` below today's in the masthead, and a
//! date line ending with the outlet the story came from; and a short story
//! beside a long column of linked posts.

mod support;

use support::page::load_html;

use qari::article::Article;

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
    load_html(&html)
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

#[test]
fn a_title_opening_with_the_sites_name_still_finds_the_headline() {
    let a = load(
        &format!("صوت المدينة - {HEADLINE}"),
        "<font size=\"1\">الثلاثاء 14 أبريل 2009</font>",
        "<table><tr><td><b>صوت المدينة - خاص</b></td>\
         <td><font size=\"1\">2009-04-15 15:22:05</font></td></tr></table>",
    );
    assert_eq!(a.title, HEADLINE);
    assert_eq!(a.published.as_deref().map(|d| &d[..10]), Some("2009-04-15"));
}

#[test]
fn the_story_date_marked_up_beats_todays_date_in_the_masthead() {
    let a = load(
        &format!("{HEADLINE} - جريدة المدينة"),
        "<span class=\"date\">الخميس 16 أبريل 2009</span>",
        "<time datetime=\"2009-04-15T02:12:40+03:00\" itemprop=\"datePublished\">\
         الأربعاء 15 أبريل 2009</time>",
    );
    assert_eq!(a.published.as_deref().map(|d| &d[..10]), Some("2009-04-15"));
}

#[test]
fn a_date_line_ending_with_the_outlet_or_hour_without_minutes() {
    for line in [
        "الأحد 12 أبريل-نيسان 2009 الساعة 05 مساءً / صوت المدينة - خاص",
        "12 أبريل 2009 الساعة 5 مساء / المكلا",
    ] {
        let a = load(
            &format!("{HEADLINE} - جريدة المدينة"),
            &format!("<span class=\"news_date\">{line}</span>"),
            "",
        );
        assert_eq!(a.published.as_deref(), Some("2009-04-12"), "{line}");
    }
}

/// A short story beside a long column of other posts, each a linked
/// headline and its poster's name: the story is the paragraphs the
/// page's description opens, not the column.
#[test]
fn a_long_column_of_linked_posts_beside_a_short_story_leaves_the_story() {
    let lead = "بدأت بلدية المدينة منذ مطلع الأسبوع الجاري حملة واسعة لصيانة الطرق الداخلية في عدد من الأحياء القديمة.";
    let posts: String = (0..60)
        .map(|i| {
            format!(
                "<tr><td><a href=\"/board/{i}.html\">المجلس البلدي يناقش خطة النظافة في الأحياء الشمالية رقم {i}</a>\
                 <br><font>بواسطة: عبدالرحمن الطيب</font></td></tr>"
            )
        })
        .collect();
    let html = format!(
        "<html><head><title>{HEADLINE}</title>\
         <meta name=\"description\" content=\"{lead}\"></head><body><table><tr>\
         <td><table>{posts}</table></td>\
         <td><table><tr><td class=\"title\">{HEADLINE}</td></tr><tr><td class=\"txt\">\
         <p>{lead}</p>\
         <p>وقال مصدر في البلدية إن الحملة ستشمل في مرحلتها الأولى ثلاثة أحياء على أن تمتد لاحقا إلى بقية المدينة.</p>\
         <p>وأضاف المصدر أن الأعمال تجري ليلا حتى لا تعطل حركة السير في الشوارع الرئيسية خلال ساعات النهار.</p>\
         </td></tr></table></td></tr></table></body></html>"
    );
    let a = load_html(&html);
    let texts: Vec<&str> = a.body.iter().map(|b| b.text()).collect();
    assert_eq!(texts.len(), 3, "{texts:#?}");
    assert_eq!(texts[0], lead);
}
