//! Pages whose titles, sites, writers and lists the importer misread: an
//! `<h1>` a little longer than the metadata's headline that the shared
//! titles say whole, a heading the `<title>` says whole over a reworded
//! `og:title`, an old table's `site :: section` title, a country after
//! the site's name, a media desk's writer, a page's kind beside a heading,
//! a footer's notice by its id, a column's writer in the headline, a site
//! known by a Latin name that signs with its Arabic one, an embedded
//! post's link, a word processor's bullets, links to the next story, and
//! an old cell's date and source fields.

mod support;

use support::copied::texts;
use support::page::load_html;
use support::page::page;
use support::page::paragraphs;

const PARAGRAPHS: [&str; 3] = [
    "افتتحت الهيئة أمس معرضا للحرف اليدوية يضم أعمال أكثر من ستين حرفيا من مختلف المحافظات.",
    "وأوضحت مديرة المعرض أن الأعمال المعروضة تشمل النسيج والفخار والنقش على الخشب والحلي التقليدية.",
    "ويستمر المعرض أسبوعين، ويفتح أبوابه للزوار يوميا من العاشرة صباحا حتى التاسعة مساء.",
];
const HEAD: &str = "الهيئة تفتتح معرضا للحرف اليدوية بمشاركة ستين حرفيا";

fn story() -> String {
    paragraphs(&PARAGRAPHS)
}

#[test]
fn an_h1_two_words_longer_that_the_shared_titles_say_whole_is_the_headline() {
    let whole = format!("{HEAD} وتدعو الزوار");
    let html = page(
        &format!(
            "<title>{whole} | نادي الحرف</title><meta property=\"og:title\" content=\"{whole} | نادي الحرف\">\
             <meta name=\"twitter:title\" content=\"{whole}\">\
             <script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"headline\":\"{HEAD}\"}}</script>"
        ),
        &format!(
            "<h1 class=\"page-title\"><span>{whole}</span></h1>{}",
            story()
        ),
    );
    assert_eq!(load_html(&html).title, whole);
}

#[test]
fn a_heading_the_title_says_whole_stands_over_a_reworded_og_title() {
    let whole = "هيئة الحرف تنظم معرضا وطنيا حول «الحرف اليدوية في الزمن الرقمي»";
    let html = page(
        &format!(
            "<title>{whole} - هيئة الحرف</title>\
             <meta property=\"og:title\" content=\"معرض وطني حول الحرف اليدوية في الزمن الرقمي\">"
        ),
        &format!(
            "<div class=\"item-page\"><div class=\"page-header\"><h2 itemprop=\"headline\">\n\t{whole}\t</h2></div>{}</div>",
            story()
        ),
    );
    assert_eq!(load_html(&html).title, whole);
}

