//! Properties of the layout engine on generated text: lines fit, nothing
//! is lost or invented, the result is deterministic, and no input panics.

use std::collections::HashMap;

use proptest::prelude::*;
use qari::layout::{
    Direction, Form, LayoutOptions, Shaping, VisualLine, display_width, fit_line, layout_logical,
    layout_paragraph, presentation_form,
};

/// Pieces of text that news paragraphs are made of, plus hostile ones.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإةى]{1,8}",
        2 => "[a-zA-Z]{1,10}",
        2 => "[0-9]{1,6}",
        2 => Just(" ".to_string()),
        1 => "[ًٌٍَُِّْ]{1,2}",
        1 => "[پچژگکیہےںٹڈڑھ]{1,4}",
        1 => "[.,،؛:!?()\\[\\]«»“”%/-]",
        1 => "[\u{200C}\u{200D}\u{200E}\u{200F}\u{061C}\u{202A}-\u{202E}\u{2066}-\u{2069}]",
        1 => "[中文字]{1,3}",
        1 => Just("لا".to_string()),
        1 => Just("ـ".to_string()),
    ]
}

fn paragraph() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..40).prop_map(|v| v.concat())
}

fn options() -> impl Strategy<Value = LayoutOptions> {
    (0..3u8, any::<bool>()).prop_map(|(d, shape)| LayoutOptions {
        direction: [Direction::Auto, Direction::Rtl, Direction::Ltr][usize::from(d)],
        shaping: if shape { Shaping::On } else { Shaping::Off },
        ..LayoutOptions::default()
    })
}

/// Undoes shaping and mirroring, drops what is not drawn, and counts the
/// characters left: a paragraph and its lines must give the same counts.
fn inventory(text: &str) -> HashMap<char, usize> {
    let mut base = HashMap::new();
    for cp in 0x0621..=0x06D3u32 {
        let Some(c) = char::from_u32(cp) else {
            continue;
        };
        for form in [Form::Isolated, Form::Final, Form::Initial, Form::Medial] {
            if let Some(f) = presentation_form(c, form) {
                base.insert(f, c);
            }
        }
    }
    let mut counts = HashMap::new();
    for c in text.chars() {
        let expanded: Vec<char> = match c {
            '\u{FEF5}' | '\u{FEF6}' => vec!['ل', 'آ'],
            '\u{FEF7}' | '\u{FEF8}' => vec!['ل', 'أ'],
            '\u{FEF9}' | '\u{FEFA}' => vec!['ل', 'إ'],
            '\u{FEFB}' | '\u{FEFC}' => vec!['ل', 'ا'],
            c => vec![*base.get(&c).unwrap_or(&c)],
        };
        for c in expanded {
            let c = match c {
                ')' => '(',
                ']' => '[',
                '»' => '«',
                c => c,
            };
            let hidden = c.is_whitespace()
                || matches!(c, '\u{200C}'..='\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
            if !hidden {
                *counts.entry(c).or_insert(0) += 1;
            }
        }
    }
    counts
}

fn joined(lines: &[VisualLine]) -> String {
    lines.iter().map(|l| l.text.as_str()).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn no_line_is_wider_than_asked(text in paragraph(), width in 2usize..60, opts in options()) {
        for line in layout_paragraph(&text, width, &opts) {
            prop_assert!(line.width <= width, "{:?} is {} cells, asked {}", line.text, line.width, width);
            prop_assert_eq!(line.width, display_width(&line.text));
            prop_assert_eq!(line.cells.len(), line.width);
            for &b in &line.cells {
                prop_assert!(text.is_char_boundary(b) && b < text.len().max(1));
            }
        }
        prop_assert!(fit_line(&text, width, &opts).width <= width);
    }

    #[test]
    fn nothing_is_lost_or_invented(text in paragraph(), width in 2usize..60, opts in options()) {
        let lines = layout_paragraph(&text, width, &opts);
        prop_assert_eq!(inventory(&joined(&lines)), inventory(&text));
        let logical = layout_logical(&text, width, &opts);
        prop_assert_eq!(logical.len(), lines.len());
        prop_assert_eq!(logical.concat(), layout_logical(&text, usize::MAX, &opts).concat());
    }

    #[test]
    fn rendering_twice_gives_the_same_lines(text in paragraph(), width in 1usize..60, opts in options()) {
        prop_assert_eq!(layout_paragraph(&text, width, &opts), layout_paragraph(&text, width, &opts));
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in any::<String>(), width in 0usize..30, opts in options()) {
        let lines = layout_paragraph(&text, width, &opts);
        prop_assert!(!lines.is_empty());
        for line in &lines {
            prop_assert!(!line.text.chars().any(|c| c.is_control()), "control character in {:?}", line.text);
        }
        let _ = fit_line(&text, width, &opts);
        let _ = layout_logical(&text, width, &opts);
    }

    #[test]
    fn deep_nesting_never_panics(depth in 100usize..300, kinds in "[\u{202A}-\u{202E}\u{2066}-\u{2069}]{1,4}", width in 1usize..20) {
        let text = kinds.repeat(depth) + "abc جديد 123" + &"\u{202C}\u{2069}".repeat(depth);
        let lines = layout_paragraph(&text, width, &LayoutOptions::default());
        prop_assert_eq!(inventory(&joined(&lines)), inventory(&text));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// qari's own resolver for text without explicit formatting gives the
    /// levels `unicode-bidi` gives.
    #[test]
    fn own_levels_match_unicode_bidi(
        text in prop::collection::vec(
            prop_oneof![piece(), "[(){}\\[\\]<>+\\-$%#.,:/ ]{1,3}", "[\u{5d0}-\u{5ea}]{1,3}", "[\u{660}-\u{669}]{1,3}"],
            0..30,
        ).prop_map(|v| v.concat()),
        rtl in any::<bool>(),
    ) {
        let para = u8::from(rtl);
        prop_assert_eq!(qari::layout::levels::resolve(&text, para), qari::layout::levels::resolve_full(&text, para));
    }
}
