//! Pages that date a story only in an issue's line under the writer's
//! name, and pages whose first byline element names the site, hidden by
//! the theme, before the writer's (with a comment form's name field and
//! an author box about the site further on).

mod support;

use support::copied::texts;
use support::page::load_html;
use support::page::paragraphs;

const PARAGRAPHS: [&str; 3] = [
    "تعود الروائية في عملها الجديد إلى قرى الجبال التي غادرتها قبل ثلاثين عاما لتكتب عن ذاكرة أهلها.",
    "وتدور أحداث الرواية حول معلمة متقاعدة تعود إلى قريتها بعد أربعين سنة من الغياب في المدينة.",
    "ويرى النقاد أن الرواية تضيف صوتا جديدا إلى أدب المكان الذي عرفته البلاد منذ عقود طويلة.",
];
const HEADLINE: &str = "رواية جديدة تعود إلى ذاكرة قرى الجبال";
const SITE: &str = "المجلة الثقافية الجامعة";

fn page(head: &str, before: &str, after: &str) -> String {
    let story = paragraphs(&PARAGRAPHS);
    format!(
        "<html><head><meta charset=\"utf-8\"><title>{HEADLINE} - {SITE}</title>{head}</head>\
         <body><div class=\"main\"><h1>{HEADLINE}</h1>{before}<div class=\"entry-content\">\
         {story}</div>{after}</div><footer>© 2022 {SITE}</footer></body></html>"
    )
}

#[test]
fn the_date_after_an_issues_number_under_the_writer_is_the_storys() {
    let info = "<table><tr><td class=\"info\"><a class=\"aut\" href=\"/m.asp?i=6\">كريم ناصر</a><br>\
                الحوار الثقافي-العدد: 7512 - 2023 / 2 / 3 - 22:47<br>المحور: مقابلات و حوارات<br>\
                </td></tr></table>";
    let a = load_html(&page("", info, ""));
    assert_eq!(a.published.as_deref().map(|d| &d[..10]), Some("2023-02-03"));
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn a_byline_naming_the_site_gives_way_to_the_writers_after_it() {
    let head = format!(
        "<meta property=\"og:site_name\" content=\"{SITE}\">\
         <meta name=\"author\" content=\"{SITE}\">"
    );
    let before = format!(
        "<div class=\"penci-hide-tagupdated\"><span class=\"author vcard\">بقلم \
         <a href=\"/author/site/\">{SITE}</a></span></div>\
         <div class=\"post-box-meta-single\"><span class=\"author-post byline\">\
         <span class=\"author vcard\">بقلم: <span class=\"author-name\">عبد الحق مرابطي</span>\
         </span></span></div>"
    );
    let a = load_html(&page(&head, &before, ""));
    assert_eq!(a.author.as_deref(), Some("عبد الحق مرابطي"));
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn a_comment_forms_name_field_and_an_author_box_about_the_site_are_no_writers() {
    let head = format!(
        "<meta property=\"og:site_name\" content=\"{SITE}\">\
         <meta name=\"author\" content=\"{SITE}\">"
    );
    let before = format!("<span class=\"author vcard\">بقلم {SITE}</span>");
    let after = format!(
        "<div class=\"author-bio\"><h3>حول {SITE}</h3><div class=\"author-description\">\
         موقع ثقافي مستقل يعنى بالأدب والفنون.</div></div>\
         <form class=\"comment-form\"><p class=\"comment-form-author\"><label>الاسم *</label>\
         <input name=\"author\"></p></form>"
    );
    let a = load_html(&page(&head, &before, &after));
    assert_eq!(a.author, None);
    assert_eq!(texts(&a), PARAGRAPHS);
}
