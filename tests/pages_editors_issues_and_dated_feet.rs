//! Pages whose author field holds the site's editor (`محرر صدى`), an old
//! table layout with the issue's date and number split by a line break and
//! the byline in a cell of its own ended by a colon, a column dated under
//! its last paragraph, a writer's element naming the city first
//! (`غزة/ إياد شعث:`), and a related-posts box left unclosed inside the
//! story, which takes the rest of the story into it.

mod support;

use support::copied::texts;
use support::page::load_html;
use support::page::paragraphs;

const PARAGRAPHS: [&str; 3] = [
    "وافق مجلس النواب في جلسته الاعتيادية أمس على إحالة الاقتراح بشأن زيادة علاوة الغلاء إلى الحكومة بصفة الاستعجال.",
    "ويقضي الاقتراح الذي تقدم به خمسة نواب برفع قيمة العلاوة الشهرية وتوسيع قاعدة المستفيدين منها في المحافظات.",
    "وقال أحد مقدمي الاقتراح إن ارتفاع أسعار المواد الغذائية والإيجارات خلال الأشهر الماضية أثقل كاهل الأسر.",
];

fn story() -> String {
    paragraphs(&PARAGRAPHS)
}

fn modern(head: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\">\
         <title>النواب يحيلون مقترح علاوة الغلاء إلى الحكومة - صحيفة صدى الالكترونية</title>\
         <meta property=\"og:site_name\" content=\"صحيفة صدى الالكترونية\">{head}\
         </head><body><article><h1>النواب يحيلون مقترح علاوة الغلاء إلى الحكومة</h1>{body}\
         </article></body></html>"
    )
}

#[test]
fn the_sites_editor_in_the_author_field_is_no_writer() {
    let a = load_html(&modern(
        "<meta name=\"author\" content=\"محرر صدى\">",
        &story(),
    ));
    assert_eq!(a.author, None);
    // A person named so stays the writer.
    let a = load_html(&modern(
        "<meta name=\"author\" content=\"سامي الأحمد\">",
        &story(),
    ));
    assert_eq!(a.author.as_deref(), Some("سامي الأحمد"));
}

#[test]
fn an_old_table_page_gives_its_issue_date_and_the_byline_in_its_own_cell() {
    let html = format!(
        "<html><head><meta charset=\"utf-8\">\
         <title>صحيفة الوقت - النواب يحيلون مقترح علاوة الغلاء إلى الحكومة بصفة الاستعجال</title>\
         </head><body>\
         <table><tr><td><img src=\"/logo.gif\" alt=\"الوقت\"></td>\
         <td><font size=\"2\">الأربعاء 10 ربيع الثاني 1429 هـ - 16 أبريل 2008<br>العدد 772</font></td></tr></table>\
         <table><tr><td><a href=\"/\">الرئيسية</a> &gt; <a href=\"/sec/3\">برلمان</a></td></tr>\
         <tr><td class=\"arttitle\">النواب يحيلون مقترح علاوة الغلاء إلى الحكومة بصفة الاستعجال</td></tr>\
         <tr><td><font><b>الوقت - حسين عبدالرسول:</b></font></td></tr>\
         <tr><td class=\"arttext\">{}<br>{}<br>{}</td></tr></table>\
         <p>جميع الحقوق محفوظة &copy; 2008 صحيفة الوقت</p></body></html>",
        PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2]
    );
    let a = load_html(&html);
    assert_eq!(a.published.as_deref(), Some("2008-04-16"));
    assert_eq!(a.author.as_deref(), Some("حسين عبدالرسول"));
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn a_date_alone_under_the_last_paragraph_dates_the_column_and_goes() {
    let a = load_html(&modern(
        "",
        &format!("{}<p><strong>5/5/2016</strong></p>", story()),
    ));
    assert_eq!(texts(&a), PARAGRAPHS);
    assert_eq!(a.published.as_deref(), Some("2016-05-05"));
    // A last paragraph that mentions a day is the story's.
    let last = "وتنتهي مهلة الحكومة للرد على الاقتراح في 5/5/2016 بحسب النظام الداخلي للمجلس.";
    let a = load_html(&modern("", &format!("{}<p>{last}</p>", story())));
    assert_eq!(texts(&a).last(), Some(&last));
}

#[test]
fn a_writers_element_with_the_city_first_gives_the_writer() {
    let a = load_html(&modern(
        "",
        &format!(
            "<p class=\"article-author\"><strong>غزة/ إياد شعث:</strong></p>{}",
            story()
        ),
    ));
    assert_eq!(a.author.as_deref(), Some("إياد شعث"));
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn a_related_box_left_unclosed_does_not_take_the_rest_of_the_story() {
    let unclosed = "<div class=\"inline_related_post_wrapper\"><div class=\"related_inner\">\
         <h3><span>اقرأ أيضاً</span></h3>\
         <h3><a href=\"/archives/1\">أزمة خبز في مدينة جرابلس وارتفاع سعر الربطة</a></h3>\
         <h3><a href=\"/archives/2\">المجلس المحلي يعلن خطة لتأهيل شبكة الصرف الصحي</a></h3>\
         </div>";
    let body = format!(
        "<p>{}</p>{unclosed}<h3>وعود بالإصلاح</h3><p>{}</p><p>{}</p>",
        PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2]
    );
    let a = load_html(&modern("", &body));
    assert_eq!(
        texts(&a),
        [PARAGRAPHS[0], "وعود بالإصلاح", PARAGRAPHS[1], PARAGRAPHS[2]]
    );
}
