//! Reading state across the reader's start and its loop: a corrupt or
//! locked state file, an invalid configuration, a lost terminal, failed and
//! resumed saves, each told in the interface's language.

mod app_support;

use std::collections::VecDeque;
use std::sync::atomic::AtomicBool;

use app_support::*;
use qari::i18n::UiLang;
use qari::state::StateStore;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode};

const SIZE: (u16, u16) = (120, 30);

fn en() -> qari::app::App {
    state(UiLang::En, SIZE, sample_articles())
}

/// The reader as `qari` starts it: the configuration at `config` applied and
/// the reading state at `state_file` opened, on an 80-column terminal.
fn started(config: &std::path::Path, state_file: &std::path::Path) -> qari::app::App {
    started_in(UiLang::En, config, state_file)
}

fn started_in(
    lang: UiLang,
    config: &std::path::Path,
    state_file: &std::path::Path,
) -> qari::app::App {
    let mut s = state(lang, (80, 24), sample_articles());
    let flags = qari::cli::GlobalArgs {
        config: Some(config.to_path_buf()),
        ..Default::default()
    };
    let loaded = qari::config::load_with(&flags, &|_| None);
    qari::app::settings::start(&mut s, &loaded, Some(state_file));
    s
}

/// A folder holding `config.toml` with `text`, for the state file beside it.
fn with_config(text: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(&config, text).unwrap();
    (dir, config)
}

fn status_row(s: &qari::app::App) -> String {
    rows(&render(s)).pop().unwrap_or_default()
}

#[test]
fn a_corrupt_state_file_is_moved_aside_and_the_status_line_says_so() {
    let (dir, config) = with_config("");
    let path = dir.path().join("state.json");
    std::fs::write(&path, "{\"version\":1,\"articles\":{\"ar-1\":{\"rea").unwrap();
    let mut s = started(&config, &path);
    let status = status_row(&s);
    assert!(
        status.contains("reading state was unreadable: starting fresh"),
        "{status}"
    );
    let aside: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("state.json.corrupt-")
        })
        .collect();
    assert_eq!(aside.len(), 1, "the bad file is kept aside");
    assert_eq!(
        std::fs::read_to_string(aside[0].path()).unwrap(),
        "{\"version\":1,\"articles\":{\"ar-1\":{\"rea"
    );

    // The fresh state is saved as usual.
    let mut events: VecDeque<Event> = "uq"
        .chars()
        .map(|c| Event::Key(key(KeyCode::Char(c))))
        .collect();
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    qari::app::run(&mut terminal, &mut s, &mut events, &AtomicBool::new(false)).unwrap();
    assert!(StateStore::open(&path).is_read("ar-1"));
}

#[test]
fn a_second_reader_says_its_state_is_read_only_and_writes_nothing() {
    let (dir, config) = with_config("");
    let path = dir.path().join("state.json");
    let first = StateStore::open(&path);
    assert!(first.is_writable(), "{:?}", first.notices());

    let mut second = started(&config, &path);
    let status = status_row(&second);
    assert!(
        status.contains("reading state is read-only while another qari uses"),
        "{status}"
    );
    let mut events: VecDeque<Event> = "uq"
        .chars()
        .map(|c| Event::Key(key(KeyCode::Char(c))))
        .collect();
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    qari::app::run(
        &mut terminal,
        &mut second,
        &mut events,
        &AtomicBool::new(false),
    )
    .unwrap();
    assert!(
        second.model.store.is_read("ar-1"),
        "kept in memory meanwhile"
    );
    assert!(!path.exists(), "the second reader wrote the state");
    drop(first);
}

#[test]
fn an_invalid_config_starts_on_the_defaults_and_the_status_line_says_so() {
    let (dir, config) = with_config("digits = \"latin\"\ntashkeel = \"sideways\"\n");
    let s = started(&config, &dir.path().join("state.json"));
    assert_eq!(
        s.model.opts.digits,
        qari::layout::Digits::Keep,
        "nothing of the file applies"
    );
    let status = status_row(&s);
    assert!(
        status.contains("started on the default settings:"),
        "{status}"
    );
    assert!(status.contains("config.toml:2:"), "where: {status}");
}

/// Events that end in an error, as when the terminal goes away.
struct LostTerminal(VecDeque<Event>);

