//! Copies with a theme's byline label alone over its name, an
//! aggregator's publication line parted by a no-break space, a writer's
//! label before two names and a photographer's credit after a slash, a
//! ministry's media office signing under the story, a Gregorian date
//! matched to a Hijri one with its preposition set apart, and a date
//! with the page's count back from now in brackets.

mod support;

use support::copied::check_lines;

const HEAD: &str = "بدء قطاف الفستق الحلبي في ريف حماة وتوقعات بإنتاج يفوق 25 ألف طن";
const LEAD: &str = "بدأ مزارعو الفستق الحلبي في ريف حماة الشمالي قطاف محصول الموسم الحالي، وسط توقعات بإنتاج وفير بعد موسمين من الجفاف.";
const NEXT: &str = "وأوضح رئيس دائرة الإنتاج النباتي أن المساحة المزروعة تتجاوز 37 ألف هكتار منها 21 ألف هكتار مثمرة.";

#[test]
fn a_byline_label_alone_over_the_sites_name_leaves_the_headline_alone() {
    check_lines(
        &[
            "الإثنين, آب 16, 2021",
            "آخر الأخبار",
            "مديرية تربية حماة تصدر نتائج المفاضلة لمدارس المتفوقين",
            "الفداء",
            "صحيفة يومية تصدر عن مؤسسة الوحدة للصحافة والطباعة والنشر - حماة",
            "الرئيسية",
            "محليات",
            "اقتصاد",
            "ثقافة وفنون",
            "رياضة",
            "تحقيقات",
            "زوايا",
            "PDF العدد الورقي",
            "الرئيسيةاقتصاد",
            HEAD,
            "بواسطة",
            "الفداء",
            "-",
            "آب 16, 2021",
            "0",
            "312",
            LEAD,
            NEXT,
            "مها الأحمد",
            "شارك",
        ],
        HEAD,
        [Some("2021-08-16"), Some("مها الأحمد"), None],
        &[LEAD, NEXT],
    );
}

#[test]
fn an_aggregators_publication_line_parted_by_a_no_break_space() {
    check_lines(
        &[
            "سعورس",
            "الرئيسية",
            "أخبار السعودية",
            HEAD,
            "نشر في\u{a0}المدينة يوم 04 - 10 - 2014",
            "إعلان",
            "ترکي العنزي - المدينة المنورة",
            LEAD,
            NEXT,
        ],
        HEAD,
        [Some("2014-10-04"), Some("ترکي العنزي"), Some("المدينة")],
        &[LEAD, NEXT],
    );
}

