//! Writers' lines under a headline that name no outlet: an initial
//! joined to the name, an interview's byline, and a name with its title
//! (`د.`) beside the date; a writer after the colon of a town no table
//! lists, and after a dateline's colon.

mod support;

use support::copied::check_lines;

const HEAD: &str = "افتتاح سوق جديد للمزارعين في المدينة";
const LEAD: &str =
    "افتتحت البلدية صباح اليوم سوقا جديدا للمزارعين يفتح أبوابه كل جمعة أمام الباعة.";
const MORE: &str = "وأضاف أن البلدية أعدت المكان.";

#[test]
fn an_initial_joined_to_the_name_is_the_writers_byline() {
    for line in ["ر۔مهران", "ر.مهران", "ر. مهران"] {
        check_lines(
            &[HEAD, "", line, LEAD, MORE],
            HEAD,
            [None, Some("ر. مهران"), None],
            &["افتتحت البلدية", "وأضاف"],
        );
    }
}

#[test]
fn an_interviews_byline_names_the_interviewer() {
    for (line, name) in [
        ("أجرى الحوار مهران القبلاوي", "مهران القبلاوي"),
        ("حاورها: ريم الساعدي", "ريم الساعدي"),
        ("حاوره ريم الساعدي", "ريم الساعدي"),
    ] {
        check_lines(
            &[HEAD, "", line, LEAD, MORE],
            HEAD,
            [None, Some(name), None],
            &["افتتحت البلدية", "وأضاف"],
        );
    }
}

#[test]
fn a_name_with_its_title_beside_the_date_is_the_writer() {
    // Two family names with the article: read as a name only here.
    let name = "د. مهران النمر القبلاوي";
    let date = "16-04-2025 09:46 AM";
    for lines in [
        [HEAD, "", name, date, "", LEAD, MORE],
        [HEAD, "", date, name, "", LEAD, MORE],
    ] {
        check_lines(
            &lines,
            HEAD,
            [Some("2025-04-16T09:46"), Some(name), None],
            &["افتتحت البلدية", "وأضاف"],
        );
    }
    // Away from any date, such a line may be a picture's caption: it is
    // no byline.
    let lines = [HEAD, "", name, "", LEAD, MORE];
    check_lines(
        &lines,
        HEAD,
        [None, None, None],
        &[name, "افتتحت البلدية", "وأضاف"],
    );
}

/// An interview's highlights under its byline: a list of the article's,
/// all of it, though its first item is as short as a header's bullet.
#[test]
fn an_interviews_highlights_under_its_byline_are_kept_whole() {
    let head = "وزير الزراعة في حوار مع الصحيفة: السوق الجديد يفتح كل جمعة للمزارعين";
    for byline in ["أجرى الحوار مهران القبلاوي", "حوار: مهران القبلاوي"]
    {
        let lines = [
            head,
            "",
            byline,
            "",
            "  • السوق الجديد خطوة أولى للمزارعين",
            "  • نعمل مع البلديات على أسواق أخرى في كل مدينة من مدن البلاد قريبا",
            "  • الأسعار ستبقى في متناول الجميع خلال الموسم كله رغم كل الظروف",
        ];
        check_lines(
            &lines,
            head,
            [None, Some("مهران القبلاوي"), None],
            &["السوق الجديد", "نعمل مع البلديات", "الأسعار ستبقى"],
        );
    }
}

#[test]
fn a_writer_after_the_colon_of_an_unlisted_town_is_the_author() {
    check_lines(
        &[
            HEAD,
            "بيوكرى: عبد الله أوبلا",
            "2023/11/08 - 10:25 صباحًا",
            LEAD,
            MORE,
        ],
        HEAD,
        [Some("2023-11-08T10:25"), Some("عبد الله أوبلا"), None],
        &["افتتحت البلدية", "وأضاف"],
    );
}

#[test]
fn a_writer_after_a_datelines_colon_is_the_author_and_its_outlet_the_source() {
    // Hard-wrapped, as the site's text is copied, with a caption.
    check_lines(
        &[
            HEAD,
            "",
            "بنغازي - بوابة الوسط: هدى الشيخي",
            "",
            "الإثنين 25 نوفمبر 2024, 01:37 مساء",
            "",
            "جانب من السوق الجديد وسط المدينة، 24 نوفمبر 2024. (بوابة الوسط)",
            "",
            "افتتحت البلدية صباح اليوم سوقا جديدا للمزارعين يفتح",
            "أبوابه كل جمعة أمام الباعة.",
            "",
            MORE,
        ],
        HEAD,
        [
            Some("2024-11-25T13:37"),
            Some("هدى الشيخي"),
            Some("بوابة الوسط"),
        ],
        &["افتتحت البلدية", "وأضاف"],
    );
}
