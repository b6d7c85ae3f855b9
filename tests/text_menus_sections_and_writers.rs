//! Copies whose top, byline or foot the importer misread: a menu spaced
//! by no-break spaces, a trail after `أنت هنا:` or run together with
//! slashes, a section's name the menu lists again under the headline, a
//! body's name over a section's label, writers joined by `و` or set apart
//! by dashes, a lawyer's calling, a writer's cards under their label, a
//! summary on its label's line, and the pages' calls, notes, files and
//! lists under a story; a radio's name beside its writer, a poster's
//! account beside the date, a faculty's media desk and a release's end mark.

mod support;

use support::copied::{check_lines, import_text, texts};

const HEAD: &str = "المجلس يطلق خدمة إلكترونية جديدة لتسجيل الطلبات خلال يومين";
const LEAD: &str = "أطلق المجلس اليوم خدمة إلكترونية جديدة تتيح للمواطنين تقديم طلباتهم إلكترونيا وتسلم الرد خلال يومين.";
const NEXT: &str =
    "وأوضح المجلس أن الخدمة تأتي ضمن خطة التحول الرقمي التي بدأ تنفيذها مطلع العام الجاري.";
const LAST: &str =
    "ودعا المجلس المراجعين إلى استخدام البوابة الإلكترونية بدلا من الحضور إلى المكاتب.";

