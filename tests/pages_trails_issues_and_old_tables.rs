//! Pages of older sites: a `<title>` that is a trail set apart by double
//! colons, a member of parliament's calling before his name, a date line
//! set apart by no-break spaces, an ASP.NET page whose `<h1>` names the
//! section, a Drupal date in RDFa, a magazine's page titled by its issue
//! with the writer's name over the story and links to the issue under
//! it, a site named in both scripts, and a team's credit under a report.

mod support;

use support::copied::texts;
use support::page::load_html;
use support::page::paragraphs;

const PARAGRAPHS: [&str; 2] = [
    "تتفاقم أزمة السكن عاما بعد عام مع ارتفاع أسعار الأراضي وتراجع المشاريع الحكومية.",
    "ويطالب المواطنون بخطة واضحة تختصر سنوات الانتظار الطويلة على قوائم الطلبات.",
];
const HEADLINE: &str = "الإسكان.. أزمة تتوارثها الأجيال";

fn story() -> String {
    paragraphs(&PARAGRAPHS)
}

#[test]
fn a_trail_title_a_members_calling_and_a_date_set_apart_by_no_break_spaces() {
    let html = format!(
        "<html><head><meta charset=\"utf-8\"><title>جمعية المستقبل :: مقالات :: {HEADLINE}</title></head><body>\
         <table><tr><td class=\"title\"><b>{HEADLINE}</b></td></tr>\
         <tr><td><b>بقلم: النائب محمد جعفر العريبي</b></td></tr>\
         <tr><td class=\"date\">التاريخ: 2010-02-21 - 09:45 ص &nbsp;|&nbsp; عدد القراءات: 1037</td></tr>\
         <tr><td class=\"text\">{}</td></tr></table></body></html>",
        story()
    );
    let a = load_html(&html);
    assert_eq!(a.title, HEADLINE);
    assert_eq!(a.author.as_deref(), Some("محمد جعفر العريبي"));
    assert_eq!(a.published.as_deref(), Some("2010-02-21T09:45"));
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn a_section_h1_gives_way_to_the_news_title_an_aspnet_page_sets() {
    let headline = "البنك المركزي: ارتفاع الاحتياطيات الأجنبية إلى 18.4 مليار دولار";
    let html = format!(
        "<html><head><title>\n\tالبنك المركزي | الأخبار\n</title></head><body>\
         <div class=\"pageTitle\"><h1>الأخبار</h1></div><div class=\"newsDetails\">\
         <span id=\"lblDate\" class=\"NewsDate\">12/03/2024</span><br />\
         <span id=\"lblTitle\" class=\"NewsTitle\">{headline}</span><br />\
         <div id=\"divNewsBody\">{}</div></div></body></html>",
        story()
    );
    let a = load_html(&html);
    assert_eq!(a.title, headline);
    assert_eq!(a.published.as_deref(), Some("2024-03-12"));
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn a_drupal_date_in_rdfa_is_the_storys() {
    let html = format!(
        "<html><head><meta charset=\"utf-8\"><title>{HEADLINE} | مجلة الجيش</title></head><body>\
         <h1 class=\"title\">{HEADLINE}</h1><div class=\"submitted\">\
         <span property=\"dc:date dc:created\" content=\"2023-05-02T10:15:00+03:00\" \
         datatype=\"xsd:dateTime\">الثلاثاء, 02/05/2023 - 10:15</span></div>\
         <div class=\"field-name-field-issue\"><div class=\"field-label\">العدد:</div>\
         <a href=\"/magazine/455\">العدد 455 - أيار 2023</a></div>\
         <div class=\"field-name-body\">{}</div></body></html>",
        story()
    );
    let a = load_html(&html);
    assert_eq!(a.published.as_deref(), Some("2023-05-02T10:15:00+03:00"));
}

#[test]
fn a_magazines_issue_title_the_writer_over_the_story_and_the_issues_links() {
    let headline = "الرواية الجديدة وسؤال المكان";
    let html = format!(
        "<html><head><title>الأسبوع الثقافي - العدد 1098</title></head><body>\
         <p align=\"center\"><b><font size=\"6\">{headline}</font></b></p>\
         <p align=\"center\"><font size=\"4\"><b>عبد الكريم الأحمد</b></font></p>\
         {}<p align=\"center\">&lt;&lt; السابق  |  محتويات العدد  |  التالي &gt;&gt;</p></body></html>",
        story()
    );
    let a = load_html(&html);
    assert_eq!(a.title, headline);
    assert_eq!(a.author.as_deref(), Some("عبد الكريم الأحمد"));
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn a_site_named_in_both_scripts_is_known_by_its_arabic_name() {
    let html = format!(
        "<html><head><meta charset=\"utf-8\"><title>{HEADLINE}</title>\
         <meta property=\"og:site_name\" content=\"Al Nour SC | نادي النور\"></head><body>\
         <article><h1>{HEADLINE}</h1><div class=\"entry-content\">{}</div></article></body></html>",
        story()
    );
    let a = load_html(&html);
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("نادي النور"));
}

#[test]
fn a_teams_credit_under_a_report_is_no_text() {
    let html = format!(
        "<html><head><meta charset=\"utf-8\"><title>{HEADLINE}</title></head><body>\
         <article><h1>{HEADLINE}</h1><div class=\"entry-content\">{}\
         <p><em>ساهم في إعداد هذا التقرير فريق الموقع في عمّان.</em></p></div></article></body></html>",
        story()
    );
    let a = load_html(&html);
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn a_headline_in_a_french_title_cell_that_the_title_says_after_the_sites_names() {
    let headline = "المنتخب الوطني للأواسط: تربص تحضيري بعين دراهم من 24 إلى 31 أوت";
    let html = format!(
        "<html><head><TITLE>FTX - الجامعة الوطنية للرياضة - {headline}</TITLE></head><body>\
         <TABLE><TR><TD CLASS=\"titre_art\"><font size=\"4\"><b>{headline}</b></font></TD></TR>\
         <TR><TD CLASS=\"date\">تاريخ النشر : 22/08/2011 - 16:40 &nbsp;|&nbsp; عدد القراءات : 1842</TD></TR>\
         <TR><TD>{}</TD></TR></TABLE></body></html>",
        story()
    );
    let a = load_html(&html);
    assert_eq!(a.title, headline);
    assert_eq!(a.source.as_deref(), Some("الجامعة الوطنية للرياضة"));
    assert_eq!(a.published.as_deref(), Some("2011-08-22T16:40"));
    assert_eq!(texts(&a), PARAGRAPHS);
}
