//! What a page shows over the story: the site's trail to it (`الرئيسية »
//! محليات`) and its lists of other stories (`عاجل`, `آخر الأخبار`). Other
//! stories' headlines there are the page's, however headline-like they
//! look; and the site's name and slogan over its menu.

mod support;

use support::copied::check_lines;

const HEAD: &str = "انقطاع المياه عن أحياء في المدينة الخميس لأعمال صيانة";
const DATE: &str = "12-03-2024 11:42 AM";
const LEAD: &str = "أعلنت شركة المياه أن الضخ سيتوقف عن عدد من الأحياء صباح الخميس المقبل لإجراء أعمال صيانة طارئة على الخط الرئيسي.";
const NEXT: &str = "وقالت الشركة في بيان إن الأعمال تشمل استبدال مقطع من الخط بطول 350 مترا.";
const OTHER: &str = "الأرصاد: أجواء باردة نسبيا وفرصة لزخات متفرقة من المطر شمال البلاد";
const OTHER2: &str = "انطلاق بطولة المدارس للشطرنج بمشاركة 60 طالبا";

#[test]
fn other_headlines_over_the_trail_are_the_pages() {
    for trail in [
        "الرئيسية » محليات",
        "الرئيسية > أخبار محلية > المحافظات",
        "الرئيسية / المجتمع",
    ] {
        check_lines(
            &[
                "الرئيسية",
                "محليات",
                "اقتصاد",
                OTHER,
                OTHER2,
                trail,
                HEAD,
                DATE,
                LEAD,
                NEXT,
            ],
            HEAD,
            [Some("2024-03-12T11:42"), None, None],
            &["أعلنت شركة المياه", "وقالت الشركة"],
        );
    }
}

#[test]
fn a_trail_that_ends_with_the_headline_gives_it() {
    let trail = format!("الرئيسية » محليات » {HEAD}");
    check_lines(
        &[
            "الرئيسية",
            "محليات",
            OTHER,
            OTHER2,
            &trail,
            DATE,
            LEAD,
            NEXT,
        ],
        HEAD,
        [Some("2024-03-12T11:42"), None, None],
        &["أعلنت شركة المياه", "وقالت الشركة"],
    );
}

#[test]
fn a_place_and_outlet_under_the_headline_said_again_is_the_byline() {
    // Pages show the headline over the story's picture; a short line under
    // that copy is usually the picture's caption, but a place and who
    // reports from it is the byline.
    check_lines(
        &[HEAD, DATE, HEAD, "الخليل - دنيا الوطن", LEAD, NEXT],
        HEAD,
        [Some("2024-03-12T11:42"), None, Some("دنيا الوطن")],
        &["أعلنت شركة المياه", "وقالت الشركة"],
    );
}

#[test]
fn under_a_list_of_the_latest_the_last_headline_over_the_date_is_the_storys() {
    // The copy started at the list and ran into the story's own headline,
    // with nothing between them but the story's date under it.
    for label in ["آخر الأخبار", "عاجل", "الأكثر قراءة"] {
        check_lines(
            &[
                "الرئيسية",
                "محليات",
                label,
                OTHER,
                OTHER2,
                HEAD,
                DATE,
                LEAD,
                NEXT,
            ],
            HEAD,
            [Some("2024-03-12T11:42"), None, None],
            &["أعلنت شركة المياه", "وقالت الشركة"],
        );
    }
}

#[test]
fn a_list_of_the_latest_over_a_section_leaves_the_headline_alone() {
    let deck = "خطة لتزويد الأحياء بالصهاريج طوال فترة الانقطاع";
    check_lines(
        &[
            "عاجل",
            OTHER,
            "محليات",
            HEAD,
            deck,
            "كتب ناصر الفرحان",
            DATE,
            LEAD,
            NEXT,
        ],
        HEAD,
        [Some("2024-03-12T11:42"), Some("ناصر الفرحان"), None],
        // The deck over the byline is the page's summary.
        &["أعلنت شركة المياه", "وقالت الشركة"],
    );
}

#[test]
fn a_most_read_list_at_the_foot_of_a_wrapped_copy_leaves_its_top_alone() {
    let text = [
        "محليات",
        "",
        HEAD,
        "",
        "الأربعاء 13 مارس 2024",
        "",
        "أعلنت شركة المياه أن الضخ سيتوقف عن عدد من الأحياء صباح",
        "الخميس المقبل لإجراء أعمال صيانة طارئة على الخط الرئيسي",
        "المغذي للمدينة.",
        "",
        "وقالت الشركة في بيان إن الأعمال تشمل استبدال مقطع من الخط",
        "بطول 350 مترا وإن المياه تعود تدريجيا بعد انتهاء الأعمال.",
        "",
        "الأكثر قراءة",
        OTHER,
        OTHER2,
    ]
    .join("\n");
    let a = support::copied::import_text(&text);
    assert_eq!(a.title, HEAD);
    assert_eq!(a.published.as_deref(), Some("2024-03-13"));
    let texts = support::copied::texts(&a);
    assert_eq!(texts.len(), 2, "{texts:#?}");
    assert!(texts[0].starts_with("أعلنت شركة المياه"), "{texts:#?}");
}

/// The site's name and its slogan over its menu, copied as one line of
/// section names or as a line each, some of two words: none of it is the
/// headline, in a copy with blank lines or hard-wrapped.
#[test]
fn a_masthead_over_the_menu_is_the_pages() {
    let menus = [
        vec!["الرئيسية سياسة اقتصاد محليات ثقافة رياضة مجتمع"],
        vec![
            "الرئيسية",
            "أخبار المدينة",
            "تقارير",
            "اقتصاد",
            "رياضة",
            "أخبار عاجلة",
        ],
    ];
    for masthead in [
        vec!["صدى المدينة"],
        vec!["الصدى", "صحيفة يومية تصدر كل صباح"],
    ] {
        for menu in &menus {
            let mut lines: Vec<&str> = masthead.clone();
            lines.extend(menu);
            lines.extend(["محليات", HEAD, "كتب ناصر الفرحان", DATE, LEAD, NEXT]);
            let text = lines.join("\n\n");
            let a = support::copied::import_text(&text);
            assert_eq!(a.title, HEAD, "{text}");
            assert_eq!(a.author.as_deref(), Some("ناصر الفرحان"), "{text}");
            let texts = support::copied::texts(&a);
            assert_eq!(texts.len(), 2, "{texts:#?}");
        }
    }
}

/// A breaking-news label over one of its items, then the site's trail:
/// the story's headline is under the trail, though a picture's caption
/// stands between its byline and its lead.
#[test]
fn the_trail_under_a_breaking_news_item_ends_the_list() {
    check_lines(
        &[
            "أخبار عاجلة",
            OTHER,
            "الرئيسية / أخبار المدينة",
            HEAD,
            "كتب: ناصر الفرحان",
            DATE,
            "أعمال صيانة المياه في المدينة",
            LEAD,
            NEXT,
        ],
        HEAD,
        [Some("2024-03-12T11:42"), Some("ناصر الفرحان"), None],
        &["أعلنت شركة المياه", "وقالت الشركة"],
    );
}
