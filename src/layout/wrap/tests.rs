//! Line filling: the fast path against the full search, and the
//! generator of mixed text the layout's property tests share.

use proptest::prelude::*;

use super::*;
use crate::layout::LayoutOptions;
use crate::layout::para::Prepared;

pub(crate) fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => "[ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإةى]{1,12}",
            3 => "[a-zA-Z]{1,14}",
            2 => "[0-9]{1,6}",
            4 => "[ ]{1,3}",
            1 => "[\u{A0}\u{2003}\u{3000}\u{200B}\u{2060}\u{AD}]",
            1 => "[ًٌٍَُِّْ\u{301}]{1,3}",
            2 => r#"[.,،؛:;!?()\[\]«»“”\\"'%$€/‐–—-]{1,2}"#,
            1 => "[中文字한국]{1,3}",
            1 => "[😀👍🏽🇸🇦]",
        ],
        0..80,
    )
    .prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// The fast path's lines are those of filling over every
    /// opportunity.
    #[test]
    fn near_the_end_search_gives_the_full_search_lines(text in text(), width in 1usize..40) {
        let p = Prepared::new(&text, &LayoutOptions::default());
        prop_assert_eq!(wrap(&p.text, &p.units, width), wrap_full(&p.text, &p.units, width));
    }
}

#[test]
fn runs_of_marks_and_spaces_fall_back_to_the_full_search() {
    // Every opportunity falls inside a cluster (a space carrying a
    // mark): the filler must not look for each one from the line start.
    let text = " \u{301}".repeat(20_000);
    let p = Prepared::new(&text, &LayoutOptions::default());
    assert_eq!(wrap(&p.text, &p.units, 7), wrap_full(&p.text, &p.units, 7));
}
