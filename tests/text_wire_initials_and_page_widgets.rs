//! Copies the importer misread: a wire's initials under the story, a
//! campus among the tags, a site's name left with its title's dash, a
//! donation box under the share bar, a company's Latin name, a column's
//! name over its writer, a count beside the publication label, a
//! university's portals over its logo, a magazine's other pieces, a
//! writer's paper after a comma, a follow prompt naming a news app, a
//! writer's role after a slash and a study's file under it.

mod support;

use support::copied::import_text;
use support::copied::texts;

const HEAD: &str = "الهيئة تطلق برنامجا لتدريب ثلاثمئة شاب على صيانة ألواح الطاقة الشمسية";
const LEAD: &str = "أطلقت الهيئة صباح اليوم برنامجا لتدريب ثلاثمئة شاب على تركيب ألواح الطاقة الشمسية وصيانتها، بالتعاون مع المعاهد المهنية في المحافظات.";
const NEXT: &str = "وقال مدير البرنامج إن الدورات تمتد ستة أسابيع، وإن المتدربين سيحصلون على شهادات معتمدة تؤهلهم للعمل في المشاريع الجديدة.";
const LAST: &str = "وأضاف أن الدفعة الأولى ستبدأ مطلع الشهر المقبل في ثلاث محافظات، على أن تتوسع التجربة العام المقبل.";

fn lines(lines: &[&str]) -> String {
    lines.join("\n")
}

#[test]
fn a_wires_initials_under_the_story_are_no_paragraph() {
    let a = import_text(&lines(&[
        "إذاعة الوطن",
        "الرئيسية",
        HEAD,
        "26 فبراير 2025 | 12:40 م",
        &format!("الدوحة في 26 فبراير /قنا/ {LEAD}"),
        NEXT,
        LAST,
        "/ع.م/",
        "شارك",
    ]));
    assert_eq!(a.source.as_deref(), Some("قنا"));
    assert_eq!(texts(&a), [LEAD, NEXT, LAST]);
}

#[test]
fn a_campus_among_the_tags_is_no_writer() {
    let a = import_text(&lines(&[
        "كليات التقنية",
        "الرئيسية / الأخبار",
        HEAD,
        "20 نوفمبر 2023",
        "هندسة الطيران",
        "حرم رأس الخيمة",
        "",
        LEAD,
        "",
        NEXT,
        "",
        LAST,
        "",
        "© 2023 كليات التقنية",
    ]));
    assert_eq!(a.author, None);
    assert_eq!(a.published.as_deref(), Some("2023-11-20"));
}

#[test]
fn a_sites_name_left_with_its_titles_dash_is_no_headline() {
    let a = import_text(&lines(&[
        "آخر تحديث 19:02:37 بتوقيت أبوظبي",
        "الخميس 13 شباط / فبراير 2025",
        " صوت المدينة -",
        "الرئيسية",
        "أخبار محلية",
        "عربي ودولي",
        "اقتصاد",
        "رياضة",
        "ثقافة",
        "مقالات",
        "أخر الأخبار",
        "شرطة المدينة تعلن خطة مرورية لتأمين فعاليات نهاية الأسبوع",
        HEAD,
        HEAD,
        " صوت المدينة -",
        HEAD,
        "أبوظبي - صوت المدينة",
        "أرشيفية",
        LEAD,
        "",
        NEXT,
        "",
        LAST,
    ]));
    assert_eq!(a.title, HEAD);
    assert_eq!(a.source.as_deref(), Some("صوت المدينة"));
    assert_eq!(texts(&a), [LEAD, NEXT, LAST]);
}

#[test]
fn a_donation_box_under_the_share_bar_is_the_pages() {
    let a = import_text(&lines(&[
        "جمعية البر",
        "الرئيسية",
        "المركز الإعلامي",
        HEAD,
        "03/18/2024",
        LEAD,
        NEXT,
        LAST,
        "شارك الخبر",
        "تبرع لمشروع إفطار صائم",
        "15 درهم",
        "-  1  +",
        "للتبرع عبر الرسائل النصية",
        "أرسل رسالة فارغة إلى الأرقام التالية:",
    ]));
    assert_eq!(texts(&a), [LEAD, NEXT, LAST]);
}

#[test]
fn a_companys_latin_name_as_its_notice_and_story_write_it() {
    let lead = "أعلنت Nexatel اليوم عن مضاعفة البيانات في باقاتها الشهرية لجميع العملاء احتفاء باليوم الوطني للدولة.";
    let next =
        "وقال متحدث باسم Nexatel إن العرض يسري حتى نهاية الشهر ويشمل العملاء الأفراد في كل المناطق.";
    let a = import_text(&lines(&[
        "شخصي",
        "أعمال",
        "الرئيسية > غرفة الأخبار",
        "Nexatel تضاعف بيانات باقاتها الشهرية احتفاء باليوم الوطني",
        "16 ديسمبر 2024",
        lead,
        "",
        next,
        "",
        "مشاركة",
        "© Nexatel 2024. جميع الحقوق محفوظة.",
    ]));
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("Nexatel"));
}

