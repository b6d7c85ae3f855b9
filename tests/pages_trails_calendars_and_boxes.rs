//! Pages whose header or foot the importer misread: a follow prompt that
//! says what it is for first; a date after a calendar's icon beside
//! other stories' cards; a `<title>` and `og:title` of the site's name
//! alone over a title cell; an old table's headline under its trail,
//! with the media office's signature; a theme's summary box; a content
//! system's user; a lead opened by its site and place set off by
//! slashes; a headline with a no-break space over a line of fields; a
//! table of contents, a disclaimer and a box of sources; a heading marked
//! as the headline; a byline element that shows the time; a labelled
//! American date; a logo's name after its state's.

mod support;

use support::copied::texts;
use support::page::{load_html, page, paragraphs};

const PARAGRAPHS: [&str; 3] = [
    "أعادت طواقم البلدية تشغيل بئر المياه الرئيسية في الحي بعد إصلاح الأضرار التي لحقت بها خلال الأسابيع الماضية.",
    "وقال مدير دائرة المياه إن البئر تغذي أكثر من عشرين ألف نسمة، وإن الطواقم تعمل على إعادة تأهيل الخطوط الناقلة.",
    "وأضاف أن البلدية فتحت عددا من الشوارع الرئيسية أمام حركة المواطنين بعد إزالة الركام منها.",
];
const HEAD: &str = "طواقم البلدية تعيد تشغيل بئر المياه الرئيسية وتفتح شوارع في الحي";
const SITE: &str = "بلدية المدينة";

