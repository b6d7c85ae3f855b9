//! Copies inside tmux whatever its clipboard options: the wrapped copy
//! reaches the terminal around tmux through passthrough, and where tmux
//! would drop the copy qari says so instead of saying "copied".

mod share_support;
mod support;

use share_support::*;

/// tmux inside tmux: the inner one ignores a program's OSC 52
/// (`set-clipboard off`) but lets passthrough escapes out
/// (`allow-passthrough on`), so only the wrapped copy qari adds inside tmux
/// can reach the outer one, whose paste buffer stands for the terminal.
#[test]
fn inside_tmux_the_wrapped_copy_reaches_the_terminal_around_it() {
    if !tmux_available() {
        return;
    }
    let w = World::new();
    let outer_conf = w.file("outer.conf", "set -s set-clipboard on\n");
    let inner_conf = w.file(
        "inner.conf",
        "set -s set-clipboard off\nset -g allow-passthrough on\n",
    );
    let expected = w.share(&["1"]);
    assert!(expected.starts_with("وتقول الولايات"), "{expected}");

    // Dropped in reverse: the outer server goes first, while both still
    // run, so each can be asked for its socket file and removed.
    let inner = tmux("inner");
    // Inside the inner session: wait until its client is attached (the
    // passthrough goes to attached clients), then copy.
    let script = format!(
        "until [ -n \"$(tmux list-clients)\" ]; do sleep 0.1; done; \
         {} share 1 --to clipboard {}; echo \"share-exit=$?\"; sleep 60",
        qari_word(),
        w.flags()
    );
    let nested = format!(
        "env -u TMUX tmux -L {} -f {} new-session -s share {}",
        inner.socket(),
        quoted(&inner_conf),
        quoted(std::path::Path::new(&script))
    );
    let outer = start(tmux("outer"), &w, &outer_conf, (100, 30), &nested);
    let screen = outer.wait_for_text("share-exit=");
    assert_eq!(
        exit_status(&screen, "share-exit="),
        Some("0"),
        "pane:\n{screen}"
    );
    let buffer = outer.run(&["show-buffer"]);
    assert_eq!(buffer, expected.trim_end_matches('\n'));
}

/// tmux's defaults (`set-clipboard external`, `allow-passthrough off`)
/// drop a program's copy: `qari share` says so and how to fix it.
#[test]
fn with_tmux_defaults_the_copy_is_refused_with_the_fix() {
    if !tmux_available() {
        return;
    }
    let w = World::new();
    let err = w.path("share.err");
    let script = format!(
        "{} share 1 --to clipboard {} 2>{}; echo \"share-exit=$?\"; sleep 60",
        qari_word(),
        w.flags(),
        quoted(&err)
    );
    let tmux = start(
        tmux("defaults"),
        &w,
        std::path::Path::new("/dev/null"),
        (100, 30),
        &script,
    );
    let screen = tmux.wait_for_text("share-exit=");
    assert_eq!(exit_status(&screen, "share-exit="), Some("2"), "{screen}");
    let err = std::fs::read_to_string(err).unwrap();
    assert!(err.contains("tmux set -s set-clipboard on"), "{err}");
    assert!(!err.contains("copied"), "{err}");
}
