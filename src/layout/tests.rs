//! The engine's behaviour, spelled out: input paragraph, width, and the
//! visual lines a terminal should draw, left to right.

use super::*;

fn plain() -> LayoutOptions {
    LayoutOptions {
        shaping: Shaping::Off,
        ..LayoutOptions::default()
    }
}

fn rtl_plain() -> LayoutOptions {
    LayoutOptions {
        direction: Direction::Rtl,
        ..plain()
    }
}

fn visual(text: &str, width: usize, opts: &LayoutOptions) -> Vec<String> {
    layout_paragraph(text, width, opts)
        .into_iter()
        .map(|l| l.text)
        .collect()
}

#[test]
fn arabic_reads_right_to_left_with_numbers_left_to_right() {
    assert_eq!(visual("عام 2006", 80, &plain()), vec!["2006 ماع"]);
    assert_eq!(visual("ابت abc", 80, &plain()), vec!["abc تبا"]);
}

#[test]
fn a_headline_starting_with_latin_stays_rtl_when_asked() {
    assert!(!is_rtl("iPhone جديد", Direction::Auto));
    assert!(is_rtl("iPhone جديد", Direction::Rtl));
    assert!(
        is_rtl("2024", Direction::Auto),
        "no strong character: right to left"
    );
    assert_eq!(visual("iPhone جديد", 80, &rtl_plain()), vec!["ديدج iPhone"]);
}

#[test]
fn wraps_greedily_with_hanging_spaces() {
    // "واحد اثنان" is exactly 10 cells; the space after it hangs.
    assert_eq!(
        layout_logical("واحد اثنان ثلاثة", 10, &plain()),
        vec!["واحد اثنان ", "ثلاثة"]
    );
    assert_eq!(
        visual("واحد اثنان ثلاثة", 10, &plain()),
        vec!["نانثا دحاو", "ةثالث"]
    );
}

#[test]
fn brackets_and_guillemets_mirror_in_arabic() {
    assert_eq!(visual("(نص) «قول»", 80, &plain()), vec!["«لوق» (صن)"]);
}

#[test]
fn harakat_stay_after_their_letter() {
    assert_eq!(visual("بَت", 80, &plain()), vec!["تبَ"]);
}

#[test]
fn shaped_lam_alef_is_one_cell() {
    let lines = layout_paragraph("لا", 80, &LayoutOptions::default());
    assert_eq!(lines[0].text, "\u{FEFB}");
    assert_eq!(lines[0].width, 1);
    assert_eq!(lines[0].cells, vec![0]);
}

#[test]
fn over_long_words_are_split_between_clusters() {
    let opts = LayoutOptions {
        direction: Direction::Ltr,
        ..plain()
    };
    assert_eq!(visual("abcdefghij", 4, &opts), vec!["abcd", "efgh", "ij"]);
    assert_eq!(
        visual("e\u{301}e\u{301}e\u{301}", 2, &opts),
        vec!["e\u{301}e\u{301}", "e\u{301}"]
    );
}

#[test]
fn empty_paragraph_gives_one_empty_line_and_width_zero_counts_as_one() {
    let lines = layout_paragraph("", 10, &LayoutOptions::default());
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0].text, "");
    assert_eq!(visual("ab", 0, &LayoutOptions::default()), vec!["a", "b"]);
}

#[test]
fn cells_map_back_to_source_bytes() {
    let lines = layout_paragraph("ab ج", 80, &rtl_plain());
    assert_eq!(lines[0].text, "ج ab");
    assert_eq!(lines[0].cells, vec![3, 2, 0, 1]);
    assert_eq!(lines[0].source, 0..5);
}

#[test]
fn bidi_controls_steer_and_vanish() {
    // RLO forces "abc" right to left; the controls are not drawn.
    assert_eq!(visual("\u{202E}abc\u{202C}", 80, &plain()), vec!["cba"]);
    assert_eq!(visual("x\u{200F}y", 80, &plain()), vec!["xy"]);
}

#[test]
fn hostile_nesting_does_not_panic() {
    let deep = "\u{202B}\u{202A}".repeat(80) + "abc جديد" + &"\u{202C}".repeat(160);
    let lines = layout_paragraph(&deep, 5, &LayoutOptions::default());
    assert!(lines.iter().all(|l| l.width <= 5));
    let isolates = "\u{2067}".repeat(200) + "abc" + &"\u{2069}".repeat(200);
    assert_eq!(visual(&isolates, 80, &plain()), vec!["abc"]);
}

