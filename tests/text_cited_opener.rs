//! A dateline whose outlet no table knows, told by the story itself: the
//! text cites its own paper as the one it spoke to, so a name opening the
//! lead and cited so later is the story's source.

mod support;

use support::copied::check_lines;

const HEAD: &str = "ارتفاع أسعار الذرة في أسواق المدينة مع استمرار إغلاق الطرق";
const DATE: &str = "20 يناير 2025";
const REST: &str =
    "شهدت أسواق المدينة ارتفاعا غير مسبوق في أسعار الذرة والسلع الأساسية في ظل إغلاق الطرق.";

fn told(cited: &str) -> String {
    format!("وقال تجار {cited} إن البضائع لم تعد تصل إلا عبر طرق ترابية طويلة وبكميات قليلة.")
}

#[test]
fn a_name_opening_the_lead_that_the_text_cites_is_the_source() {
    for (opener, cited, source) in [
        ("زالنجي- دارفور24", "لـ\"دارفور24\"", "دارفور24"),
        (
            "كادقلي: 20 يناير 2025: راديو دبنقا",
            "لراديو دبنقا",
            "راديو دبنقا",
        ),
        ("شفق نيوز/", "لـ«شفق نيوز»", "شفق نيوز"),
        ("(ديربورن – «صدى الوطن»)", "لـ«صدى الوطن»", "صدى الوطن"),
    ] {
        let lead = format!("{opener} {REST}");
        let next = told(cited);
        check_lines(
            &[HEAD, DATE, &lead, &next],
            HEAD,
            [Some("2025-01-20"), None, Some(source)],
            &[REST, &next],
        );
    }
}

#[test]
fn a_name_the_text_does_not_cite_stays_in_the_lead() {
    let lead = format!("زالنجي- دارفور24 {REST}");
    let next = told("للصحفيين");
    check_lines(
        &[HEAD, DATE, &lead, &next],
        HEAD,
        [Some("2025-01-20"), None, None],
        &[&lead, &next],
    );
    // Words that open a sentence with no mark after them are no outlet,
    // even when the text names them as one elsewhere.
    let lead = format!("وزارة الصحة {REST}");
    let next = told("لوزارة الصحة");
    check_lines(
        &[HEAD, DATE, &lead, &next],
        HEAD,
        [Some("2025-01-20"), None, None],
        &[&lead, &next],
    );
}

#[test]
fn the_summary_over_the_lead_with_its_dateline_is_said_once() {
    let lead = format!("كادقلي: 20 يناير 2025: راديو دبنقا {REST}");
    let next = told("لراديو دبنقا");
    check_lines(
        &[HEAD, REST, DATE, &lead, &next],
        HEAD,
        [Some("2025-01-20"), None, Some("راديو دبنقا")],
        &[REST, &next],
    );
    let a = support::copied::import_text(&[HEAD, REST, DATE, &lead, &next].join("\n"));
    assert_eq!(a.body.len(), 2, "{:#?}", a.body);
}
