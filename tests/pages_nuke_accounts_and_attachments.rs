//! Pages the importer misread: an old portal's publication line; a
//! `<title>` of the site, its section and the headline; metadata naming
//! the site's desk or a body's account as the writer; a content system's
//! own article among the sections Readability took with it; a writer's
//! name in direction marks before the media office; a heading that opens
//! with a byline's word; a trail ending with the headline cut short; the
//! label over a release's documents; a Latin site's Arabic name announced
//! in the feminine past.

mod support;

use support::page::{load_html, page, paragraphs};

const HEAD: &str = "تخريج الدفعة الثامنة عشرة من متدربي مركز التدريب النفطي";
const LEAD: &str = "احتفلت الشركة صباح اليوم بتخريج الدفعة الثامنة عشرة من متدربي مركز التدريب النفطي التابع لها، والبالغ عددهم 86 متدرباً في تخصصات التشغيل والصيانة.";
const NEXT: &str = "وأكد مدير المركز في كلمته أن الخريجين سيلتحقون بمواقع العمل في الحقول والموانئ خلال الأسابيع المقبلة بعد استكمال إجراءات التعيين.";
const MORE: &str = "وفي ختام الحفل وزعت الشهادات على الخريجين وكرم المتفوقون منهم بحضور عدد من مديري الإدارات وأولياء أمور الخريجين.";

/// A PHP-Nuke story: its title in a `font.storytitle`, its publication
/// line under it, and the story in a cell of its own; a block of related
/// stories beside it in bold.
fn nuke(title_tag: &str) -> String {
    page(
        &format!(
            "<title>{title_tag}</title><meta name=\"author\" content=\"شركة الخليج العربي للنفط\">"
        ),
        &format!(
            "<table><tr><td><font class=\"storytitle\">{HEAD}</font><br>\
             <font class=\"content\">أرسلت في الاثنين، 02 مارس 2009 @ 13:42:07 LYT بواسطة \
             <a href=\"modules.php?name=Your_Account\">admin</a></font></td></tr></table>\
             <table><tr><td><font class=\"content\">{LEAD}<br><br>{NEXT}<br><br>{MORE}</font>\
             </td></tr></table>\
             <table><tr><td><font class=\"block-title\"><b>مواضيع ذات صلة</b></font></td></tr>\
             <tr><td><a href=\"modules.php?name=News&amp;sid=411\">بدء أعمال الصيانة الدورية بالميناء</a>\
             </td></tr></table>\
             <p>جميع الحقوق محفوظة © 2009 شركة الخليج العربي للنفط</p>"
        ),
    )
}

#[test]
fn an_old_portals_publication_line_under_its_headline() {
    let a = load_html(&nuke(&format!("شركة الخليج العربي للنفط - {HEAD}")));
    assert_eq!(a.title, HEAD);
    assert_eq!(a.published.as_deref().map(|d| &d[..10]), Some("2009-03-02"));
}

#[test]
fn a_title_of_the_site_its_section_and_the_headline() {
    let a = load_html(&nuke(&format!(
        "شركة الخليج العربي للنفط - الأخبار - {HEAD}"
    )));
    assert_eq!(a.title, HEAD);
    assert_eq!(a.published.as_deref().map(|d| &d[..10]), Some("2009-03-02"));
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("شركة الخليج العربي للنفط"));
}

