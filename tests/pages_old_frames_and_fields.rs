//! Pages whose story header has no class or label to go by: an old table
//! layout's date in a small span over a headline in a span, the photo
//! framed with its caption in a table, a byline naming the site, its
//! own-story mark and a writer; an agency's initials in the dateline and
//! a caption closed by its labelled credit; a Drupal page's writer field
//! named in French and its source field with the label set apart; a
//! comment notice; and old layouts' header rows: the date and byline in
//! rows over the headline's, under the breadcrumb, and a publication line
//! with the page's fields under it; a source field giving the site's
//! short name, and a source label set apart above a read counter.

mod support;

use support::page::load_html;

const HEADLINE: &str = "انقطاع الكهرباء يرفع أسعار ألواح الطاقة الشمسية إلى مستويات قياسية";
const LEAD: &str = "شهدت أسواق المدينة خلال الأسابيع الأخيرة ارتفاعا غير مسبوق في أسعار ألواح الطاقة الشمسية والبطاريات بعد انقطاع التيار عن معظم الأحياء.";
const NEXT: &str = "وقال تجار في السوق إن سعر اللوح الواحد ارتفع إلى الضعف خلال شهر واحد مع اشتداد حرارة الصيف وتزايد الطلب.";
const MORE: &str = "وأوضح مهندس يعمل في تركيب المنظومات أن كثيرا من الأعطال سببه ألواح رديئة الصنع تباع بأسعار أقل في الأسواق.";

/// An old table layout: a column of other stories with their dates, then
/// the story's cell, `header` over its paragraphs.
fn table_page(header: &str) -> String {
    format!(
        "<html><head><title>يمن برس - {HEADLINE}</title></head><body>\
         <table><tr><td><table>\
         <tr><td class=\"newstitle\"><a href=\"/n1\">أمطار غزيرة تجرف مزارع في الوادي</a> \
         <font size=\"1\">(18/07/2019)</font></td></tr>\
         <tr><td class=\"newstitle\"><a href=\"/n2\">جامعة المدينة تعلن نتائج القبول</a> \
         <font size=\"1\">(17/07/2019)</font></td></tr></table></td>\
         <td valign=\"top\"><table><tr><td>{header}\
         <p class=\"newsbody\">{LEAD}</p><p class=\"newsbody\">{NEXT}</p>\
         <p class=\"newsbody\">{MORE}</p></td></tr></table></td></tr></table>\
         <table><tr><td class=\"newstitle\"><a href=\"/n3\">وصول سفينة وقود إلى الميناء</a> \
         <font size=\"1\">(21/07/2019)</font></td></tr></table></body></html>"
    )
}

#[test]
fn an_old_layouts_date_over_its_headline_and_the_photo_framed_with_its_caption() {
    let a = load_html(&table_page(&format!(
        "<span class=\"small\">الثلاثاء 23 يوليو 2019 10:41 م</span><br>\
         <span class=\"bigtitle\">{HEADLINE}</span><br>\
         <span class=\"small\">يمن برس - خاص - عبدالله الشرعبي</span>\
         <table align=\"center\"><tr><td align=\"center\">\
         <img src=\"photos/44187.jpg\" width=\"520\" height=\"340\"><br>\
         <span class=\"small\">محل لبيع ألواح الطاقة الشمسية في شارع جمال (يمن برس)</span>\
         </td></tr></table>"
    )));
    assert_eq!(a.title, HEADLINE);
    assert_eq!(a.published.as_deref().map(|d| &d[..10]), Some("2019-07-23"));
    assert_eq!(a.author.as_deref(), Some("عبدالله الشرعبي"));
    assert_eq!(a.source.as_deref(), Some("يمن برس"));
    let texts: Vec<&str> = a.body.iter().map(|b| b.text()).collect();
    assert_eq!(texts, [LEAD, NEXT, MORE]);
}

#[test]
fn a_paragraph_with_an_icon_is_no_picture_caption() {
    let a = load_html(&table_page(&format!(
        "<span class=\"bigtitle\">{HEADLINE}</span><br>\
         <div><img src=\"icons/pin.png\" width=\"16\" height=\"16\"><br>\
         <span>المدينة</span></div>"
    )));
    let texts: Vec<&str> = a.body.iter().map(|b| b.text()).collect();
    assert_eq!(texts, [LEAD, NEXT, MORE]);
    // A story's paragraph with a picture set inside it and no break under
    // the picture is the story's.
    let inline = format!("<p><img src=\"photos/1.jpg\" width=\"600\">{NEXT}</p>");
    let a = load_html(&table_page(&format!(
        "<span class=\"bigtitle\">{HEADLINE}</span><br>{inline}"
    )));
    assert!(a.body.iter().any(|b| b.text() == NEXT));
}

fn drupal_page(meta: &str, story: &str, after: &str) -> String {
    format!(
        "<html lang=\"ar\"><head><title>{HEADLINE} | نسمة</title>\
         <meta property=\"og:site_name\" content=\"الموقع الإخباري\"></head><body>\
         <article class=\"node\"><h1 class=\"page-title\"><span>{HEADLINE}</span></h1>\
         <footer class=\"node__meta\">{meta}</footer>\
         <div class=\"field field--name-body\">{story}</div>{after}</article></body></html>"
    )
}

