//! The narrowest widths: `qari render --width 1` and `--width 0`.

use qari::layout::display_width;
use unicode_segmentation::UnicodeSegmentation;

use super::support::Env;

const MIXED: &str =
    "قال «أحمد» (Ahmed) إن ١٢٪ من 2023-09-11 https://example.com/a?b=c لا، 漢字 ﷺ\n\nسطر ثالث\n";

#[test]
fn width_one_puts_at_most_one_cell_on_a_line() {
    let env = Env::new();
    let run = env.qari_stdin(&["render", "--width", "1", "-"], MIXED.as_bytes().to_vec());
    run.ok();
    let out = run.out();
    let mut letters = 0;
    for line in out.lines() {
        let w = display_width(line);
        assert!(
            w <= 1 || line.graphemes(true).count() == 1,
            "a line of {w} cells at width 1: {line:?}"
        );
        letters += usize::from(w > 0);
    }
    assert!(letters > 40, "every grapheme gets its line:\n{out}");
    assert!(out.contains('漢'), "a wide character still shows:\n{out}");
}

#[test]
fn width_zero_is_a_clear_error() {
    let env = Env::new();
    let run = env.qari_stdin(&["render", "--width", "0", "-"], MIXED.as_bytes().to_vec());
    run.fails_naming("width");
    assert_eq!(run.code(), Some(2));
    assert!(run.stdout.is_empty());
}
