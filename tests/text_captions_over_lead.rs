//! A picture's caption between the byline and date and the lead: pages put
//! the picture under the story's header, and a copy keeps its caption as
//! a short line over the first paragraph.

mod support;

use support::copied::check_lines;

const HEAD: &str = "بدء أعمال توسعة الطريق الساحلي بين المدينتين";
const BYLINE: &str = "سلمى العطار - الإسكندرية";
const DATE: &str = "الأحد 14 أبريل 2024";
const LEAD: &str = "بدأت وزارة الأشغال صباح اليوم أعمال توسعة الطريق الساحلي على طول أربعين كيلومترا بين المدينتين.";
const NEXT: &str = "وقال مدير المشروع إن الأعمال تستمر عشرة أشهر وإن حركة السير لن تتوقف خلالها.";
const FIELDS: [Option<&str>; 3] = [Some("2024-04-14"), Some("سلمى العطار"), None];

#[test]
fn a_caption_with_its_credit_in_brackets_is_dropped() {
    for caption in [
        "آليات تعمل على الطريق الساحلي قرب المرفأ (المرفأ اليوم)",
        "عمال في موقع المشروع (أرشيف)",
        "جزء من الطريق الساحلي قبل التوسعة - أرشيف",
        "الطريق الساحلي صباح 13 أبريل 2024",
    ] {
        check_lines(
            &[HEAD, BYLINE, DATE, caption, LEAD, NEXT],
            HEAD,
            FIELDS,
            &["بدأت وزارة الأشغال", "وقال مدير المشروع"],
        );
    }
}

#[test]
fn a_heading_over_the_lead_stays_when_nothing_says_it_is_a_caption() {
    // The same place holds a heading in copies of long stories: without a
    // date, a credit or the archive's word it is kept.
    check_lines(
        &[
            HEAD,
            BYLINE,
            DATE,
            "",
            "مخاوف السكان من الازدحام",
            "",
            LEAD,
            NEXT,
        ],
        HEAD,
        FIELDS,
        &[
            "مخاوف السكان من الازدحام",
            "بدأت وزارة الأشغال",
            "وقال مدير المشروع",
        ],
    );
}

#[test]
fn a_deck_under_the_headline_stays_the_first_block() {
    // Above the byline, a line with a bracket is the story's deck, which
    // says what the story says.
    let deck = "المشروع يكلف 90 مليون دينار (تمويل حكومي)";
    check_lines(
        &[HEAD, deck, BYLINE, DATE, LEAD, NEXT],
        HEAD,
        FIELDS,
        &[deck, "بدأت وزارة الأشغال", "وقال مدير المشروع"],
    );
}

#[test]
fn a_short_line_over_the_lead_that_names_the_headlines_subject_is_its_picture() {
    // No date, no credit: but it shows what the headline is about, as a
    // picture's caption does; a heading moves on in words of its own.
    check_lines(
        &[
            HEAD,
            BYLINE,
            DATE,
            "عمال الصيانة على الطريق الساحلي",
            LEAD,
            NEXT,
        ],
        HEAD,
        FIELDS,
        &["بدأت وزارة الأشغال", "وقال مدير المشروع"],
    );
    check_lines(
        &[
            HEAD,
            BYLINE,
            DATE,
            "خلافات قديمة بين السكان والبلدية",
            LEAD,
            NEXT,
        ],
        HEAD,
        FIELDS,
        &["خلافات قديمة", "بدأت وزارة الأشغال", "وقال مدير المشروع"],
    );
}
