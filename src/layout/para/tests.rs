use super::clusters::SOFT_HYPHEN;
use super::*;
use crate::layout::measure::{cluster_width, for_each_cluster};
use crate::layout::options::{Direction, Shaping};
use proptest::prelude::*;
use unicode_bidi::BidiClass::NSM;
use unicode_segmentation::UnicodeSegmentation;

#[test]
fn a_simple_character_with_harakat_is_one_cell() {
    let props = Props::get();
    let ranges = [0x20..0x800u32, 0x2000..0x2070, 0xFB00..0xFF00];
    for base in ranges.into_iter().flatten().filter_map(char::from_u32) {
        if !props.of(base).simple || base == SOFT_HYPHEN {
            continue;
        }
        for mark in ('\u{064B}'..='\u{065F}').chain(['\u{0670}']) {
            assert_eq!(props.of(mark).class, NSM);
            let s = format!("{base}{mark}{mark}");
            assert_eq!(s.graphemes(true).count(), 1, "{s:?}");
            assert_eq!(
                cluster_width(&s),
                usize::from(props.of(base).width),
                "{s:?}"
            );
        }
    }
}

/// The units of `s` are its shaped text's grapheme clusters, each
/// with the class and level of its first character.
fn check_units(s: &str, opts: &LayoutOptions) -> Result<(), TestCaseError> {
    let p = Prepared::new(s, opts);
    let got: Vec<_> = p
        .units
        .iter()
        .map(|u| (u.start as usize, u.end as usize, usize::from(u.width)))
        .collect();
    let mut want = Vec::new();
    for_each_cluster(&p.text, |i, g, w, _| want.push((i, i + g.len(), w)));
    prop_assert_eq!(got, want, "{:?}", s);
    let (classes, levels) = crate::layout::levels::resolve(&p.text, p.para);
    let mut first = 0;
    for u in &p.units {
        prop_assert_eq!(
            (u.level, u.class),
            (levels[first], classes[first]),
            "{:?}",
            s
        );
        first += p.text[u.start as usize..u.end as usize].chars().count();
    }
    Ok(())
}

#[test]
fn units_are_the_grapheme_clusters_of_the_shaped_text() {
    let opts = LayoutOptions {
        shaping: Shaping::Off,
        ..LayoutOptions::default()
    };
    for s in [
        "كَتَبَ abc",
        "كَتَبَ\u{301} اَلْ\u{670}ا مُ\u{200D}ا",
        "a\u{651}\u{64E} \u{64E}\u{651}",
        "\u{AD}\u{64E}b",
        "a\u{301}\u{302}b",
        "\u{600}12 x",
        "👨\u{200D}👩\u{200D}👧 ok",
        "\u{1F1EB}\u{1F1F7}x",
        "ب\u{200D}ب",
        "©\u{FE0F}",
        "",
        "\u{301}",
        "ab\u{301}",
        "\u{301}a",
        "a\u{301}",
        "\u{301}\u{301}ab\u{64E}",
    ] {
        check_units(s, &opts).unwrap();
        check_units(s, &LayoutOptions::default()).unwrap();
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Clusters made as shaping gives the characters, whatever mix of
    /// simple characters, marks, joiners and emoji comes.
    #[test]
    fn units_are_clusters_of_any_text(text in crate::layout::wrap::tests::text(), rtl: bool) {
        let direction = if rtl { Direction::Rtl } else { Direction::Ltr };
        check_units(&text, &LayoutOptions { direction, ..LayoutOptions::default() })?;
    }
}
