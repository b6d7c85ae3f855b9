//! Pages with the date in a line of fields over the headline, a theme's
//! logo in an `<h1>` of its own, quotation marks the `<title>` leaves
//! out, a local day shown with a two-digit year, a writer's name before
//! a long role, and a headline that ends with its writer's name.

mod support;

use support::copied::texts;
use support::page::load_html;
use support::page::paragraphs;

const PARAGRAPHS: [&str; 2] = [
    "يشكو صيادو الميناء منذ أسابيع من تراجع كميات الأسماك التي يعودون بها من البحر.",
    "ويقول أصحاب المراكب إن ارتفاع أسعار الوقود جعل كثيرا من الرحلات خاسرة.",
];
const HEADLINE: &str = "صيادو الميناء يشكون تراجع المصيد وارتفاع أسعار الوقود";

fn story() -> String {
    paragraphs(&PARAGRAPHS)
}

#[test]
fn the_date_in_a_line_of_fields_over_the_headline_is_the_storys() {
    let html = format!(
        "<html><head><meta charset=\"utf-8\"><title>{HEADLINE}</title></head><body>\
         <div class=\"newsInfo\"><a href=\"/\">الرئيسية</a> &raquo; <a href=\"/s/4\">تقارير</a> \
         &nbsp;|&nbsp; الأحد 05 نوفمبر 2017 10:14 صباحاً &nbsp;|&nbsp; قراءة: 1874</div>\
         <h1 class=\"newsTitle\">{HEADLINE}</h1><div class=\"newsText\">{}</div>\
         <ul class=\"relList\"><li><a href=\"/n/1\">صيادو الشاطئ يحتجون على منعهم من الصيد</a> \
         <span class=\"date\">الثلاثاء 24 أكتوبر 2017</span></li></ul></body></html>",
        story()
    );
    let a = load_html(&html);
    assert_eq!(a.published.as_deref(), Some("2017-11-05T10:14"));
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn a_logo_in_an_h1_of_its_own_leaves_the_headline_its_quotation_marks() {
    let shown = "«مدار للتطوير» تطلق مشروعا سياحيا على الساحل الشمالي";
    let bare = "مدار للتطوير تطلق مشروعا سياحيا على الساحل الشمالي";
    let html = format!(
        "<html><head><meta charset=\"utf-8\"><title>{bare} - عقارات بلس</title>\
         <meta property=\"og:title\" content=\"{bare} - عقارات بلس\">\
         <meta property=\"og:site_name\" content=\"عقارات بلس\"></head><body>\
         <header><h1 class=\"site-title\"><a href=\"/\"><img src=\"/logo.png\" alt=\"عقارات بلس\"></a></h1></header>\
         <article><h1 class=\"jeg_post_title\">{shown}</h1><div class=\"entry-content\">{}</div></article>\
         </body></html>",
        story()
    );
    let a = load_html(&html);
    assert_eq!(a.title, shown);
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn a_local_day_with_a_two_digit_year_and_a_writer_before_his_role() {
    let html = format!(
        "<html><head><meta charset=\"utf-8\"><title>{HEADLINE} - موقع المدينة</title>\
         <meta property=\"og:site_name\" content=\"موقع المدينة\">\
         <script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"headline\":\"{HEADLINE}\",\
         \"datePublished\":\"2018-02-10T22:40:00Z\",\"author\":{{\"@type\":\"Person\",\"name\":\"موقع المدينة\"}}}}</script>\
         </head><body><h1>{HEADLINE}</h1><div class=\"article-info\">\
         <span class=\"writer\">وليد طه - مراسل موقع المدينة وصحيفة المدينة الأسبوعية</span><br>\
         <span class=\"date\">نُشر: 11/02/18 00:40</span></div><div class=\"article-body\">{}</div></body></html>",
        story()
    );
    let a = load_html(&html);
    assert_eq!(a.published.as_deref(), Some("2018-02-11"));
    assert_eq!(a.author.as_deref(), Some("وليد طه"));
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn a_headline_ending_with_its_writers_name_signs_for_a_placeholder_author() {
    let headline = "مدارس الداخل في آخر العام.. أقسام بلا معلمين / أحمد سالم ولد محمدن";
    let html = format!(
        "<html><head><meta charset=\"utf-8\"><title>{headline} | الأفق ميديا</title>\
         <meta property=\"og:site_name\" content=\"الأفق ميديا\"></head><body>\
         <article><h1 class=\"entry-title\">{headline}</h1>\
         <div class=\"td-post-author-name\"><div class=\"td-author-by\">بواسطة</div> <a href=\"/author/redaction/\">المحرر</a></div>\
         <div class=\"td-post-content\">{}</div></article></body></html>",
        story()
    );
    let a = load_html(&html);
    assert_eq!(a.title, headline);
    assert_eq!(a.author.as_deref(), Some("أحمد سالم ولد محمدن"));
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn a_reportages_label_and_its_photographer_after_a_slash_leave_the_writer() {
    let html = format!(
        "<html><head><meta charset=\"utf-8\"><title>{HEADLINE}</title></head><body>\
         <table><tr><td class=\"titre\"><h1>{HEADLINE}</h1></td></tr>\
         <tr><td class=\"auteur\">روبورتاج: نسيمة بلعيد&nbsp;&nbsp;/&nbsp;&nbsp;تصوير: ع.&nbsp;قادري</td></tr>\
         <tr><td class=\"texte\">{}</td></tr></table></body></html>",
        story()
    );
    let a = load_html(&html);
    assert_eq!(a.author.as_deref(), Some("نسيمة بلعيد"));
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn a_labelled_byline_with_the_writers_office_under_the_story_signs_it() {
    let html = format!(
        "<html><head><meta charset=\"utf-8\"><title>{HEADLINE} - جامعة الوادي</title>\
         <meta property=\"og:site_name\" content=\"جامعة الوادي\"></head><body>\
         <article><h1 class=\"entry-title\">{HEADLINE}</h1><div class=\"entry-content\">{}\
         <p><strong>متابعة: أمنية حسن الطيب – إدارة الإعلام والعلاقات العامة</strong></p>\
         </div></article></body></html>",
        story()
    );
    let a = load_html(&html);
    assert_eq!(a.author.as_deref(), Some("أمنية حسن الطيب"));
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn a_login_with_a_dash_and_a_photographers_label_after_the_name_sign_for_no_one() {
    let page = |byline: &str| {
        format!(
            "<html><head><meta charset=\"utf-8\"><title>{HEADLINE}</title>\
             <meta property=\"og:site_name\" content=\"نادي الميناء\"></head><body>\
             <article><h1>{HEADLINE}</h1><span class=\"author\">{byline}</span>\
             <div class=\"entry-content\">{}</div></article></body></html>",
            story()
        )
    };
    assert_eq!(load_html(&page("club-admin")).author, None);
    let a = load_html(&page("هدى الزروق تصوير: مكتب الإعلام"));
    assert_eq!(a.author.as_deref(), Some("هدى الزروق"));
}

#[test]
fn a_title_of_the_site_and_its_country_gives_way_to_the_news_title() {
    let headline = "«المرور» تحرر 1,318 مخالفة وتحجز 47 مركبة في حملة بمحافظة الجهراء";
    let html = format!(
        "<html><head><meta charset=\"utf-8\"><title>\n  وزارة الداخلية - دولة الكويت\n</title></head><body>\
         <div class=\"news-details\"><h3 class=\"news-title\"><span id=\"lblTitle\">{headline}</span></h3>\
         <span class=\"news-date\">11/02/2019</span><div class=\"news-body\">{}</div></div></body></html>",
        story()
    );
    let a = load_html(&html);
    assert_eq!(a.title, headline);
    assert_eq!(a.source.as_deref(), Some("وزارة الداخلية"));
    assert_eq!(texts(&a), PARAGRAPHS);
}
