//! `qari share` and the share pane in tmux with `set-clipboard on`: the
//! OSC 52 sequence reaches tmux's paste buffer with the logical text; and a
//! QR code too wide for the terminal is flagged.

mod share_support;
mod support;

use share_support::*;

#[test]
fn share_to_clipboard_in_tmux_fills_the_paste_buffer_with_logical_text() {
    if !tmux_available() {
        return;
    }
    let w = World::new();
    let conf = w.file("tmux.conf", "set -s set-clipboard on\n");
    let expected = w.share(&["1"]);
    assert!(expected.starts_with("وتقول الولايات"), "{expected}");

    let script = format!(
        "{} share 1 --to clipboard {}; echo \"share-exit=$?\"; sleep 60",
        qari_word(),
        w.flags()
    );
    let tmux = start(tmux("cli"), &w, &conf, (100, 30), &script);
    let screen = tmux.wait_for_text("share-exit=");
    assert_eq!(
        exit_status(&screen, "share-exit="),
        Some("0"),
        "pane:\n{screen}"
    );
    assert!(
        screen.contains("copied"),
        "the confirmation is shown:\n{screen}"
    );
    let buffer = tmux.run(&["show-buffer"]);
    assert_eq!(buffer, expected.trim_end_matches('\n'));
}

#[test]
fn the_share_pane_copies_the_logical_text_into_tmux() {
    if !tmux_available() {
        return;
    }
    let w = World::new();
    let conf = w.file("tmux.conf", "set -s set-clipboard on\n");
    let expected = w.share(&["1", "--quote", "2"]);
    assert!(expected.starts_with("«ووعدت موسكو"), "{expected}");

    let script = format!("{} --ui en {}; sleep 60", qari_word(), w.flags());
    let tmux = start(tmux("pane"), &w, &conf, (120, 40), &script);
    tmux.wait_for_text("Articles");
    tmux.send_keys(&["Enter"]);
    tmux.wait_for_text("% read");
    tmux.send_keys(&["v", "j"]);
    tmux.wait_for_text("paragraph 2");
    tmux.send_keys(&["s"]);
    let pane = tmux.wait_for_text("Copy to the clipboard");
    assert!(pane.contains("Share · paragraph 2"), "{pane}");
    tmux.send_keys(&["Enter"]);
    let screen = tmux.wait_for_text("Copied to the clipboard");
    assert!(screen.contains("Copied to the clipboard"), "{screen}");
    let buffer = tmux.run(&["show-buffer"]);
    assert_eq!(buffer, expected.trim_end_matches('\n'));
}

/// A code wider than the terminal wraps and cannot be scanned: `qari share
/// --to qr` says so; a code that fits is printed without a word.
#[test]
fn a_qr_code_wider_than_the_terminal_is_flagged() {
    if !tmux_available() {
        return;
    }
    let w = World::new();
    let json = r#"{"id": "short", "title": "قصير", "url": "https://example.com/1",
                   "body": [{"paragraph": "نص."}]}"#;
    w.file("library/short.json", json);
    let (wide, fits) = (w.path("wide.err"), w.path("fits.err"));
    let script = format!(
        "{q} share seed --to qr {f} 2>{w}; {q} share short --to qr {f} 2>{n}; \
         echo qr-done; sleep 60",
        q = qari_word(),
        f = w.flags(),
        w = quoted(&wide),
        n = quoted(&fits),
    );
    let tmux = start(
        tmux("qr"),
        &w,
        std::path::Path::new("/dev/null"),
        (70, 40),
        &script,
    );
    let screen = tmux.wait_for_text("qr-done");
    assert!(screen.contains("qr-done"), "{screen}");
    let wide = std::fs::read_to_string(wide).unwrap();
    assert!(wide.contains("cannot be scanned"), "{wide:?}");
    assert!(wide.contains("the terminal 70"), "{wide:?}");
    let fits = std::fs::read_to_string(fits).unwrap();
    assert_eq!(fits, "", "a code that fits needs no word");
}
