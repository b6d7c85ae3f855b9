//! Pages whose header or foot the importer misread: a `<title>` that
//! opens with the news section; a `<title>` that shortens the name the
//! logo gives whole; a wire's place and name in the source field; a
//! media office that names no body; a writer before the media office; a
//! headline the `<title>` cuts short over a title cell that shows it
//! whole, with its date under it and other stories' dates beside them; a
//! link to the pictures' album; a caption with its photographer's
//! credit; the media office's signature under the story; a line of
//! fields set apart by a dash between no-break spaces.

mod support;

use support::copied::texts;
use support::page::{load_html, page, paragraphs};

const PARAGRAPHS: [&str; 3] = [
    "حصد فريق من طلبة كلية الهندسة المركز الأول في مسابقة إقليمية لابتكار حلول المياه، بمشاركة ثلاثين فريقا من ثماني دول.",
    "وقدم الفريق نموذجا لنظام ذكي يجمع مياه الأمطار من أسطح المباني ويعالجها لاستخدامها في ري الحدائق العامة.",
    "وأكد عميد الكلية أن هذا الإنجاز يعكس مستوى الطلبة وقدرتهم على المنافسة، داعيا إلى دعم مشاريعهم التطبيقية.",
];
const HEAD: &str = "فريق من طلبة الهندسة يحصد المركز الأول في مسابقة حلول المياه";
const SITE: &str = "جامعة العلوم والتكنولوجيا";

