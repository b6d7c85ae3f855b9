//! Articles the importer misread: a theme's tail after the date (the
//! section, a call to comment, a counter); a year run into its time; a
//! picture's caption with its credit over the byline; a clock over the
//! masthead and the story's own date under the headline; an outlet in
//! quotation marks after its writer; a login with its role beside a
//! labelled writer; a site signing its story in brackets; a row of links
//! to other sites; a writer's label over the name in the next paragraph;
//! a carousel of other stories with their dates; a title of the site and
//! the page's kind; Drupal's deck field.

mod support;

use qari::article::Block;
use qari::article::byline::parse;
use qari::article::dates::{dateline, find};
use support::copied::trees::{HEAD, STORY, with_story};
use support::copied::{import_text, texts};
use support::page::{load_html, page, paragraphs};

/// A file of the labelled corpus, loaded as `qari` loads it.
fn import_corpus(file: &str) -> qari::article::Article {
    let mut all = qari::article::scan::load_file(std::path::Path::new(file))
        .unwrap_or_else(|p| panic!("{p}"));
    all.remove(0)
}

#[test]
fn a_themes_tail_after_the_date_leaves_its_day() {
    let a = import_text(&with_story(
        &[
            "Radio Sud FM",
            "الرئيسية",
            "أخبار جهوية",
            HEAD,
            "Radio Sud FM يونيو 14, 2023 أخبار جهوية اترك تعليقا 57 زيارة",
        ],
        &[],
    ));
    assert_eq!(a.title, HEAD);
    assert_eq!(a.published.as_deref(), Some("2023-06-14"));
    assert_eq!(a.author, None);
    assert!(!a.source.as_deref().unwrap_or_default().contains("جهوية"));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_year_run_into_its_time_is_read_as_both() {
    assert_eq!(
        find("آخر تحديث: 27/3/202412:05 (توقيت مكة)").map(|f| f.iso),
        Some("2024-03-27T12:05".to_owned())
    );
    // A Hijri month named without the article beside the day.
    assert_eq!(
        dateline("الأربعاء 17 سبتمبر 2025 01:41 صـ 23 ربيع أول 1447 هـ").as_deref(),
        Some("2025-09-17T01:41")
    );
}

#[test]
fn a_caption_with_its_credit_over_the_byline_is_the_pages() {
    let a = import_text(&with_story(
        &[
            HEAD,
            "حملة تشجير تشمل خمسة آلاف شجرة في الأحياء الجديدة",
            "متطوعون يزرعون الأشجار في أحد الأحياء (شترستوك)",
            "سارة الأنصاري",
            "27/3/2024",
            "آخر تحديث: 27/3/202412:05 (توقيت مكة)",
            "احفظ",
            "شارك",
        ],
        &[],
    ));
    assert_eq!(a.author.as_deref(), Some("سارة الأنصاري"));
    assert_eq!(a.published.as_deref(), Some("2024-03-27"));
    let texts = texts(&a);
    assert!(texts.ends_with(&STORY), "{texts:?}");
    assert!(!texts.iter().any(|t| t.contains("شترستوك") || *t == "احفظ"));
}

#[test]
fn the_storys_date_under_its_headline_outranks_the_clock_over_the_masthead() {
    let a = import_text(&with_story(
        &[
            "صوت المدينة",
            "الأربعاء 17 سبتمبر 2025 01:41 صـ 23 ربيع أول 1447 هـ",
            "بوابة صوت المدينة رئيس التحرير فلان الفلاني",
            "الرئيسية الأخبار سياسة اقتصاد حوادث رياضة فن المحافظات تقارير",
            "وزير التعليم يتفقد انتظام الدراسة بعدد من مدارس الجيزة",
            "المحافظات",
            "",
            HEAD,
            "",
            "جانب من أعمال التشجير",
            "سوهاج _ هانى عبد الراضى",
            "الثلاثاء 16 سبتمبر 2025 11:20 مـ",
        ],
        &[],
    ));
    assert_eq!(a.title, HEAD);
    assert_eq!(a.author.as_deref(), Some("هانى عبد الراضى"));
    assert_eq!(a.published.as_deref(), Some("2025-09-16T23:20"));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn an_outlet_in_quotation_marks_after_its_writer_is_the_source() {
    for line in [
        "جوزيان الحاج - \"أخبار اليوم\"",
        "جوزيان الحاج - «أخبار اليوم»",
    ] {
        let b = parse(line).unwrap_or_else(|| panic!("{line}"));
        assert_eq!(b.author.as_deref(), Some("جوزيان الحاج"), "{line}");
        assert_eq!(b.source.as_deref(), Some("أخبار اليوم"), "{line}");
    }
    // A quotation is no byline.
    assert_eq!(parse("قال الوزير - \"سنبدأ غدا بالعمل في الموقع\""), None);
}

#[test]
fn a_login_with_its_role_gives_way_to_the_labelled_writer() {
    let a = import_text(&with_story(
        &[
            "سيرياهوم نيوز",
            "الرئيسية",
            HEAD,
            "أكتوبر 20, 2024",
            "بواسطة syriahomenews أدمن",
            "بقلم: مروان خضور",
        ],
        &[
            "(سيرياهوم نيوز ٣-خاص)",
            "جميع الحقوق محفوظة © سيرياهوم نيوز 2024",
        ],
    ));
    assert_eq!(a.author.as_deref(), Some("مروان خضور"));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_row_of_links_and_a_service_number_under_the_story_are_the_pages() {
    // A ministry's copy, its story's paragraphs set apart by blank lines,
    // a list among them, and the related stories, the ministry's links
    // and its call centre's number under it.
    let a = import_corpus("corpus/copied/fv/fv03.txt");
    let texts: Vec<&str> = a.body.iter().map(Block::text).collect();
    assert!(
        texts
            .last()
            .is_some_and(|t| t.starts_with("وأكد الوزير أن قطاع الكهرباء")),
        "{texts:?}"
    );
    assert!(!texts.iter().any(|t| t.contains('|') || t.contains("121")));
}

#[test]
fn a_place_and_the_sites_name_credit_the_site() {
    let a = import_text(&with_story(
        &[
            "صوت الهامش",
            "الرئيسية",
            "أخبار",
            HEAD,
            "أكتوبر 14, 2024",
            "زالنجي: صوت الهامش",
        ],
        &["© 2024 صوت الهامش. جميع الحقوق محفوظة."],
    ));
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("صوت الهامش"));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_department_of_media_under_the_date_is_the_source() {
    let a = import_text(&with_story(
        &[
            "جامعة الجنوب",
            "الأخبار",
            HEAD,
            "الأربعاء، 24 نيسان 2024",
            "دائرة العلاقات العامة والإعلام",
        ],
        &[],
    ));
    assert_eq!(a.source.as_deref(), Some("دائرة العلاقات العامة والإعلام"));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_writers_label_over_the_name_in_the_next_paragraph_is_the_byline() {
    let body = format!(
        "<article><h1>{HEAD}</h1><div class=\"entry\"><p><strong>صحيفة المدينة – تقرير:</strong></p>\
         <p><strong>عبدالرحمن سيف</strong></p>{}</div></article>",
        paragraphs(&STORY)
    );
    let a = load_html(&page("<meta charset=\"utf-8\">", &body));
    assert_eq!(a.author.as_deref(), Some("عبدالرحمن سيف"));
    let texts: Vec<&str> = a.body.iter().map(Block::text).collect();
    assert_eq!(texts, STORY);
}

#[test]
fn a_carousels_dates_are_other_stories() {
    let slide = |title: &str, date: &str| {
        format!(
            "<div class=\"swiper-slide\"><div class=\"fusion-carousel-item-wrapper\">\
             <h4 class=\"fusion-carousel-title\"><a href=\"/ar/?p=1\">{title}</a></h4>\
             <div class=\"fusion-carousel-meta\"><span class=\"fusion-date\">{date}</span></div>\
             </div></div>"
        )
    };
    let body = format!(
        "<article><h1>{HEAD}</h1><div class=\"post-content\">{}</div>\
         <div class=\"meta\"><span>نوفمبر 6, 2022</span></div></article>\
         <section class=\"related-posts\"><h3>مقالات ذات صلة</h3><div class=\"awb-carousel\">{}{}</div></section>",
        paragraphs(&STORY),
        slide("الجمعية تشارك في منتدى مكافحة الفساد", "يناير 25, 2022"),
        slide("ورشة عن حق الاطلاع على المعلومات", "مايو 17, 2022"),
    );
    let a = load_html(&page("<meta charset=\"utf-8\">", &body));
    assert_ne!(a.published.as_deref(), Some("2022-01-25"));
    assert_ne!(a.published.as_deref(), Some("2022-05-17"));
}

#[test]
fn a_title_of_the_site_and_the_pages_kind_gives_way_to_the_headline() {
    // A university's page titled `… - تفاصيل الخبر`, its headline in an
    // `<h1>` of a content system's labels.
    let a = import_corpus("corpus/pages/ub/ub04.html");
    assert!(
        a.title.starts_with("جامعة الحسين بن طلال تطلق مشروع"),
        "{}",
        a.title
    );
}

#[test]
fn drupals_deck_field_stays_out_of_the_story() {
    let deck = "برنامج بغلاف مالي يناهز 120 مليون درهم يشمل أزيد من 180 شجرة.";
    let body = format!(
        "<article><h1>{HEAD}</h1><div class=\"field field--name-field-chapeau field__item\">{deck}</div>\
         <div class=\"field field--name-body field__item\">{}</div></article>",
        paragraphs(&STORY)
    );
    let a = load_html(&page("<meta charset=\"utf-8\">", &body));
    let texts: Vec<&str> = a.body.iter().map(Block::text).collect();
    assert_eq!(texts, STORY);
}
