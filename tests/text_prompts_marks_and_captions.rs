//! Copies with a summary over a labelled byline, press offices' end
//! marks, players' labels, captions that name officials or close with a
//! camera, share and rating prompts, and dates written twice.

mod support;

use support::copied::check_lines;

const HEAD: &str = "قوافل طبية مجانية تجوب قرى المحافظة طوال الشهر المقبل";
const LEAD: &str = "أطلقت مديرية الصحة قوافل طبية مجانية تجوب قرى المحافظة طوال الشهر المقبل، بمشاركة أكثر من مئة طبيب.";
const NEXT: &str =
    "وقال مدير المديرية إن القوافل تقدم الكشف والدواء مجانا، وتستهدف القرى البعيدة عن المستشفيات.";
const LAST: &str = "وأضاف أن جدول زيارات القوافل سينشر على صفحة المديرية أسبوعا بأسبوع.";

#[test]
fn a_summary_over_a_labelled_byline_is_no_paragraph() {
    check_lines(
        &[
            "صحة وأسرة",
            HEAD,
            "تجوب القوافل القرى طوال الشهر. إليك مواعيدها وما تقدمه لأهالي القرى.",
            "بقلم: لارا منصور",
            "Jun 27, 2022",
            LEAD,
            NEXT,
        ],
        HEAD,
        [Some("2022-06-27"), Some("لارا منصور"), None],
        &["أطلقت مديرية الصحة", "وقال مدير المديرية"],
    );
}

#[test]
fn a_press_offices_end_mark_ends_the_story_over_its_contacts() {
    check_lines(
        &[
            HEAD,
            "2024/02/11",
            LEAD,
            NEXT,
            "-انتهى-",
            "للاستفسارات الإعلامية:",
            "إدارة العلاقات العامة والاتصال",
            LAST,
        ],
        HEAD,
        [Some("2024-02-11"), None, None],
        &["أطلقت مديرية الصحة", "وقال مدير المديرية"],
    );
}

#[test]
fn officials_pictured_at_an_event_and_a_picture_a_camera_closes_are_captions() {
    check_lines(
        &[
            HEAD,
            "2024/02/11",
            LEAD,
            "سعادة الدكتور سالم بن راشد العبري والسيد مارك فان دام خلال توقيع الاتفاقية.",
            NEXT,
            "الأطباء المتطوعون أمام مقر القافلة الأولى 📸",
            "جانب من الاجتماع التنسيقي لمديري المراكز الصحية في قرى المحافظة الشمالية مع الفرق",
            LAST,
        ],
        HEAD,
        [Some("2024-02-11"), None, None],
        &["أطلقت مديرية الصحة", "وقال مدير المديرية", "وأضاف أن جدول"],
    );
}

#[test]
fn a_players_label_share_bars_and_prompts_are_furniture() {
    check_lines(
        &[
            HEAD,
            "2024/02/11",
            LEAD,
            "استمعوا إلى التصريح:",
            "00:00 / 01:42",
            NEXT,
            "شارك هذا الخبر: فيسبوك | تويتر | واتساب | طباعة",
            "شارك: فيسبوك | تويتر | تيليگرام",
            "App Store | Google Play",
            LAST,
            "تابعوا موقع الصحة على مواقع التواصل الاجتماعي",
            "هل كان المحتوى مفيدًا؟",
            "نعم",
            "لا",
        ],
        HEAD,
        [Some("2024-02-11"), None, None],
        &["أطلقت مديرية الصحة", "وقال مدير المديرية", "وأضاف أن جدول"],
    );
}

#[test]
fn a_hijri_day_in_digits_is_passed_for_the_gregorian_one() {
    check_lines(
        &[
            HEAD,
            "الأربعاء ١٤٤٥/١٠/٢٢هـ - الموافق 2024/05/01م",
            LEAD,
            NEXT,
        ],
        HEAD,
        [Some("2024-05-01"), None, None],
        &["أطلقت مديرية الصحة", "وقال مدير المديرية"],
    );
}

#[test]
fn a_count_back_from_now_beside_the_publication_date_is_no_writer() {
    check_lines(
        &[
            HEAD,
            "صحة تايم - خاص",
            "نشر في: 2023/06/20 - 13:59 | منذ سنتين",
            LEAD,
            NEXT,
        ],
        HEAD,
        [Some("2023-06-20T13:59"), None, Some("صحة تايم")],
        &["أطلقت مديرية الصحة", "وقال مدير المديرية"],
    );
}

#[test]
fn a_writer_and_a_tunisian_governorates_seat() {
    check_lines(
        &[
            HEAD,
            "الثلاثاء 10 جانفي 2023",
            "كمال الشريف ـ تطاوين",
            LEAD,
            NEXT,
        ],
        HEAD,
        [Some("2023-01-10"), Some("كمال الشريف"), None],
        &["أطلقت مديرية الصحة", "وقال مدير المديرية"],
    );
}

#[test]
fn a_read_more_list_at_the_foot_and_the_sites_arabic_name_under_its_logo() {
    check_lines(
        &[
            "Sehha Reports",
            "صحة ريبورتس",
            "الرئيسية",
            "الأخبار",
            HEAD,
            "9 مارس 2025",
            LEAD,
            NEXT,
            "اقرأ المزيد",
            "نازحون في المخيمات يشكون نقص الغذاء مع بداية رمضان",
            "7 مارس 2025",
            "مرصد: ما حقيقة فيديو سقوط الطائرة في الميناء؟",
            "5 مارس 2025",
            "© 2025 Sehha Reports. All rights reserved.",
        ],
        HEAD,
        [Some("2025-03-09"), None, Some("صحة ريبورتس")],
        &["أطلقت مديرية الصحة", "وقال مدير المديرية"],
    );
}

#[test]
fn a_contact_line_over_the_menu_and_a_download_link_are_no_text() {
    check_lines(
        &[
            "لمراسلتنا : contact@sehha.net « الإثنين 13 ماي 2024 »",
            "الرئيسية | مستجدات | مذكرات | امتحانات",
            HEAD,
            "أضيف في 09 ماي 2024",
            LEAD,
            "اضغط هنا لتحميل المذكرة (PDF)",
            NEXT,
        ],
        HEAD,
        [Some("2024-05-09"), None, None],
        &["أطلقت مديرية الصحة", "وقال مدير المديرية"],
    );
}
