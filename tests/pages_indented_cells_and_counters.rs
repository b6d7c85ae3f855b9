//! Pages of older sites whose markup says more than they show: a table's
//! cell indented in its markup, holding the story's date over its
//! headline and the page's counter after an icon, while a list of
//! related stories under the story shows other dates.

mod support;

use support::copied::texts;
use support::page::load_html;
use support::page::paragraphs;

const PARAGRAPHS: [&str; 4] = [
    "بدأت في مديريات الريف أعمال إعادة تأهيل خزانات حصاد مياه الأمطار بتمويل من الصندوق الاجتماعي للتنمية وبمشاركة الأهالي.",
    "وأوضح مدير الفرع أن المشروع يستهدف نحو عشرين قرية تعاني شحا حادا في مياه الشرب، لا سيما في أشهر الصيف.",
    "وأضاف أن الأعمال تشمل تنظيف الخزانات القديمة من الترسبات وترميم جدرانها الحجرية وعزلها بطبقة من الإسمنت.",
    "ومن المقرر أن تستكمل الأعمال قبل حلول موسم الأمطار الصيفية في يوليو المقبل، بحسب الجدول الزمني المعتمد.",
];
const HEADLINE: &str = "بدء إعادة تأهيل 12 خزانا لحصاد مياه الأمطار";

/// The story as the old page sets it: a line of markup a paragraph.
fn story() -> String {
    PARAGRAPHS.map(|p| format!("\r\n{p}<br><br>")).concat()
}