#[test]
fn two_writers_under_a_slashed_label_with_their_photographers_credit() {
    check_lines(
        &[
            "جامعة عدن",
            "الرئيسية / الأخبار / أخبار الجامعة",
            HEAD,
            "2023/09/10 - 1:35 مساءً",
            "كتب/ نبيل الصبيحي وأفراح سالم - تصوير/ وضاح علي",
            "عدد القراءات : 1,245",
            LEAD,
            NEXT,
        ],
        HEAD,
        [
            Some("2023-09-10T13:35"),
            Some("نبيل الصبيحي وأفراح سالم"),
            None,
        ],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_ministrys_media_office_signing_under_the_story_is_its_source() {
    check_lines(
        &[
            "وزارة النفط",
            HEAD,
            "2023-05-07 14:22",
            LEAD,
            NEXT,
            "المكتب الإعلامي لوزارة النفط",
            "7 / 5 / 2023",
            "#وزارة_النفط #العراق",
            "مشاركة الخبر :",
            "فيسبوك",
        ],
        HEAD,
        [
            Some("2023-05-07T14:22"),
            None,
            Some("المكتب الإعلامي لوزارة النفط"),
        ],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_date_matched_to_the_hijri_one_with_its_preposition_apart() {
    for (line, day) in [
        (
            "الجمعة 12 رمضان 1445 الموافق ل 22 مارس 2024 | 10:45",
            "2024-03-22T10:45",
        ),
        (
            "الثلاثاء 20 جوان 2023 الموافق ل 02 ذو الحجة 1444",
            "2023-06-20",
        ),
    ] {
        check_lines(
            &["الرئيسية", HEAD, line, LEAD, NEXT],
            HEAD,
            [Some(day), None, None],
            &[LEAD, NEXT],
        );
    }
}

#[test]
fn a_date_with_the_count_back_from_now_in_brackets() {
    check_lines(
        &[
            "نجوم إف إم 100.6",
            "الرئيسية › أخبار نجوم › موسيقى",
            HEAD,
            "كتبت: نورهان سامي",
            "الأحد، ١٢ مارس ٢٠٢٣ - ٠٣:١٥ م  (منذ ساعتين)",
            "Facebook",
            "Twitter",
            LEAD,
            NEXT,
        ],
        HEAD,
        [Some("2023-03-12T15:15"), Some("نورهان سامي"), None],
        &[LEAD, NEXT],
    );
}

const BANK: &str = "بنك السودان المركزي يرفع سقوف التحويل عبر التطبيقات المصرفية";

#[test]
fn a_media_office_that_names_no_body_is_the_source_it_is_credited_as() {
    check_lines(
        &[
            "Skip to content",
            "المفوضية الوطنية العليا للانتخابات",
            "High National Elections Commission",
            "الرئيسية",
            "عن المفوضية",
            "المركز الإعلامي",
            "الانتخابات",
            "اتصل بنا",
            "الأخبار",
            HEAD,
            "يوليو 3, 2021",
            "بواسطة المركز الإعلامي",
            LEAD,
            NEXT,
            "جميع الحقوق محفوظة © 2021 المفوضية الوطنية العليا للانتخابات",
        ],
        HEAD,
        [Some("2021-07-03"), None, Some("المركز الإعلامي")],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_statements_numbered_clauses_open_paragraphs_in_a_wrapped_copy() {
    check_lines(
        &[
            BANK,
            "2023-02-05",
            "أصدر بنك السودان المركزي منشورًا جديدًا موجهًا إلى كافة المصارف العاملة",
            "بالبلاد بشأن سقوف التحويل عبر التطبيقات المصرفية والمحافظ الإلكترونية،",
            "ويشمل المنشور الضوابط التالية:",
            "أولاً: رفع سقف التحويل اليومي للأفراد عبر التطبيقات المصرفية إلى",
            "1,500,000 جنيه بدلاً عن 1,000,000 جنيه، اعتبارا من الأول من مارس.",
            "ثانياً: رفع سقف التحويل اليومي لحسابات الشركات والمؤسسات إلى",
            "5,000,000 جنيه، على أن تتم التحويلات الأعلى عبر نظام التسويات.",
            "ثالثاً: السماح بفتح الحسابات المصرفية إلكترونيًا باستخدام الرقم",
            "الوطني وصورة من إثبات الشخصية خلال 90 يومًا من تاريخ فتح الحساب.",
        ],
        BANK,
        [Some("2023-02-05"), None, None],
        &["أصدر بنك", "أولاً:", "ثانياً:", "ثالثاً:"],
    );
}

#[test]
fn a_correspondents_card_with_his_name_after_a_slash_signs_the_story() {
    check_lines(
        &[
            "أكجوجت نت",
            HEAD,
            "الاثنين, 4 دجمبر 2023 - 11:32",
            LEAD,
            NEXT,
            "وقد عبر عدد من السكان عن استيائهم من تكرار انقطاع الماء كل سنة.",
            "مراسل أكجوجت نت / محمد الأمين ولد أحمد سالم",
            "نسخة للطباعة",
            "أضف تعليقا",
        ],
        HEAD,
        [
            Some("2023-12-04T11:32"),
            Some("محمد الأمين ولد أحمد سالم"),
            None,
        ],
        &[LEAD, NEXT, "وقد عبر"],
    );
}

#[test]
fn a_labelled_writer_over_the_offices_credit_at_the_foot() {
    check_lines(
        &[
            "الرئيسية / الأخبار / الدوري الممتاز",
            HEAD,
            "2024/06/04 - 9:41 مساءً",
            LEAD,
            NEXT,
            "إعداد: عبدالسلام الفيتوري",
            "المكتب الإعلامي – الاتحاد الليبي لكرة القدم",
            "#الدوري_الليبي_الممتاز",
            "مشاركة الخبر",
        ],
        HEAD,
        [
            Some("2024-06-04T21:41"),
            Some("عبدالسلام الفيتوري"),
            Some("الاتحاد الليبي لكرة القدم"),
        ],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_hijri_update_a_survey_and_the_related_articles_are_the_pages() {
    check_lines(
        &[
            "وزارة التعليم",
            "الرئيسية",
            "المركز الإعلامي",
            HEAD,
            "22 نوفمبر 2023",
            LEAD,
            NEXT,
            "آخر تحديث: 1445/05/09 ه",
            "هل كانت هذه المعلومات مفيدة؟",
            "👍 نعم   👎 لا",
            "المقالات ذات الصلة",
            "هل انتهى زمن الشعر؟",
            "9 مايو، 2023",
        ],
        HEAD,
        [Some("2023-11-22"), None, None],
        &[LEAD, NEXT],
    );
}
