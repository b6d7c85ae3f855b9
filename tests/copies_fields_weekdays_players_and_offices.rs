//! Articles the importer misread: a theme's line of fields with the day
//! in one of them; a site's survey of whether the reader found what they
//! sought, with its answers under it; a numeric day that reads both ways,
//! settled by the weekday before it; a statement signed with its place, a
//! comma and its day; a web player's words; a call to click for more; a
//! press office signing its news under a page's story.

mod support;

use qari::article::Block;
use support::copied::trees::{HEAD, STORY, with_story};
use support::copied::{import_text, texts};
use support::page::{load_html, page, paragraphs};

#[test]
fn a_line_of_fields_gives_its_day_and_names_no_one_by_its_sections() {
    let a = import_text(&with_story(
        &[
            "جمعية المهندسين",
            "",
            HEAD,
            "المكتب الإعلامي | 3 مارس، 2025 | أخبار الجمعية, الملتقيات | 0 تعليقات",
            "",
        ],
        &[],
    ));
    assert_eq!(a.title, HEAD);
    assert_eq!(a.published.as_deref(), Some("2025-03-03"));
    assert_eq!(a.author, None);
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_line_of_fields_with_a_section_beside_the_day_gives_no_source() {
    let a = import_text(&with_story(
        &[
            HEAD,
            "الأربعاء 8 تشرين الثاني 2023 | المشاهدات: 412 | الأخبار",
            "",
        ],
        &[],
    ));
    assert_eq!(a.published.as_deref(), Some("2023-11-08"));
    assert_eq!(a.source, None);
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_survey_of_whether_the_reader_found_it_ends_the_story() {
    let a = import_text(&with_story(
        &[HEAD, "12/05/2025", ""],
        &[
            "شارك",
            "طباعة",
            "آخر تحديث: 12/05/2025",
            "هل وجدت ما تبحث عنه؟",
            "نعم",
            "لا",
        ],
    ));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn the_weekday_before_a_numeric_day_tells_which_way_it_reads() {
    // 6 February 2022 was a Sunday, 2 June a Thursday.
    for (line, day) in [
        ("أحد, 02/06/2022 - 11:24", "2022-02-06"),
        ("الخميس, 02/06/2022 - 11:24", "2022-06-02"),
        ("02/06/2022 - 11:24", "2022-06-02"),
    ] {
        let a = import_text(&with_story(&[HEAD, line, ""], &[]));
        let published = a.published.as_deref().unwrap_or_default();
        assert!(published.starts_with(day), "{line}: {published}");
        assert_eq!(texts(&a), STORY, "{line}");
    }
}

#[test]
fn a_statement_signed_with_its_place_a_comma_and_its_day_is_no_paragraph() {
    let a = import_text(&with_story(
        &["بنك الجزائر", "", HEAD, "24/09/2024", ""],
        &["الجزائر، في 24 سبتمبر 2024", "بنك الجزائر"],
    ));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_web_players_words_are_dropped() {
    let mut foot = vec!["مشغل الصوت", "00:00", "00:00"];
    foot.push("استخدم مفاتيح الأسهم لأعلى/لأسفل لزيادة الصوت أو خفضه.");
    let mut lines = vec![HEAD, "2023/06/14", "", STORY[0]];
    lines.extend(&foot);
    lines.extend(&STORY[1..]);
    let a = import_text(&lines.join("\n"));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_call_to_click_for_more_is_dropped_and_a_sentence_with_a_click_stays() {
    let call = "لمزيد من المعلومات حول البلدية وبرامجها، يرجى الضغط هنا.";
    let a = import_text(&with_story(&[HEAD, "12/05/2025", ""], &[call]));
    assert_eq!(texts(&a), STORY);
    let told = "وقال المدير إن السكان يستطيعون التسجيل عبر الموقع بالضغط هنا أو بزيارة المقر.";
    let a = import_text(&with_story(&[HEAD, "12/05/2025", ""], &[told]));
    assert!(texts(&a).contains(&told), "{:?}", texts(&a));
}

#[test]
fn a_press_office_signing_a_pages_story_is_its_source() {
    let body = format!(
        "<article><h1>{HEAD}</h1>{}<p><strong>المكتب الصحفي للشرطة</strong></p></article>",
        paragraphs(&STORY)
    );
    let a = load_html(&page("<meta charset=\"utf-8\">", &body));
    assert_eq!(a.title, HEAD);
    assert_eq!(a.source.as_deref(), Some("المكتب الصحفي للشرطة"));
    let texts: Vec<&str> = a.body.iter().map(Block::text).collect();
    assert_eq!(texts, STORY);
}
