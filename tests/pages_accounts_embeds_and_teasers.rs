//! Pages whose writer, site, date or body the importer misread: a writer
//! labelled beside the body's media office in an old table's header, a
//! site's account in Latin letters over the byline the story opens with,
//! a counter after the date, the site's Arabic name in its brand's logo,
//! a video embedded from TikTok, a related story's date where the page
//! shows none, a body's releases after its name in the `<title>`, a
//! release's press contact and topics under it, an old Joomla page's
//! heading cell, system user and last change, and a list of attachments.

mod support;

use support::copied::texts;
use support::page::load_html;
use support::page::page;
use support::page::paragraphs;

const PARAGRAPHS: [&str; 3] = [
    "أطلقت المؤسسة أمس برنامجا لتدريب الشباب على المهارات الرقمية يستفيد منه ألف متدرب في خمس مدن.",
    "وأوضح مدير البرنامج أن الدورات تشمل البرمجة وتحليل البيانات والتسويق الإلكتروني وتستمر ثلاثة أشهر.",
    "ويتسلم المتدربون في ختام البرنامج شهادات معتمدة تؤهلهم للعمل في الشركات الناشئة.",
];
const HEAD: &str = "المؤسسة تطلق برنامجا لتدريب الشباب على المهارات الرقمية";

fn story() -> String {
    paragraphs(&PARAGRAPHS)
}

