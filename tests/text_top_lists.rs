//! The site's trail to the story (`الرئيسية » محليات`) sits right over its
//! headline: other stories' headlines above it (a ticker, the latest news)
//! are the page's, however headline-like they look.

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