#[test]
fn the_writer_a_columns_headline_names_over_the_columns_name() {
    let a = import_text(&lines(&[
        "الحاكم اليوم",
        "الرئيسية » أعمدة",
        "مالك عبدالقادر الطاهر يكتب: الموسم الزراعي امتحان ما بعد العودة",
        "الحاكم اليوم",
        "مارس 2, 2025",
        "",
        "نقطة نظام",
        "مالك عبدالقادر الطاهر",
        "",
        LEAD,
        NEXT,
        LAST,
    ]));
    assert_eq!(a.author.as_deref(), Some("مالك عبدالقادر الطاهر"));
}

#[test]
fn a_councils_media_desk_under_the_headline_below_a_latest_news_label() {
    let a = import_text(&lines(&[
        "مجلس السيادة الانتقالي",
        "Transitional Sovereignty Council",
        "الرئيسية",
        "الأخبار",
        "اتصل بنا",
        "آخــر الأخبــار",
        HEAD,
        "الأحد، 18 مايو 2025",
        "إعلام مجلس السيادة",
        LEAD,
        NEXT,
        LAST,
    ]));
    assert_eq!(a.title, HEAD);
    assert_eq!(a.source.as_deref(), Some("إعلام مجلس السيادة"));
}

#[test]
fn a_count_beside_the_publication_label_names_no_one() {
    let a = import_text(&lines(&[
        "وزارة الطاقة",
        "الرئيسية",
        "",
        HEAD,
        "",
        "تاريخ النشر: 16/07/2024     عدد القراءات: 1,284",
        "",
        LEAD,
        "",
        NEXT,
        "",
        LAST,
        "",
        "جميع الحقوق محفوظة © 2024 وزارة الطاقة",
    ]));
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("وزارة الطاقة"));
    assert_eq!(a.published.as_deref(), Some("2024-07-16"));
}

#[test]
fn a_logo_with_its_short_name_after_a_dash_under_a_universitys_portals() {
    let a = import_text(&lines(&[
        "EN",
        "البوابة الإلكترونية",
        "البريد الإلكتروني",
        "التعليم الإلكتروني",
        "جامعة الساحل التقنية - الخضراء",
        "Coastal Technical University - Khadra",
        "عن الجامعة",
        "الكليات",
        "آخر الأخبار",
        "",
        HEAD,
        "  • 2025-03-11",
        "",
        LEAD,
        "",
        NEXT,
        "",
        LAST,
        "",
        "جميع الحقوق محفوظة © 2025 جامعة الساحل التقنية - الخضراء",
    ]));
    assert_eq!(a.source.as_deref(), Some("جامعة الساحل التقنية - الخضراء"));
}

#[test]
fn a_magazines_other_pieces_end_the_story() {
    let a = import_text(&lines(&[
        "الآفاق",
        "الرئيسية",
        HEAD,
        "17-05-2023",
        LEAD,
        NEXT,
        LAST,
        "مواد أخرى من العدد الحاليّ",
        "في مطلع التسعينيّات، كانت المدينة ما تزال تلملم ركامَ الحرب حين قرّر أبي أن يعيد فتح المكتبة...",
        "قصص من أعداد سابقة",
        "كان يجلس كلّ مساءٍ على الكرسيّ نفسه أمام باب الفرن، ينتظر...",
    ]));
    assert_eq!(texts(&a), [LEAD, NEXT, LAST]);
}

#[test]
fn a_writer_and_the_paper_the_story_was_printed_in() {
    let a = import_text(&lines(&[
        "المبرات",
        "الرئيسية",
        HEAD,
        "2417  مشاهدات",
        "زينب فقيه، جريدة اللواء، 14 آذار 2024",
        "",
        LEAD,
        "",
        NEXT,
        "",
        LAST,
    ]));
    assert_eq!(a.author.as_deref(), Some("زينب فقيه"));
    assert_eq!(a.source.as_deref(), Some("جريدة اللواء"));
    assert_eq!(a.published.as_deref(), Some("2024-03-14"));
}

#[test]
fn a_writers_role_after_a_slash_and_a_studys_file_and_a_news_apps_prompt() {
    let a = import_text(&lines(&[
        "مركز البيان",
        "الرئيسية",
        "الاقتصاد والتنمية, الطاقة والمناخ والبيئة",
        HEAD,
        "22 نوفمبر، 2023",
        "مصطفى عادل الخفاجي /  باحث في مركز البيان للدراسات والتخطيط",
        "",
        LEAD,
        "",
        NEXT,
        "",
        LAST,
        "",
        "للاطلاع على الورقة كاملة بصيغة PDF اضغط هنا",
        "تابعوا مركز البيان على تطبيق نبض",
    ]));
    assert_eq!(a.title, HEAD);
    assert_eq!(a.author.as_deref(), Some("مصطفى عادل الخفاجي"));
    assert_eq!(texts(&a), [LEAD, NEXT, LAST]);
}

#[test]
fn a_news_apps_prompt_under_the_story_is_furniture() {
    let a = import_text(&lines(&[
        "الموجز",
        "الرئيسية",
        HEAD,
        "كتب: عمر الزعبي",
        "14-01-2025 09:47",
        LEAD,
        NEXT,
        LAST,
        "تابعوا الموجز على تطبيق نبض",
    ]));
    assert_eq!(texts(&a), [LEAD, NEXT, LAST]);
}