#[test]
fn a_writer_beside_the_media_office_in_an_old_header_is_the_author() {
    let html = page(
        "<title>جامعة الجزيرة - University of Gezira :: أخبار الجامعة</title>",
        &format!(
            "<table><tr><td class=\"newstitle\"><font size=\"4\"><b>{HEAD}</b></font></td></tr>\
             <tr><td><font size=\"2\">بتاريخ: 2019/11/17 &nbsp;&nbsp; | &nbsp;&nbsp; تقرير: سامية عبد الرحمن - إدارة الإعلام والعلاقات العامة</font></td></tr>\
             <tr><td>{}</td></tr></table>",
            story()
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.author.as_deref(), Some("سامية عبد الرحمن"));
    assert_eq!(a.published.as_deref(), Some("2019-11-17"));
}

#[test]
fn a_sites_latin_account_gives_way_to_the_byline_the_story_opens_with() {
    let html = page(
        &format!(
            "<title>{HEAD} - أزيلال أونلاين</title><meta name=\"author\" content=\"azilal online\">\
             <link rel=\"canonical\" href=\"https://azilal-online.com/2023/01/24/x/\">"
        ),
        &format!(
            "<article><h1>{HEAD}</h1><span class=\"meta-author\"><a href=\"/author/azilal/\">azilal online</a></span>\
             <span class=\"date\">24 يناير 2023</span><div class=\"featured\"><figure><img src=\"a.jpg\"><figcaption>صورة</figcaption></figure></div>\
             <div class=\"meta-views\"><span>1</span><span>2</span><span>3</span><span>4</span><span>5</span><span>6</span></div>\
             <div class=\"entry-content\"><p class=\"azil-byline\"><strong>أزيلال أونلاين: عبد الرحيم أيت علي</strong></p>{}</div></article>",
            story()
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.author.as_deref(), Some("عبد الرحيم أيت علي"));
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn a_counter_after_the_date_and_the_brands_logo_name_are_read() {
    let html = page(
        &format!("<title>FFRIM | {HEAD}</title><meta property=\"og:site_name\" content=\"FFRIM\">"),
        &format!(
            "<nav><a class=\"navbar-brand\" href=\"/ar/\"><img src=\"logo.png\" alt=\"الاتحادية الموريتانية لكرة القدم\"></a></nav>\
             <div class=\"card\"><h1>{HEAD}</h1>\
             <div class=\"text-muted small\"><i class=\"fa fa-calendar\"></i> 05/10/2023 &nbsp;&nbsp; <i class=\"fa fa-clock-o\"></i> 11:20 &nbsp;&nbsp; <i class=\"fa fa-eye\"></i> 732</div>\
             <div class=\"article-body\">{}</div></div>\
             <ul><li><a href=\"/ar/1\">خبر آخر عن المنتخب الوطني</a><small class=\"text-muted\"> 04/10/2023</small></li></ul>",
            story()
        ),
    );
    let a = load_html(&html);
    assert!(
        a.published
            .as_deref()
            .is_some_and(|d| d.starts_with("2023-10-05")),
        "{:?}",
        a.published
    );
    assert_eq!(a.source.as_deref(), Some("الاتحادية الموريتانية لكرة القدم"));
}

#[test]
fn a_tiktok_video_is_a_post_signed_by_its_account() {
    let html = page(
        &format!("<title>{HEAD}</title>"),
        &format!(
            "<article><h1>{HEAD}</h1>{}<blockquote class=\"tiktok-embed\" cite=\"https://www.tiktok.com/@gaf_hassani/video/72218\">\
             <section><a title=\"@gaf_hassani\" href=\"https://www.tiktok.com/@gaf_hassani\">@gaf_hassani</a> گاف الليلة 🎶 \
             <a href=\"https://www.tiktok.com/music/x\">♬ original sound - gaf_hassani</a></section></blockquote></article>",
            story()
        ),
    );
    let a = load_html(&html);
    let by = a.body.iter().find_map(|b| match b {
        qari::article::Block::Quote { by, .. } => by.clone(),
        _ => None,
    });
    assert_eq!(by.as_deref(), Some("TikTok (@gaf_hassani)"));
}

#[test]
fn a_related_storys_date_is_not_the_storys() {
    let html = page(
        &format!("<title>{HEAD} - الشركة القابضة</title>"),
        &format!(
            "<article class=\"post\"><h1>{HEAD}</h1><div class=\"content\">{}</div>\
             <div class=\"tags\"><a href=\"/t/1\">تدريب</a><a href=\"/t/2\">شباب</a><a href=\"/t/3\">مهارات</a>\
             <a href=\"/t/4\">برمجة</a><a href=\"/t/5\">تقنية</a><a href=\"/t/6\">مدن</a></div>\
             <div class=\"share\"><a href=\"/s/1\">فيسبوك</a><a href=\"/s/2\">تويتر</a><a href=\"/s/3\">واتساب</a>\
             <a href=\"/s/4\">تلغرام</a><a href=\"/s/5\">لينكدإن</a></div></article>\
             <h2>أخبار ذات صلة</h2><article class=\"elementor-post\"><h3><a href=\"/ar/2023/04/x/\">الشركة تستكمل تمديد الألياف في مصراتة</a></h3>\
             <div class=\"meta-data\"><span class=\"elementor-post-date\">أبريل 18, 2023</span></div></article>",
            story()
        ),
    );
    assert_eq!(load_html(&html).published, None);
}

#[test]
fn a_bodys_releases_after_its_name_name_no_site() {
    let html = page(
        "<title>البنك المركزي - بلاغات</title>",
        &format!(
            "<table><tr><td class=\"newstitle\">{HEAD}</td></tr><tr><td>{}</td></tr></table>",
            story()
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.title, HEAD);
    assert_eq!(a.source.as_deref(), Some("البنك المركزي"));
}

#[test]
fn a_releases_press_contact_and_topics_stay_out_and_credit_no_one() {
    let html = page(
        &format!("<title>{HEAD} | المنظمة</title>"),
        &format!(
            "<article><h1>{HEAD}</h1><div class=\"field--name-body\">{}</div>\
             <div class=\"field--name-field-media-contact\"><div class=\"field__label\">للمزيد من المعلومات</div>\
             <div class=\"field__item\"><p>وحدة الاتصال والإعلام في المنظمة<br><a href=\"/ar/contact\">صفحة التواصل</a></p></div></div>\
             <div class=\"field--name-field-topics\"><div class=\"field__label\">المواضيع</div>\
             <div class=\"field__item\"><a href=\"/t/1\">الطاقة</a></div></div></article>",
            story()
        ),
    );
    let a = load_html(&html);
    assert_eq!(texts(&a), PARAGRAPHS);
    assert!(
        a.source.as_deref().is_none_or(|s| !s.contains("وحدة")),
        "{:?}",
        a.source
    );
}

#[test]
fn an_old_joomla_pages_heading_cell_is_the_headline_and_its_lines_stay_out() {
    let html = page(
        &format!("<title>الاتحاد العام لنقابات العمال - {HEAD}</title>"),
        &format!(
            "<table class=\"contentpaneopen\"><tr><td class=\"contentheading\">{HEAD}</td>\
             <td class=\"buttonheading\"><a href=\"p\"><img src=\"pdf.png\" alt=\"PDF\"></a></td></tr></table>\
             <table class=\"contentpaneopen\"><tr><td><span class=\"small\">كتب بواسطة Administrator</span></td></tr>\
             <tr><td class=\"createdate\">الأحد, 29 نيسان 2012 11:30</td></tr>\
             <tr><td>{}</td></tr>\
             <tr><td class=\"modifydate\">آخر تحديث ( الأحد, 29 نيسان 2012 12:02 )</td></tr></table>\
             <p>الملفات المرفقة</p><ul><li><a href=\"/f/1.pdf\">البرنامج</a></li></ul>",
            story()
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.title, HEAD);
    assert_eq!(a.author, None);
    assert_eq!(texts(&a), PARAGRAPHS);
}
