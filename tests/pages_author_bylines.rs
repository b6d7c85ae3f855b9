//! A page whose author field holds a whole byline (a city and an agency,
//! or a city, a writer and an agency between slashes): the writer is the
//! author and the agency the story's source, over the site's name; an
//! author field with its label; Joomla's list of an article's fields; and
//! the writer's box with a biography and the appeal for support under the
//! story; the site's name beside a writer's, or without its kind (`الساحل`
//! for `جريدة الساحل`) signing alone.

mod support;

use support::page::load_html;

fn page(author: &str) -> String {
    page_with(&format!("<meta name=\"author\" content=\"{author}\">"), "")
}

fn page_with(meta: &str, byline: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">\
         <title>افتتاح مكتبة عامة في الحي القديم - جريدة الساحل</title>\
         <meta property=\"og:site_name\" content=\"جريدة الساحل\">\
         {meta}\
         <meta property=\"article:published_time\" content=\"2024-05-02T10:00:00+03:00\">\
         </head><body><article><h1>افتتاح مكتبة عامة في الحي القديم</h1>\
         <p>افتتحت البلدية صباح اليوم مكتبة عامة جديدة في الحي القديم تضم أكثر من عشرين ألف كتاب في مختلف المجالات.</p>\
         <p>وقال رئيس البلدية إن المكتبة ستفتح أبوابها يوميا من التاسعة صباحا حتى التاسعة مساء أمام جميع السكان.</p>\
         <p>وأضاف أن البلدية تعمل على افتتاح مكتبتين أخريين في الأحياء الشمالية خلال العام المقبل بتمويل من المجلس.</p>\
         </article></body></html>"
    )
    .replacen("</h1>", &format!("</h1>{byline}"), 1)
}

fn load(author: &str) -> qari::article::Article {
    load_html(&page(author))
}

#[test]
fn a_city_and_an_agency_as_author_are_the_source() {
    let a = load("الشارقة: «وام»");
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("وام"));
}

#[test]
fn a_city_writer_and_agency_between_slashes_give_writer_and_source() {
    let a = load("أنقرة/ عمر الحسيني/ الأناضول");
    assert_eq!(a.author.as_deref(), Some("عمر الحسيني"));
    assert_eq!(a.source.as_deref(), Some("الأناضول"));
}

#[test]
fn a_writers_name_alone_stays_the_author_and_the_site_the_source() {
    let a = load("سامية الخوري");
    assert_eq!(a.author.as_deref(), Some("سامية الخوري"));
    assert_eq!(a.source.as_deref(), Some("جريدة الساحل"));
}

#[test]
fn an_agency_the_visible_byline_credits_is_the_source_over_the_sites_name() {
    for byline in [
        "<p>الدوحة - قنا</p>",
        "<div class=\"meta\">عمّان - بترا</div>",
    ] {
        let a = load_html(&page_with("", byline));
        assert_eq!(a.author, None, "{byline}");
        let agency = if byline.contains("قنا") {
            "قنا"
        } else {
            "بترا"
        };
        assert_eq!(a.source.as_deref(), Some(agency), "{byline}");
    }
}

#[test]
fn a_lead_opened_by_an_agencys_dateline_credits_the_agency() {
    let html = page_with("", "").replacen("<p>افتتحت", "<p>بغداد - واس - افتتحت", 1);
    let a = load_html(&html);
    assert_eq!(a.source.as_deref(), Some("واس"));
    assert!(
        a.body[0].text().starts_with("افتتحت البلدية"),
        "{:?}",
        a.body[0]
    );
}

#[test]
fn a_header_line_cut_by_bars_gives_the_date_and_the_credited_agency() {
    // An old table layout: no date in the page's meta, the header's
    // fields in one cell under the headline, the update's date among them.
    let html = page_with("", "")
        .replace(
            "<meta property=\"article:published_time\" content=\"2024-05-02T10:00:00+03:00\">",
            "",
        )
        .replacen(
            "</h1>",
            "</h1><table><tr><td>تاريخ النشر : 18-03-2024 01:42 PM &nbsp;|&nbsp; \
             آخر تحديث : 19-03-2024 09:05 AM &nbsp;|&nbsp; المصدر : <b>(بترا)</b></td></tr></table>",
            1,
        );
    let a = load_html(&html);
    assert_eq!(a.published.as_deref().map(|d| &d[..10]), Some("2024-03-18"));
    assert_eq!(a.source.as_deref(), Some("بترا"));
    assert_eq!(a.title, "افتتاح مكتبة عامة في الحي القديم");
}

#[test]
fn a_source_element_crediting_an_agency_gives_the_source() {
    for credit in [
        "<td class=\"NewsSource\"><span>المنامة - بنا</span></td>",
        "<div class=\"amp-wp-meta dateline\">صلالة ـ العمانية</div>",
    ] {
        let html = page_with("", &format!("<table><tr>{credit}</tr></table>"));
        let a = load_html(&html);
        let agency = if credit.contains("بنا") {
            "بنا"
        } else {
            "العمانية"
        };
        assert_eq!(a.source.as_deref(), Some(agency), "{credit}");
        assert_eq!(a.body.len(), 3, "{credit}: {:#?}", a.body);
    }
    // An unlisted name there leaves the site's own name.
    let html = page_with("", "<div class=\"source\">طنطا - نشرة الحي</div>");
    assert_eq!(load_html(&html).source.as_deref(), Some("جريدة الساحل"));
}

