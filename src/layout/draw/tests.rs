use proptest::prelude::*;

use super::*;
use crate::layout::para::Prepared;
use crate::layout::wrap::{tests::text, wrap};
use crate::layout::{Direction, LayoutOptions};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// The shortcuts for lines at one level and for right-to-left
    /// lines with left-to-right runs draw what the general reordering
    /// draws, cell for cell.
    #[test]
    fn shortcuts_draw_as_the_general_reordering(text in text(), width in 1usize..40, rtl: bool) {
        let direction = if rtl { Direction::Rtl } else { Direction::Auto };
        let p = Prepared::new(&text, &LayoutOptions { direction, ..LayoutOptions::default() });
        let mut buf = LineBuf::default();
        for span in wrap(&p.text, &p.units, width) {
            let units = &p.units[span.start..span.content_end];
            let (mut got, mut got_cells) = (String::new(), Vec::new());
            draw_into(&p.text, units, p.para, &mut buf, &mut got, Some(&mut got_cells), true);
            let (mut want, mut want_cells) = (String::new(), Vec::new());
            draw_reordered(&p.text, units, p.para, &mut buf, &mut want, Some(&mut want_cells));
            prop_assert_eq!((got, got_cells), (want, want_cells));
        }
    }

    /// Without cell maps, runs at even levels are copied whole from
    /// the text unless it holds bidi controls: the same text as the
    /// general reordering draws.
    #[test]
    fn copied_runs_draw_as_the_general_reordering(
        text in text(),
        control in prop::sample::select(vec!["", "\u{200F}", "\u{200E}", "\u{61C}", "\u{202B}", "\u{2067}"]),
        at: prop::sample::Index,
        width in 1usize..40,
        rtl: bool,
    ) {
        let mut text = text;
        let mut k = at.index(text.len() + 1);
        while !text.is_char_boundary(k) {
            k -= 1;
        }
        text.insert_str(k, control);
        let direction = if rtl { Direction::Rtl } else { Direction::Auto };
        let p = Prepared::new(&text, &LayoutOptions { direction, ..LayoutOptions::default() });
        prop_assert_eq!(p.controls, !control.is_empty());
        let mut buf = LineBuf::default();
        for span in wrap(&p.text, &p.units, width) {
            let units = &p.units[span.start..span.content_end];
            let mut got = String::new();
            draw_into(&p.text, units, p.para, &mut buf, &mut got, None, p.controls);
            let mut want = String::new();
            draw_reordered(&p.text, units, p.para, &mut buf, &mut want, None);
            prop_assert_eq!(got, want);
        }
    }
}
