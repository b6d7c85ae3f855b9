//! Pages whose headline, writer, source or date the importer misread: a
//! `<title>` of the site's name and its motto or sections over a headline
//! in a title cell; a writer's element that says who put the story up; a
//! notice in an element its id calls the copyright; an issue's date with
//! the Hijri day glued before it; a JSON-LD date that is the page's last
//! change; a title cell that says a word the `<title>` left out; a Latin
//! site name the story spells in Arabic letters; a "last edited" line.

mod support;

use support::copied::texts;
use support::page::{load_html, page, paragraphs};

const PARAGRAPHS: [&str; 3] = [
    "افتتحت الشركة اليوم مركز توزيع جديدا في الأحساء يخدم المنطقة الشرقية ويضم مستودعات مبردة واسعة.",
    "وأضافت الشركة مئة وعشرين شاحنة مبردة إلى أسطولها لنقل منتجاتها إلى المدن والقرى في المنطقة.",
    "وقال مدير العمليات إن المركز يوفر مئتي فرصة عمل لأبناء المنطقة في مرحلته الأولى هذا العام.",
];

#[test]
fn a_title_of_the_sites_name_and_sections_over_a_title_cell() {
    let headline = "الشركة تدشن مركز توزيع إقليميا في الأحساء وتضيف شاحنات مبردة إلى أسطولها";
    let html = page(
        "<title>الريف - المركز الإعلامي - أخبار الشركة</title>",
        &format!(
            "<table><tr><td class=\"style_side\"><a href=\"/\">الرئيسية</a> &gt; <a href=\"/m\">المركز الإعلامي</a></td></tr>\
             <tr><td class=\"style_date\">الأحد 19 أكتوبر 2008م</td></tr>\
             <tr><td class=\"style_title\">{headline}</td></tr>\
             <tr><td>{}</td></tr></table>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.title, headline);
    assert_eq!(a.source.as_deref(), Some("الريف"));
}

#[test]
fn a_title_of_the_sites_name_and_motto_over_an_article_title_cell() {
    let headline = "نائب يطالب بالتحقيق في أزمة الخبز بالمحافظة بعد شكاوى المواطنين";
    let html = page(
        "<title>صوت الشعب أون لاين - موقع الحزب الرسمي</title>",
        &format!(
            "<table><tr><td class=ArtPreTitle>في طلب إحاطة عاجل</td></tr>\
             <tr><td class=ArtTitle>{headline}</td></tr>\
             <tr><td>{}</td></tr></table>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    assert_eq!(load_html(&html).title, headline);
}

#[test]
fn a_writers_element_that_says_who_put_the_story_up_names_the_site() {
    let html = page(
        "<title>رئيس الولاية يبحث مع وفد أممي تداعيات الجفاف - الأمصار</title>\
         <meta property=\"og:site_name\" content=\"الأمصار\">\
         <meta name=\"author\" content=\"الأمصار\">",
        &format!(
            "<h1>رئيس الولاية يبحث مع وفد أممي تداعيات الجفاف</h1>\
             <div class=\"writer\"><span class=\"lbl\">نشر</span> <a href=\"/writer/1\">الأمصار</a></div>\
             <div class=\"entry\">{}</div>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("الأمصار"));
}

#[test]
fn a_notice_in_an_element_its_id_calls_the_copyright() {
    let headline = "جاهزية تامة لانطلاق عملية تسجيل الناخبين غدا في مراكز الضفة والقطاع";
    let html = page(
        "<title>لجنة الانتخابات - فلسطين &gt; الأخبار &gt; جاهزية لانطلاق التسجيل</title>",
        &format!(
            "<h1>{headline}</h1><div class=\"article\">{}</div>\
             <div class=\"site-end\"><span id=\"dnn_dnnCOPYRIGHT_lblCopyright\">جميع الحقوق محفوظة &copy; 2021 لجنة الانتخابات</span></div>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    assert_eq!(load_html(&html).source.as_deref(), Some("لجنة الانتخابات"));
}

#[test]
fn an_issues_date_with_the_hijri_day_glued_before_it() {
    let html = page(
        "<title>الدفاع المدني يغلق فنادق مخالفة في المنطقة المركزية</title>",
        &format!(
            "<table><tr><td><span class=\"date\">الاثنين 14 ربيع الأول 1428هـ<br>الموافق 2 أبريل 2007م<br>العدد 14732</span></td></tr>\
             <tr><td><h2>الدفاع المدني يغلق فنادق مخالفة في المنطقة المركزية</h2>{}</td></tr></table>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    assert_eq!(load_html(&html).published.as_deref(), Some("2007-04-02"));
}

#[test]
fn a_json_ld_date_that_is_the_pages_last_change_gives_way_to_the_publication() {
    let html = page(
        "<title>الإدارة تصادر صهاريج مياه في تجمع رعوي</title>\
         <meta property=\"article:published_time\" content=\"2022-06-15T09:31:00+03:00\">\
         <meta property=\"article:modified_time\" content=\"2022-06-19T14:05:47+03:00\">\
         <script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Article\",\
         \"headline\":\"الإدارة تصادر صهاريج مياه في تجمع رعوي\",\"datePublished\":\"2022-06-19T14:05:47+0300\"}</script>",
        &format!(
            "<h1>الإدارة تصادر صهاريج مياه في تجمع رعوي</h1><div>{}</div>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    let published = load_html(&html).published.unwrap_or_default();
    assert!(published.starts_with("2022-06-15"), "{published}");
}

#[test]
fn a_title_cell_that_says_a_word_the_title_left_out() {
    let whole = "ارتفاع أسعار الخضار في السوق المركزي بعمان مع اشتداد موجة الحر";
    let html = page(
        "<title>عرب نت 5 :: ارتفاع أسعار الخضار في السوق المركزي مع اشتداد موجة الحر</title>",
        &format!(
            "<table><tr><td class=\"newsTitle\">{whole}</td></tr><tr><td>{}</td></tr></table>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    assert_eq!(load_html(&html).title, whole);
}

#[test]
fn a_latin_site_name_the_story_spells_in_arabic_and_a_last_edited_line() {
    let html = page(
        "<title>Naseem - الأخبار</title>",
        &format!(
            "<h1>نسيم تطلق عروض الصيف للإنترنت بأسعار مخفضة لمشتركيها</h1>\
             <div class=\"item\"><p>أعلنت شركة نسيم للاتصالات اليوم إطلاق عروض الصيف للإنترنت بأسعار مخفضة لكل مشتركيها في البلاد.</p>{}\
             <div class=\"meta\">آخر تعديل: الأربعاء, 10 شباط 2021 11:42</div></div>\
             <footer>&copy; 2019 Naseem</footer>",
            paragraphs(&PARAGRAPHS[1..])
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.source.as_deref(), Some("نسيم"));
    assert!(
        !texts(&a).iter().any(|t| t.contains("آخر تعديل")),
        "{:#?}",
        texts(&a)
    );
}