#[test]
fn fit_line_truncates_at_the_logical_end() {
    let title = fit_line("واحد اثنان ثلاثة", 8, &plain());
    assert_eq!(title.text, "…ثا دحاو");
    assert_eq!(title.width, 8);
    let latin = fit_line("hello world", 8, &LayoutOptions::default());
    assert_eq!(latin.text, "hello w…");
    assert_eq!(
        fit_line("short", 8, &LayoutOptions::default()).text,
        "short"
    );
    assert_eq!(fit_line("anything", 1, &LayoutOptions::default()).text, "…");
}

#[test]
fn kashida_fills_all_but_the_last_line() {
    let opts = LayoutOptions {
        justify: Justify::Kashida,
        ..rtl_plain()
    };
    let lines = layout_paragraph("كتب محمد بسرعة كبيرة", 12, &opts);
    assert!(lines.len() >= 2);
    for l in &lines[..lines.len() - 1] {
        assert_eq!(l.width, 12, "{:?}", l.text);
        assert!(l.text.contains('\u{640}'));
    }
    assert!(!lines[lines.len() - 1].text.contains('\u{640}'));
}

#[test]
fn options_change_what_is_drawn() {
    let opts = LayoutOptions {
        digits: Digits::Arabic,
        tashkeel: Tashkeel::Strip,
        ..rtl_plain()
    };
    assert_eq!(visual("كَتَبَ 12", 80, &opts), vec!["١٢ بتك"]);
}

/// The logical text of a justified line: tatweels where they were put.
fn logical_kashida(text: &str, width: usize) -> Vec<String> {
    let opts = LayoutOptions {
        justify: Justify::Kashida,
        shaping: Shaping::Off,
        ..rtl_plain()
    };
    layout_paragraph(text, width, &opts)
        .iter()
        .map(|l| l.text.chars().rev().collect())
        .collect()
}

#[test]
fn kashida_goes_to_every_word_before_any_gets_a_second() {
    // The first line, "وقال المحلل للصحيفة", is 19 cells of 22: three
    // tatweels, one to each word, none bunched at the line's start.
    let lines = logical_kashida("وقال المحلل للصحيفة أمس اليوم", 22);
    let first = &lines[0];
    let counts: Vec<usize> = first
        .split(' ')
        .map(|w| w.matches('\u{640}').count())
        .collect();
    assert_eq!(counts, [1, 1, 1], "{first:?}");
}

#[test]
fn kashida_prefers_the_seen_family_then_the_final_letter() {
    // "بسم" has a pair after seen and one before the final mim; "كتب" has
    // pairs before its final letter only.
    let lines = logical_kashida("بسمك كتبت بسرعة الأمر", 14);
    assert!(lines[0].contains("بسـ"), "{:?}", lines[0]);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1000))]

    /// `render_paragraph_in` (lines written as bytes in place) prints the
    /// lines `layout_paragraph` gives, in buffers kept from paragraph to
    /// paragraph as `qari render` keeps them.
    #[test]
    fn rendering_prints_the_laid_out_lines(
        texts in proptest::collection::vec(wrap::tests::text(), 1..4),
        control in proptest::sample::select(vec!["", "\u{200F}", "\u{202B}"]),
        width in 1usize..40,
        rtl: bool,
        kashida: bool,
    ) {
        let opts = LayoutOptions {
            direction: if rtl { Direction::Rtl } else { Direction::Auto },
            justify: if kashida { Justify::Kashida } else { Justify::None },
            ..LayoutOptions::default()
        };
        let mut buffers = Buffers::default();
        for (k, text) in texts.iter().enumerate() {
            let text = if k == 1 { format!("{control}{text}") } else { text.clone() };
            let mut got = String::new();
            render_paragraph_in(&text, width, &opts, &mut got, &mut buffers);
            let want: String = layout_paragraph(&text, width, &opts)
                .into_iter()
                .map(|l| l.text + "\n")
                .collect();
            proptest::prop_assert_eq!(got, want);
        }
    }
}