#[test]
fn an_indented_cells_date_over_the_headline_beats_the_related_lists() {
    let html = format!(
        "<html><head><title>الجمهورية نت - {HEADLINE}</title></head><body><table>\
         <tr><td class=smalltxt><a href=\"index.php\">الرئيسية</a> &raquo; <a href=\"c.php\">محليات</a></td></tr>\
         <tr><td class=smalltxt align=left>\r\n                <img src=\"clock.gif\"> الأحد 18 إبريل-نيسان 2010 م &nbsp;&nbsp;\r\n\
         \x20               <img src=\"eye.gif\"> عدد القراءات: 1127\r\n              </td></tr>\
         <tr><td class=subtitle>بتكلفة تتجاوز 60 مليون ريال</td></tr>\
         <tr><td class=title1>{HEADLINE}</td></tr>\
         <tr><td class=smalltxt><b>تعز/ مختار الشرجبي</b></td></tr>\
         <tr><td class=newstext id=newsbody>{}\r\n</td></tr>\
         <tr><td><b>أخبار ذات صلة</b></td></tr>\
         <tr><td class=smalltxt><a href=\"a.php?sid=1\">المجلس المحلي يناقش خطة المشاريع للعام 2010</a> <font color=#999999>(2010/04/06)</font><br>\
         <a href=\"a.php?sid=2\">مؤسسة المياه: العجز اليومي يتجاوز 60 ألف متر مكعب</a> <font color=#999999>(2010/03/21)</font></td></tr>\
         </table></body></html>",
        story()
    );
    let a = load_html(&html);
    assert_eq!(a.title, HEADLINE);
    assert_eq!(a.published.as_deref(), Some("2010-04-18"));
    assert_eq!(a.author.as_deref(), Some("مختار الشرجبي"));
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn a_byline_of_two_writers_beats_metadata_that_names_the_first() {
    let html = format!(
        "<html><head><meta charset=\"utf-8\"><title>{HEADLINE} &#8211; سوريا على طول</title>\
         <script type=\"application/ld+json\">{{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\
         \"headline\":\"{HEADLINE}\",\"author\":{{\"name\":\"ليلى حمدان\"}},\"datePublished\":\"2023-09-07T11:03:11+00:00\"}}</script>\
         </head><body><article><h1 class=\"entry-title\">{HEADLINE}</h1>\
         <div class=\"entry-meta\"><span class=\"byline\">بقلم <a href=\"/author/layla/\" class=\"author url fn\" rel=\"author\">ليلى حمدان</a> \
         و<a href=\"/author/ahmad/\" class=\"author url fn\" rel=\"author\">أحمد الحلبي</a></span></div>\
         <div class=\"entry-content\">{}</div></article></body></html>",
        paragraphs(&PARAGRAPHS)
    );
    let a = load_html(&html);
    assert_eq!(a.title, HEADLINE);
    assert_eq!(a.author.as_deref(), Some("ليلى حمدان، أحمد الحلبي"));
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn two_decks_the_description_says_and_a_byline_under_them() {
    let decks = [
        "أكاديميون: منسوب المياه الجوفية ينخفض سنويا بين ثلاثة وستة أمتار",
        "دعوة لإحياء تقاليد حصاد مياه الأمطار وإيقاف الحفر العشوائي",
    ];
    let html = format!(
        "<html><head><meta charset=\"utf-8\"><title>{HEADLINE} - صوت الشورى</title>\
         <meta name=\"author\" content=\"صوت الشورى/ خاص\" />\
         <meta property=\"og:description\" content=\"{} {}\" /></head><body>\
         <h1 class=\"entry-title\">{HEADLINE}</h1><div class=\"entry-content\">\
         <p><strong>{}</strong></p><p><strong>{}</strong></p><p>كتب / نبيل عبده الشرعبي</p>{}</div>\
         </body></html>",
        decks[0],
        decks[1],
        decks[0],
        decks[1],
        paragraphs(&PARAGRAPHS)
    );
    let a = load_html(&html);
    assert_eq!(a.title, HEADLINE);
    assert_eq!(a.author.as_deref(), Some("نبيل عبده الشرعبي"));
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn a_magazines_line_of_fields_under_the_story_dates_it_over_the_sites_clock() {
    let html = format!(
        "<html><head><title>مجلة الفرقان - {HEADLINE}</title></head><body><table>\
         <tr><td class=\"date\">الإثنين 23 سبتمبر 2019</td></tr>\
         <tr><td><div class=\"title_art\">{HEADLINE}</div><div class=\"art_text\">\
         <p><b>كتب: د. يوسف حمد العتيبي</b></p>{}\
         <p>العدد: 712 | تاريخ النشر: 26/11/2012 م | عدد القراءات: 3541</p></div></td>\
         <td><table class=\"box\"><tr><td><b>القائمة البريدية</b></td></tr></table>\
         <table class=\"box\"><tr><td><b>استفتاء</b></td></tr></table></td></tr>\
         </table></body></html>",
        paragraphs(&PARAGRAPHS)
    );
    let a = load_html(&html);
    assert_eq!(a.title, HEADLINE);
    assert_eq!(a.published.as_deref(), Some("2012-11-26"));
    assert_eq!(a.author.as_deref(), Some("د. يوسف حمد العتيبي"));
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn an_embedded_posts_lines_are_one_quotation_with_its_signature() {
    let html = format!(
        "<html><head><meta charset=\"utf-8\"><title>{HEADLINE}</title></head><body><article>\
         <h1>{HEADLINE}</h1><p>{}</p><blockquote class=\"twitter-tweet\"><p lang=\"ar\" dir=\"rtl\">فوز ودي لناشئي الأبيض 2-1 ⚽️<br>\
         #معا_للأبيض <a href=\"https://t.co/q7Lm\">pic.twitter.com/q7Lm</a></p>&mdash; اتحاد الكرة (@UAEFA) \
         <a href=\"https://twitter.com/UAEFA/status/1\">January 13, 2024</a></blockquote>{}</article></body></html>",
        PARAGRAPHS[0],
        PARAGRAPHS[1..]
            .iter()
            .map(|p| format!("<p>{p}</p>"))
            .collect::<String>()
    );
    let a = load_html(&html);
    let quotes: Vec<(&str, Option<&str>)> = a
        .body
        .iter()
        .filter_map(|b| match b {
            qari::article::Block::Quote { text, by } => Some((text.as_str(), by.as_deref())),
            _ => None,
        })
        .collect();
    assert_eq!(
        quotes,
        [(
            "فوز ودي لناشئي الأبيض 2-1 ⚽️ #معا_للأبيض pic.twitter.com/q7Lm",
            Some("اتحاد الكرة (@UAEFA) January 13, 2024")
        )]
    );
}

#[test]
fn an_elementor_posts_text_widget_is_the_story_beside_its_share_and_related_widgets() {
    let widget = |kind: &str, inner: &str| {
        format!(
            "<div class=\"elementor-element elementor-widget elementor-widget-{kind}\">\
             <div class=\"elementor-widget-container\">{inner}</div></div>"
        )
    };
    let share = (0..3)
        .map(|_| "<div class=\"elementor-grid-item\"><div class=\"elementor-share-btn\" role=\"button\"><i class=\"fab\"></i></div></div>")
        .collect::<String>();
    let related = (0..3)
        .map(|i| format!("<article class=\"elementor-post\"><h3 class=\"elementor-post__title\"><a href=\"/?p={i}\">المفوضية تختتم الدورة التدريبية رقم {i}</a></h3><span class=\"elementor-post-date\">مايو 28, 2024</span></article>"))
        .collect::<String>();
    let html = format!(
        "<html><head><meta charset=\"utf-8\"><title>{HEADLINE} - المفوضية</title></head>\
         <body class=\"single single-post\">{}{}{}{}{}</body></html>",
        widget(
            "heading",
            &format!("<h1 class=\"elementor-heading-title\">{HEADLINE}</h1>")
        ),
        widget("theme-post-content", &paragraphs(&PARAGRAPHS)),
        widget(
            "share-buttons",
            &format!("<div class=\"elementor-grid\">{share}</div>")
        ),
        widget(
            "heading",
            "<h2 class=\"elementor-heading-title\">أخبار ذات صلة</h2>"
        ),
        widget(
            "posts",
            &format!("<div class=\"elementor-posts-container\">{related}</div>")
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.title, HEADLINE);
    assert_eq!(texts(&a), PARAGRAPHS);
}