impl qari::app::EventSource for LostTerminal {
    fn next(&mut self) -> std::io::Result<qari::app::Next> {
        match self.0.pop_front() {
            Some(event) => Ok(qari::app::Next::Event(event)),
            None => Err(std::io::Error::other("the terminal hung up")),
        }
    }
}

#[test]
fn a_lost_terminal_still_saves_the_state() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let mut s = en();
    s.model.store = StateStore::open(&path);
    let mut events = LostTerminal(
        "um".chars()
            .map(|c| Event::Key(key(KeyCode::Char(c))))
            .collect(),
    );
    let mut terminal = Terminal::new(TestBackend::new(SIZE.0, SIZE.1)).unwrap();
    let ended = qari::app::run(&mut terminal, &mut s, &mut events, &AtomicBool::new(false));
    let err = ended.expect_err("the lost terminal is an error");
    assert!(err.to_string().contains("hung up"), "{err:#}");
    let saved = StateStore::open(&path);
    assert!(saved.is_read("ar-1") && saved.is_bookmarked("ar-1"));
}

#[test]
fn the_arabic_interface_tells_of_state_and_settings_problems_in_arabic() {
    let (dir, config) = with_config("digits = 3\n");
    let path = dir.path().join("state.json");
    std::fs::write(&path, "{").unwrap();
    let s = started_in(UiLang::Ar, &config, &path);
    let (message, _) = s
        .model
        .message
        .clone()
        .expect("a message in the status line");
    assert!(
        message.starts_with("بدأ qari بالإعدادات الافتراضية: "),
        "{message}"
    );
    assert!(message.contains("config.toml:1:"), "where: {message}");
    assert!(
        s.model
            .notices
            .iter()
            .any(|n| n.starts_with("تعذّرت قراءة حالة القراءة فبدأت من جديد؛")),
        "{:?}",
        s.model.notices
    );
    // The path reads left to right inside the Arabic line, its `/` first.
    let status = status_row(&s);
    let path_start: String = config.display().to_string().chars().take(8).collect();
    assert!(status.contains(&path_start), "{status}");
}

#[test]
fn a_failed_save_is_told_in_the_interface_language() {
    let err = qari::state::StateError::Write {
        path: "/نصوص/state.json".into(),
        source: std::io::Error::from(std::io::ErrorKind::StorageFull),
    };
    assert_eq!(
        qari::app::persist::error_text(&err, UiLang::Ar),
        "تعذّر حفظ حالة القراءة في \u{2066}/نصوص/state.json\u{2069}: القرص ممتلئ"
    );
    assert!(
        qari::app::persist::error_text(&err, UiLang::En)
            .starts_with("cannot save the reading state to /نصوص/state.json")
    );
}

#[test]
fn a_second_reader_saves_once_the_first_has_quit_and_says_so() {
    let (dir, config) = with_config("");
    let path = dir.path().join("state.json");
    let first = StateStore::open(&path);
    let mut second = started(&config, &path);
    type_keys(&mut second, "u");
    let mut saving = qari::app::persist::Persist::default();
    let t0 = std::time::Instant::now();
    assert!(!saving.tick(&mut second.model, t0));
    assert!(!saving.tick(&mut second.model, t0 + qari::state::DEBOUNCE));
    assert!(!path.exists());

    drop(first);
    assert!(saving.tick(&mut second.model, t0 + qari::state::DEBOUNCE * 2));
    assert_eq!(
        second.model.message.as_ref().map(|m| m.0.as_str()),
        Some("reading state is saved again: the other qari has quit")
    );
    assert!(StateStore::open(&path).is_read("ar-1"));
}

#[test]
fn the_read_only_notice_goes_once_the_state_is_saved_again() {
    let (dir, config) = with_config("");
    let path = dir.path().join("state.json");
    let first = StateStore::open(&path);
    let mut second = started(&config, &path);
    let welcome = |s: &qari::app::App| rows(&render(s)).join("\n");
    assert!(welcome(&second).contains("read-only while another qari"));
    type_keys(&mut second, "u");
    let mut saving = qari::app::persist::Persist::default();
    let t0 = std::time::Instant::now();
    saving.tick(&mut second.model, t0);
    drop(first);
    assert!(saving.tick(&mut second.model, t0 + qari::state::DEBOUNCE * 2));
    let screen = welcome(&second);
    assert!(screen.contains("saved again"), "{screen}");
    assert!(!screen.contains("read-only while another qari"), "{screen}");
}
