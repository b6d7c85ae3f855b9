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

#[test]
fn a_relay_word_before_a_sites_name_names_the_source() {
    assert_eq!(parse("رصد – أثير"), Some(by(None, Some("أثير"), None)));
    let title = "افتتحت البلدية صباح اليوم سوقا جديدا للمزارعين يفتح أبوابه كل جمعة أمام…";
    check_lines(
        &["رصد – أثير", LEAD, "وأضاف أن البلدية أعدت المكان."],
        title,
        [None, None, Some("أثير")],
        &["افتتحت البلدية", "وأضاف"],
    );
    // A writer's given name there is no site.
    assert_eq!(parse("متابعة – محمد"), None);
}

#[test]
fn a_city_and_one_word_no_table_knows_over_the_lead_name_the_outlet() {
    assert_eq!(
        parse("الرباط – قريش"),
        Some(by(None, Some("قريش"), Some("الرباط")))
    );
    check_lines(
        &[HEAD, "", "الرباط – قريش:", "", LEAD],
        HEAD,
        [None, None, Some("قريش")],
        &["افتتحت البلدية"],
    );
    // A newsroom's word or a given name after the city names no outlet.
    assert_eq!(parse("القاهرة - خاص").and_then(|b| b.source), None);
    assert_eq!(parse("غزة - محمد"), None);
}

#[test]
fn the_stories_own_mark_after_the_outlet_in_brackets() {
    let lead = "أصدر المحافظ اليوم القرار رقم (76) لسنة 2022 بإعفاء مستشاريه من مهامهم جاء فيه:";
    let a = support::copied::import_text(&format!(
        "المكلا(حضرموت اليوم ) خاص\n{lead}\n“انطلاقاً من جهود السلطة المحلية بالمحافظة لتفعيل العمل داخل مكاتب الوزارات والمؤسسات الحكومية وضبط أدائها وتنظيم مهام المستشارين.”\n\
         مادة (1) : إعفاء كافة مستشاري المحافظ من مهامهم.\n\
         مادة (2) : يلغى أي تكليف سابق، ويعمل بهذا القرار من تاريخ صدوره.\n"
    ));
    assert_eq!(a.source.as_deref(), Some("حضرموت اليوم"));
    // The lead ends with a colon before what it quotes: no headline.
    assert_eq!(support::copied::texts(&a)[0], lead);
}

#[test]
fn a_wires_dateline_with_a_full_date_dates_the_story() {
    check_lines(
        &[
            "مصراتة 21 مايو 2023 (وال)- التقى المبعوث الأممي الأحد رئيس وأعضاء المجلس البلدي.",
            "وقال المجلس البلدي في بيان إن اللقاء تناول قضايا عدة.",
        ],
        "التقى المبعوث الأممي الأحد رئيس وأعضاء المجلس البلدي",
        [Some("2023-05-21"), None, Some("وال")],
        &["التقى المبعوث", "وقال المجلس"],
    );
}

#[test]
fn a_dash_run_into_a_sites_or_a_desks_name() {
    assert_eq!(parse("حيروت- خاص"), Some(by(None, Some("حيروت"), None)));
    assert_eq!(
        parse("متابعة-سوزان حسن"),
        Some(by(Some("سوزان حسن"), None, None))
    );
    let title = "افتتحت البلدية صباح اليوم سوقا جديدا للمزارعين يفتح أبوابه كل جمعة أمام…";
    check_lines(
        &["متابعة-سوزان حسن", LEAD, "وأضاف أن البلدية أعدت المكان."],
        title,
        [None, Some("سوزان حسن"), None],
        &["افتتحت البلدية", "وأضاف"],
    );
}

#[test]
fn a_sites_name_run_into_the_lead_by_an_underscore() {
    check_lines(
        &[
            "وطنا اليوم_افتتحت البلدية صباح اليوم سوقا جديدا للمزارعين يفتح أبوابه كل جمعة أمام الباعة والمتسوقين.",
            "وأضاف أن البلدية أعدت المكان.",
        ],
        "افتتحت البلدية صباح اليوم سوقا جديدا للمزارعين يفتح أبوابه كل جمعة أمام…",
        [None, None, Some("وطنا اليوم")],
        &["افتتحت البلدية", "وأضاف"],
    );
}

#[test]
fn a_columns_writer_between_the_section_and_the_headline() {
    let headline = "كل يوم في مدينة ليبية… (20) مدينة طرابلس العاصمة";
    check_lines(
        &[
            "مقالات",
            "",
            "حسين سليمان بن مادي",
            "",
            headline,
            "",
            "أرشيف الكاتب",
            "2017/06/15 على الساعة 05:25",
            "",
            LEAD,
        ],
        headline,
        [Some("2017-06-15T05:25"), Some("حسين سليمان بن مادي"), None],
        &["افتتحت البلدية"],
    );
}

#[test]
fn a_title_bar_with_the_writers_name_over_the_headline() {
    let headline = "بعد عامين من التحرير الجامعة ولدت مرتين";
    check_lines(
        &[
            &format!("{headline} إبراهيم الخالدي"),
            "",
            headline,
            "",
            LEAD,
        ],
        headline,
        [None, Some("إبراهيم الخالدي"), None],
        &["افتتحت البلدية"],
    );
}
