//! Pages whose headline, writer, date or story the importer misread: a
//! Joomla heading marked as the item's name under a `<title>` that cuts
//! it; a `<title>` of the site and its section; metadata that names the
//! site beside a headline the `<h1>` goes on from; a FrontPage table's
//! `<span class="title">`; a desk in the metadata where the byline shows
//! the writer; a list of events' dates beside an undated story; a theme's
//! frame that names its sidebar's side; a label over the release's file.

mod support;

use support::copied::texts;
use support::page::{load_html, page, paragraphs};

const PARAGRAPHS: [&str; 3] = [
    "نظم قسم الهندسة الكيمياوية ندوة علمية عن تقنيات تحلية المياه بمشاركة عدد من الأساتذة والباحثين وطلبة الدراسات العليا.",
    "وتناولت الندوة التقنيات الحديثة في تحلية المياه المالحة ومعالجة المياه العادمة وإعادة استخدامها في الزراعة والصناعة.",
    "وأوصى المشاركون بتعزيز التعاون بين الجامعات والوزارات المعنية لمواجهة شح الموارد المائية في البلاد.",
];

#[test]
fn a_heading_marked_as_the_items_name_is_the_headline_the_title_cuts() {
    let whole = "قسم الهندسة الكيمياوية في الجامعة يعقد ندوة علمية عن تقنيات تحلية المياه ومواجهة شح الموارد المائية";
    let html = page(
        "<title>جامعة النهرين - قسم الهندسة الكيمياوية يعقد ندوة علمية عن تقنيات تحلية المياه</title>",
        &format!(
            "<div class=\"item-page\"><dl class=\"article-info\"><dd class=\"published\">\
             <time datetime=\"2018-04-22T09:14:31+03:00\">الأحد, 22 نيسان/أبريل 2018</time></dd></dl>\
             <div class=\"page-header\"><h2 itemprop=\"name\">\n\t\t\t{whole}\t\n\t\t</h2></div>\
             <div itemprop=\"articleBody\">{}</div></div>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    assert_eq!(load_html(&html).title, whole);
}

#[test]
fn a_title_of_the_site_and_its_section_gives_way_to_the_h1() {
    let h1 = "البنك يوقع بروتوكول تعاون مع محافظة أسوان لتمويل المشروعات الصغيرة ومتناهية الصغر";
    let html = page(
        "<title>\n\tالبنك الأهلي المصري | الأخبار\n</title>\
         <meta property=\"og:site_name\" content=\"البنك الأهلي المصري\" />",
        &format!(
            "<h1 class=\"news-title\">{h1}</h1><span class=\"news-date\">15/10/2019</span>{}",
            paragraphs(&PARAGRAPHS)
        ),
    );
    assert_eq!(load_html(&html).title, h1);
}

#[test]
fn a_title_with_the_sites_name_gives_way_to_the_h1_that_goes_on() {
    let h1 = "مديرية الأمن تطلق حملة “طريق آمن” للحد من السرعة على الطريق الساحلي";
    let shared = "مديرية الأمن تطلق حملة &quot;طريق آمن&quot; للحد من السرعة - وزارة الداخلية";
    let html = page(
        &format!(
            "<title>{shared}</title><meta property=\"og:title\" content=\"{shared}\" />\
             <meta property=\"og:site_name\" content=\"وزارة الداخلية\" />"
        ),
        &format!("<h1>{h1}</h1>{}", paragraphs(&PARAGRAPHS)),
    );
    assert_eq!(load_html(&html).title, h1);
}

#[test]
fn a_frontpage_tables_title_span_and_its_follower() {
    let headline = "اللجنة الشعبية العامة للإسكان تعتمد مخطط 1200 وحدة سكنية بسرت";
    let html = page(
        "<TITLE>الزحف الأخضر :: أخبار محلية</TITLE>",
        &format!(
            "<TABLE><TR><TD><FONT SIZE=\"1\"><A HREF=\"../../index.php\">الرئيسية</A> &gt; \
             <A HREF=\"../../section.php?s=1\">أخبار محلية</A></FONT></TD></TR>\
             <TR><TD><SPAN CLASS=\"title\">{headline}</SPAN></TD></TR>\
             <TR><TD><FONT SIZE=\"2\"><B>متابعة : خالد امحمد الزوي</B></FONT></TD></TR>\
             <TR><TD>{}</TD></TR></TABLE>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.title, headline);
    assert_eq!(a.author.as_deref(), Some("خالد امحمد الزوي"));
}

#[test]
fn a_desk_in_the_metadata_gives_way_to_the_writer_the_byline_shows() {
    let head = "سكان يشكون احتلال ورش السيارات للأرصفة والحي يدرس خطة للنقل";
    let html = page(
        &format!(
            "<title>{head} - منطقتي</title><meta property=\"og:site_name\" content=\"منطقتي\" />\
             <script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"headline\":\"{head}\",\
             \"author\":{{\"name\":\"فريق التحرير\"}},\"datePublished\":\"2017-03-14T09:20:11+00:00\"}}</script>"
        ),
        &format!(
            "<article><header class=\"entry-header\"><h1 class=\"entry-title\">{head}</h1>\
             <div class=\"entry-meta\"><span class=\"byline\">كتبت: <span class=\"author vcard\">\
             <a class=\"url fn n\" href=\"/author/menna/\">منة الله حسن</a></span></span></div></header>\
             <div class=\"entry-content\">{}</div></article>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    assert_eq!(load_html(&html).author.as_deref(), Some("منة الله حسن"));
}

#[test]
fn a_list_of_events_dates_no_story_that_shows_none() {
    let head = "دار الأوبرا تكشف عن برنامج موسمها الجديد بمشاركة 38 عرضاً عالمياً وعربياً";
    let html = page(
        &format!("<title>{head}</title>"),
        &format!(
            "<article><h1>{head}</h1><div class=\"field--name-body\">{}</div></article>\
             <div class=\"block-views-blockupcoming-events-block-1\"><h2>العروض القادمة</h2>\
             <div class=\"views-row\"><div class=\"views-field views-field-title\"><span class=\"field-content\">\
             <a href=\"/ar/events/101\">أوبرا عايدة</a></span></div>\
             <div class=\"views-field views-field-field-event-date\"><div class=\"field-content\">3 نوفمبر 2022</div></div></div></div>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    assert_eq!(load_html(&html).published, None);
}

#[test]
fn a_themes_frame_that_names_its_sidebars_side_keeps_the_story() {
    let head = "الجامعة تختتم ورشة تدريبية لقابلات الولاية حول رعاية الأمومة الآمنة";
    let html = page(
        &format!("<title>{head} - جامعة الأحفاد للبنات</title>"),
        &format!(
            "<div class=\"container site-content sidebar-right\"><div class=\"row\">\
             <main class=\"site-main col-sm-9\"><article class=\"post\"><h1 class=\"entry-title\">{head}</h1>\
             <div class=\"entry-content\">{}</div></article></main>\
             <aside class=\"widget-area col-sm-3\"><p>تأسست الجامعة عام 1907 وتحولت إلى جامعة عام 1995.</p></aside></div></div>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    assert_eq!(texts(&load_html(&html)), PARAGRAPHS);
}

#[test]
fn the_label_over_a_releases_file_is_no_paragraph() {
    let head = "الشركة توسع تغطية شبكة الجيل الرابع إلى 47 بلدية جديدة عبر 12 ولاية";
    let html = page(
        &format!("<title>{head}</title>"),
        &format!(
            "<h1>{head}</h1><div class=\"node__content\"><div class=\"field--name-body\">{}</div>\
             <div class=\"field field--name-field-fichier-pdf\"><div class=\"field__label\">تحميل البيان</div>\
             <div class=\"field__item\"><a href=\"/files/cp.pdf\" type=\"application/pdf\">cp-4g.pdf</a></div></div></div>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    assert_eq!(texts(&load_html(&html)), PARAGRAPHS);
}