#[test]
fn metadata_naming_the_sites_desk_gives_way_to_the_byline_shown() {
    let graph = r#"<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"غلاء الإيجارات يدفع عائلات إلى مغادرة المدينة","author":{"@type":"Person","name":"تحرير جيرون"},"publisher":{"@type":"Organization","name":"جيرون"}}</script><meta property="og:site_name" content="جيرون">"#;
    let html = page(
        graph,
        &format!(
            "<article><h1>غلاء الإيجارات يدفع عائلات إلى مغادرة المدينة</h1>\
             <p class=\"post-meta\"><span class=\"post-meta-author\">\
             <a href=\"/archives/author/noor\">نور الهدى العلي </a></span>\
             <span class=\"tie-date\">7 أكتوبر، 2018</span></p>{}</article>",
            paragraphs(&[LEAD, NEXT, MORE])
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.author.as_deref(), Some("نور الهدى العلي"));
}

#[test]
fn a_content_systems_article_among_the_sections_readability_took() {
    let html = page(
        "<title>الأخبار - جامعة صحار</title>",
        &format!(
            "<section id=\"sp-page-title\"><div class=\"container\"><h2>الأخبار</h2></div></section>\
             <section id=\"sp-main-body\"><div class=\"container\"><div id=\"sp-component\">\
             <article class=\"item item-page\" itemscope itemtype=\"http://schema.org/Article\">\
             <div class=\"entry-header\"><h2 itemprop=\"name\">{HEAD}</h2></div>\
             <div itemprop=\"articleBody\">{}</div></article></div></div></section>\
             <section id=\"sp-bottom\"><div class=\"container\"><div class=\"sp-module\">\
             <h3 class=\"sp-module-title\">تواصل معنا</h3><div class=\"custom\">\
             <p>جامعة صحار<br>ص.ب 44، الرمز البريدي 311<br>صحار، سلطنة عُمان</p></div></div></div></section>",
            paragraphs(&[LEAD, NEXT, MORE])
        ),
    );
    let a = load_html(&html);
    let texts: Vec<&str> = a.body.iter().map(|b| b.text()).collect();
    assert_eq!(texts, [LEAD, NEXT, MORE]);
}

#[test]
fn a_bodys_account_as_the_author_field_gives_way_to_the_lead_byline() {
    let html = page(
        "<title>مركز الخاتم عدلان: ورشة حول قانون الأحوال الشخصية</title>",
        &format!(
            "<div class=\"post hentry\"><h3 class=\"post-title entry-title\">ورشة حول قانون الأحوال الشخصية</h3>\
             <div class=\"post-body entry-content\" itemprop=\"articleBody\">\
             <div><b>تقرير: سلمى عثمان الطيب</b></div>{}</div>\
             <div class=\"post-footer\"><span class=\"post-author vcard\">نشر بواسطة \
             <span itemprop=\"author\" itemscope itemtype=\"http://schema.org/Person\">\
             <span itemprop=\"name\">مركز الخاتم عدلان</span></span></span></div></div>",
            paragraphs(&[LEAD, NEXT, MORE])
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.author.as_deref(), Some("سلمى عثمان الطيب"));
}

#[test]
fn a_writers_name_in_direction_marks_before_the_media_office() {
    let html = page(
        &format!("<title>{HEAD}</title>"),
        &format!(
            "<div class=\"news-details\"><h1 class=\"news-title\">{HEAD}</h1>\
             <div class=\"news-meta\"><span>كتبت:&#8207; نهى فاروق&#8207; &ndash; المركز الإعلامي</span>\
             &nbsp;|&nbsp;<span>21 سبتمبر 2022</span></div>{}</div>",
            paragraphs(&[LEAD, NEXT, MORE])
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.author.as_deref(), Some("نهى فاروق"));
}

#[test]
fn a_heading_opening_with_a_bylines_word_and_a_trail_to_a_cut_headline() {
    let html = page(
        &format!("<title>{HEAD}</title>"),
        &format!(
            "<div class=\"content hentry\"><p class=\"arbo\"><a href=\"/\">الصفحة الأساسية</a> &gt; \
             <a href=\"spip.php?rubrique3\">الأخبار</a> &gt; <strong class=\"on\">تخريج الدفعة الثامنة عشرة...</strong></p>\
             <h1 class=\"entry-title\">{HEAD}</h1>\
             <p class=\"info-publi\"><abbr class=\"published\">13 نوفمبر 2023</abbr></p>\
             <div class=\"texte\">{}<h3 class=\"spip\">تغطية متفاوتة بين الولايات</h3>{}</div></div>",
            paragraphs(&[LEAD, NEXT]),
            paragraphs(&[MORE])
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.author, None);
    let texts: Vec<&str> = a.body.iter().map(|b| b.text()).collect();
    assert_eq!(texts, [LEAD, NEXT, "تغطية متفاوتة بين الولايات", MORE]);
}

#[test]
fn the_label_over_a_releases_documents_and_a_heading_that_names_documents() {
    let html = page(
        &format!("<title>{HEAD}</title>"),
        &format!(
            "<article><h1>{HEAD}</h1>{}<h3>الوثائق المطلوبة</h3>{}\
             <div class=\"field field--name-field-documents\"><div class=\"field__label\">الوثائق</div>\
             <div class=\"field__items\"><div class=\"field__item\"><a href=\"/media/avis.pdf\">الرأي كاملاً</a></div>\
             </div></div></article>",
            paragraphs(&[LEAD, NEXT]),
            paragraphs(&[MORE])
        ),
    );
    let a = load_html(&html);
    let texts: Vec<&str> = a.body.iter().map(|b| b.text()).collect();
    assert_eq!(texts[..4], [LEAD, NEXT, "الوثائق المطلوبة", MORE]);
    assert!(!texts.contains(&"الوثائق"), "{texts:?}");
}

#[test]
fn a_latin_sites_arabic_name_in_direction_marks_announced_in_the_feminine_past() {
    let head =
        "\u{200f}MTN\u{200f} السودان تدشن 60 موقعاً جديداً لشبكة الجيل الرابع في ولايتي الجزيرة وسنار";
    let lead = "دشنت MTN السودان 60 موقعاً جديداً لشبكة الجيل الرابع في ولايتي الجزيرة وسنار ضمن خطة توسعة الشبكة للعام الجاري.";
    let html = page(
        &format!(
            "<title>{head} | MTN Sudan</title><meta property=\"og:site_name\" content=\"MTN Sudan\">\
             <meta property=\"og:title\" content=\"{head} | MTN Sudan\">"
        ),
        &format!(
            "<article><h1>{head}</h1><time datetime=\"2021-02-10T09:30:00+02:00\">10 فبراير 2021</time>{}</article>\
             <footer><p>© 2021 MTN Sudan</p></footer>",
            paragraphs(&[lead, NEXT, MORE])
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("MTN السودان"));
}
