//! Trojan Source: bidi overrides and embeddings left open in one title, and
//! nesting deeper than UAX #9's 125 levels.

use super::fixtures::{OTHERS, deep, trojan_library};
use std::process::Command;

use super::support::{Env, bidi_balanced, have, is_bidi_control};

#[test]
fn an_open_override_in_one_title_leaves_every_other_row_as_written() {
    let env = Env::new();
    trojan_library(&env);
    let run = env.qari(&["list"]);
    run.ok();
    let out = run.out();
    for title in OTHERS {
        assert!(
            out.lines().any(|l| l.contains(title)),
            "{title:?} drawn as written:\n{out}"
        );
    }
    for line in out.lines() {
        assert!(
            bidi_balanced(line),
            "a line leaves an override open: {line:?}"
        );
    }
}

#[test]
fn nesting_past_level_125_lays_out_without_panic() {
    let env = Env::new();
    let text = deep(300);
    env.article("deep.json", &text, &format!("{text}\n\n{}", deep(10_000)));
    let listed = env.qari(&["list"]);
    listed.ok();
    assert!(listed.out().contains("end"), "{}", listed.out());
    let shown = env.qari(&["show", "deep", "--width", "20"]);
    shown.ok();
    assert!(shown.out().contains("deep"), "{}", shown.out());
    for width in ["1", "7", "80"] {
        let run = env.qari_stdin(
            &["render", "--width", width, "-"],
            format!("{text}\n").into_bytes(),
        );
        run.ok();
        // No strong character outside the (never closed) isolates, so the
        // paragraph is right-to-left; the innermost opener that fits in 125
        // levels is then an RLO, which draws the Latin right to left
        // (UAX #9 X1-X6): "end" comes out as "dne". At width 1 each letter
        // has its own line and the lines read in logical order.
        let joined: String = run.out().lines().collect();
        let (first, last) = if width == "1" {
            ("deep", "end")
        } else {
            ("peed", "dne")
        };
        assert!(
            joined.contains(first) && joined.contains(last),
            "width {width}: {}",
            run.out()
        );
    }
    // GNU FriBidi agrees on the whole line.
    if have("fribidi") {
        let run = env.qari_stdin(
            &["render", "--width", "1000", "--dir", "rtl", "-"],
            format!("{text}\n").into_bytes(),
        );
        let mut fribidi = Command::new("fribidi");
        fribidi.args(["--nobreak", "--nopad", "--rtl"]);
        let theirs = super::support::run(fribidi, Some(format!("{text}\n").into_bytes()));
        let printable = |s: String| {
            s.chars()
                .filter(|c| !c.is_control() && !is_bidi_control(*c))
                .collect::<String>()
        };
        assert_eq!(printable(run.out()), printable(theirs.out()));
    }
}
