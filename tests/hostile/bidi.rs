//! Trojan Source: bidi overrides and embeddings left open in one title, and
//! nesting deeper than UAX #9's 125 levels.

use super::fixtures::{OTHERS, deep, trojan_library};
use super::support::{Env, bidi_balanced};

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
        assert!(run.out().contains("end"), "width {width}: {}", run.out());
    }
}
