//! Sheer size: ten thousand combining marks on one letter, a 1 MB word with
//! no break opportunity, and a 50 MB article.

use qari::layout::display_width;

use super::support::{Env, Run};

/// Every printed line fits `width`, except a single grapheme that is wider
/// than the whole line (a wide character at width 1).
fn fits(run: &Run, width: usize) -> usize {
    let out = run.out();
    let mut lines = 0;
    for line in out.lines() {
        let w = display_width(line.trim_end());
        assert!(
            w <= width
                || unicode_segmentation::UnicodeSegmentation::graphemes(line.trim(), true).count()
                    == 1,
            "{}: a line of {w} cells at width {width}: {:?}",
            run.what,
            line.chars().take(40).collect::<String>()
        );
        lines += 1;
    }
    lines
}

#[test]
fn ten_thousand_marks_on_one_letter() {
    let arabic = format!("قبل ب{} بعد", "\u{064E}".repeat(10_000));
    let latin = format!("before a{} after", "\u{0301}".repeat(10_000));
    let env = Env::new();
    env.article("marks.json", &arabic, &format!("{arabic}\n\n{latin}"));
    for width in [1usize, 5, 80] {
        let text = format!("{arabic}\n{latin}\n");
        let run = env.qari_stdin(
            &["render", "--width", &width.to_string(), "-"],
            text.into_bytes(),
        );
        run.ok();
        fits(&run, width);
        let out = run.out();
        // The Arabic comes out shaped (presentation forms): check the Latin.
        let joined: String = out.lines().collect();
        assert!(
            joined.contains("before") && joined.contains("after"),
            "words around the marks survive"
        );
        let marks = out
            .chars()
            .filter(|&c| c == '\u{064E}' || c == '\u{0301}')
            .count();
        assert_eq!(marks, 20_000, "every mark is kept, on its letter");
    }
    env.qari(&["list"]).ok();
    let shown = env.qari(&["show", "marks", "--width", "40"]);
    shown.ok();
    fits(&shown, 40);
}

#[test]
fn a_one_megabyte_word_is_cut_into_lines_that_fit() {
    let word = "كلمة".repeat(1 << 17); // 4 letters × 2 bytes × 131,072 = 1 MiB
    let env = Env::new();
    let run = env.qari_stdin(
        &["render", "--width", "80", "-"],
        format!("{word}\n").into_bytes(),
    );
    run.ok();
    let lines = fits(&run, 80);
    assert!(
        lines >= word.chars().count() / 80,
        "{lines} lines for {} letters",
        word.chars().count()
    );
    env.article("word.json", &word[..4000], &word);
    // `qari list` prints whole titles, one article a line, like `ls`.
    let listed = env.qari(&["list"]);
    listed.ok();
    assert_eq!(listed.out().lines().count(), 1, "{}", listed.stderr);
    let shown = env.qari(&["show", "word", "--width", "60"]);
    shown.ok();
    fits(&shown, 60);
}

#[test]
fn a_fifty_megabyte_article_lists_and_shows() {
    let paragraph = "قال المتحدث باسم الوزارة إن المفاوضات (التي بدأت في 2023) ستستمر، وأضاف: «لا تراجع». \
                     The talks resume on 12 March at 10:00.";
    let mut body = String::with_capacity(51 << 20);
    while body.len() < 50 << 20 {
        body.push_str(paragraph);
        body.push_str("\n\n");
    }
    let env = Env::new();
    env.article("big.json", "مقال ضخم", &body);
    env.article("small.json", "Small neighbour", "Still listed.");
    let listed = env.qari(&["list"]);
    listed.ok();
    assert!(
        listed.out().contains("مقال") && listed.out().contains("Small neighbour"),
        "{}",
        listed.out()
    );
    let shown = env.qari_big(&["show", "big", "--width", "100"]);
    shown.ok();
    assert!(
        shown.stdout.len() > 40 << 20,
        "the whole article is shown: {} bytes",
        shown.stdout.len()
    );
}