#[test]
fn a_follow_prompt_that_opens_with_its_purpose_leaves() {
    let html = page(
        &format!("<title>{HEAD}</title>"),
        &format!(
            "<h1>{HEAD}</h1><p class=\"date\">14/09/2025</p>{}\
             <p><strong>لمتابعة أخبار المدينة عبر قناتنا على تليجرام <a href=\"https://t.me/x\">اضغط هنا</a></strong></p>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    assert_eq!(texts(&load_html(&html)), PARAGRAPHS);
}

#[test]
fn the_date_after_a_calendars_icon_beats_other_stories_cards() {
    let html = page(
        &format!("<title>{SITE} | {HEAD}</title>"),
        &format!(
            "<article><h1>{HEAD}</h1>\
             <div class=\"meta\"><span><i class=\"far fa-calendar-alt\"></i> 18/03/2025</span>\
             <span><i class=\"far fa-eye\"></i> 1,284</span></div>{}</article>\
             <div class=\"related-box\"><div class=\"news-card\"><div class=\"card-body\">\
             <span class=\"date\">12/03/2025</span>\
             <h4><a href=\"/news/1\">المجلس البلدي يعقد اجتماعه الأسبوعي لمتابعة خطة الطوارئ</a></h4>\
             </div></div></div>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    assert_eq!(load_html(&html).published.as_deref(), Some("2025-03-18"));
}

#[test]
fn a_title_of_the_sites_name_alone_gives_way_to_the_title_cell() {
    let site = "مؤسسة كهرباء لبنان";
    let headline = "بيان حول برنامج التغذية بالتيار الكهربائي خلال فترة صيانة معمل الزهراني";
    let html = page(
        &format!(
            "<title>{site}</title><meta property=\"og:title\" content=\"{site}\">\
             <meta property=\"og:site_name\" content=\"Electricite du Liban\">"
        ),
        &format!(
            "<a href=\"/\"><img class=\"logo\" src=\"logo.png\" alt=\"{site}\"></a>\
             <div class=\"news-details-box\"><h3 class=\"news-title\">{headline}</h3>\
             <p class=\"date\">06/02/2024</p>{}</div>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.title, headline);
    assert_eq!(a.source.as_deref(), Some(site));
}

#[test]
fn an_old_tables_headline_under_its_trail_and_its_media_office_signature() {
    let site = "العتبة الكاظمية المقدسة";
    let html = page(
        &format!("<title>{site}</title>"),
        &format!(
            "<table><tr><td class=\"style7\"><a href=\"/\">الرئيسية</a> &gt; <a href=\"/news\">الأخبار</a></td></tr>\
             <tr><td><span class=\"style5\">{HEAD}</span></td></tr>\
             <tr><td class=\"style7\">تاريخ النشر : 2012/06/25 | عدد المشاهدات : 734</td></tr>\
             <tr><td>{}<p align=\"left\"><font size=\"2\">إعلام {site}</font></p></td></tr></table>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.title, HEAD);
    assert_eq!(a.source.as_deref(), Some(site));
    assert_eq!(a.published.as_deref(), Some("2012-06-25"));
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn a_themes_summary_box_and_a_systems_user_are_no_story_nor_writer() {
    let html = page(
        &format!(
            "<title>{HEAD}</title><meta name=\"author\" content=\"Webmaster\">\
             <meta name=\"description\" content=\"أعادت الطواقم تشغيل البئر بعد إصلاح الأضرار\">"
        ),
        &format!(
            "<h1>{HEAD}</h1><p class=\"date\">05/03/2019</p>\
             <div class=\"article-summary\">أعادت الطواقم تشغيل البئر بعد إصلاح الأضرار، في خطوة ينتظرها آلاف السكان منذ أسابيع طويلة</div>{}",
            paragraphs(&PARAGRAPHS)
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.author, None);
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn a_lead_opened_by_its_site_and_place_set_off_by_slashes_stays() {
    let lead = format!("<strong>الحقيقة / كيفه /</strong> {}", PARAGRAPHS[0]);
    let html = page(
        &format!("<title>{HEAD}</title>"),
        &format!(
            "<h1>{HEAD}</h1><p class=\"date\">15/12/2020</p>{}",
            paragraphs(&[&lead, PARAGRAPHS[1], PARAGRAPHS[2]])
        ),
    );
    let whole = format!("الحقيقة / كيفه / {}", PARAGRAPHS[0]);
    assert_eq!(
        texts(&load_html(&html)),
        [whole.as_str(), PARAGRAPHS[1], PARAGRAPHS[2]],
        "a trail ends with a headline, never with a sentence"
    );
}

#[test]
fn a_headline_with_a_no_break_space_over_its_line_of_fields() {
    let shown = HEAD.replacen(' ', "&nbsp;", 3);
    let html = page(
        &format!(
            "<title>شبكة المدينة :: {HEAD}</title><meta property=\"og:title\" content=\"{HEAD}\">"
        ),
        &format!(
            "<div class=\"path\"><a href=\"/\">الرئيسية</a> &raquo; <a href=\"/s\">المدينة</a></div>\
             <div class=\"artc_title\">{shown}</div>\
             <div class=\"artc_info\">\n    <img src=\"http://example.com/images/icon_writer.gif\" width=\"10\" height=\"10\" /> زكريا العباد - تاروت\n    \
             &nbsp;&nbsp;|&nbsp;&nbsp;\n    <img src=\"http://example.com/images/icon_date.gif\" width=\"10\" height=\"10\" /> \
             الأحد 11 ربيع الثاني 1433هـ - 04 مارس 2012م\n    &nbsp;&nbsp;|&nbsp;&nbsp; عدد القراءات: 2841\n  </div>{}",
            paragraphs(&PARAGRAPHS)
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.published.as_deref(), Some("2012-03-04"));
    assert_eq!(a.author.as_deref(), Some("زكريا العباد"));
}

#[test]
fn a_table_of_contents_a_disclaimer_and_a_box_of_sources_leave() {
    let html = page(
        &format!("<title>{HEAD}</title>"),
        &format!(
            "<h1>{HEAD}</h1><p class=\"date\">24/03/2023</p>\
             <div id=\"ez-toc-container\" class=\"ez-toc-v2_0_61\"><div class=\"ez-toc-title-container\">\
             <p class=\"ez-toc-title\">محتويات المقال</p></div><nav><ul><li><a href=\"#a\">البئر</a></li></ul></nav></div>{}\
             <div class=\"medical-disclaimer\"><p><strong>تنبيه:</strong> المعلومات الواردة في هذا المقال لأغراض توعوية فقط.</p></div>\
             <div class=\"sources-box\"><h4>المصادر</h4><ol><li>Water Authority – Annual report</li>\
             <li>وزارة الصحة – نصائح صحية</li></ol></div>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    assert_eq!(texts(&load_html(&html)), PARAGRAPHS);
}

#[test]
fn a_heading_marked_as_the_headline_says_it_whole_over_a_shorter_title() {
    let short = "طواقم البلدية تعيد تشغيل بئر المياه وتفتح شوارع";
    let html = page(
        &format!("<title>{SITE} - {short}</title><meta property=\"og:title\" content=\"{short}\">"),
        &format!(
            "<div class=\"page-header\"><h2 itemprop=\"headline\">\n\t\t\t\t{HEAD}\t\t\t</h2></div>\
             <p class=\"date\">05/11/2019</p>{}\
             <p><span><strong>تحرير: مروة خالد عبد الله&nbsp; &nbsp; &nbsp;تصوير: عمر فاضل</strong></span></p>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.title, HEAD);
    assert_eq!(a.author.as_deref(), Some("مروة خالد عبد الله"));
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn a_byline_element_that_shows_the_time_alone_names_no_writer() {
    let html = page(
        &format!("<title>{HEAD}</title>"),
        &format!(
            "<h3 class=\"post-title\">{HEAD}</h3><div class=\"post-header\">\
             <span class=\"byline post-timestamp\"><abbr class=\"published\" \
             title=\"2025-07-16T14:14:00-07:00\">2:14 م</abbr></span></div>{}",
            paragraphs(&PARAGRAPHS)
        ),
    );
    assert_eq!(load_html(&html).author, None);
}

#[test]
fn a_labelled_american_date_is_read_month_first() {
    let html = page(
        &format!("<title>{HEAD}</title>"),
        &format!(
            "<table><tr><td class=\"NewsTitle\">{HEAD}</td></tr>\
             <tr><td>تاريخ الإضافة: 5/12/2008 11:42:31 AM &nbsp;|&nbsp; عدد القراءات: 1873</td></tr>\
             <tr><td>{}</td></tr></table>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    let day = load_html(&html)
        .published
        .map(|d| d.chars().take(10).collect::<String>());
    assert_eq!(
        day.as_deref(),
        Some("2008-05-12"),
        "not the fifth of December"
    );
}

#[test]
fn a_logos_name_after_its_states_names_the_ministry() {
    let ministry = "وزارة الصحة العامة";
    let html = page(
        &format!(
            "<title>{HEAD}</title><meta property=\"og:title\" content=\"{HEAD}\">\
             <meta property=\"og:site_name\" content=\"Ministry of Public Health\">"
        ),
        &format!(
            "<a href=\"/ar\" class=\"logo\"><img src=\"logo.png\" alt=\"الجمهورية اللبنانية - {ministry}\"></a>\
             <h1>{HEAD}</h1><p class=\"date\">21/08/2023</p>{}",
            paragraphs(&PARAGRAPHS)
        ),
    );
    assert_eq!(load_html(&html).source.as_deref(), Some(ministry));
}
