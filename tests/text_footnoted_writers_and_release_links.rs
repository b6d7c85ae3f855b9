//! Copies the importer misread: a news theme's comment link and "You
//! may like" box under the story, and the site's account of itself; a
//! writer's name with its note's mark; a titled name over the lead in
//! blank-line paragraphs; a release's file link over its text; a
//! company's legal form in the notice; a name drawn out with tatweel; a
//! section that is a paper's name too; a Latin notice's name spelled in
//! Arabic inside the masthead's; a theme's link to mail the writer; a
//! headline ending with a full stop over its date; a club's media desk;
//! a radio's audio label; the site's clock on the copy's first line.

mod support;

use support::copied::{import_text, texts};

const HEAD: &str = "الأرصاد ترفع التنبيه إلى الأحمر في المرتفعات الجنوبية وتتوقع سيولا حتى الخميس";
const STORY: [&str; 3] = [
    "رفع المركز الوطني للأرصاد، صباح اليوم الثلاثاء، مستوى التنبيه في المرتفعات الجنوبية إلى الدرجة الحمراء، محذرا من أمطار غزيرة قد تؤدي إلى جريان السيول في الأودية.",
    "وأوضح المركز أن التنبيه يشمل عددا من المحافظات الجبلية، مع احتمال امتداد الحالة إلى أجزاء من المناطق المجاورة خلال ساعات المساء.",
    "ودعت المديرية العامة للدفاع المدني السكان إلى البقاء في أماكن آمنة والابتعاد عن مجاري السيول وعدم المجازفة بعبور الأودية أثناء جريانها.",
];

fn lines(lines: &[&str]) -> String {
    lines.join("\n")
}

fn with_story(top: &[&str], foot: &[&str]) -> String {
    let mut all: Vec<&str> = top.to_vec();
    all.extend(STORY);
    all.extend(foot);
    lines(&all)
}

