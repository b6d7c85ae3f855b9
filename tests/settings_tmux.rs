//! Settings that stay, with the real binary in a real terminal: the order
//! and the digits chosen in one run are there when qari starts again.

// Shared with the other state tests, which use more of it.
#[allow(unused_imports)]
mod state_support;
mod support;

use state_support::*;

fn arabic_digits(screen: &str) -> bool {
    screen
        .chars()
        .any(|c| ('\u{0660}'..='\u{0669}').contains(&c))
}

#[test]
fn the_order_and_the_digits_chosen_in_one_run_are_there_in_the_next() {
    if !tmux_available() {
        return;
    }
    let home = tempfile::tempdir().expect("temp dir");
    library_with_seed(home.path());
    let tmux = session(home.path());

    start_qari(&tmux, home.path(), 1);
    tmux.wait_for("newest first", |s| s.contains("Articles · newest"));
    tmux.send_keys(&["S"]);
    tmux.wait_for("oldest first", |s| s.contains("Articles · oldest"));
    tmux.send_keys(&["Enter"]);
    let open = tmux.wait_for("an article", |s| s.contains("% read"));
    assert!(!arabic_digits(&open), "digits as written at first:\n{open}");
    tmux.send_keys(&["d"]);
    tmux.wait_for("Arabic-Indic digits", |s| s.contains("Arabic-Indic digits"));
    tmux.send_keys(&["q", "q"]);
    tmux.wait_for("the first run to end", |s| s.contains("run1-exited-0"));

    start_qari(&tmux, home.path(), 2);
    tmux.wait_for("oldest first again", |s| s.contains("Articles · oldest"));
    tmux.send_keys(&["Enter"]);
    let open = tmux.wait_for("the article in Arabic-Indic digits", arabic_digits);
    assert!(
        !open.contains("Arabic-Indic digits"),
        "not said again:\n{open}"
    );
    tmux.send_keys(&["q", "q"]);
    tmux.wait_for("the second run to end", |s| s.contains("run2-exited-0"));
}