#[test]
fn an_agencys_initials_in_the_dateline_under_a_caption_with_its_labelled_credit() {
    let a = load_html(&drupal_page(
        "<time datetime=\"2021-06-14T11:20:00+03:00\">14 يونيو 2021</time>",
        &format!(
            "<p>الوزير يضع حجر الأساس لمشروع توسيع شبكة المياه. (صورة: ADI)</p>\
             <p>جيبوتي (ADI) - {LEAD}</p><p>{NEXT}</p><p>{MORE}</p>"
        ),
        "",
    ));
    assert_eq!(a.source.as_deref(), Some("ADI"));
    let texts: Vec<&str> = a.body.iter().map(|b| b.text()).collect();
    assert_eq!(texts, [LEAD, NEXT, MORE]);
}

#[test]
fn a_writer_field_named_in_french_and_a_source_field_with_its_label_apart() {
    let a = load_html(&drupal_page(
        "<div class=\"field field--name-field-auteur field--label-inline\">\
         <div class=\"field__label\">إعداد</div>\
         <div class=\"field__item\">منى الطرابلسي وهيثم الجلاصي</div></div>\
         <time datetime=\"2025-09-25T10:05:00Z\">الخميس 25 سبتمبر 2025 - 11:05</time>",
        &format!("<p>{LEAD}</p><p>{NEXT}</p><p>{MORE}</p>"),
        "<div class=\"field field--name-field-source field--label-inline\">\
         <div class=\"field__label\">المصدر</div><div class=\"field__item\">وات</div></div>\
         <p>تنويه: جميع الآراء الواردة في التعليقات تعبر عن رأي كاتبها.</p>",
    ));
    assert_eq!(a.author.as_deref(), Some("منى الطرابلسي وهيثم الجلاصي"));
    assert_eq!(a.source.as_deref(), Some("وات"));
    let texts: Vec<&str> = a.body.iter().map(|b| b.text()).collect();
    assert_eq!(texts, [LEAD, NEXT, MORE]);
}

/// An old layout whose story header is rows of one table: `rows` round
/// the headline's row, under the breadcrumb's.
fn rows_page(above: &str, below: &str) -> String {
    format!(
        "<html><head><title>{HEADLINE} - المؤتمرنت</title></head><body>\
         <table><tr><td>الأحد 15 ديسمبر 2019</td></tr></table>\
         <table><tr><td class=\"text\"><a href=\"/\">الرئيسية</a> &gt; \
         <a href=\"/news\">أخبار</a></td></tr>{above}\
         <tr><td class=\"title\">{HEADLINE}</td></tr>{below}\
         <tr><td class=\"text\"><p>{LEAD}</p><p>{NEXT}</p><p>{MORE}</p></td></tr></table>\
         <table><tr><td class=\"newsdate\">[04-11-2019]</td></tr></table></body></html>"
    )
}

#[test]
fn the_date_and_byline_rows_over_the_headlines_row() {
    let a = load_html(&rows_page(
        "<tr><td>الثلاثاء, 10-ديسمبر-2019 - 11:42 ص</td></tr>\
         <tr><td class=\"subtitle\">المؤتمرنت - عبدالله الحميري</td></tr>",
        "",
    ));
    assert_eq!(a.title, HEADLINE);
    assert_eq!(a.published.as_deref().map(|d| &d[..10]), Some("2019-12-10"));
    assert_eq!(a.author.as_deref(), Some("عبدالله الحميري"));
}

#[test]
fn a_publication_line_with_the_pages_fields_under_the_headline() {
    let a = load_html(&rows_page(
        "",
        "<tr><td class=\"byline\">بقلم: نادية حمودي</td></tr>\
         <tr><td class=\"tiny\">نشر في: 2019/11/05 &nbsp;|&nbsp; القراءات: 1873 \
         &nbsp;|&nbsp; <a href=\"/print\">طباعة</a></td></tr>",
    ));
    assert_eq!(a.published.as_deref().map(|d| &d[..10]), Some("2019-11-05"));
    assert_eq!(a.author.as_deref(), Some("نادية حمودي"));
}

#[test]
fn a_source_field_with_the_sites_short_name() {
    let html = format!(
        "<html lang=\"ar\"><head><title>{HEADLINE}</title>\
         <meta property=\"og:site_name\" content=\"شبكة راية الإعلامية\"></head><body>\
         <article><h1>{HEADLINE}</h1><div class=\"node__meta\">\
         <span class=\"node-source\">رايــة</span>\
         <time datetime=\"2022-10-16T11:20:00+03:00\">16 تشرين الأول 2022</time></div>\
         <div class=\"body\"><p>{LEAD}</p><p>{NEXT}</p><p>{MORE}</p></div></article></body></html>"
    );
    let a = load_html(&html);
    assert_eq!(a.source.as_deref(), Some("راية"));
    // A name the site's own does not shorten is not taken over it.
    let a = load_html(&html.replace("رايــة", "المحرر"));
    assert_eq!(a.source.as_deref(), Some("شبكة راية الإعلامية"));
}

#[test]
fn a_source_label_set_apart_over_a_read_counter() {
    let a = load_html(&drupal_page(
        "<time datetime=\"2023-12-07T15:20:00+00:00\">الخميس 07 دجمبر 2023 - 15:20</time>",
        &format!(
            "<p>{LEAD}</p><p>{NEXT}</p><p>{MORE}</p>\
             <p><strong>المصدر:</strong></p><p>وكالة نواكشوط للأنباء</p><p>218 قراءة</p>"
        ),
        "",
    ));
    assert_eq!(a.source.as_deref(), Some("وكالة نواكشوط للأنباء"));
    let texts: Vec<&str> = a.body.iter().map(|b| b.text()).collect();
    assert_eq!(texts, [LEAD, NEXT, MORE]);
}