#[test]
fn an_old_tables_trail_title_gives_the_site_and_its_title_cell_the_headline() {
    let html = page(
        "<title>غرفة التجارة والصناعة :: الأخبار</title>",
        &format!(
            "<table><tr><td class=\"NewsTitle\">خدمات إلكترونية</td></tr></table>\
             <table><tr><td class=\"NewsTitle\">{HEAD}</td></tr>\
             <tr><td class=\"NewsDate\">الأحد 17/2/2013</td></tr>\
             <tr><td class=\"NewsText\">{}</td></tr></table>",
            PARAGRAPHS.join("<br><br>")
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.title, HEAD);
    assert_eq!(a.source.as_deref(), Some("غرفة التجارة والصناعة"));
    assert_eq!(a.published.as_deref(), Some("2013-02-17"));
}

#[test]
fn the_country_after_a_sites_name_is_no_part_of_it() {
    let html = page(
        &format!(
            "<title>{HEAD}</title><meta property=\"og:site_name\" content=\"وزارة الثقافة - دولة قطر\">"
        ),
        &format!("<h1>{HEAD}</h1>{}", story()),
    );
    assert_eq!(load_html(&html).source.as_deref(), Some("وزارة الثقافة"));
}

#[test]
fn a_media_desk_names_the_writer_it_sent_before_the_photographer() {
    let html = page(
        &format!("<title>هيئة الحرف - {HEAD}</title>"),
        &format!(
            "<h1 class=\"news-title\">{HEAD}</h1>\
             <div class=\"news-author\">إعلام الهيئة الوطنية للحرف: حيدر الحسناوي &nbsp;-&nbsp; تصوير: علي الكعبي</div>\
             <div class=\"news-text\">{}</div>",
            story()
        ),
    );
    assert_eq!(load_html(&html).author.as_deref(), Some("حيدر الحسناوي"));
}

#[test]
fn a_pages_kind_beside_a_heading_names_no_site_and_the_notice_does() {
    let html = page(
        "<title>\n\tهيئة الحرف الوطنية - تفاصيل الخبر\n</title>",
        &format!(
            "<div class=\"crumbs\"><span>الرئيسية</span> &gt; <span>تفاصيل الخبر</span></div>\
             <h2 class=\"title\">هيئة الحرف الوطنية</h2>\
             <h1>{HEAD}</h1>{}\
             <div class=\"site-copy\">جميع الحقوق محفوظة © هيئة الحرف الوطنية 2023</div>",
            story()
        ),
    );
    assert_eq!(
        load_html(&html).source.as_deref(),
        Some("هيئة الحرف الوطنية")
    );
}

#[test]
fn a_footers_notice_found_by_its_id_names_the_logo_with_its_preposition() {
    let html = page(
        &format!("<title>{HEAD}</title>"),
        &format!(
            "<div class=\"logoheader\"><h1 id=\"logo\"><img src=\"/logo.png\" alt=\"دار الحرف الليبية\">\
             <span class=\"header1\">الموقع الرسمي لدار الحرف الليبية</span></h1></div>\
             <h2 class=\"contentheading\">{HEAD}</h2>{}\
             <div id=\"footer\"><p>جميع الحقوق محفوظة لدار الحرف الليبية &copy; 2015 &mdash; طرابلس - ليبيا</p>\
             <p><a href=\"#top\">أعلى الصفحة</a></p></div>",
            story()
        ),
    );
    assert_eq!(
        load_html(&html).source.as_deref(),
        Some("دار الحرف الليبية")
    );
}

#[test]
fn a_columns_writer_in_the_headline_is_the_author() {
    let title = "(نقطة ضوء) مها الطيب تكتب: سوق الخضار حين تصبح الطماطم ترفا";
    let html = page(
        &format!(
            "<title>{title} - الظهيرة</title><meta property=\"og:site_name\" content=\"الظهيرة\">"
        ),
        &format!("<article><h1>{title}</h1>{}</article>", story()),
    );
    assert_eq!(load_html(&html).author.as_deref(), Some("مها الطيب"));
}

#[test]
fn a_site_known_by_a_latin_name_signing_with_its_arabic_one_is_the_source() {
    let html = page(
        &format!(
            "<title>{HEAD} | Crafts Club</title><meta property=\"og:site_name\" content=\"Crafts Club\">\
             <meta property=\"og:title\" content=\"{HEAD}\">"
        ),
        &format!(
            "<article><h1>{HEAD}</h1><div class=\"meta\"><span class=\"ArticleDetail_author__x1\">النادي الحرفي</span></div>\
             {}<blockquote class=\"instagram-media\"><div><a href=\"https://www.instagram.com/p/x/\">عرض هذا المنشور على Instagram</a></div>\
             <p><a href=\"https://www.instagram.com/p/x/\">منشور تمت مشاركته بواسطة Crafts Club (@craftsclub)</a></p></blockquote></article>",
            story()
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("النادي الحرفي"));
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn a_word_processors_bullets_are_a_list_and_the_next_storys_link_stays_out() {
    let items = [
        "تقييم تجارب الحرفيين في عدد من المحافظات.",
        "التعرف إلى المعوقات التي تواجه تسويق المنتجات.",
    ];
    let bullets: String = items
        .iter()
        .map(|i| {
            format!(
                "<p class=\"MsoListParagraphCxSpMiddle\" dir=\"RTL\"><span style=\"font-family: Symbol;\">·\
                 <span style=\"font: 7pt 'Times New Roman';\">&nbsp;&nbsp;&nbsp;&nbsp; </span></span>{i}</p>"
            )
        })
        .collect();
    let html = page(
        &format!("<title>{HEAD}</title>"),
        &format!(
            "<article><h1>{HEAD}</h1><div class=\"entry-content\"><p>{}</p><p>ومن أهداف المعرض:</p>{bullets}<p>{}</p></div>\
             <div class=\"jeg_prevnext_post\"><a href=\"/a\" class=\"post prev-post\"><span>السابق</span>\
             <h3 class=\"post-title\">أين تشتري الحرف اليدوية في العاصمة؟ دليل محدث للأسواق</h3></a></div></article>",
            PARAGRAPHS[0], PARAGRAPHS[1]
        ),
    );
    let a = load_html(&html);
    assert_eq!(
        texts(&a),
        [
            PARAGRAPHS[0],
            "ومن أهداف المعرض:",
            items[0],
            items[1],
            PARAGRAPHS[1]
        ]
    );
    assert!(matches!(a.body[2], qari::article::Block::ListItem(_)));
}

#[test]
fn an_old_cells_date_and_source_fields_under_a_title_cell() {
    let html = page(
        "<title>وزارة الحرف - السودان</title>",
        &format!(
            "<table><tr><td class=\"path\"><a href=\"/\">الرئيسية</a> &gt; <a href=\"/news\">الأخبار</a></td></tr>\
             <tr><td class=\"newstitle\"><font size=\"4\"><b>{HEAD}</b></font></td></tr>\
             <tr><td class=\"newsinfo\"><font size=\"2\">التاريخ: 2012/03/18 &nbsp;&nbsp;&nbsp; المصدر: سونا</font></td></tr>\
             <tr><td class=\"newsbody\">{}</td></tr></table>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.title, HEAD);
    assert_eq!(a.published.as_deref(), Some("2012-03-18"));
    assert_eq!(a.source.as_deref(), Some("سونا"));
}

#[test]
fn a_title_that_says_the_headline_whole_beside_the_site_beats_a_shorter_og_title() {
    let whole = format!("{HEAD} من مختلف المحافظات");
    let html = page(
        &format!(
            "<title>موقع الحرف :: {whole}</title><meta property=\"og:title\" content=\"{HEAD}\">"
        ),
        &format!(
            "<table><tr><td><a href=\"/\">الرئيسية</a> &raquo; <a href=\"/c\">الداخل</a><br><br>\
             <span class=\"title\">{whole}</span><br>{}</td></tr></table>",
            story()
        ),
    );
    assert_eq!(load_html(&html).title, whole);
}