#[test]
fn a_news_themes_comment_link_and_box_end_the_story() {
    let a = import_text(&with_story(
        &[
            "شبكة أخبار الجنوب",
            "الرئيسية",
            "المحلية",
            HEAD,
            "Published",
            "on",
            "أكتوبر 14, 2025",
        ],
        &[
            "بدأت شبكة أخبار الجنوب رحلتها من حسابها على منصة X، قبل أن تتوسع بإطلاق موقعها الإلكتروني الذي يقدم للقارئ تغطية متواصلة للأخبار المحلية والعالمية.",
            "Click to comment",
            "You may like",
            "المحلية",
            "أمانة المدينة تبدأ أعمال تطوير 14 حديقة في الأحياء الشمالية",
            "Copyright © 2025 شبكة أخبار الجنوب. جميع الحقوق محفوظة.",
        ],
    ));
    assert_eq!(a.title, HEAD);
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_writers_name_with_its_notes_mark_is_the_writer() {
    let a = import_text(&with_story(
        &[
            HEAD,
            "د. ريم عبدالعزيز القحطاني *",
            "نشر بتاريخ الأحد, 07 ديسمبر 2025 10:14",
        ],
        &["* أكاديمية وباحثة في اقتصاديات البيئة."],
    ));
    assert_eq!(a.author.as_deref(), Some("د. ريم عبدالعزيز القحطاني"));
}

#[test]
fn a_titled_name_over_the_lead_of_blank_line_paragraphs_is_the_writer() {
    let a = import_text(&lines(&[
        HEAD,
        "",
        "د. ريم بنت عبدالعزيز القحطاني",
        "",
        "التفاصيل",
        "نشر بتاريخ الأحد, 07 ديسمبر 2025 10:14",
        "",
        STORY[0],
        "",
        STORY[1],
        "",
        STORY[2],
    ]));
    assert_eq!(a.author.as_deref(), Some("د. ريم بنت عبدالعزيز القحطاني"));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_releases_file_over_its_text_does_not_end_it() {
    // An energy company's release: `تحميل البيان الصحفي (PDF)` between
    // its deck and its text.
    let path = std::path::Path::new("corpus/copied/fc/fc08.txt");
    let bytes = std::fs::read(path).expect("corpus copy");
    let a = qari::article::text_import::import_bytes(&bytes, "x".into(), Some(path)).unwrap();
    let blocks = texts(&a);
    assert!(blocks.len() >= 8, "{blocks:?}");
    assert!(blocks[0].starts_with("أبوظبي، الإمارات العربية المتحدة، 20 نوفمبر 2025"));
}

#[test]
fn a_companys_legal_form_is_no_part_of_the_sites_name() {
    let a = import_text(&with_story(
        &["الرئيسية", "الأخبار", HEAD, "8 سبتمبر 2025"],
        &["© 2025 فودافون قطر ش.م.ق.ع. جميع الحقوق محفوظة."],
    ));
    assert_eq!(a.source.as_deref(), Some("فودافون قطر"));
}

#[test]
fn a_name_drawn_out_with_tatweel_is_given_plain() {
    let a = import_text(&with_story(
        &[
            "نادي الريـــان الرياضي",
            "الرئيسية",
            "الأخبار",
            HEAD,
            "2025-10-25 | 20:45",
        ],
        &["© 2025 نادي الريان الرياضي. جميع الحقوق محفوظة."],
    ));
    assert_eq!(a.source.as_deref(), Some("نادي الريان الرياضي"));
}

#[test]
fn a_section_that_is_a_papers_name_too_is_no_headline() {
    let a = import_text(&with_story(&["الأخبار", "10 سبتمبر 2024", HEAD], &[]));
    assert_eq!(a.title, HEAD);
    assert_eq!(a.published.as_deref(), Some("2024-09-10"));
}

#[test]
fn a_latin_notices_name_is_the_mastheads_it_is_a_word_of() {
    let head = "منصة سيني جونة تعلن المشروعات المختارة لمرحلتي التطوير وما بعد الإنتاج";
    let a = import_text(&lines(&[
        "EN",
        "عن المهرجان",
        "البرنامج",
        "مهرجان الجونة السينمائي",
        "الأخبار",
        "10 سبتمبر 2024",
        head,
        "أعلنت منصة سيني جونة، الذراع الصناعية لمهرجان الجونة السينمائي، عن اختيار 14 مشروعا في مرحلتي التطوير وما بعد الإنتاج.",
        "وجاءت المشروعات المختارة من تسع دول عربية، ويتنافس صناعها على جوائز نقدية تقدمها جهات إنتاج وتوزيع عربية ودولية.",
        "ويعلن المهرجان في وقت لاحق تفاصيل برنامج الأفلام وأعضاء لجان التحكيم في مختلف المسابقات.",
        "أخبار أخرى",
        "مهرجان الجونة السينمائي يفتح باب الاعتماد الصحفي لدورته السابعة",
        "© 2024 El Gouna Film Festival. All Rights Reserved.",
    ]));
    assert_eq!(a.source.as_deref(), Some("مهرجان الجونة السينمائي"));
}

#[test]
fn a_themes_link_to_mail_the_writer_is_no_byline() {
    let a = import_text(&with_story(
        &[
            HEAD,
            "متابعات - الحرية نيوز",
            "إرسال بريد إلكتروني",
            "13 أكتوبر، 2024",
        ],
        &["اضغط هنا للانضمام الى مجموعاتنا في واتساب"],
    ));
    assert_eq!(a.author, None);
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_headline_ending_with_a_full_stop_over_its_date_is_the_headline() {
    let head =
        "مدرسة العلوم الإدارية بالأكاديمية تنظم ندوة علمية حول التحول الرقمي في المؤسسات العامة.";
    let a = import_text(&with_story(
        &[
            "الأكاديمية الليبية للدراسات العليا",
            "Libyan Academy for Postgraduate Studies",
            "الرئيسية",
            "عن الأكاديمية",
            "المدارس",
            "اتصل بنا",
            "الأخبار",
            head,
            "الأحد 06/11/2022",
        ],
        &[],
    ));
    assert_eq!(a.title, head);
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_clubs_media_desk_is_the_source() {
    let a = import_text(&with_story(
        &[HEAD, "05-07-2025", "", "إعلام نادي الزوراء", ""],
        &[],
    ));
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("إعلام نادي الزوراء"));
}

#[test]
fn a_radios_audio_label_under_the_story_ends_it() {
    let a = import_text(&with_story(
        &[HEAD, "21/01/2025 11:42"],
        &["المزيد بالصوت:", "00:00", "04:36", "تحميل"],
    ));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_date_on_the_first_line_over_the_sites_menu_is_its_clock() {
    let a = import_text(&with_story(
        &[
            "الإثنين, كانون الثاني 6, 2025",
            "اشترك معنا للاطلاع والحصول على أحدث المقالات والأعداد",
            "بحث ..",
            "الكاتب",
            "الموضوع",
            "العدد",
            "الرئيسية",
            "كلمة العدد",
            "هذا العدد",
            "ملف العدد",
            "تراث",
            "أدب وفكر",
            "بيئة وزراعة",
            "أعلام",
            "الأعداد السابقة",
            "اتصل بنا",
            "بيئة وزراعة",
            HEAD,
            "0 57",
            "بقلم: د. وفاء حمدان",
        ],
        &[],
    ));
    assert_eq!(a.title, HEAD);
    assert_eq!(a.published, None);
    assert_eq!(a.author.as_deref(), Some("د. وفاء حمدان"));
}