#[test]
fn labels_left_alone_in_the_story_are_dropped() {
    let html = page_with("", "").replacen(
        "<p>وقال رئيس",
        "<p>- إعلان -</p><p>الكاتب:</p><p>وقال رئيس",
        1,
    );
    let a = load_html(&html);
    let texts: Vec<&str> = a.body.iter().map(|b| b.text()).collect();
    assert_eq!(texts.len(), 3, "{texts:#?}");
    assert!(
        texts
            .iter()
            .all(|t| !t.contains("إعلان") && !t.contains("الكاتب"))
    );
}

#[test]
fn a_frame_named_for_its_layout_with_a_sidebar_holds_the_story() {
    // A theme names the page's frame after its layout; the frame holds the
    // breadcrumb and the story as well as the sidebar.
    let html = page_with("", "")
        .replacen(
            "<body><article>",
            "<body><div class=\"container layout-2-col layout-right-sidebar\">\
             <nav role=\"navigation\" class=\"bf-breadcrumb\"><ul><li><a href=\"/\">الرئيسية</a></li>\
             <li><a href=\"/c\">تقارير</a></li></ul></nav><div class=\"row\"><div class=\"col-sm-8\"><article>",
            1,
        )
        .replacen(
            "</article>",
            "</article></div><aside class=\"sidebar\"><p>الأكثر قراءة</p></aside></div></div>",
            1,
        );
    let a = load_html(&html);
    assert_eq!(a.body.len(), 3, "{:#?}", a.body);
}

#[test]
fn an_author_field_with_its_label_gives_the_names_alone() {
    let a = load("كتب: محمود رمضان, هبة حسين");
    assert_eq!(a.author.as_deref(), Some("محمود رمضان, هبة حسين"));
    assert_eq!(a.source.as_deref(), Some("جريدة الساحل"));
}

#[test]
fn a_joomla_list_of_the_articles_fields_is_not_its_text() {
    let fields = "<dl class=\"article-info muted\"><dt class=\"article-info-term\">التفاصيل</dt>\
        <dd class=\"category-name\">الفئة: <a href=\"/news\">أخبار</a></dd>\
        <dd class=\"published\"><time datetime=\"2024-05-02T10:00:00+00:00\">نشر بتاريخ: الخميس, 02 مايو 2024 10:00</time></dd>\
        <dd class=\"hits\">الزيارات: 1523</dd></dl>";
    let a = load_html(&page_with("", fields));
    let texts: Vec<&str> = a.body.iter().map(|b| b.text()).collect();
    assert_eq!(texts.len(), 3, "{texts:#?}");
    assert!(texts[0].starts_with("افتتحت البلدية"), "{texts:#?}");
}

#[test]
fn a_labelled_author_field_with_the_writers_city_gives_the_writer() {
    let a = load("تقرير: هدى الورفلي - طرابلس");
    assert_eq!(a.author.as_deref(), Some("هدى الورفلي"));
}

#[test]
fn a_content_systems_placeholder_is_no_writer() {
    assert_eq!(load("Super User").author, None);
}

#[test]
fn the_site_signing_with_its_city_is_no_writer() {
    let a = load("جريدة الساحل ـ كازا -");
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("جريدة الساحل"));
}

#[test]
fn the_sites_name_and_a_writers_is_the_writers_byline() {
    let a = load("جريدة الساحل - ياسين بوعلام");
    assert_eq!(a.author.as_deref(), Some("ياسين بوعلام"));
    assert_eq!(a.source.as_deref(), Some("جريدة الساحل"));
}

#[test]
fn the_sites_name_without_its_kind_is_no_writer() {
    let byline = "<div class=\"post-author\">بواسطة <a href=\"/author/1\">الساحل</a></div>";
    let a = load_html(&page_with("", byline));
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("جريدة الساحل"));
}

#[test]
fn the_site_and_the_agency_over_the_lead_credit_the_agency() {
    let a = load_html(&page_with("", "<p>الساحل - بترا -</p>"));
    assert_eq!(a.source.as_deref(), Some("بترا"));
    assert!(
        a.body[0].text().starts_with("افتتحت البلدية"),
        "{:#?}",
        a.body
    );
}

#[test]
fn the_writers_biography_and_the_appeal_for_support_are_not_the_story() {
    let boxes = "<div class=\"about-author\"><h3 class=\"author-name\">ريم الحسن</h3>\
        <div class=\"author-bio\">مراسلة الجريدة في إدلب، تغطي الشؤون الاقتصادية والمعيشية.</div></div>\
        <div class=\"Article_support__Xq1Wn\"><p>الجريدة منبر مستقل. ساعدنا في الاستمرار عبر الانضمام إلى قرائنا.</p></div>";
    let html = page("ريم الحسن").replace("</article>", &format!("</article>{boxes}"));
    let a = load_html(&html);
    assert_eq!(a.author.as_deref(), Some("ريم الحسن"));
    let texts: Vec<&str> = a.body.iter().map(|b| b.text()).collect();
    assert_eq!(texts.len(), 3, "{texts:?}");
    assert!(
        texts
            .iter()
            .all(|t| !t.contains("مراسلة") && !t.contains("ساعدنا"))
    );
}
