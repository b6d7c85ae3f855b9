//! Pages the importer misread: a byline in the story's first paragraph
//! (a writer's label and two names, or a name and the site); a title of
//! the page's kind over the story's own heading, or of the site and its
//! section as a trail; an old theme's site name in the `<h1>`; Drupal's
//! line of who posted the story and when; a date before the source's
//! label; a shared title cut down to the headline's words; a publication
//! tag against a JSON-LD date; a row of buttons, a downloads label, a
//! press contact and a gallery's place in it.

mod support;

use support::page::{load_html, page, paragraphs};

const HEAD: &str = "انطلاق الحملة الوطنية للتلقيح ضد شلل الأطفال في جميع المحافظات";
const LEAD: &str = "انطلقت صباح اليوم الأحد الحملة الوطنية للتلقيح ضد شلل الأطفال، وتستهدف أكثر من مليوني طفل دون سن الخامسة في جميع المحافظات.";
const NEXT: &str = "وأوضح مدير الرعاية الصحية الأولية أن الفرق الجوالة ستزور المنازل والمدارس ودور الحضانة على مدى خمسة أيام متتالية.";
const MORE: &str = "ودعت الوزارة الأهالي إلى التعاون مع الفرق الصحية وتلقيح أطفالهم حتى لو كانوا قد تلقوا جرعات سابقة.";

fn texts(a: &qari::article::Article) -> Vec<String> {
    a.body.iter().map(|b| b.text().to_owned()).collect()
}

