//! Copies whose header or foot the importer misread: writers each after
//! the city they wrote from; a caption with a title's name over the lead;
//! a labelled byline with the photographer's credit under a summary; a
//! wire's credit of its reporter; a state's name over a ministry's; a
//! prayer times' box; a note on who wrote the story and a caption closed
//! by its copyright; a sales box between paragraphs; a schedule's days;
//! an aggregator's link and notice; a release's kind over its date; an
//! email button in a share bar under the deck; a writer over the
//! photographer and the media department; a blog's labels; a link to the
//! whole report; a call to give with its button; a body's department
//! under the date.

mod support;

use support::copied::{import_text, texts};

/// Three paragraphs of a story, each a sentence or two.
const STORY: [&str; 3] = [
    "أطلقت الإدارة العامة للتعليم مبادرة جديدة لتشجيع القراءة بين طلاب المرحلة الابتدائية في أحياء المدينة.",
    "وتقوم المبادرة على تخصيص ركن للقراءة في كل حي يشرف عليه متطوعون من المعلمين وأولياء الأمور.",
    "وأوضح المتحدث باسم الإدارة أن المرحلة الأولى تشمل عشرين حيا على أن تتوسع خلال العام المقبل.",
];

const HEADLINE: &str = "إطلاق مبادرة «قارئ الحي» لتعزيز عادة القراءة لدى طلاب المرحلة الابتدائية";

/// A copy of `top` lines, the headline, `header` lines, the story, then
/// `foot`.
fn copy(top: &[&str], header: &[&str], foot: &[&str]) -> String {
    let mut lines = top.to_vec();
    lines.push(HEADLINE);
    lines.extend(header);
    lines.extend(STORY);
    lines.extend(foot);
    lines.join("\n")
}

