//! What the state tests in tmux share: qari started in a tmux shell (see
//! `support::tmux`) on a library holding the seed, and reading its screen.
#![allow(dead_code)]

use std::path::Path;
use std::time::Duration;

use qari::article::Library;
use qari::state::StateData;

use crate::support::tmux::Patience;
pub use crate::support::tmux::{Tmux, children, tmux_available};

pub const SEED: &str = include_str!("../../assets/000_8cd855bd8944e8de.txt");
pub const OTHER_TITLE: &str = "Other news of the day";
/// Small enough that the seed article takes several pages; under 100
/// columns, so one pane fills the screen at a time.
pub const COLUMNS: u16 = 60;
pub const ROWS: u16 = 14;

const PATIENCE: Patience = Patience {
    timeout: Duration::from_secs(20),
    every: Duration::from_millis(50),
    stable: true,
};

/// A shell in a small tmux window, with HOME in the temp folder.
pub fn session(home: &Path) -> Tmux {
    Tmux::new("state", PATIENCE).shell(home, (COLUMNS, ROWS))
}

/// Types the qari command line into the shell; the shell prints
/// `run<N>-exited-<status>` when qari ends.
pub fn start_qari(tmux: &Tmux, home: &Path, run: u32) {
    tmux.type_qari(
        "",
        &home.join("library"),
        home,
        &format!("run{run}-exited-"),
    );
    tmux.wait_for("the list", |s| {
        s.contains("Articles") && s.contains(OTHER_TITLE)
    });
}

/// The reading pane's text rows: below the header, above the status line,
/// without the scroll bar at the edge.
pub fn text_rows(screen: &str) -> Vec<String> {
    let lines: Vec<&str> = screen.lines().collect();
    lines
        .iter()
        .take(usize::from(ROWS).saturating_sub(1))
        .skip(1)
        .map(|l| l.trim_end_matches([' ', '│', '┃']).trim().to_string())
        .collect()
}

pub fn first_text_line(screen: &str) -> String {
    text_rows(screen)
        .into_iter()
        .find(|l| !l.is_empty())
        .unwrap_or_else(|| panic!("no text in the reading pane:\n{screen}"))
}

/// The `NN` of `NN% read` in the reading pane's header.
pub fn percent_read(screen: &str) -> Option<u32> {
    let header = screen.lines().next()?;
    let end = header.find("% read")?;
    let digits = header[..end].rsplit(|c: char| !c.is_ascii_digit()).next()?;
    digits.parse().ok()
}

/// The state as qari saved it (the file and its journal), once it exists.
pub fn saved_state(path: &Path) -> Option<StateData> {
    if !path.exists() {
        return None;
    }
    let (data, notices) = qari::state::peek(path);
    assert!(
        notices.is_empty(),
        "the saved state is readable: {notices:?}"
    );
    Some(data)
}

/// The list rows that carry the unread dot.
pub fn unread_rows(screen: &str) -> Vec<&str> {
    screen.lines().filter(|l| l.contains('●')).collect()
}

/// Writes the configuration and the library: another article, then the seed (sorted by file
/// name, so opening the seed in a second run relies on the list
/// remembering the selection). Returns the seed's id.
pub fn library_with_seed(home: &Path) -> String {
    // An empty configuration: the status line is left to the reading state.
    std::fs::write(home.join("config.toml"), "").expect("config");
    let library = home.join("library");
    std::fs::create_dir(&library).expect("library dir");
    std::fs::write(
        library.join("a-other.json"),
        format!(r#"{{"id":"other-news","title":"{OTHER_TITLE}","body":"نص قصير."}}"#),
    )
    .expect("other article");
    std::fs::write(library.join("b-seed.txt"), SEED).expect("seed");
    let lib = Library::load(Some(&library), &[]);
    assert!(lib.problems.is_empty(), "{:?}", lib.problems);
    let ids: Vec<&str> = lib.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids.len(), 2, "{ids:?}");
    assert_eq!(ids[0], "other-news", "the list order: {ids:?}");
    ids[1].to_string()
}
