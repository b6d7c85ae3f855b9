//! Copies the importer misread: a page's title over the copy, a writer's
//! box under the story, a section said again under the headline, an
//! update told back from now, a plugin's error, a camera before a
//! caption, and sites named by their logo, their foot or their media
//! secretariat.

mod support;

use support::copied::import_text;
use support::copied::texts;

const HEAD: &str = "البلدية تعيد فتح طريق الجبل بعد انهيارات صخرية سببتها الأمطار الغزيرة";
const LEAD: &str = "أعادت البلدية صباح اليوم فتح طريق الجبل الرابط بين القرى الشرقية ومركز المحافظة، بعد يومين من العمل المتواصل لإزالة الصخور والأتربة.";
const NEXT: &str = "وقال رئيس البلدية إن فرق الصيانة رصدت أحد عشر موقعا متضررا على امتداد الطريق، وإن العمل سيستمر حتى تنظيف قنوات التصريف كلها.";
const LAST: &str = "ودعت البلدية السائقين إلى توخي الحذر في المنعطفات الحادة خلال موسم الأمطار.";

#[test]
fn the_pages_title_over_the_copy_gives_way_to_the_headline_below() {
    let text = [
        &format!("{HEAD} | صحيفة الجبل"),
        "الأحد, 22 جمادى الأولى 1446 هجريا, الموافق 24 نوفمبر 2024 ميلاديا",
        "الرئيسية   أخبار المحافظة   مقالات   اتصل بنا",
        "أخبار المحافظة",
        HEAD,
        "صحيفة الجبل - سالم بن أحمد العمري",
        "نشر في: 21 نوفمبر 2024 - 08:15 م",
        LEAD,
        NEXT,
        LAST,
    ]
    .join("\n");
    let a = import_text(&text);
    assert_eq!(a.title, HEAD);
    assert_eq!(a.author.as_deref(), Some("سالم بن أحمد العمري"));
    assert_eq!(a.published.as_deref().map(|d| &d[..10]), Some("2024-11-21"));
    assert_eq!(texts(&a), [LEAD, NEXT, LAST]);
}

#[test]
fn a_writers_box_shows_the_name_twice_under_the_story() {
    let text = [
        "Foot Maghreb",
        "الرئيسية",
        "البطولة الوطنية",
        HEAD,
        "منذ 3 ساعات",
        LEAD,
        NEXT,
        LAST,
        "منير بن خليفة",
        "منير بن خليفة",
        "آخر الأخبار",
        "© 2025 Foot Maghreb",
    ]
    .join("\n");
    let a = import_text(&text);
    assert_eq!(a.author.as_deref(), Some("منير بن خليفة"));
    assert_eq!(a.source, None);
    assert_eq!(texts(&a), [LEAD, NEXT, LAST]);
}

#[test]
fn a_byline_over_the_story_outranks_a_box_under_it() {
    let text = [
        HEAD,
        "بقلم: سالم العمري",
        "2024/11/21",
        LEAD,
        NEXT,
        LAST,
        "منير بن خليفة",
        "منير بن خليفة",
    ]
    .join("\n");
    let a = import_text(&text);
    assert_eq!(a.author.as_deref(), Some("سالم العمري"));
}

#[test]
fn the_section_the_trail_names_last_is_dropped_under_the_headline() {
    let section = "قطاع خدمة المجتمع وتنمية البيئة";
    let text = [
        "جامعة الساحل",
        "Coast University",
        &format!("الرئيسية » الأخبار » {section}"),
        HEAD,
        "نوفمبر 21, 2024",
        section,
        "عدد المشاهدات: 418",
        LEAD,
        NEXT,
        LAST,
    ]
    .join("\n");
    let a = import_text(&text);
    assert_eq!(a.title, HEAD);
    assert_eq!(texts(&a), [LEAD, NEXT, LAST]);
}

#[test]
fn a_logo_under_the_top_bar_names_the_site_over_the_unit_that_runs_it() {
    let text = [
        "English",
        "البريد الإلكتروني",
        "دليل التليفونات",
        "جامعة الساحل",
        "Coast University",
        "الرئيسية",
        "الأخبار",
        HEAD,
        "نوفمبر 21, 2024",
        LEAD,
        NEXT,
        LAST,
        "جميع الحقوق محفوظة لمركز المعلومات والتوثيق © 2024",
    ]
    .join("\n");
    let a = import_text(&text);
    assert_eq!(a.source.as_deref(), Some("جامعة الساحل"));
    assert_eq!(a.author, None);
}

#[test]
fn a_media_secretariat_signs_as_the_source() {
    let text = [
        HEAD,
        "كتب بواسطة: الأمانة الإعلامية",
        "نشر بتاريخ: الخميس, 21 تشرين2/نوفمبر 2024 10:12",
        LEAD,
        NEXT,
        LAST,
    ]
    .join("\n");
    let a = import_text(&text);
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("الأمانة الإعلامية"));
}

#[test]
fn an_update_told_back_from_now_is_no_paragraph() {
    let lead = "الساحل (وكالة الأنباء) – أعادت البلدية صباح اليوم فتح طريق الجبل بعد يومين من العمل المتواصل لإزالة الصخور.";
    let text = [
        HEAD,
        "منذ 3 ساعات",
        "آخر تحديث: منذ ساعتين",
        lead,
        NEXT,
        LAST,
    ]
    .join("\n");
    let a = import_text(&text);
    assert_eq!(texts(&a), [lead, NEXT, LAST]);
}

#[test]
fn a_plugins_error_and_a_cameras_caption_are_no_paragraphs() {
    let error = "[sigplus] Critical error: Image gallery folder news/2025/road is expected to be a path relative to the image base folder specified in the back-end.";
    let caption = "📷 فرق البلدية تزيل الصخور عن الطريق صباح اليوم";
    let text = [HEAD, "2024/11/21", error, LEAD, NEXT, caption, LAST].join("\n");
    let a = import_text(&text);
    assert_eq!(texts(&a), [LEAD, NEXT, LAST]);
}

#[test]
fn a_site_named_at_the_top_and_before_its_city_at_the_foot() {
    let ministry = "وزارة النقل والمواصلات";
    let text = [
        "دولة ليبيا",
        "الحكومة الليبية",
        ministry,
        "الرئيسية | الوزارة | الأخبار | الخدمات",
        HEAD,
        "تاريخ الخبر 21/11/2024",
        LEAD,
        NEXT,
        LAST,
        "عدد المشاهدات: 236",
        "طباعة الخبر",
        "أخبار ذات صلة",
        "الوزير يستقبل وفدا من اتحاد الناقلين البريين",
        "إدارة الطرق تعقد اجتماعها الدوري لمتابعة أعمال الصيانة",
        &format!("{ministry} - بنغازي - ليبيا"),
        "جميع الحقوق محفوظة © 2024",
    ]
    .join("\n");
    let a = import_text(&text);
    assert_eq!(a.source.as_deref(), Some(ministry));
    assert_eq!(texts(&a), [LEAD, NEXT, LAST]);
}
