//! Copies whose header carries the site's menu run onto one line with
//! its sections' names paired by a conjunction, a writer credited with
//! their role after a comma, and the credits and datelines below a deck.

mod support;

use qari::article::byline;
use support::copied::story::{HEAD, LEAD, NEXT};
use support::copied::{by, check_lines};

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
