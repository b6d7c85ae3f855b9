//! Pages whose metadata says less than they show: a headline cut short
//! for sharing over the whole one in a heading, a writer named in Latin
//! letters over an Arabic byline, a site named only by its `<title>` and
//! its copyright notice, a statistics office's headline with its day in a
//! title cell under a `<title>` of the office's name alone, an old
//! table's date in the row above the headline's, and a Romanian radio's
//! writers and captions in its own class names.

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
const WHOLE: &str = "الهيئة تفتتح معرضا للحرف اليدوية بمشاركة ستين حرفيا من مختلف المحافظات وتدعو الزوار إلى اقتناء أعمالهم";
const SHORT: &str = "الهيئة تفتتح معرضا للحرف اليدوية";

fn story() -> String {
    paragraphs(&PARAGRAPHS)
}

#[test]
fn a_headline_cut_short_for_sharing_gives_way_to_the_h1_that_shows_it_whole() {
    let html = page(
        &format!(
            "<title>{WHOLE} | مجلة الحرف</title><meta property=\"og:title\" content=\"{SHORT}\">"
        ),
        &format!(
            "<article><h1 class=\"page-title\"><span>{WHOLE}</span></h1>{}</article>",
            story()
        ),
    );
    assert_eq!(load_html(&html).title, WHOLE);
}

#[test]
fn a_heading_that_opens_with_the_shared_headline_and_goes_on_is_the_headline() {
    let html = page(
        &format!(
            "<title>{SHORT} - مجلة الحرف</title><meta property=\"og:title\" content=\"{SHORT}\">"
        ),
        &format!(
            "<div class=\"post\"><h2 class=\"post-title\">\n\t\t\t{WHOLE}\t\t</h2>{}</div>",
            story()
        ),
    );
    assert_eq!(load_html(&html).title, WHOLE);
}

#[test]
fn a_heading_longer_by_a_badge_alone_leaves_the_shared_headline() {
    let html = page(
        &format!("<title>{SHORT}</title><meta property=\"og:title\" content=\"{SHORT}\">"),
        &format!(
            "<div class=\"item\"><h2 class=\"itemTitle\">{SHORT} <span class=\"featured\">مميز</span></h2>{}</div>",
            story()
        ),
    );
    assert_eq!(load_html(&html).title, SHORT);
}

#[test]
fn a_writer_named_in_latin_letters_by_the_metadata_is_the_arabic_name_the_byline_shows() {
    let html = page(
        &format!(
            "<title>{WHOLE}</title><script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\
             \"headline\":\"{WHOLE}\",\"author\":[{{\"@type\":\"Person\",\"name\":\"Reem Alharbi\"}}]}}</script>"
        ),
        &format!(
            "<article><h1>{WHOLE}</h1><div class=\"article__meta\"><span class=\"article__author\">بقلم \
             <a href=\"/author/reem/\" rel=\"author\">ريم الحربي</a></span></div>{}</article>",
            story()
        ),
    );
    assert_eq!(load_html(&html).author.as_deref(), Some("ريم الحربي"));
}

