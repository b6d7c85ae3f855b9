//! Reading state with the real binary in a real terminal: across two runs
//! (read the seed part way, quit, start again: it opens where it was left,
//! marked read), when the window is closed, and with two qaris at once.

mod state_support;
mod support;

use std::path::Path;
use std::time::{Duration, Instant};

use state_support::*;
use support::tmux::SESSION;

#[test]
fn reopening_the_seed_lands_on_the_same_paragraph_and_it_stays_read() {
    if !tmux_available() {
        return;
    }
    let home = tempfile::tempdir().expect("temp dir");
    let seed_id = library_with_seed(home.path());
    let state_file = home.path().join("state.json");

    let tmux = session(home.path());
    start_qari(&tmux, home.path(), 1);
    tmux.wait_for("both articles unread", |s| unread_rows(s).len() == 2);

    // Open the seed (second in the list) and read down to its end, page by page.
    tmux.send_keys(&["j", "Enter"]);
    let top = tmux.wait_for("the seed at its top", |s| percent_read(s).is_some());
    let mut percent = percent_read(&top).unwrap_or(0);
    let mut pages = 0;
    while percent < 100 {
        tmux.send_keys(&["PageDown"]);
        let screen = tmux.wait_for("the next page", |s| {
            percent_read(s).is_some_and(|p| p > percent)
        });
        percent = percent_read(&screen).unwrap_or(100);
        pages += 1;
        assert!(pages < 30, "the end never came:\n{screen}");
    }
    assert!(pages >= 3, "a few pages to read, not {pages}");

    // One page back: a place in the middle, neither the top nor the end.
    tmux.send_keys(&["PageUp"]);
    let left_at = tmux.wait_for("a page back", |s| percent_read(s).is_some_and(|p| p < 100));
    let line = first_text_line(&left_at);
    assert!(
        !text_rows(&top).contains(&line),
        "the place left is below the first screen: {line:?}\n{left_at}"
    );

    // Written by the debounce, without quitting.
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let entry = saved_state(&state_file).map(|d| d.get(&seed_id));
        if entry.is_some_and(|e| e.read && e.position.is_some()) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the state file never got the seed's read mark and position: {:?}",
            std::fs::read_to_string(&state_file)
        );
        std::thread::sleep(Duration::from_millis(100));
    }

    tmux.send_keys(&["q"]);
    let list = tmux.wait_for("the list again", |s| s.contains(OTHER_TITLE));
    let dots = unread_rows(&list);
    assert!(
        dots.len() == 1 && dots[0].contains(OTHER_TITLE),
        "only the other article keeps its unread dot:\n{list}"
    );
    tmux.send_keys(&["q"]);
    tmux.wait_for("the first run to end", |s| s.contains("run1-exited-0"));

    let saved = saved_state(&state_file).expect("the state file after quitting");
    assert!(
        saved.get(&seed_id).read,
        "the seed is read in the state file"
    );
    assert!(!saved.get("other-news").read);
    let position = saved.get(&seed_id).position.expect("a saved position");
    assert!(
        position.block > 0,
        "a place past the first paragraph: {position:?}"
    );
    assert_eq!(saved.selected.as_deref(), Some(seed_id.as_str()));

    // Second run: the list knows the seed is read and still selects it.
    start_qari(&tmux, home.path(), 2);
    let list = tmux.wait_for("the list with its marks", |s| !unread_rows(s).is_empty());
    let dots = unread_rows(&list);
    assert!(
        dots.len() == 1 && dots[0].contains(OTHER_TITLE),
        "the seed is still read after a restart:\n{list}"
    );
    tmux.send_keys(&["Enter"]);
    let reopened = tmux.wait_for("the seed where it was left", |s| {
        percent_read(s).is_some() && !s.contains(OTHER_TITLE)
    });
    assert_eq!(
        first_text_line(&reopened),
        line,
        "the same paragraph at the top\nbefore quitting:\n{left_at}\nafter starting again:\n{reopened}"
    );
    tmux.send_keys(&["q"]);
    tmux.wait_for("the list", |s| s.contains(OTHER_TITLE));
    tmux.send_keys(&["q"]);
    tmux.wait_for("the second run to end", |s| s.contains("run2-exited-0"));
}

