//! Copied text's header lines: the dates, mastheads, menus, breadcrumbs,
//! publication lines and datelines around the headline, each read into the
//! article's header or dropped, never left in the body.

mod support;

use qari::article::{Article, Block};
use support::copied::{import_text as read, texts};

const LEAD: &str =
    "افتتح وزير النقل صباح اليوم الطريق الساحلي الجديد الذي يربط المدينتين بعد عامين من العمل.";
const SECOND: &str =
    "وقال الوزير في كلمته إن الطريق سيختصر زمن الرحلة إلى النصف ويخفف الزحام عن الطرق القديمة.";
const HEAD: &str = "افتتاح الطريق الساحلي الجديد بين المدينتين";

/// The copy of `top` over the lead and the second paragraph, which must be
/// all its body: nothing of the header's lines is left in it.
fn under(top: &str) -> Article {
    let a = read(&format!("{top}\n{LEAD}\n{SECOND}\n"));
    assert_eq!(texts(&a), [LEAD, SECOND], "{top}");
    a
}

#[test]
fn tags_and_meta_bullets_before_the_first_paragraph_are_dropped_and_a_later_list_stays() {
    let text = format!(
        "افتتاح الطريق الساحلي الجديد بين المدينتين\n- وزير النقل\n- الطريق الساحلي\n- مشروعات\n• 03/14/2021\n• 00:00\n• 2\nnews-picture\n{LEAD}\n{SECOND}\n- المرحلة الأولى بطول أربعين كيلومترا\n- المرحلة الثانية بطول ثلاثين كيلومترا\n"
    );
    let a = read(&text);
    assert_eq!(
        texts(&a),
        [
            LEAD,
            SECOND,
            "المرحلة الأولى بطول أربعين كيلومترا",
            "المرحلة الثانية بطول ثلاثين كيلومترا",
        ]
    );
    assert!(matches!(a.body[2], Block::ListItem(_)));
}

#[test]
fn a_line_that_is_only_a_date_is_the_published_date_not_a_paragraph() {
    let a = read(&format!(
        "{HEAD}\n{LEAD}\n{SECOND}\nالأحد 14-03-2021 09:15 ص\n"
    ));
    assert_eq!(texts(&a), [LEAD, SECOND]);
    assert_eq!(a.published.as_deref(), Some("2021-03-14T09:15"));
}

#[test]
fn a_navigation_menu_above_the_headline_is_dropped_and_never_the_title() {
    let a = under(&format!("الرئيسية\nمحليات\nاقتصاد\nرياضة\nمنوعات\n{HEAD}"));
    assert_eq!(a.title, HEAD);
}

#[test]
fn a_date_with_the_month_name_between_slashes_is_read() {
    let a = under(&format!("{HEAD}\nالأحد 14/مارس/2021 - 09:15 م"));
    assert_eq!(a.published.as_deref(), Some("2021-03-14T21:15"));
}

#[test]
fn the_date_above_the_masthead_gives_way_to_the_article_date() {
    let masthead = "الأربعاء 24 مارس 2021\nرئيس التحرير\nسامي الأحمد";
    let a = under(&format!("{masthead}\n{HEAD}\nالأحد 14/مارس/2021 - 09:15 م"));
    assert_eq!(a.title, HEAD);
    assert_eq!(a.published.as_deref(), Some("2021-03-14T21:15"));
    // Without a date of its own the copy has none: the clock is the day
    // it was copied.
    assert_eq!(under(&format!("{masthead}\n{HEAD}")).published, None);
}

#[test]
fn leaked_attribute_names_and_slashed_site_names_are_not_headings() {
    let a = read(&format!(
        "{HEAD}\nsrc=\nالمدينة24///\n{LEAD}\ndata-id=\n{SECOND}\n"
    ));
    assert_eq!(a.title, HEAD);
    assert_eq!(texts(&a), [LEAD, SECOND]);
    // A heading that merely contains a slash or an equals sign stays.
    let a = read(&format!(
        "{HEAD}\n{LEAD}\nالربح = الدخل / الكلفة\n{SECOND}\n"
    ));
    assert_eq!(texts(&a)[1], "الربح = الدخل / الكلفة");
}

#[test]
fn a_breadcrumb_trail_gives_its_last_segment_as_the_title() {
    let a = under(&format!("الرئيسية / أخبار محلية / {HEAD}\n{HEAD}\n{HEAD}"));
    assert_eq!(a.title, HEAD);
    // One slash in a headline is not a trail.
    let a = under("الدخل / الكلفة في الموازنة الجديدة");
    assert_eq!(a.title, "الدخل / الكلفة في الموازنة الجديدة");
}