#[test]
fn a_menu_spaced_by_no_break_spaces_is_no_headline() {
    let menu = "الرئيسية\u{a0}\u{a0}عن المجلس\u{a0}\u{a0}الخدمات الإلكترونية\u{a0}\u{a0}المركز الإعلامي\u{a0}\u{a0}تواصل معنا";
    check_lines(
        &[
            "مملكة البحرين",
            "المجلس الأعلى للخدمات",
            "Supreme Services Council",
            menu,
            "",
            "المركز الإعلامي » الأخبار",
            "",
            HEAD,
            "",
            "22 أبريل 2024",
            "",
            LEAD,
            "",
            NEXT,
        ],
        HEAD,
        [Some("2024-04-22"), None, Some("المجلس الأعلى للخدمات")],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_trail_after_you_are_here_and_a_portals_details_link_are_the_pages() {
    let head = "رئيس الجامعة يفتتح المؤتمر الدولي السابع لكلية الزراعة حول الأمن الغذائي";
    let lead = "افتتح أ.د. سامي العلي، رئيس جامعة الساحل، صباح اليوم الثلاثاء فعاليات المؤتمر الدولي السابع لكلية الزراعة، والذي يعقد تحت عنوان \"الأمن الغذائي وتغير المناخ\" بمشاركة باحثين من عشر دول.";
    let next = "وأشار إلى أن برنامج المؤتمر يتضمن محاضرة رئيسية للبروفيسور Marco Bellini من جامعة بولونيا الإيطالية حول إدارة الموارد المائية في حوض البحر المتوسط، فضلا عن جلسة خاصة لشباب الباحثين يتم خلالها اختيار أفضل ثلاثة أبحاث لطلاب الدراسات العليا.";
    let a = import_text(
        &[
            "English",
            "جامعة الساحل",
            "Sahel University",
            "الرئيسية",
            "عن الجامعة",
            "الكليات والمعاهد",
            "الطلاب",
            "أخبار الجامعة",
            "أنت هنا:  الرئيسية  أخبار الجامعة",
            head,
            "التفاصيل",
            "نشر بتاريخ الثلاثاء, 23 نيسان/أبريل 2019 10:15",
            "الزيارات: 1287",
            lead,
            next,
        ]
        .join("\n"),
    );
    assert_eq!(a.title, head);
    assert_eq!(a.published.as_deref(), Some("2019-04-23T10:15"));
    // `التفاصيل` is the portal's link, no site's name.
    assert_eq!(a.source.as_deref(), Some("جامعة الساحل"));
    assert_eq!(texts(&a), [lead, next]);
}

#[test]
fn a_trail_run_together_with_slashes_ends_with_the_headline() {
    let head = "كسلا: لجنة الطوارئ الصحية تعلن حزمة تدابير لاحتواء الحمى";
    check_lines(
        &[
            "نبض المدينة",
            "الرئيسية",
            "أخبار السودان",
            "سياسة",
            "اقتصاد",
            &format!("الرئيسية/أخبار السودان/{head}"),
            "أخبار السودان",
            head,
            "14 سبتمبر 2022",
            "فيسبوك تويتر واتساب تيلقرام",
            LEAD,
            NEXT,
        ],
        head,
        [Some("2022-09-14"), None, None],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_section_the_menu_lists_under_the_headline_is_no_source() {
    check_lines(
        &[
            "الهيئة العامة للثقافة",
            "الرئيسية",
            "عن الهيئة",
            "الأخبار",
            "المكتبة",
            "تواصل معنا",
            HEAD,
            "الأخبار",
            "نوفمبر 8, 2022",
            LEAD,
            NEXT,
            "جميع الحقوق محفوظة للهيئة العامة للثقافة © 2022",
        ],
        HEAD,
        // `الأخبار` is a paper's name too; here the menu's, and the
        // notice names the site.
        [Some("2022-11-08"), None, Some("الهيئة العامة للثقافة")],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_bodys_name_over_a_sections_label_is_the_site_and_not_the_headline() {
    let head = "أمن ولاية سطيف: حملة تحسيسية للوقاية من الاختناق بالغاز";
    let lead = "في إطار الحملة الوطنية التي أطلقتها المديرية العامة للأمن الوطني، نظمت مصالح أمن الولاية أبوابا مفتوحة بوسط المدينة.";
    check_lines(
        &[
            "المديرية العامة للأمن الوطني",
            "أخبار أمن الولايات",
            "",
            head,
            "15 نوفمبر 2023",
            "",
            lead,
            "",
            NEXT,
        ],
        head,
        // Named again in the lead: the body's own news.
        [
            Some("2023-11-15"),
            None,
            Some("المديرية العامة للأمن الوطني"),
        ],
        &[lead, NEXT],
    );
}

#[test]
fn a_headline_its_copy_opens_with_and_its_lead_repeats_names_no_site() {
    let head = "قمة الرياض تختتم أعمالها";
    let lead = "قمة الرياض تختتم أعمالها اليوم بإعلان مشترك يدعو إلى وقف إطلاق النار وفتح المعابر أمام المساعدات.";
    let a = import_text(&[head, "", lead, "", NEXT].join("\n"));
    assert_eq!(a.title, head);
    assert_eq!(a.source, None);
}

#[test]
fn two_writers_joined_by_waw_under_the_headline_and_their_cards_at_the_foot() {
    let head = "كيف تحمي وقتك من الاجتماعات غير الضرورية؟";
    check_lines(
        &[
            "مجلة الإدارة العربية",
            "القيادة",
            "الإدارة",
            head,
            "سارة بيرنز وماثيو كولينز",
            "23 أغسطس، 2021",
            "ملخص: تلتهم الاجتماعات جزءا متزايدا من يوم العمل، ويقترح الكاتبان خطوات عملية لاستعادة الوقت.",
            "",
            LEAD,
            "",
            NEXT,
            "",
            "عن الكاتب",
            "سارة بيرنز: مستشارة في الإنتاجية التنظيمية.",
            "ماثيو كولينز: أستاذ مساعد في السلوك التنظيمي بجامعة ميشيغان.",
        ],
        head,
        [Some("2021-08-23"), Some("سارة بيرنز وماثيو كولينز"), None],
        &[LEAD, NEXT],
    );
}

#[test]
fn writers_a_label_sets_apart_by_dashes_and_a_lawyers_calling() {
    check_lines(
        &[
            HEAD,
            "تقرير/ عادل الشميري - هبة المخلافي",
            "19 نوفمبر 2023",
            LEAD,
            NEXT,
        ],
        HEAD,
        [Some("2023-11-19"), Some("عادل الشميري، هبة المخلافي"), None],
        &[LEAD, NEXT],
    );
    check_lines(
        &[
            HEAD,
            "بقلم المحامي رامي الخصاونة",
            "18 فبراير 2025",
            LEAD,
            NEXT,
        ],
        HEAD,
        [Some("2025-02-18"), Some("رامي الخصاونة"), None],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_levantine_writers_name_alone_under_the_last_paragraph_signs_it() {
    check_lines(
        &[
            HEAD,
            "14 أيلول 2023",
            LEAD,
            NEXT,
            "زينة حمود",
            "شارك",
            "Facebook",
            "WhatsApp",
            "لينكد إن",
        ],
        HEAD,
        [Some("2023-09-14"), Some("زينة حمود"), None],
        &[LEAD, NEXT],
    );
}

#[test]
fn the_pages_calls_notes_files_and_lists_under_a_story_stay_out() {
    let a = import_text(
        &[
            HEAD,
            "رمز الخبر: 3483921",
            "5 يونيو 2023",
            LEAD,
            NEXT,
            LAST,
            "اقرأ باقي التحقيق في العدد الجديد من المجلة .. اضغط هنا",
            "(النص الأصلي باللغة الفرنسية، الترجمة من اللغة الإنكليزية)",
            "تحميل البيان الصحفي (PDF, 320 KB)",
            "هل كان محتوى الصفحة مفيدًا؟",
            "تنويه: الموقع محرك بحث إخباري، وجميع الأخبار المنشورة تعبر عن رأي مصادرها.",
            "العودة",
            "مرتبط",
            "المجلس يفتتح مكتبا جديدا في الشمال",
        ]
        .join("\n"),
    );
    assert_eq!(a.title, HEAD);
    assert_eq!(texts(&a), [LEAD, NEXT, LAST]);
}

#[test]
fn a_click_call_inside_a_paragraph_stays() {
    let para = "ودعا المجلس الراغبين في التسجيل إلى زيارة البوابة الإلكترونية، وقال المتحدث: من أراد التفاصيل فليضغط هنا ويقرأ الشروط كاملة.";
    let a = import_text(&[HEAD, "5 يونيو 2023", LEAD, para].join("\n"));
    assert_eq!(texts(&a), [LEAD, para]);
}

#[test]
fn a_site_read_as_writer_and_source_names_no_writer() {
    let a = import_text(
        &[
            HEAD,
            "يمن مونيتور | تعز",
            "3 مارس 2024",
            LEAD,
            NEXT,
            "المصدر: يمن مونيتور",
        ]
        .join("\n"),
    );
    assert_eq!(a.source.as_deref(), Some("يمن مونيتور"));
    assert_eq!(a.author, None);
}

#[test]
fn a_body_under_its_ministry_in_the_notice_is_the_site() {
    check_lines(
        &[
            "حجز التذاكر",
            "الرئيسية",
            "عن الدار",
            "المسارح",
            "أخبار الدار",
            HEAD,
            "نشر بتاريخ: الأحد، 10 مارس 2024",
            LEAD,
            NEXT,
            "جميع الحقوق محفوظة © وزارة الثقافة - دار الأوبرا المصرية 2024",
        ],
        HEAD,
        [Some("2024-03-10"), None, Some("دار الأوبرا المصرية")],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_headline_hard_wrapped_with_its_copy_keeps_its_last_words() {
    let a = import_text(
        &[
            "نقابة المهندسين في المدينة",
            "",
            "الرئيسية | النقابة | الأخبار | النشاطات | المعهد | المكتبة | اتصل",
            "بنا",
            "",
            "النقيب يستقبل وفدا من جمعيات حماية المستهلك ويبحث معه تفعيل الرقابة",
            "الهندسية",
            "",
            "الثلاثاء 5 آذار 2024",
            "",
            "استقبل نقيب المهندسين في المدينة، في مكتبه في دار النقابة، وفدا من",
            "ائتلاف جمعيات حماية المستهلك، في حضور أمين السر وعدد من أعضاء مجلس",
            "النقابة، وجرى البحث في سبل تفعيل الرقابة الهندسية على المباني السكنية.",
            "",
            "وعرض الوفد للنقيب واقع الأبنية المخالفة في الأحياء الشعبية، لا سيما",
            "الأبنية التي شيدت من دون ترخيص خلال السنوات الأخيرة، وما تشكله من",
            "خطر على سلامة السكان في حال وقوع هزات أرضية أو حرائق.",
            "",
            "من جهته، أكد النقيب أن النقابة لن تتخلى عن دورها في حماية السلامة",
            "العامة، وأعلن تشكيل لجنة مشتركة تعقد اجتماعات دورية وتعد تقريرا",
            "فصليا عن أوضاع الأبنية في المدينة.",
        ]
        .join("\n"),
    );
    assert_eq!(
        a.title,
        "النقيب يستقبل وفدا من جمعيات حماية المستهلك ويبحث معه تفعيل الرقابة الهندسية"
    );
    assert_eq!(a.published.as_deref(), Some("2024-03-05"));
    assert_eq!(a.body.len(), 3);
}

#[test]
fn a_writer_beside_a_radios_name_and_a_long_name_opened_by_abd() {
    check_lines(
        &[
            "راديو المدينة",
            "أخبار محلية",
            HEAD,
            "لمى السيد - المدينة إف إم",
            "الأحد 9 تموز 2023 | 01:45 م",
            LEAD,
            NEXT,
        ],
        HEAD,
        [
            Some("2023-07-09T13:45"),
            Some("لمى السيد"),
            Some("المدينة إف إم"),
        ],
        &[LEAD, NEXT],
    );
    check_lines(
        &[
            "الرئيسية",
            "›",
            "المقالات",
            HEAD,
            "عبد الله بن محمد الراشد",
            "16 يونيو 2023",
            LEAD,
            NEXT,
            "التصنيف: مناسبات دورية",
            "أضف إلى المفضلة",
            "هل أعجبك المحتوى؟",
        ],
        HEAD,
        [Some("2023-06-16"), Some("عبد الله بن محمد الراشد"), None],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_date_beside_the_posters_account_and_a_faculty_desk_at_the_foot() {
    check_lines(
        &[
            "جامعة الساحل",
            "الرئيسية  /  اخبار الكليات  /  كلية الزراعة",
            HEAD,
            " 2024-02-19     admin     387 مشاهدة",
            LEAD,
            NEXT,
            "إعلام كلية الزراعة",
            "روابط مهمة",
            "جميع الحقوق محفوظة © جامعة الساحل 2024",
        ],
        HEAD,
        [Some("2024-02-19"), None, Some("إعلام كلية الزراعة")],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_press_releases_end_mark_ends_the_story() {
    let a = import_text(
        &[
            HEAD,
            "12 يونيو 2024",
            LEAD,
            NEXT,
            "###",
            "نبذة عن المجلس: تأسس المجلس عام 1990 ويعمل على تطوير الخدمات العامة في البلاد.",
            "Media contact:",
            "Public Affairs, news@example.org",
            "معرض الصور",
        ]
        .join("\n"),
    );
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_logos_french_name_with_its_elided_articles_beside_the_arabic_one() {
    check_lines(
        &[
            "الاتحاد التونسي للفلاحة والصيد البحري",
            "Union Tunisienne de l'Agriculture et de la Pêche",
            "الرئيسية",
            "الاتحاد",
            "الأخبار",
            "اتصل بنا",
            HEAD,
            "15 جانفي 2019",
            LEAD,
            NEXT,
            "© 2019 UTAP - جميع الحقوق محفوظة",
        ],
        HEAD,
        [
            Some("2019-01-15"),
            None,
            Some("الاتحاد التونسي للفلاحة والصيد البحري"),
        ],
        &[LEAD, NEXT],
    );
}
