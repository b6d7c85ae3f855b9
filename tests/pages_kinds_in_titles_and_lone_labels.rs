//! Pages whose metadata or furniture the importer misread: an ASP.NET
//! page whose `og:title` is the site's name, which its `<title>` shows
//! beside the page's kind, over a headline in a title cell; and a
//! Drupal field's label left under the story when its files were links.

mod support;

use support::copied::texts;
use support::page::load_html;
use support::page::paragraphs;

const PARAGRAPHS: [&str; 3] = [
    "أعلنت الهيئة أن مقدار الرسوم السنوية لهذا العام حدد بمبلغ خمسين دينارا عن كل منشأة تجارية مسجلة.",
    "وأوضحت في بيان لها أن الدفع متاح عبر المنصة الإلكترونية أو في مكاتب الهيئة المنتشرة في المحافظات.",
    "ودعت أصحاب المنشآت إلى تسديد الرسوم قبل نهاية الشهر المقبل تجنبا للغرامات المترتبة على التأخير.",
];
const HEADLINE: &str = "الهيئة تحدد مقدار الرسوم السنوية للمنشآت التجارية بـ (50) دينارا";
const SITE: &str = "هيئة تنظيم الأعمال";

fn story() -> String {
    paragraphs(&PARAGRAPHS)
}

/// An ASP.NET page titled `site - page kind`, its `og:title` the site.
fn aspnet_page(kind: &str) -> String {
    format!(
        "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>\n\t{SITE} - {kind}\n</title>\
         <meta property=\"og:title\" content=\"{SITE}\" /></head><body><table><tr><td class=\"contentCol\">\
         <div class=\"pathBar\"><span><a href=\"/\">الرئيسية</a></span><span> &gt; </span><span>{kind}</span></div>\
         <div class=\"pageTitle\">أخبار الهيئة</div>\
         <table class=\"newsDetails\"><tr><td><span id=\"ctl00_lblNewsTitle\" class=\"newsTitle\">{HEADLINE}</span></td></tr>\
         <tr><td class=\"newsDate\"><span>الثلاثاء 12-3-2024</span></td></tr>\
         <tr><td><div class=\"newsText\">{}</div></td></tr></table></td></tr></table></body></html>",
        story()
    )
}

#[test]
fn a_sites_og_title_beside_the_pages_kind_leaves_the_title_cell_the_headline() {
    let a = load_html(&aspnet_page("تفاصيل الخبر"));
    assert_eq!(a.title, HEADLINE);
    assert_eq!(a.source.as_deref(), Some(SITE));
    assert_eq!(a.published.as_deref(), Some("2024-03-12"));
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn an_og_title_that_is_the_headline_stays_the_title_beside_the_sites_name() {
    // The usual way round: the `<title>` is the headline and the site's
    // short name, and the `og:title` the headline.
    let html = format!(
        "<html><head><title>{HEADLINE} - الرقيب</title>\
         <meta property=\"og:title\" content=\"{HEADLINE}\" /></head><body>\
         <font size=\"6\"><b>{HEADLINE}</b></font><br>\
         <div>{}</div></body></html>",
        story()
    );
    let a = load_html(&html);
    assert_eq!(a.title, HEADLINE);
}

#[test]
fn a_fields_label_left_with_nothing_under_it_ends_no_story() {
    // Drupal's fields under the body: the attachment's label stays when
    // its file, a link, goes.
    let html = format!(
        "<html><head><title>{HEADLINE} | {SITE}</title></head><body><div id=\"content\">\
         <h1 class=\"page-title\">{HEADLINE}</h1><div class=\"node node-article\"><div class=\"content\">\
         <div class=\"field field-name-body field-label-hidden\"><div class=\"field-items\">\
         <div class=\"field-item even\" property=\"content:encoded\">{}<p>&nbsp;</p>\n</div></div></div>\
         <div class=\"field field-name-field-attachment field-type-file field-label-above\">\
         <div class=\"field-label\">المرفقات:&nbsp;</div><div class=\"field-items\"><div class=\"field-item even\">\
         <span class=\"file\"><img class=\"file-icon\" alt=\"PDF icon\" src=\"/icons/pdf.png\" /> \
         <a href=\"/files/fees-2024.pdf\" type=\"application/pdf; length=412870\">قرار الرسوم 2024.pdf</a></span>\
         </div></div></div><div class=\"field field-name-field-tags field-label-above\">\
         <div class=\"field-label\">الكلمات الدلالية:&nbsp;</div><div class=\"field-items\">\
         <div class=\"field-item even\"><a href=\"/t/41\">الرسوم</a></div></div></div>\
         </div></div></div></body></html>",
        story()
    );
    let a = load_html(&html);
    assert_eq!(a.title, HEADLINE);
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn a_paragraph_ending_with_a_colon_over_its_list_stays() {
    // Only a label left last goes: one over the list it opens is the
    // story's.
    let html = format!(
        "<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>\
         {}<p>وتشمل الإعفاءات:</p><ul><li>المنشآت الصغيرة في عامها الأول من التسجيل.</li>\
         <li>الجمعيات الخيرية والتعاونية المرخصة.</li></ul></article></body></html>",
        story()
    );
    let a = load_html(&html);
    let body = texts(&a);
    assert_eq!(body.len(), 6, "{body:#?}");
    assert_eq!(body[3], "وتشمل الإعفاءات:");
}