#[test]
fn a_writers_label_and_two_names_in_the_first_paragraph() {
    let html = page(
        &format!("<title>{HEAD}</title>"),
        &format!(
            "<h1>{HEAD}</h1><div class=\"story\"><p>بقلم: سامر الحلبي، وعبد الرحمن إسماعيل</p>{}</div>",
            paragraphs(&[LEAD, NEXT, MORE])
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.author.as_deref(), Some("سامر الحلبي، عبد الرحمن إسماعيل"));
    assert_eq!(texts(&a), [LEAD, NEXT, MORE]);
}

#[test]
fn a_writer_and_the_sites_name_in_the_first_paragraph() {
    let html = page(
        &format!(
            "<title>{HEAD} | غوطتنا</title><meta property=\"og:site_name\" content=\"غوطتنا\">"
        ),
        &format!(
            "<h1>{HEAD}</h1><div class=\"story\"><p><strong>رهف العلي – غوطتنا</strong></p>{}</div>",
            paragraphs(&[LEAD, NEXT, MORE])
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.author.as_deref(), Some("رهف العلي"));
    assert_eq!(texts(&a), [LEAD, NEXT, MORE]);
}

#[test]
fn a_title_of_the_pages_kind_gives_way_to_the_storys_heading() {
    let html = page(
        "<title>تفاصيل الخبر - جامعة الساحل</title>\
         <meta property=\"og:title\" content=\"تفاصيل الخبر - جامعة الساحل\">",
        &format!(
            "<h2 class=\"hide-accessible\">تفاصيل الخبر</h2>\
             <div class=\"journal-content-article\"><h2>{HEAD}</h2>{}</div>",
            paragraphs(&[LEAD, NEXT, MORE])
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.title, HEAD);
    assert_eq!(texts(&a), [LEAD, NEXT, MORE]);
}

#[test]
fn a_title_of_the_site_and_its_section_as_a_trail_names_the_site() {
    let html = page(
        "<title>وزارة الصحة > المركز الإعلامي > الأخبار</title>",
        &format!(
            "<a id=\"dnn_LOGO\"><img id=\"dnn_imgLogo\" src=\"l.png\" alt=\"وزارة الصحة\"></a>\
             <div class=\"article\"><h1>{HEAD}</h1><p class=\"date\">الأحد 24 نيسان 2016</p>{}</div>",
            paragraphs(&[LEAD, NEXT, MORE])
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.title, HEAD);
    assert_eq!(a.source.as_deref(), Some("وزارة الصحة"));
}

#[test]
fn an_old_themes_site_name_in_the_h1_and_drupals_submitted_line() {
    let site = "مركز الساحل لحرية الإعلام";
    let html = page(
        &format!("<title>{HEAD} | {site}</title>"),
        &format!(
            "<h1><a href=\"/ar\"><img src=\"logo.png\" alt=\"{site}\" id=\"logo\"><span>{site}</span></a></h1>\
             <ul><li><span class=\"views-field-title\">تنبيه: احتجاز مصور صحفي</span> \
             <span class=\"views-field-created\">14/03/2011</span></li></ul>\
             <div class=\"node\"><h2>{HEAD}</h2>\
             <span class=\"submitted\">أرسلها admin في ثلاثاء, 03/15/2011 - 10:22</span>\
             <div class=\"content\">{}</div></div>\
             <div class=\"footer\"><p>{site} - الدوحة، قطر<br>جميع الحقوق محفوظة © 2011 {site}</p></div>",
            paragraphs(&[LEAD, NEXT, MORE])
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.title, HEAD);
    assert_eq!(a.source.as_deref(), Some(site));
    assert_eq!(a.published.as_deref().map(|d| &d[..10]), Some("2011-03-15"));
}

#[test]
fn a_date_before_the_sources_label_and_a_hijri_day_with_min() {
    let html = page(
        &format!("<title>{HEAD}</title>"),
        &format!(
            "<h1>{HEAD}</h1><div id=\"News_Body_Time\">2021/07/08&nbsp;&nbsp;المصدر: شينخوا</div>\
             <div class=\"TRS_Editor\">{}</div>",
            paragraphs(&[LEAD, NEXT, MORE])
        ),
    );
    assert_eq!(load_html(&html).published.as_deref(), Some("2021-07-08"));
    let html = page(
        &format!("<title>{HEAD}</title>"),
        &format!(
            "<table><tr><td><b>{HEAD}</b></td></tr>\
             <tr><td>الأحد 13 من محرم 1427هـ الموافق 12 فبراير 2006م</td></tr>\
             <tr><td>{}</td></tr></table>",
            paragraphs(&[LEAD, NEXT, MORE])
        ),
    );
    assert_eq!(load_html(&html).published.as_deref(), Some("2006-02-12"));
}

#[test]
fn a_shared_title_cut_down_to_the_headlines_words_and_an_update_beside_the_day() {
    let shown =
        "مجلس المستشارين يحتضن يوما دراسيا حول الاقتصاد الاجتماعي والتضامني ودوره في إدماج الشباب";
    let shared = "يوم دراسي حول الاقتصاد الاجتماعي والتضامني";
    let html = page(
        &format!(
            "<title>{shared} | مجلس المستشارين</title><meta property=\"og:title\" content=\"{shared}\">"
        ),
        &format!(
            "<h1 class=\"page-title\">{shown}</h1><div class=\"node__meta\">\
             <div><time datetime=\"2022-12-13T12:00:00Z\">الثلاثاء 13 دجنبر 2022</time></div>\
             <div class=\"node-updated\">آخر تحديث: 15&rlm;/12&rlm;/2022 - 10:47</div></div>\
             <div class=\"field--name-body\">{}</div>",
            paragraphs(&[LEAD, NEXT, MORE])
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.title, shown);
    assert_eq!(a.published.as_deref().map(|d| &d[..10]), Some("2022-12-13"));
}

#[test]
fn the_publication_tag_and_the_day_shown_outvote_a_json_ld_date() {
    let html = page(
        &format!(
            "<title>{HEAD}</title>\
             <meta property=\"article:published_time\" content=\"2024-04-14T12:41:00+02:00\">\
             <script type=\"application/ld+json\">{{\"@context\":\"http://schema.org\",\
             \"@type\":\"NewsArticle\",\"headline\":\"{HEAD}\",\
             \"datePublished\":\"2024-04-12T09:00:00+00:00\"}}</script>"
        ),
        &format!(
            "<div class=\"article\"><h1>{HEAD}</h1><span class=\"article__date\">14.04.2024</span>{}</div>",
            paragraphs(&[LEAD, NEXT, MORE])
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.published.as_deref().map(|d| &d[..10]), Some("2024-04-14"));
}

#[test]
fn buttons_downloads_press_contacts_and_a_gallerys_place_are_not_the_story() {
    let html = page(
        &format!("<title>{HEAD}</title>"),
        &format!(
            "<h1>{HEAD}</h1><div class=\"story\">{}<p>1 / 6</p>{}\
             <p>طباعة&nbsp;&nbsp;أرسل الخبر لصديق&nbsp;&nbsp;رجوع</p>\
             <div class=\"field__label\">التنزيلات</div>\
             <p>للاستفسار، يُرجى الاتصال بقسم الأخبار والإعلام: الهاتف: 4122338818+؛ \
             البريد الإلكتروني: press@example.org</p></div>",
            paragraphs(&[LEAD, NEXT]),
            paragraphs(&[MORE])
        ),
    );
    assert_eq!(texts(&load_html(&html)), [LEAD, NEXT, MORE]);
}