#[test]
fn the_part_of_the_title_the_copyright_notice_names_is_the_site() {
    let html = page(
        &format!(
            "<title>دار الحرف | معرض الحرف اليدوية في أسبوعين</title><meta property=\"og:title\" content=\"{SHORT} في العاصمة\">"
        ),
        &format!(
            "<main><h1>{WHOLE}</h1>{}</main><footer><p class=\"copyright\">© 2025 دار الحرف. جميع الحقوق محفوظة.</p></footer>",
            story()
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.source.as_deref(), Some("دار الحرف"));
}

#[test]
fn a_site_named_in_latin_letters_by_its_metadata_is_known_by_the_arabic_name_its_notice_gives() {
    let html = page(
        &format!(
            "<title>دار الحرف - الأخبار - {WHOLE}</title><meta property=\"og:title\" content=\"{WHOLE}\">\
             <meta property=\"og:site_name\" content=\"Crafts House\">"
        ),
        &format!(
            "<main><h1>{WHOLE}</h1>{}</main><footer><p class=\"copy\">© 2023 دار الحرف. جميع الحقوق محفوظة.</p></footer>",
            story()
        ),
    );
    assert_eq!(load_html(&html).source.as_deref(), Some("دار الحرف"));
}

#[test]
fn a_dated_headline_in_a_title_cell_under_the_offices_name_is_the_headline() {
    let headline = "الإحصاء الوطني يستعرض أوضاع الحرفيين بمناسبة اليوم الوطني للحرف، 12/08/2023";
    let html = page(
        "<title>\n\tالجهاز الوطني للإحصاء والتعداد\n</title>",
        &format!(
            "<table><tr><td class=\"NewsTitle\"><span id=\"lblTitle\">{headline}</span></td></tr>\
             <tr><td class=\"NewsDate\"><span id=\"lblDate\">10/08/2023</span></td></tr>\
             <tr><td class=\"NewsBody\"><span id=\"lblBody\">{}</span></td></tr></table>",
            story()
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.title, headline);
    assert_eq!(a.source.as_deref(), Some("الجهاز الوطني للإحصاء والتعداد"));
    assert_eq!(a.published.as_deref(), Some("2023-08-10"));
}

#[test]
fn an_old_tables_date_beside_the_breadcrumb_in_the_row_above_the_headline_dates_the_story() {
    let headline = "الانتخابات البلدية: امتحان العائلات قبل الأحزاب";
    let html = page(
        &format!("<title>مجلة الحرف - {headline}</title>"),
        &format!(
            "<table><tr><td class=\"small\"><a href=\"/\">الرئيسية</a> &raquo; <a href=\"/cat\">مقالات</a></td>\
             <td class=\"small\" align=\"left\">العدد 1742 - الاثنين 9 أيار 2016</td></tr>\
             <tr><td colspan=\"2\" class=\"title\">{headline}</td></tr>\
             <tr><td colspan=\"2\" class=\"writer\">بقلم: نبيل الزين</td></tr>\
             <tr><td colspan=\"2\">{}</td></tr>\
             <tr><td><b>مقالات سابقة</b><br>&#8226; <a href=\"/a?id=1\">بيروت بين لائحتين</a> <font color=\"#999999\">(25/04/2016)</font></td></tr>\
             </table>",
            story()
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.title, headline);
    assert_eq!(a.published.as_deref(), Some("2016-05-09"));
}

#[test]
fn a_council_titled_in_arabic_and_french_leaves_its_title_cell_the_headline() {
    let headline = "مجلس الأمة يصادق على نص القانون المتضمن تسوية الميزانية لسنة 2008";
    let html = page(
        "<title>مجلس الأمة - Conseil de la Nation</title>",
        &format!(
            "<table><tr><td class=\"titre_article\" dir=\"rtl\">{headline}</td></tr>\
             <tr><td class=\"date\">25/05/2011</td></tr><tr><td>{}</td></tr></table>",
            story()
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.title, headline);
    assert_eq!(a.source.as_deref(), Some("مجلس الأمة"));
}

#[test]
fn a_radios_writers_and_captions_in_its_own_class_names() {
    let html = page(
        &format!("<title>{WHOLE} - Radio Romania International</title>"),
        &format!(
            "<div class=\"articol\"><h1>{WHOLE}</h1><span class=\"autor\">ميهاي بوبيسكو، نور الهدى بن عيسى</span>\
             <div class=\"foto-articol\"><img src=\"/img/a.jpg\"><p class=\"foto-text\">معرض الحرف \
             &ndash; الصورة: www.example.ro</p></div>{}</div>",
            story()
        ),
    );
    let a = load_html(&html);
    assert_eq!(
        a.author.as_deref(),
        Some("ميهاي بوبيسكو، نور الهدى بن عيسى")
    );
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn a_site_titled_by_its_latin_letters_is_known_by_the_name_beside_its_logo() {
    let html = page(
        &format!("<title>ALCO | {WHOLE}</title><meta property=\"og:title\" content=\"{WHOLE}\">"),
        &format!(
            "<header><a class=\"logo\" href=\"/\"><img src=\"/logo.png\" alt=\"المنظمة العربية للحرف\"></a>\
             <span class=\"site-name\">المنظمة العربية للحرف</span></header>\
             <div class=\"article\"><h2 class=\"article-title\">{WHOLE}</h2>\
             <div class=\"news-date\"><i class=\"fa fa-calendar\"></i> السبت, 18 كانون1/ديسمبر 2021 11:40 &nbsp; \
             <i class=\"fa fa-eye\"></i> 2147</div><div class=\"article-content\">{}</div></div>\
             <div class=\"related\"><h3>أخبار ذات صلة</h3><ul><li><a href=\"/a/1\">ندوة عن الحرف اليدوية</a> \
             <span class=\"news-date\">2021-12-15</span></li></ul></div>",
            story()
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.source.as_deref(), Some("المنظمة العربية للحرف"));
    assert_eq!(a.published.as_deref(), Some("2021-12-18T11:40"));
}

#[test]
fn a_long_site_name_after_the_headline_in_the_title_is_known_over_its_latin_one() {
    let site = "منظمة الحرف العالمية - المكتب الإقليمي لشرق المتوسط";
    let html = page(
        &format!(
            "<title>{WHOLE} | {site}</title><meta property=\"og:title\" content=\"{WHOLE}\">\
             <meta property=\"og:site_name\" content=\"World Crafts Organization - Regional Office\">"
        ),
        &format!("<article><h1>{WHOLE}</h1>{}</article>", story()),
    );
    assert_eq!(load_html(&html).source.as_deref(), Some(site));
}

#[test]
fn the_first_part_of_a_title_trail_is_the_site() {
    let html = page(
        &format!("<title>نقابة الحرفيين :: اخبار النقابة :: {WHOLE}</title>"),
        &format!("<article><h1>{WHOLE}</h1>{}</article>", story()),
    );
    assert_eq!(load_html(&html).source.as_deref(), Some("نقابة الحرفيين"));
}

#[test]
fn a_union_titled_in_english_then_arabic_leaves_its_title_cell_the_headline() {
    let headline = "اتحاد الحرفيين العرب ينظم منتدى إقليميا حول تسويق الحرف اليدوية في بيروت";
    let html = page(
        "<title>Union of Arab Craftsmen - اتحاد الحرفيين العرب</title>",
        &format!(
            "<table><tr><td class=\"news_title\">{headline}</td></tr>\
             <tr><td>14/06/2011</td></tr><tr><td>{}</td></tr></table>",
            story()
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.title, headline);
    assert_eq!(a.source.as_deref(), Some("اتحاد الحرفيين العرب"));
}

#[test]
fn a_page_titled_by_its_kind_is_the_sites_its_logo_and_notice_name() {
    let headline = "الأمانة العامة تستضيف الاجتماع التحضيري لمجلس وزراء الحرف العرب";
    let html = page(
        "<title>\r\n\tتفاصيل الخبر\r\n</title>",
        &format!(
            "<div class=\"las-logo\"><a href=\"/\"><img src=\"/logo-ar.png\" alt=\"جامعة الحرف العربية\" /></a></div>\
             <h1 id=\"pageTitle\"><span>تفاصيل الخبر</span></h1>\
             <h2 class=\"newsTitle\"><span id=\"lblTitle\">{headline}</span></h2>\
             <div class=\"newsDate\">23/01/2019</div><div class=\"newsBody\">{}</div>\
             <footer><p>جميع الحقوق محفوظة &copy; جامعة الحرف العربية 2019 - ميدان التحرير، القاهرة</p></footer>",
            story()
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.title, headline);
    assert_eq!(a.source.as_deref(), Some("جامعة الحرف العربية"));
}

#[test]
fn an_agencys_dotted_initials_in_the_author_field_credit_the_agency() {
    let html = page(
        &format!(
            "<title>{WHOLE} - ميد راديو</title><meta name=\"author\" content=\"و.م.ع\">\
             <meta property=\"og:site_name\" content=\"Med Radio\">"
        ),
        &format!("<article><h1>{WHOLE}</h1>{}</article>", story()),
    );
    let a = load_html(&html);
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("و.م.ع"));
}

#[test]
fn a_facebook_posts_text_embedded_in_the_story_is_no_part_of_it() {
    let html = page(
        &format!("<title>{WHOLE}</title>"),
        &format!(
            "<article><h1>{WHOLE}</h1><div class=\"entry-content\"><p>{}</p><p>{}</p>\
             <div class=\"fb-post\" data-href=\"https://www.facebook.com/x/posts/1\"><blockquote cite=\"https://www.facebook.com/x/posts/1\" \
             class=\"fb-xfbml-parse-ignore\"><p>⚽ الفريق يختتم معسكره بالفوز 🔴⚪ شكرًا للجماهير ❤️</p>\
             Posted by <a href=\"https://www.facebook.com/x\">النادي</a> on Sunday, August 28, 2022</blockquote></div>\
             <p>{}</p></div></article>",
            PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2]
        ),
    );
    assert_eq!(texts(&load_html(&html)), PARAGRAPHS);
}

#[test]
fn a_nextjs_pages_deck_under_its_css_modules_name_is_no_part_of_the_story() {
    let html = page(
        &format!(
            "<title>دار الحرف | {WHOLE}</title><meta name=\"description\" content=\"الهيئة تفتتح معرضا يضم أعمال ستين حرفيا.\">"
        ),
        &format!(
            "<main><h1 class=\"NewsDetails_title__Xy12Z\">{WHOLE}</h1>\
             <div class=\"NewsDetails_summary__Ab3Cd\">الهيئة تفتتح معرضا يضم أعمال ستين حرفيا.</div>\
             <div class=\"NewsDetails_body__Qw9Er\">{}</div></main>",
            story()
        ),
    );
    assert_eq!(texts(&load_html(&html)), PARAGRAPHS);
}