#[test]
fn writers_each_after_their_city_sign_together() {
    let a = import_text(&copy(
        &[],
        &[
            "مكة المكرمة - سعيد الحارثي، جدة - نورة العمري",
            "نشر في: الثلاثاء 18 رجب 1445هـ - 30 يناير 2024م",
        ],
        &[],
    ));
    assert_eq!(a.author.as_deref(), Some("سعيد الحارثي، نورة العمري"));
    assert_eq!(a.published.as_deref(), Some("2024-01-30"));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_caption_of_a_titled_name_at_a_meeting_is_no_byline() {
    let ministry = "وزارة الموارد المائية والري";
    let a = import_text(&copy(
        &[ministry, "الرئيسية", "المركز الإعلامي"],
        &["12 مايو 2024", "الدكتور هاني سويلم خلال الاجتماع"],
        &[&format!("جميع الحقوق محفوظة © 2024 {ministry}")],
    ));
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some(ministry));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_summary_over_a_byline_with_the_photographers_credit_is_the_pages() {
    let a = import_text(&copy(
        &[],
        &[
            "من قلب الأحياء القديمة تخرج مبادرة تحاول أن تعيد الكتاب إلى أيدي الصغار رغم تراجع الإقبال.",
            "كتبت: مروة عبد الحليم - تصوير: كريم صبحي",
            "الخميس 16 نوفمبر 2023 - 11:30 ص",
        ],
        &[],
    ));
    assert_eq!(a.author.as_deref(), Some("مروة عبد الحليم"));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_wires_credit_of_its_reporter_names_the_writer() {
    let a = import_text(&copy(
        &[],
        &["الثلاثاء 10 مارس 2015 - 14:32"],
        &["(تغطية صحفية أحمد السيد - تحرير نهى عبد العزيز)"],
    ));
    assert_eq!(a.author.as_deref(), Some("أحمد السيد"));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_ministry_under_its_states_name_is_the_source() {
    let ministry = "وزارة السكن والعمران والمدينة";
    let a = import_text(&copy(
        &[
            "الجمهورية الجزائرية الديمقراطية الشعبية",
            ministry,
            "الرئيسية",
            "الوزارة",
        ],
        &["نشر في: 05 جويلية 2022"],
        &[ministry, "جميع الحقوق محفوظة © 2022"],
    ));
    assert_eq!(a.source.as_deref(), Some(ministry));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn the_prayer_times_box_names_no_source() {
    let ministry = "وزارة الشؤون الدينية";
    let a = import_text(&copy(
        &[
            "الجمهورية التونسية",
            ministry,
            "الرئيسية",
            "مواقيت الصلاة - تونس",
            "الفجر 03:19 الشروق 05:03 الظهر 12:25",
        ],
        &["الخميس 15 جوان 2023"],
        &[&format!(
            "حقوق النشر © 2023 {ministry} - جميع الحقوق محفوظة"
        )],
    ));
    assert_eq!(a.source.as_deref(), Some(ministry));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_note_on_who_wrote_it_names_the_writer_and_a_copyrighted_caption_leaves() {
    let mut story = vec![
        "سلمى بن يوسف (في الوسط) خلال زيارة ميدانية لمزرعة في ولاية أريزونا. (© Courtesy of Salma Ben Youssef)",
    ];
    story.extend(STORY);
    story.push("كتبت هذا المقال الكاتبة المستقلة Dana Whitfield.");
    let text = [&[HEADLINE, "3 نيسان/أبريل، 2023"][..], &story]
        .concat()
        .join("\n");
    let a = import_text(&text);
    assert_eq!(a.author.as_deref(), Some("Dana Whitfield"));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_sales_box_between_paragraphs_leaves() {
    let text = [
        HEADLINE,
        "12 يناير 2025",
        STORY[0],
        STORY[1],
        "هل تبحث عن مدرسة قريبة من بيتك؟",
        "قارن بين أكثر من 100 مدرسة مع خبرائنا مجانًا",
        "تواصل معنا",
        STORY[2],
    ]
    .join("\n");
    assert_eq!(texts(&import_text(&text)), STORY);
}

#[test]
fn a_schedules_days_stay_in_the_story() {
    let body = [
        "أعلنت العصبة عن برنامج مباريات الدورة الثانية عشرة من البطولة الاحترافية.",
        "وجاءت البرمجة على الشكل التالي:",
        "الجمعة 29 نونبر 2024",
        "اتحاد تواركة – شباب المحمدية: الساعة 17:00 بالملعب البلدي بالقنيطرة",
        "نهضة الزمامرة – الدفاع الحسني الجديدي: الساعة 19:00 بالملعب البلدي بالزمامرة",
        "السبت 30 نونبر 2024",
        "الرجاء الرياضي – أولمبيك آسفي: الساعة 19:00 بالملعب البلدي ببرشيد",
        "وتذكر العصبة الأندية بضرورة احترام التوقيت المحدد لانطلاق المباريات.",
    ];
    let text = [
        &[
            "برمجة الدورة الثانية عشرة من البطولة الاحترافية",
            "الأربعاء 27 نونبر 2024",
        ][..],
        &body[..],
    ]
    .concat()
    .join("\n");
    let a = import_text(&text);
    assert_eq!(a.published.as_deref(), Some("2024-11-27"));
    assert_eq!(texts(&a), body);
}

#[test]
fn an_aggregators_link_to_the_paper_leaves_its_name_the_source() {
    let a = import_text(&copy(
        &["صحافة نت", "الرئيسية", "أخبار مصر"],
        &["الثلاثاء 08 أبريل 2025 02:15 مساءً"],
        &[
            "اقرأ الخبر من المصدر",
            "المصدر : مصراوي",
            "تنويه: تم نقل هذا الخبر تلقائيا من موقع مصراوي، ولا يتحمل موقع صحافة نت أي مسؤولية عن محتواه.",
            "أرسل الخبر لصديق",
        ],
    ));
    assert_eq!(a.source.as_deref(), Some("مصراوي"));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_releases_kind_over_its_date_is_no_headline() {
    let text = [
        "المركز الإعلامي / الأخبار",
        "بيان صحفي",
        "12 Nov 2023",
        HEADLINE,
        STORY[0],
        STORY[1],
        STORY[2],
    ]
    .join("\n");
    let a = import_text(&text);
    assert_eq!(a.title, HEADLINE);
    assert_eq!(a.published.as_deref(), Some("2023-11-12"));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn an_email_button_in_the_share_bar_under_the_deck_ends_nothing() {
    let deck = "عشرون ركنا للقراءة في أحياء المدينة يشرف عليها متطوعون من المعلمين وأولياء الأمور";
    let text = [
        "12 Nov 2023",
        HEADLINE,
        deck,
        "Share",
        "Facebook",
        "Twitter",
        "LinkedIn",
        "Email",
        "طلاب في ركن القراءة بأحد الأحياء",
        STORY[0],
        STORY[1],
        STORY[2],
    ]
    .join("\n");
    let a = import_text(&text);
    let mut want = vec![deck];
    want.extend(STORY);
    assert_eq!(
        texts(&a),
        want,
        "the caption under the bar goes, the story stays"
    );
}

#[test]
fn a_writer_over_the_photographer_and_the_media_department_signs_the_foot() {
    let a = import_text(&copy(
        &[],
        &["2024-11-18"],
        &[
            "تحرير: عمر خالد الدليمي",
            "تصوير: أحمد فاضل",
            "قسم الإعلام والاتصال الحكومي",
            "شارك الخبر",
            "Facebook",
        ],
    ));
    assert_eq!(a.author.as_deref(), Some("عمر خالد الدليمي"));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_blogs_labels_and_a_link_to_the_whole_report_leave() {
    let a = import_text(&copy(
        &[],
        &["19 نونبر 2025"],
        &["التسميات: أزيلال بني ملال جهات"],
    ));
    assert_eq!(texts(&a), STORY);
    let a = import_text(&copy(
        &[],
        &["05/11/2024"],
        &[
            "للاطلاع على التقرير الإحصائي الشهري كاملاً",
            "تحميل (PDF – 1.2 MB)",
            "طباعة",
        ],
    ));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_call_to_give_with_its_button_run_on_leaves() {
    let a = import_text(&copy(
        &[],
        &["04 فبراير 2025"],
        &["💚 ساهم في علاج طفل.. تبرع الآن", "#اليوم_العالمي_للسرطان"],
    ));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_bodys_department_under_the_date_is_no_writer() {
    let a = import_text(&copy(
        &[],
        &["3 تشرين الأول 2023", "دائرة الخدمة والإغاثة (الدياكونيا)"],
        &[
            "إعداد: جوزيف قزّي - دائرة التواصل والعلاقات العامّة",
            "شارك",
            "Facebook",
        ],
    ));
    assert_eq!(a.author.as_deref(), Some("جوزيف قزّي"));
    assert_eq!(texts(&a), STORY);
}
