//! Pages that sign a story with the site's own name (with a word for news
//! after it, or with its roundups: `الخليج الجديد + متابعات`), a source
//! label left alone once its name, a tag cloud's link, was dropped, an
//! old layout's line of fields under the headline opening with the
//! byline, a deck that is the page's description said again, and a
//! translated story's note.

mod support;

use support::copied::texts;
use support::page::load_html;

const HEADLINE: &str = "انقطاع الكهرباء يرفع أسعار ألواح الطاقة الشمسية إلى مستويات قياسية";
const LEAD: &str = "شهدت أسواق المدينة خلال الأسابيع الأخيرة ارتفاعا غير مسبوق في أسعار ألواح الطاقة الشمسية والبطاريات بعد انقطاع التيار عن معظم الأحياء.";
const NEXT: &str = "وقال تجار في السوق إن سعر اللوح الواحد ارتفع إلى الضعف خلال شهر واحد مع اشتداد حرارة الصيف وتزايد الطلب.";
const MORE: &str = "وأوضح مهندس يعمل في تركيب المنظومات أن كثيرا من الأعطال سببه ألواح رديئة الصنع تباع بأسعار أقل في الأسواق.";

/// A page with `head` inside its `<head>` and `story` as its article.
fn page(head: &str, story: &str) -> String {
    format!(
        "<html lang=\"ar\" dir=\"rtl\"><head>{head}</head><body>\
         <nav><a href=\"/\">الرئيسية</a> <a href=\"/eco\">اقتصاد</a></nav>\
         <article><h1>{HEADLINE}</h1>{story}</article>\
         <footer>جميع الحقوق محفوظة</footer></body></html>"
    )
}

fn paragraphs() -> String {
    format!("<p>{LEAD}</p><p>{NEXT}</p><p>{MORE}</p>")
}

#[test]
fn the_sites_name_with_a_word_for_news_after_it_is_no_writer() {
    let a = load_html(&page(
        &format!(
            "<title>{HEADLINE} - بوابة الهدف الإخبارية</title>\
             <meta name=\"author\" content=\"بوابة الهدف\">"
        ),
        &format!(
            "<span class=\"itemAuthor\">رام الله _ بوابة الهدف</span>{}",
            paragraphs()
        ),
    ));
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("بوابة الهدف"));
    assert_eq!(texts(&a), [LEAD, NEXT, MORE]);
}

#[test]
fn the_site_with_its_roundups_is_no_writer_but_a_person_is() {
    let ld = |author: &str| {
        format!(
            "<title>{HEADLINE} | الخليج الجديد</title>\
             <meta property=\"og:site_name\" content=\"الخليج الجديد\">\
             <script type=\"application/ld+json\">{{\"@type\": \"NewsArticle\", \
             \"headline\": \"{HEADLINE}\", \"author\": \"{author}\", \
             \"datePublished\": \"2024-02-14T21:12:00+03:00\"}}</script>"
        )
    };
    let a = load_html(&page(&ld("الخليج الجديد + متابعات"), &paragraphs()));
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("الخليج الجديد"));
    let a = load_html(&page(&ld("سالم الكعبي"), &paragraphs()));
    assert_eq!(a.author.as_deref(), Some("سالم الكعبي"));
}

#[test]
fn a_source_label_left_alone_under_the_story_goes() {
    // A WordPress theme's source box: the label, then the name as a link
    // in a tag cloud, which goes with the cloud.
    let a = load_html(&format!(
        "<html><head><title>{HEADLINE}</title></head><body>\
         <article id=\"the-post\" class=\"container-wrapper post-content\"><h1>{HEADLINE}</h1>\
         <div class=\"entry-content entry clearfix\">{}</div>\
         <div class=\"post-bottom-meta post-bottom-source\"><span class=\"meta-title\">\
         المصدر</span><div class=\"tagcloud\"><a href=\"https://lana.gov.ly/\">وكالة \
         الأنباء الليبية (وال)</a></div></div></article></body></html>",
        paragraphs()
    ));
    assert_eq!(texts(&a), [LEAD, NEXT, MORE]);
}

#[test]
fn the_byline_opening_a_line_of_fields_under_the_headline_names_the_writer() {
    let html = format!(
        "<html><head><title>{HEADLINE} - الجزائر تايمز</title></head><body>\
         <table><tr><td><span class=\"title\">{HEADLINE}</span></td></tr>\
         <tr><td><font size=\"2\">بقلم: سليم بن عيسى - الجزائر تايمز &nbsp;|&nbsp; \
         الثلاثاء 1 أكتوبر 2019 - 18:25 &nbsp;|&nbsp; قراءات: 3412</font></td></tr>\
         <tr><td><p>{LEAD}</p><p>{NEXT}</p><p>{MORE}</p></td></tr></table></body></html>"
    );
    let a = load_html(&html);
    assert_eq!(a.title, HEADLINE);
    assert_eq!(a.author.as_deref(), Some("سليم بن عيسى"));
    assert_eq!(a.published.as_deref(), Some("2019-10-01T18:25"));
    // A line of fields with no byline label names no writer: its first
    // field may be the section's.
    let html = html.replace("بقلم: سليم بن عيسى - الجزائر تايمز", "أخبار الجزائر");
    assert_eq!(load_html(&html).author, None);
}