/// Closing the terminal window: tmux destroys the pane, qari gets SIGHUP
/// and its terminal goes away, and what was read is saved on the way out.
/// (Should the machine be so slow that the debounce wrote first, the test
/// still checks the file; the lost-terminal path itself is covered in
/// `state_app.rs`.)
#[test]
fn closing_the_terminal_saves_the_place() {
    if !tmux_available() || !Path::new("/proc/self/task").exists() {
        return;
    }
    let home = tempfile::tempdir().expect("temp dir");
    let seed_id = library_with_seed(home.path());
    let tmux = session(home.path());
    start_qari(&tmux, home.path(), 1);
    tmux.send_keys(&["j", "Enter"]);
    let top = tmux.wait_for("the seed at its top", |s| percent_read(s).is_some());
    let percent = percent_read(&top).unwrap_or(0);
    tmux.send_keys(&["PageDown", "PageDown", "m"]);
    tmux.wait_for("two pages down, bookmarked", |s| {
        percent_read(s).is_some_and(|p| p > percent) && s.contains("Bookmarked")
    });

    let shell = tmux.pane("#{pane_pid}");
    let qari = children(&shell);
    assert_eq!(
        qari.len(),
        1,
        "qari runs as the shell's only child: {qari:?}"
    );
    assert!(tmux.cmd(&["kill-pane", "-t", SESSION]).status.success());

    let deadline = Instant::now() + Duration::from_secs(20);
    while Path::new(&format!("/proc/{}", qari[0])).exists() {
        assert!(
            Instant::now() < deadline,
            "qari did not end with its terminal"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let saved = saved_state(&home.path().join("state.json")).expect("the state file");
    let seed = saved.get(&seed_id);
    assert!(seed.bookmarked, "the bookmark is saved: {saved:?}");
    let position = seed.position.expect("the place is saved");
    assert!(position.block > 0, "two pages in: {position:?}");
    assert_eq!(saved.selected.as_deref(), Some(seed_id.as_str()));
}

/// The status line: the screen's last row.
fn status_line(screen: &str) -> &str {
    screen.lines().last().unwrap_or("")
}

/// Two qaris on one state file: the second says it cannot save, keeps its
/// bookmark in memory, and saves it next to the first's place once the
/// first has quit.
#[test]
fn a_second_qari_waits_for_the_first_and_then_adds_its_changes() {
    if !tmux_available() {
        return;
    }
    let home = tempfile::tempdir().expect("temp dir");
    let seed_id = library_with_seed(home.path());
    let first = session(home.path());
    start_qari(&first, home.path(), 1);
    first.send_keys(&["j", "Enter"]);
    let top = first.wait_for("the seed open in the first", |s| percent_read(s).is_some());
    let percent = percent_read(&top).unwrap_or(0);
    first.send_keys(&["PageDown"]);
    first.wait_for("a page down", |s| {
        percent_read(s).is_some_and(|p| p > percent)
    });

    let second = session(home.path());
    start_qari(&second, home.path(), 1);
    second.wait_for("the second saying it cannot save", |s| {
        status_line(s).contains("reading state is read-only while another qari")
    });
    second.send_keys(&["j", "m"]);
    second.wait_for("the bookmark", |s| status_line(s).contains("Bookmarked"));

    first.send_keys(&["q", "q"]);
    first.wait_for("the first to end", |s| s.contains("run1-exited-0"));
    let after_first = saved_state(&home.path().join("state.json")).expect("the first's state");
    let place = after_first.get(&seed_id).position;
    assert!(
        place.is_some(),
        "the first saved its place: {after_first:?}"
    );
    assert!(
        !after_first.get(&seed_id).bookmarked,
        "not yet the second's bookmark"
    );

    second.wait_for("the second taking over", |s| {
        status_line(s).contains("reading state is saved again")
    });
    second.send_keys(&["q"]);
    second.wait_for("the second to end", |s| s.contains("run1-exited-0"));
    let saved = saved_state(&home.path().join("state.json")).expect("the state file");
    let seed = saved.get(&seed_id);
    assert!(seed.bookmarked, "the second's bookmark: {saved:?}");
    assert_eq!(seed.position, place, "the first's place is kept");
}