#[test]
fn publication_lines_give_the_date_and_author_and_a_last_update_line_is_dropped() {
    let day = |a: &Article| a.published.as_deref().map(|d| d[..10].to_owned());
    let a = under(&format!(
        "{HEAD}\nنشر بتاريخ: 14/03/2021 ( آخر تحديث: 15/03/2021 الساعة: 10:30 )"
    ));
    assert_eq!(day(&a).as_deref(), Some("2021-03-14"));
    let a = read(&format!(
        "{HEAD}\nنشر: badge icon سامي الأحمد 14 مارس 2021 الساعة 09:15 مساءً\n{LEAD}\n{SECOND}\nاخر تحديث: 20 مارس 2021 الساعة 05:10 مساءً\n"
    ));
    assert_eq!(texts(&a), [LEAD, SECOND]);
    assert_eq!(a.author.as_deref(), Some("سامي الأحمد"));
    assert_eq!(day(&a).as_deref(), Some("2021-03-14"));
}

#[test]
fn a_site_clock_above_the_headline_is_neither_the_title_nor_the_date() {
    let clock = "الأربعاء: 24/03/2021 بتوقيت مكة المكرمة";
    let a = under(&format!("{clock}\n{HEAD}"));
    assert_eq!(a.title, HEAD);
    // The day the page was copied, not the day it was published.
    assert_eq!(a.published, None);
    let a = under(&format!("{clock}\n{HEAD}\nنشر بتاريخ: 14/03/2021"));
    assert_eq!(a.title, HEAD);
    assert_eq!(a.published.as_deref(), Some("2021-03-14"));
}

#[test]
fn meta_bullets_in_the_header_give_the_outlet_and_date_before_they_are_dropped() {
    let a = under(&format!("{HEAD}\n• عدن، الساحل الغربي\n• 10:20 2021/03/14"));
    assert_eq!(a.source.as_deref(), Some("الساحل الغربي"));
    assert_eq!(a.published.as_deref().map(|d| &d[..10]), Some("2021-03-14"));
}

#[test]
fn a_dashed_dateline_at_the_start_of_the_lead_is_the_byline() {
    let a = read(&format!("{HEAD}\nرام الله - وفا - {LEAD}\n{SECOND}\n"));
    assert_eq!(a.source.as_deref(), Some("وفا"));
    assert_eq!(texts(&a), [LEAD, SECOND]);
    // A first sentence with dashes in it is not a byline.
    let lead = "الحكومة - كما قال الوزير - ستبدأ العمل في الطريق الجديد الأسبوع المقبل.";
    let a = read(&format!("{HEAD}\n{lead}\n{SECOND}\n"));
    assert_eq!(a.source, None);
    assert_eq!(texts(&a), [lead, SECOND]);
}

#[test]
fn a_paragraph_that_starts_with_the_verb_published_and_has_a_date_stays() {
    let later = "نشر الموقع في 14 مارس 2021 تقريرا مفصلا عن كلفة الطريق.";
    let a = read(&format!("{HEAD}\n{LEAD}\n{later}\n{SECOND}\n"));
    assert_eq!(texts(&a), [LEAD, later, SECOND]);
}

/// A time counted back from now in the byline's widget, the next label
/// run into it as the copy lost the space (`منذ 6 أشهرفي`), in a unit of
/// months or years, or counted in words: the page's clock, no date, no
/// heading and no author.
#[test]
fn a_relative_time_run_into_the_next_word_is_the_pages_clock() {
    for clock in [
        "منذ 6 أشهرفي",
        "منذ ساعتينفي",
        "منذ 3 أيامعن",
        "قبل 5 دقائقفي",
        "منذ سنتين",
        "منذ 4 سنوات",
        "منذ ثلاث ساعات",
        "منذ يوم واحد",
        "قبل بضع دقائق",
    ] {
        let a = under(&format!("{HEAD}\nنشرت\n{clock}\nبواسطة\nسامي الأحمد"));
        assert_eq!(a.title, HEAD, "{clock}");
        assert_eq!(a.published, None, "{clock}");
        assert_eq!(a.author.as_deref(), Some("سامي الأحمد"), "{clock}");
    }
}

/// A widget's label in Latin letters between the headline and an Arabic
/// lead is nobody's name and no text.
#[test]
fn a_latin_label_under_the_headline_is_no_author() {
    for label in ["In this article", "Share this", "Text Size"] {
        let a = under(&format!("{HEAD}\n{label}"));
        assert_eq!((a.title.as_str(), a.author), (HEAD, None), "{label}");
    }
}

/// A date in the Hijri calendar alone, under the headline or above it, is
/// the page's date line: no paragraph, no heading and no title, and no
/// Gregorian day is made up from it. A month's name and a year of this era
/// are a heading of the text.
#[test]
fn a_hijri_date_alone_is_no_text() {
    for date in [
        "الأحد 20 شعبان 1444",
        "20 رمضان 1445هـ",
        "في 3 ذو الحجة 1445 هـ",
    ] {
        assert_eq!(under(&format!("{HEAD}\n{date}")).published, None, "{date}");
        let a = under(&format!("{date}\n{HEAD}"));
        assert_eq!((a.title.as_str(), a.published), (HEAD, None), "{date}");
    }
    let a = read(&format!("{HEAD}\n{LEAD}\nرمضان 2024\n{SECOND}\n"));
    assert_eq!(texts(&a), [LEAD, "رمضان 2024", SECOND]);
}
