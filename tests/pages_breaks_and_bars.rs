//! Pages whose lines ran together or whose header the importer misread:
//! an old portal's story set out with line breaks (a posted-by line over
//! the lead, a list of dashed lines before a paragraph); a server's
//! American date, a state's name after a body's in the `<title>`, a
//! site's Arabic name beside a headline over its Latin one, a media
//! department's credit and a site's exclusive byline.

mod support;

use support::copied::texts;
use support::page::load_html;
use support::page::page;
use support::page::paragraphs;

const HEAD: &str = "الوزير يفتتح قسم الطوارئ الجديد في المستشفى التعليمي";

#[test]
fn an_old_portals_broken_lines_stay_apart_and_its_posted_by_line_stays_out() {
    let html = page(
        &format!("<title>الوزارة - {HEAD}</title>"),
        &format!(
            "<table><tr><td><font class=\"title\">{HEAD}</font><br>\
             <font class=\"tiny\">أرسلت بواسطة <a href=\"u\">admin</a> في الأحد 12 مارس 2017 (316 قراءة)</font><br><br>\
             <font class=\"content\">افتتح الوزير صباح اليوم قسم الطوارئ الجديد في المستشفى التعليمي بسعة أربعين سريرا ضمن خطة لتوسيع الأقسام.<br><br>\
             وقال الوزير خلال جولته إن القسم جهز بأجهزة حديثة لمراقبة المرضى ووحدة للإنعاش تعمل على مدار الساعة.<br><br>\
             <p align=\"center\"><img src=\"a.jpg\"><br><font class=\"tiny\">الوزير خلال الافتتاح</font></p>\
             ووجه الوزير إدارة المستشفى بما يأتي:<br>\n\
             - توفير الأدوية الإسعافية بصورة مستمرة.<br>\n\
             - تنظيم جدول خفارات يضمن وجود طبيب اختصاص ليلا.<br>\n\
             - تخصيص موظفين لاستقبال ذوي المرضى.<br><br>\n\
             يذكر أن الوزارة افتتحت أقساما مماثلة في مستشفيات أخرى خلال الأشهر الماضية.<br><br></font>\
             </td></tr></table>"
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.title, HEAD);
    let got = texts(&a);
    assert!(got[0].starts_with("افتتح الوزير"), "{got:?}");
    assert!(got.iter().all(|t| !t.contains("أرسلت بواسطة")), "{got:?}");
    for item in [
        "توفير الأدوية الإسعافية بصورة مستمرة.",
        "تنظيم جدول خفارات يضمن وجود طبيب اختصاص ليلا.",
        "تخصيص موظفين لاستقبال ذوي المرضى.",
    ] {
        assert!(
            got.iter()
                .any(|t| t.ends_with(item) && t.len() < item.len() + 4),
            "{item}: {got:?}"
        );
    }
    assert!(
        got.last().is_some_and(|t| t.starts_with("يذكر أن")),
        "{got:?}"
    );
}

const PARAGRAPHS: [&str; 3] = [
    "أطلقت المؤسسة أمس برنامجا لتدريب الشباب على المهارات الرقمية يستفيد منه ألف متدرب في خمس مدن.",
    "وأوضح مدير البرنامج أن الدورات تشمل البرمجة وتحليل البيانات والتسويق الإلكتروني وتستمر ثلاثة أشهر.",
    "ويتسلم المتدربون في ختام البرنامج شهادات معتمدة تؤهلهم للعمل في الشركات الناشئة.",
];
const STORY_HEAD: &str = "المؤسسة تطلق برنامجا لتدريب الشباب على المهارات الرقمية";

fn story() -> String {
    paragraphs(&PARAGRAPHS)
}

#[test]
fn a_servers_american_date_puts_the_month_first() {
    let html = page(
        &format!(
            "<title>{STORY_HEAD}</title><script type=\"application/ld+json\">\
             {{\"@type\":\"NewsArticle\",\"headline\":\"{STORY_HEAD}\",\"datePublished\":\"6/8/2022 11:20:45 AM\"}}</script>"
        ),
        &format!(
            "<h1>{STORY_HEAD}</h1><span>08/06/2022 11:20:45</span>{}",
            story()
        ),
    );
    let a = load_html(&html);
    assert!(
        a.published
            .as_deref()
            .is_some_and(|d| d.starts_with("2022-06-08")),
        "{:?}",
        a.published
    );
}

#[test]
fn a_bodys_title_cell_under_its_name_and_its_states_is_the_headline() {
    let html = page(
        "<title>وزارة الاقتصاد والتجارة الخارجية - الجمهورية العربية السورية</title>",
        &format!(
            "<div class=\"newstitle\">{STORY_HEAD}</div>\
             <div class=\"newsdate\">تاريخ النشر: 23-04-2019</div><div class=\"newsbody\">{}</div>",
            story()
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.title, STORY_HEAD);
    assert_eq!(a.source.as_deref(), Some("وزارة الاقتصاد والتجارة الخارجية"));
}

#[test]
fn the_sites_arabic_name_beside_the_headline_stands_over_its_latin_one() {
    let whole = format!("{STORY_HEAD} - غرفة التجارة");
    let html = page(
        &format!(
            "<title>{whole}</title><meta property=\"og:title\" content=\"{whole}\">\
             <meta property=\"og:site_name\" content=\"Chamber of Commerce\">"
        ),
        &format!("<h1>{STORY_HEAD}</h1>{}", story()),
    );
    let a = load_html(&html);
    assert_eq!(a.source.as_deref(), Some("غرفة التجارة"));
}

#[test]
fn a_media_departments_credit_names_it() {
    // In a field of the header's, or after `المصدر:`.
    for field in [
        "<span>2024/09/17 - 12:45 م</span> &nbsp;|&nbsp; <span>1,204</span> &nbsp;|&nbsp; <span>المكتب الإعلامي لوزير النقل</span>",
        "<time>17 سبتمبر 2024</time><span>•</span><span>المصدر: المكتب الإعلامي لوزير النقل</span>",
    ] {
        let html = page(
            &format!("<title>{STORY_HEAD} - وزارة النقل</title>"),
            &format!(
                "<h1>{STORY_HEAD}</h1><div class=\"news-meta\">{field}</div>{}",
                story()
            ),
        );
        let a = load_html(&html);
        assert_eq!(
            a.source.as_deref(),
            Some("المكتب الإعلامي لوزير النقل"),
            "{field}"
        );
        assert_eq!(a.author, None);
    }
}

#[test]
fn the_sites_own_media_office_names_the_site() {
    let html = page(
        &format!("<title>{STORY_HEAD} - مجلس الوزراء</title>"),
        &format!(
            "<h1>{STORY_HEAD}</h1><div class=\"meta\"><span>16 أكتوبر 2024</span> | <span>المركز الإعلامي لمجلس الوزراء</span></div>{}",
            story()
        ),
    );
    assert_eq!(load_html(&html).source.as_deref(), Some("مجلس الوزراء"));
}

#[test]
fn a_sites_exclusive_byline_names_its_writer() {
    let html = page(
        &format!("<title>{STORY_HEAD}</title>"),
        &format!(
            "<table><tr><td class=\"news_title\">{STORY_HEAD}</td></tr>\
             <tr><td class=\"news_info\"><b>براقش نت - خاص - صادق الوصابي</b></td></tr>\
             <tr><td class=\"news_text\">{}</td></tr></table>",
            story()
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.author.as_deref(), Some("صادق الوصابي"));
    assert_eq!(texts(&a), PARAGRAPHS);
}