#[test]
fn a_deck_that_is_the_pages_description_goes_and_a_lead_it_opens_stays() {
    let deck = "تحويل السفن إلى طريق رأس الرجاء الصالح يضيف أسبوعين إلى الرحلة";
    let head = format!("<title>{HEADLINE}</title><meta name=\"description\" content=\"{deck}\">");
    let a = load_html(&page(
        &head,
        &format!(
            "<p class=\"mee-article__summary\">{deck}</p>{}",
            paragraphs()
        ),
    ));
    assert_eq!(texts(&a), [LEAD, NEXT, MORE]);
    // A deck the description does not say stays.
    let other = "تجار يتوقعون استمرار الغلاء حتى نهاية الصيف";
    let a = load_html(&page(&head, &format!("<p>{other}</p>{}", paragraphs())));
    assert_eq!(texts(&a), [other, LEAD, NEXT, MORE]);
    // The lead the description repeats ends a sentence, and stays.
    let head = format!("<title>{HEADLINE}</title><meta name=\"description\" content=\"{LEAD}\">");
    let a = load_html(&page(&head, &paragraphs()));
    assert_eq!(texts(&a), [LEAD, NEXT, MORE]);
}

#[test]
fn a_translated_storys_note_is_dropped() {
    let a = load_html(&page(
        &format!("<title>{HEADLINE}</title>"),
        &format!(
            "{}<p class=\"mee-disclaimer\">هذا المقال مترجم عن النسخة الإنجليزية من الموقع \
             بتصرف.</p>",
            paragraphs()
        ),
    ));
    assert_eq!(texts(&a), [LEAD, NEXT, MORE]);
}

#[test]
fn the_editor_as_a_placeholder_is_no_writer() {
    let a = load_html(&page(
        &format!(
            "<title>{HEADLINE}</title><meta property=\"og:site_name\" content=\"أنباء انفو\">\
             <meta name=\"author\" content=\"المحرر\">"
        ),
        &paragraphs(),
    ));
    assert_eq!(a.author, None);
}

#[test]
fn the_labelled_writer_after_a_bar_in_an_author_field() {
    let a = load_html(&page(
        &format!(
            "<title>{HEADLINE} - يقين</title><script type=\"application/ld+json\">\
             {{\"@type\": \"NewsArticle\", \"headline\": \"{HEADLINE}\", \
             \"author\": \"البصرة – يقين | تقرير: علي الساعدي\"}}</script>"
        ),
        &paragraphs(),
    ));
    assert_eq!(a.author.as_deref(), Some("علي الساعدي"));
}

#[test]
fn the_sites_name_as_author_does_not_outrank_the_agencys_dateline() {
    // A theme's author line naming the site, over the story's dateline.
    let a = load_html(&format!(
        "<html><head><title>{HEADLINE} - الوطن</title>\
         <meta property=\"og:site_name\" content=\"الوطن\"></head><body>\
         <h1 class=\"entry-title\">{HEADLINE}</h1>\
         <div class=\"td-post-author-name\"><div class=\"td-author-by\">بواسطة</div> \
         <a href=\"https://www.alwatan.ae/?author=4\">الوطن</a></div>\
         <p><strong>أبوظبي – وام:</strong></p>{}</body></html>",
        paragraphs()
    ));
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("وام"));
    assert_eq!(texts(&a), [LEAD, NEXT, MORE]);
}

#[test]
fn a_byline_and_a_labelled_date_in_one_line_of_fields_under_the_headline() {
    let a = load_html(&format!(
        "<html><head><title>{HEADLINE} - أخبار البلد</title></head><body>\
         <table><tr><td class=\"newsTitle\">{HEADLINE}</td></tr>\
         <tr><td class=\"newsInfo\"><b>أخبار البلد - محمد العمري</b> &nbsp;&nbsp; تاريخ النشر : \
         13-02-2019 | 10:35 ص &nbsp;&nbsp; عدد القراءات : 4127</td></tr>\
         <tr><td><p>{LEAD}</p><p>{NEXT}</p><p>{MORE}</p></td></tr></table>\
         <table><tr><td><a href=\"/n/1\" class=\"relLink\">سلطة وادي الأردن تبدأ ضخ المياه</a> \
         <span class=\"relDate\">12-02-2019</span></td></tr>\
         <tr><td><b class=\"writer\">فهد الخيطان</b><br><a href=\"/w/1\">مقال الكاتب</a></td></tr>\
         </table></body></html>"
    ));
    assert_eq!(a.author.as_deref(), Some("محمد العمري"));
    assert_eq!(a.published.as_deref(), Some("2019-02-13T10:35"));
}

#[test]
fn an_initialed_writer_after_the_outlet_and_a_date_field_in_a_line_of_fields() {
    let a = load_html(&format!(
        "<html><head><title>{HEADLINE} - الجلفة إنفو</title></head><body>\
         <table><tr><td class=\"title\">{HEADLINE}</td></tr>\
         <tr><td class=\"info\"><font size=\"2\">الجلفة إنفو - ع. بن سالم &nbsp;|&nbsp; \
         الأربعاء, 22 جانفي 2020 &nbsp;|&nbsp; قراءة: 1874</font></td></tr>\
         <tr><td><p>{LEAD}</p><p>{NEXT}</p><p>{MORE}</p></td></tr></table>\
         <table><tr><td><a href=\"/n/1\">أخبار أخرى من الولاية</a> \
         <span class=\"newsdate\">21 جانفي 2020</span></td></tr></table></body></html>"
    ));
    assert_eq!(a.author.as_deref(), Some("ع. بن سالم"));
    assert_eq!(a.published.as_deref(), Some("2020-01-22"));
}
