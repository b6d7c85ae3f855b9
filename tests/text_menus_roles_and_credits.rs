//! Copies whose header carries the site's menu run onto one line (its
//! sections' names paired by a conjunction, or led by the home page's
//! link), a news ticker's item over the headline, a writer credited with
//! their role after a comma, a Mauritanian byline, a picture agency's
//! credit in Latin letters, a prompt to follow the site ending with a
//! colon, an issue line's English date with a comma after the day, a
//! story no byline signs from a site its masthead and copyright name, a
//! menu set apart by bars under the site's name and slogan, a section's
//! tab of two words under the menu, a section and a place before the
//! headline's colon, an agency framed by slashes with no spaces inside,
//! a story's buttons under its date, a Yemeni town's dateline, and a
//! share bar's Telegram spelled with ghain, and a box of questions and
//! answers between the headline and the byline.

mod support;

use qari::article::byline;
use support::copied::story::{HEAD, LEAD, NEXT};
use support::copied::{by, check_lines, import_text, texts};

#[test]
fn a_menu_on_one_line_with_paired_sections_is_not_the_headline() {
    check_lines(
        &[
            "الرئيسية محليات عالمية اقتصاد رياضة فن وثقافة صحة سيارات",
            "محليات",
            HEAD,
            "2020-06-23 08:46:02",
            LEAD,
            NEXT,
        ],
        HEAD,
        [Some("2020-06-23T08:46:02"), None, None],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_writer_with_their_role_after_a_comma_is_the_author() {
    assert_eq!(
        byline::parse("من فاطمة محاجنة، مراسلة موقع بانيت وصحيفة بانوراما"),
        Some(by(Some("فاطمة محاجنة"), None, None))
    );
    assert_eq!(
        byline::parse("أحمد السالم، مراسل الصحيفة في عمان"),
        Some(by(Some("أحمد السالم"), None, None))
    );
    // A sentence that names someone and goes on is no byline.
    assert_eq!(byline::parse("من فاطمة محاجنة، التي افتتحت المكتبة"), None);
    check_lines(
        &[
            HEAD,
            "من فاطمة محاجنة، مراسلة موقع بانيت وصحيفة بانوراما",
            "2020-06-23 08:46:02 - اخر تحديث: 2020-06-23 09:12:10",
            LEAD,
            NEXT,
        ],
        HEAD,
        [Some("2020-06-23T08:46:02"), Some("فاطمة محاجنة"), None],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_menu_led_by_the_home_link_is_not_the_headline() {
    check_lines(
        &[
            "الرئيسية أخبار مقالات تقارير مقابلات اتصل بنا",
            "أخبار",
            HEAD,
            "الجمعة, 15 نوفمبر 2019 19:40",
            LEAD,
            NEXT,
        ],
        HEAD,
        [Some("2019-11-15T19:40"), None, None],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_tickers_item_over_the_section_and_headline_is_passed_over() {
    for ticker in [
        "آخر الأخبار: وزارة الداخلية تطلق منصة رقمية لإيداع الملفات",
        "عاجل: مجلس الوزراء يجيز موازنة الطوارئ للنصف الثاني",
    ] {
        check_lines(
            &[ticker, "أخبار", HEAD, "2024/06/09 - 8:12 مساءً", LEAD, NEXT],
            HEAD,
            [Some("2024-06-09T20:12"), None, None],
            &[LEAD, NEXT],
        );
    }
    // The breaking mark with the headline under it and no section between
    // is the headline's own kicker.
    let a = import_text(
        &[
            "عاجل: ".to_owned() + HEAD,
            "2024/06/09".into(),
            LEAD.into(),
            NEXT.into(),
        ]
        .join("\n"),
    );
    assert!(a.title.contains(HEAD), "{}", a.title);
}

#[test]
fn a_mauritanian_writer_before_the_town() {
    assert_eq!(
        byline::parse("الشيخ ولد محمد ـ كيفة"),
        Some(by(Some("الشيخ ولد محمد"), None, Some("كيفة")))
    );
    // The site, its own-story mark and a writer with `عبد` run on.
    assert_eq!(
        byline::parse("يمن برس - خاص - عبدالله الشرعبي"),
        Some(by(Some("عبدالله الشرعبي"), Some("يمن برس"), None))
    );
}

#[test]
fn a_picture_agencys_credit_in_latin_letters_is_dropped() {
    for credit in [
        "Keystone / Jean-christophe Bott",
        "AFP",
        "EPA-EFE/Mohamed Hossam",
    ] {
        let a = import_text(&[HEAD, "2022/09/28", LEAD, credit, NEXT].join("\n"));
        assert_eq!(texts(&a), [LEAD, NEXT], "{credit}");
    }
}

#[test]
fn a_prompt_to_follow_ending_with_a_colon_is_dropped() {
    let lines = [
        HEAD,
        "2022/10/18",
        LEAD,
        NEXT,
        "شارك",
        "Facebook",
        "تابع الجزيرة مباشر على:",
        "@ajmubasher",
        "Telegram",
    ];
    let a = import_text(&lines.join("\n"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn an_issue_lines_english_date_with_a_comma_after_the_day() {
    check_lines(
        &[
            "العدد 5099 Thursday 06, February 2025",
            HEAD,
            "كتب محمد الراشد:",
            LEAD,
            NEXT,
        ],
        HEAD,
        [Some("2025-02-06"), Some("محمد الراشد"), None],
        &[LEAD, NEXT],
    );
}

#[test]
fn an_unsigned_story_is_the_site_its_masthead_and_copyright_name() {
    let lines = [
        "English",
        "المكتب الإعلامي للمدينة",
        "الرئيسية",
        "الأخبار",
        "الصور",
        "الفيديو",
        "الأخبار",
        "05 نوفمبر 2024",
        HEAD,
        LEAD,
        NEXT,
        "حقوق النشر © 2024 المكتب الإعلامي للمدينة",
    ];
    let a = import_text(&lines.join("\n"));
    assert_eq!(a.source.as_deref(), Some("المكتب الإعلامي للمدينة"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
    // A signed story keeps its writer and no source is made up.
    let mut signed = lines.to_vec();
    signed.insert(9, "كتب: سامي الأحمد");
    let a = import_text(&signed.join("\n"));
    assert_eq!(a.author.as_deref(), Some("سامي الأحمد"));
    assert_eq!(a.source, None);
}

#[test]
fn the_sites_name_and_slogan_over_a_barred_menu_are_not_the_headline() {
    check_lines(
        &[
            "اقتصاد - مال وأعمال السوريين",
            "",
            "الرئيسية | أسواق | عملات | عقارات | تقارير | تحليلات",
            "",
            "عملات",
            "",
            HEAD,
            "",
            "2019-07-16 14:05:12",
            "",
            LEAD,
            "",
            NEXT,
        ],
        HEAD,
        [Some("2019-07-16T14:05:12"), None, None],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_sections_tab_of_two_words_under_the_menu_is_not_the_headline() {
    check_lines(
        &[
            "العالم اليوم",
            "الرئيسية بنوك بورصة عقارات اتصالات طاقة سيارات اقتصاد عالمي",
            "اقتصاد مصري",
            HEAD,
            "2025-03-10",
            LEAD,
            NEXT,
        ],
        HEAD,
        [Some("2025-03-10"), None, None],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_section_and_a_place_before_the_colon_stay_in_the_headline() {
    let headline = format!("اقتصاد غزة: {HEAD}");
    check_lines(
        &[&headline, "2022/03/22", LEAD, NEXT],
        &headline,
        [Some("2022-03-22"), None, None],
        &[LEAD, NEXT],
    );
    // The site's label with a place is not the headline's (`خبر غزة :`).
    check_lines(
        &[&format!("خبر غزة : {HEAD}"), "2022/03/22", LEAD, NEXT],
        HEAD,
        [Some("2022-03-22"), None, None],
        &[LEAD, NEXT],
    );
}

#[test]
fn an_agency_framed_by_slashes_after_a_known_place() {
    let lead = format!("غزة /سوا/ {LEAD}");
    let (found, rest) = byline::leading(&lead).expect("a dateline");
    assert_eq!(found, by(None, Some("سوا"), Some("غزة")));
    assert_eq!(rest, LEAD);
    // Slashes in a sentence after no place set off no agency.
    assert_eq!(byline::leading(&format!("قال /المصدر/ {LEAD}")), None);
}

#[test]
fn the_buttons_under_the_date_are_no_writer_and_a_yemeni_towns_dateline() {
    let lead = format!("المخا - خبر للأنباء: {LEAD}");
    let a = import_text(
        &[
            HEAD,
            "الاثنين، 15 أغسطس/ آب 2022 - 04:31 م",
            "طباعة",
            "إرسال لصديق",
            &lead,
            NEXT,
            "مشاركة",
            "فيسبوك",
            "تيليغرام",
        ]
        .join("\n"),
    );
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("خبر للأنباء"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn mauritanias_names_for_august_and_december() {
    use qari::article::dates::find;
    let iso = |s: &str| find(s).map(|d| d.iso);
    assert_eq!(
        iso("الخميس 07 دجمبر 2023 - 15:20").as_deref(),
        Some("2023-12-07T15:20")
    );
    assert_eq!(iso("5 أغشت 2021").as_deref(), Some("2021-08-05"));
}

#[test]
fn a_box_of_questions_and_answers_over_the_byline() {
    let lines = [
        HEAD,
        "ما حجم قدرة المرحلة الأولى من المشروع؟",
        "1100 ميغاواط.",
        "متى يبدأ التشغيل التجريبي للمرحلة الأولى؟",
        "يتوقع أن يبدأ أواخر عام 2026.",
        "سامر العلي - الخليج أونلاين",
        "11-03-2024 الساعة 14:20 (بتوقيت مكة)",
        LEAD,
        NEXT,
    ];
    let a = import_text(&lines.join("\n"));
    assert_eq!(a.author.as_deref(), Some("سامر العلي"));
    assert_eq!(a.source.as_deref(), Some("الخليج أونلاين"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
    // One question over its answer is no box: the story may open so.
    let one = [HEAD, "لماذا ارتفعت الأسعار؟", "بسبب الطلب.", LEAD, NEXT];
    let a = import_text(&one.join("\n"));
    assert!(texts(&a).contains(&"لماذا ارتفعت الأسعار؟"));
}
