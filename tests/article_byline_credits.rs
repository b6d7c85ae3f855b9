//! Credits under a headline that name more than a writer beside a city:
//! a site's Latin name, a team, an interview's photographer, an outlet
//! that made an investigation.

mod support;

use qari::article::byline::parse;
use support::copied::{by, check_lines};

const HEAD: &str = "افتتاح سوق جديد للمزارعين في المدينة";
const LEAD: &str =
    "افتتحت البلدية صباح اليوم سوقا جديدا للمزارعين يفتح أبوابه كل جمعة أمام الباعة.";

#[test]
fn a_writer_and_the_sites_latin_name_after_an_underscore() {
    assert_eq!(
        parse("ريم الحلبي_ Levant Press"),
        Some(by(Some("ريم الحلبي"), Some("Levant Press"), None))
    );
    assert_eq!(
        parse("سامر خليل - sport 360"),
        Some(by(Some("سامر خليل"), Some("sport 360"), None))
    );
    check_lines(
        &[HEAD, "", "ريم الحلبي_ Levant Press", "", LEAD],
        HEAD,
        [None, Some("ريم الحلبي"), Some("Levant Press")],
        &["افتتحت البلدية"],
    );
}

#[test]
fn writers_set_apart_by_bars_are_the_authors() {
    let team = "يامن الشامي | عروة سليمان | نور الدين حداد";
    assert_eq!(
        parse(team),
        Some(by(
            Some("يامن الشامي، عروة سليمان، نور الدين حداد"),
            None,
            None
        ))
    );
    check_lines(
        &[HEAD, team, LEAD],
        HEAD,
        [None, Some("يامن الشامي، عروة سليمان، نور الدين حداد"), None],
        &["افتتحت البلدية"],
    );
    // A menu's bars part sections, no one's names.
    assert_eq!(parse("أخبار محلية | رياضة عربية | اقتصاد"), None);
}

#[test]
fn an_interviews_credit_leaves_the_photographer_out() {
    check_lines(
        &[
            HEAD,
            "أجرى اللقاء: فاضل الشمري  تصوير: محمد سالم - علي حسن",
            LEAD,
        ],
        HEAD,
        [None, Some("فاضل الشمري"), None],
        &["افتتحت البلدية"],
    );
}

#[test]
fn an_investigation_made_by_an_outlet_names_the_source() {
    check_lines(
        &[HEAD, "تحقيق أجرته “شام برس”", LEAD],
        HEAD,
        [None, None, Some("شام برس")],
        &["افتتحت البلدية"],
    );
    // Made by a writer, it names the author.
    check_lines(
        &[HEAD, "تقرير أعدته: هبة السالم", LEAD],
        HEAD,
        [None, Some("هبة السالم"), None],
        &["افتتحت البلدية"],
    );
}

#[test]
fn a_writers_name_over_a_caption_above_the_lead_is_the_author() {
    check_lines(
        &[
            HEAD,
            "الإثنين، 23 يونيو 2025 03:34 م",
            "إسراء حمدان",
            "",
            "سوق جديد للمزارعين",
            LEAD,
        ],
        HEAD,
        [Some("2025-06-23T15:34"), Some("إسراء حمدان"), None],
        &["افتتحت البلدية"],
    );
}

#[test]
fn a_fields_label_before_its_date_is_no_ones_name() {
    check_lines(
        &[HEAD, "", "تم التحقق في: 2021-01-11", "", LEAD],
        HEAD,
        [Some("2021-01-11"), None, None],
        &["افتتحت البلدية"],
    );
}

#[test]
fn a_writer_said_it_via_a_platform_and_is_named_without_it() {
    check_lines(
        &["كتب الإعلامي سامي حداد عبر منصة إكس", LEAD],
        "افتتحت البلدية صباح اليوم سوقا جديدا للمزارعين يفتح أبوابه كل جمعة أمام…",
        [None, Some("سامي حداد"), None],
        &["افتتحت البلدية"],
    );
}

#[test]
fn a_bulleted_byline_with_a_badge_run_into_it_gives_the_site_and_the_date() {
    check_lines(
        &[
            HEAD,
            "",
            "  • sport 360bronzeبواسطة: sport 360 تاريخ النشر: الأربعاء، 20 مايو 2015",
            HEAD,
            "",
            LEAD,
        ],
        HEAD,
        [Some("2015-05-20"), None, Some("sport 360")],
        &["افتتحت البلدية"],
    );
}
