//! The reader in a real terminal (tmux) on hostile libraries: what it draws,
//! and the state it leaves the terminal in: no title change, no clipboard
//! write, main screen back, cursor shown, mouse reporting off.

use super::fixtures::{OTHERS, nasty_library, trojan_library};
use super::shared::tmux::tmux_available;
use super::support::Env;
use super::tmux::Tmux;

/// After qari quits, the terminal is as the shell left it.
fn terminal_restored(t: &Tmux) {
    assert_eq!(t.pane("#{alternate_on}"), "0", "back on the main screen");
    assert_eq!(t.pane("#{cursor_flag}"), "1", "cursor shown again");
    assert_eq!(t.pane("#{mouse_any_flag}"), "0", "mouse reporting off");
}

fn no_stolen_title_or_clipboard(t: &Tmux) {
    let title = t.pane("#{pane_title}");
    assert!(
        !title.contains("owned"),
        "the window title was changed to {title:?}"
    );
    let buffers = t.buffers();
    assert!(
        !buffers.contains("owned") && !buffers.contains("b3duZWQ"),
        "an OSC 52 write reached the clipboard: {buffers:?}"
    );
}

#[test]
fn escapes_in_titles_and_bodies_change_nothing_outside_the_panes() {
    if !tmux_available() {
        return;
    }
    let env = Env::new();
    nasty_library(&env);
    let t = Tmux::start(&env, 100, 30, &["--ui", "en"]);
    t.wait_for("the list", |s| s.contains("Plain title"));
    t.keys(&["Enter"]);
    let screen = t.wait_for("the article", |s| s.contains("end"));
    assert!(
        screen.contains("Plain title"),
        "no clear-screen wiped the list:\n{screen}"
    );
    no_stolen_title_or_clipboard(&t);
    t.keys(&["G"]);
    t.wait_for("the end of the article", |s| s.contains("end"));
    assert_eq!(t.quit(&["q", "q"]), "0", "{}", t.stderr());
    no_stolen_title_or_clipboard(&t);
    terminal_restored(&t);
}

#[test]
fn an_open_override_flips_no_other_row_of_the_reader_list() {
    if !tmux_available() {
        return;
    }
    let env = Env::new();
    trojan_library(&env);
    let t = Tmux::start(&env, 100, 20, &["--ui", "en"]);
    let screen = t.wait_for("the list", |s| s.contains(OTHERS[0]));
    for title in OTHERS {
        assert!(
            screen.contains(title),
            "{title:?} drawn as written:\n{screen}"
        );
    }
    for row in screen.lines() {
        assert!(
            !row.chars().any(super::support::is_bidi_control),
            "a bidi control reached the terminal: {row:?}"
        );
    }
    // Open the hostile article and come back: still nothing flipped.
    t.keys(&["j", "Enter"]);
    t.keys(&["Escape"]);
    let screen = t.wait_for("the list again", |s| s.contains(OTHERS[2]));
    for title in OTHERS {
        assert!(
            screen.contains(title),
            "{title:?} still as written:\n{screen}"
        );
    }
    assert_eq!(t.quit(&["q", "q"]), "0", "{}", t.stderr());
    terminal_restored(&t);
}

#[test]
fn one_by_one_and_two_by_one_terminals_and_resizes_do_not_break_the_reader() {
    if !tmux_available() {
        return;
    }
    for (w, h) in [(1u16, 1u16), (2, 1)] {
        let env = Env::new();
        trojan_library(&env);
        let t = Tmux::start(&env, w, h, &["--ui", "ar"]);
        std::thread::sleep(std::time::Duration::from_millis(400));
        assert_eq!(
            t.exit_code(),
            None,
            "{w}×{h}: qari quit by itself: {}",
            t.stderr()
        );
        t.keys(&[
            "j", "Enter", "j", "G", "Tab", "?", "Escape", "/", "a", "Escape",
        ]);
        t.server.run(&["resize-window", "-x", "60", "-y", "12"]);
        t.wait_for("the list after growing", |s| {
            s.contains(OTHERS[1]) || s.contains("plain")
        });
        t.server
            .run(&["resize-window", "-x", &w.to_string(), "-y", &h.to_string()]);
        std::thread::sleep(std::time::Duration::from_millis(200));
        assert_eq!(
            t.quit(&["Escape", "q", "q"]),
            "0",
            "{w}×{h}: {}",
            t.stderr()
        );
        terminal_restored(&t);
    }
}

/// The terminal goes away under the reader (window closed, ssh dropped):
/// qari must end, not spin on a tty that reads nothing.
#[test]
fn a_terminal_that_hangs_up_ends_the_reader() {
    if !tmux_available() {
        return;
    }
    let env = Env::new();
    trojan_library(&env);
    let t = Tmux::start(&env, 80, 20, &["--ui", "en"]);
    t.wait_for("the list", |s| s.contains(OTHERS[0]));
    assert_eq!(t.qari_processes().len(), 1, "qari runs");
    t.hang_up();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while !t.qari_processes().is_empty() {
        assert!(
            std::time::Instant::now() < deadline,
            "qari still runs 5 s after its terminal hung up"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}
