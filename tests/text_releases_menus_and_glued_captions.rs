//! A press release's kind on its byline's line and its contacts under
//! it, a menu wrapped in the copy and a trail over the headline, `كما`
//! opening a paragraph of wrapped text, a writer and a town no table
//! knows, a caption led by a camera with its credit, and a caption glued
//! to its credit in a copy that sets its lines apart.

mod support;

use support::copied::{check_lines, import_text, texts};

const HEAD: &str = "متاحف قطر تفتتح معرض «لآلئ الخليج: حكاية البحر» في متحف قطر الوطني";
const LEAD: &str =
    "الدوحة، قطر – أعلنت متاحف قطر عن افتتاح معرض جديد يروي قصة الغوص على اللؤلؤ في الخليج.";
const NEXT: &str = "ويضم المعرض أكثر من 200 قطعة، من بينها لآلئ طبيعية نادرة وأدوات غوص تقليدية.";

#[test]
fn a_press_releases_kind_is_no_writer_and_its_contacts_no_text() {
    check_lines(
        &[
            "متاحف قطر",
            "Qatar Museums",
            "المركز الإعلامي / البيانات الصحفية",
            HEAD,
            "بيان صحفي | 12 فبراير 2025",
            LEAD,
            NEXT,
            "للاستفسارات الإعلامية:",
            "إدارة الاتصال – متاحف قطر",
            "press@qm.org.qa",
            "© 2025 متاحف قطر. جميع الحقوق محفوظة.",
        ],
        HEAD,
        [Some("2025-02-12"), None, Some("متاحف قطر")],
        &["الدوحة، قطر", "ويضم المعرض"],
    );
}

const MOH: &str = "وزارة الصحة تدشن الحملة الوطنية للتحصين ضد الإنفلونزا الموسمية";

#[test]
fn a_wrapped_menu_and_the_trail_to_the_section_are_no_headline() {
    check_lines(
        &[
            "سلطنة عمان",
            "وزارة الصحة",
            "الرئيسية عن الوزارة الخدمات الإلكترونية المركز الإعلامي التثقيف",
            "الصحي البيانات المفتوحة اتصل بنا",
            "المركز الإعلامي > الأخبار",
            MOH,
            "تاريخ النشر: 06-10-2024",
            "دشنت وزارة الصحة اليوم الحملة الوطنية للتحصين ضد الإنفلونزا الموسمية في جميع المؤسسات الصحية.",
            "وتشمل الفئات المستهدفة بالحملة كبار السن والمصابين بالأمراض المزمنة والحوامل.",
            "هل وجدت ما تبحث عنه؟ نعم لا",
        ],
        MOH,
        [Some("2024-10-06"), None, None],
        &["دشنت وزارة الصحة", "وتشمل الفئات"],
    );
}

#[test]
fn kama_after_a_full_stop_opens_a_paragraph_of_wrapped_text() {
    let text = [
        MOH,
        "06-10-2024",
        "مسقط - دشنت وزارة الصحة اليوم الحملة الوطنية للتحصين ضد الإنفلونزا",
        "الموسمية لموسم 2024، والتي تستهدف الفئات الأكثر عرضة لمضاعفات المرض",
        "في جميع المؤسسات الصحية الحكومية بمحافظات سلطنة عمان.",
        "ويمكن للراغبين في الحصول على اللقاح التوجه إلى أقرب مؤسسة صحية،",
        "أو حجز موعد مسبق عبر تطبيق «شفاء» مع اصطحاب البطاقة الشخصية.",
        "كما دعت الوزارة إلى الالتزام بالممارسات الصحية الوقائية، ومنها",
        "غسل اليدين بانتظام وتغطية الفم والأنف عند السعال أو العطس.",
    ]
    .join("\n");
    let article = import_text(&text);
    let blocks = texts(&article);
    assert_eq!(blocks.len(), 3, "{blocks:?}");
    assert!(blocks[2].starts_with("كما دعت الوزارة"), "{blocks:?}");
}

const YAFA: &str = "مزارعو البن في يافع: الجفاف والوسطاء يلتهمون موسم الحصاد";
const COFFEE: &str =
    "يستعد مزارعو البن في مديريات يافع لموسم حصاد يصفونه بالأصعب منذ سنوات بسبب شح الأمطار.";
const MIDDLEMEN: &str = "ويقول المزارعون إن الوسطاء يشترون المحصول بأسعار زهيدة قبل نضجه.";

#[test]
fn a_writer_and_a_town_no_table_knows() {
    check_lines(
        &[
            YAFA,
            "عبدالله المحرمي ـ يافع",
            "03 يونيو، 2023",
            COFFEE,
            MIDDLEMEN,
        ],
        YAFA,
        [Some("2023-06-03"), Some("عبدالله المحرمي"), None],
        &["يستعد مزارعو البن", "ويقول المزارعون"],
    );
}

#[test]
fn a_caption_led_by_a_camera_with_its_photographers_credit() {
    check_lines(
        &[
            YAFA,
            "03 يونيو 2023",
            COFFEE,
            "📸 مزارع يقطف حبات البن في مدرجات يافع | تصوير: المركز الإعلامي",
            MIDDLEMEN,
        ],
        YAFA,
        [Some("2023-06-03"), None, None],
        &["يستعد مزارعو البن", "ويقول المزارعون"],
    );
}

#[test]
fn in_a_spaced_copy_a_line_glued_over_a_credit_is_its_caption() {
    let reefs = "شعاب الخليج المرجانية تصمد أمام حرارة تقتل غيرها";
    check_lines(
        &[
            reefs,
            "",
            "18 يونيو 2024",
            "",
            "في ذروة الصيف، قد ترتفع حرارة المياه الضحلة في الخليج العربي إلى ما يزيد على 35 درجة مئوية.",
            "",
            "هذه القدرة اللافتة جعلت الخليج وجهة لعلماء الأحياء البحرية من مختلف أنحاء العالم.",
            "",
            "غواصة تجمع عينات من المرجان لدراستها في المختبر.",
            "حقوق الصورة: Reinhard Dirscherl / Alamy",
            "",
            "وقد أظهرت دراسات أجريت في السنوات الأخيرة أن بعض مستعمرات المرجان تتعافى بسرعة.",
            "",
            "شارك هذه الصفحة",
        ],
        reefs,
        [Some("2024-06-18"), None, None],
        &["في ذروة الصيف", "هذه القدرة", "وقد أظهرت"],
    );
}