#[test]
fn a_title_opened_by_the_news_section_names_no_site() {
    let html = page(
        &format!(
            "<title>الأخبار - {HEAD}</title>\
             <meta property=\"og:site_name\" content=\"University of Science and Technology\">"
        ),
        &format!(
            "<div class=\"logo\"><span class=\"site-name\">{SITE}</span></div>\
             <h1>{HEAD}</h1><p class=\"date\">08/11/2023</p>{}\
             <footer><p class=\"copy\">جميع الحقوق محفوظة © 2023 {SITE}</p></footer>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.source.as_deref(), Some(SITE));
}

#[test]
fn a_titles_short_name_gives_way_to_the_logos_whole_one() {
    let html = page(
        &format!("<title>قوى الأمن الداخلي | {HEAD}</title>"),
        &format!(
            "<a class=\"logo\" href=\"/\"><img src=\"logo.png\" \
             alt=\"المديرية العامة لقوى الأمن الداخلي\"></a>\
             <h1>{HEAD}</h1><p class=\"date\">12/06/2024</p>{}",
            paragraphs(&PARAGRAPHS)
        ),
    );
    let a = load_html(&html);
    assert_eq!(
        a.source.as_deref(),
        Some("المديرية العامة لقوى الأمن الداخلي")
    );
}

#[test]
fn a_wires_place_and_name_in_the_source_field_credit_the_wire() {
    let html = page(
        &format!("<title>سوق الأوراق المالية - {HEAD}</title>"),
        &format!(
            "<h1>{HEAD}</h1>\
             <table><tr><td class=\"date\">التاريخ : 17/03/2022 &nbsp;&nbsp; المصدر : دمشق-سانا</td></tr></table>{}",
            paragraphs(&PARAGRAPHS)
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.source.as_deref(), Some("سانا"));
}

#[test]
fn a_media_office_that_names_no_body_is_the_source_as_the_page_gives_it() {
    let html = page(
        &format!("<title>وزارة الصحة - {HEAD}</title>"),
        &format!(
            "<h1>{HEAD}</h1><div class=\"date\">08/10/2023</div>\
             <div class=\"news-source\">المصدر: إدارة العلاقات العامة والإعلام</div>{}\
             <footer><div class=\"copyright\">جميع الحقوق محفوظة © 2023 وزارة الصحة - دولة الكويت</div></footer>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    let a = load_html(&html);
    // The body's office that put the story out, as copies credit it too.
    assert_eq!(a.source.as_deref(), Some("إدارة العلاقات العامة والإعلام"));
}

#[test]
fn a_writer_before_the_media_office_writes_the_story() {
    let html = page(
        &format!("<title>{SITE} - {HEAD}</title>"),
        &format!(
            "<table><tr><td><span class=\"NewsTitle\">{HEAD}</span></td></tr>\
             <tr><td><span class=\"NewsDate\">2012/11/18</span></td></tr>\
             <tr><td><span id=\"lblWriter\">كتبت : أسماء عبد الحكيم - المركز الإعلامي</span></td></tr>\
             <tr><td>{}</td></tr></table>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.author.as_deref(), Some("أسماء عبد الحكيم"));
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn a_title_cell_shows_whole_the_headline_the_title_cut_short() {
    let cut = format!("{SITE} تستضيف المؤتمر الدولي الخامس لكلية الزراعة");
    let whole = format!("{cut} حول الأمن الغذائي والتغيرات المناخية");
    let html = page(
        &format!(
            "<title>{SITE} - أخبار الجامعة - {cut}</title>\
             <meta property=\"og:title\" content=\"{cut}\">"
        ),
        &format!(
            "<table><tr><td class=\"newsTitle\">{whole}</td></tr>\
             <tr><td class=\"smallGray\">الثلاثاء 15/4/2014 &nbsp;&nbsp; | &nbsp;&nbsp; عدد القراءات : 1523</td></tr>\
             <tr><td>{}<a href=\"gallery.php?id=5\"><b>&raquo; ألبوم صور الافتتاح (24 صورة)</b></a></td></tr>\
             <tr><td><b>أخبار أخرى</b></td></tr>\
             <tr><td>&#9679; <a href=\"news.php?id=8258\">كلية الطب البيطري تنظم قافلة بيطرية مجانية</a></td>\
             <td class=\"smallGray\">14/4/2014</td></tr></table>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.title, whole);
    assert_eq!(a.published.as_deref(), Some("2014-04-15"));
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn a_caption_with_its_photographers_credit_and_the_offices_signature_stay_out() {
    let html = page(
        &format!("<title>{SITE} - {HEAD}</title>"),
        &format!(
            "<article><h1>{HEAD}</h1><time>2023-09-03</time>\
             <p>{}</p>\
             <div class=\"text-center\"><img src=\"a.jpg\" alt=\"\">\
             <div class=\"small\">المنتخبات المشاركة في القرعة &ndash; تصوير: المكتب الإعلامي</div></div>\
             <p>{}</p><p>{}</p>\
             <p style=\"text-align: center;\"><strong>المكتب الاعلامي</strong><br><strong>{SITE}</strong></p>\
             </article>\
             <footer><p class=\"copy\">جميع الحقوق محفوظة © 2023 {SITE}</p></footer>",
            PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2]
        ),
    );
    let a = load_html(&html);
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn a_line_of_fields_set_apart_by_a_dash_between_no_break_spaces_gives_writer_and_day() {
    let html = page(
        &format!("<title>{SITE} :: {HEAD}</title>"),
        &format!(
            "<table><tr><td class=\"newstitle\"><font size=\"4\"><b>{HEAD}</b></font></td></tr>\
             <tr><td class=\"newsinfo\">كتب: سامر عودة &nbsp;-&nbsp; السبت 16/10/2010 - 03:40 مساءً \
             &nbsp;|&nbsp; عدد القراءات: 412</td></tr>\
             <tr><td>{}</td></tr>\
             <tr><td>&raquo; <a href=\"news.php?id=2820\">المبادرة تطلق حملة لدعم المزارعين في موسم الزيتون</a> \
             <font size=\"1\">(09/10/2010)</font></td></tr></table>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.author.as_deref(), Some("سامر عودة"));
    assert_eq!(a.published.as_deref().map(|d| &d[..10]), Some("2010-10-16"));
}

#[test]
fn the_sites_clock_in_its_top_bar_does_not_move_an_evening_story_to_the_next_day() {
    let html = page(
        &format!(
            "<title>{HEAD}</title>\
             <meta property=\"article:published_time\" content=\"2021-03-14T21:05:33+00:00\">"
        ),
        &format!(
            "<div class=\"top-bar\"><span class=\"today-date\">الإثنين 15 مارس 2021</span></div>\
             <article><h1>{HEAD}</h1>\
             <time class=\"entry-date published\" datetime=\"2021-03-14T21:05:33+00:00\">14 مارس 2021</time>\
             {}</article>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.published.as_deref().map(|d| &d[..10]), Some("2021-03-14"));
}

#[test]
fn a_turkish_systems_reporter_deck_and_caption_are_read_as_such() {
    let html = page(
        &format!(
            "<title>{HEAD}</title><meta name=\"description\" content=\"{}\">",
            PARAGRAPHS[0]
        ),
        &format!(
            "<article><h1>{HEAD}</h1><div class=\"spot\">{}</div>\
             <div class=\"muhabir\"><span class=\"isim\">روشين محمد</span> <span class=\"yer\">الحسكة</span></div>\
             <time datetime=\"2023-03-07T10:31:00+03:00\">07.03.2023</time>\
             <p>{}</p><div class=\"haber-ici-resim\"><img src=\"a.jpg\" alt=\"\">\
             <span class=\"resim-alti\">عضوات في التعاونية أثناء تحضير الجبن ـ JINHA</span></div>\
             <p>{}</p></article>",
            PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2]
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.author.as_deref(), Some("روشين محمد"));
    assert_eq!(texts(&a), PARAGRAPHS[1..]);
}
