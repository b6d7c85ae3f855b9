//! The library index brought up to date while the reader runs: progress
//! in the status line in both languages, the list growing as batches of a
//! first build arrive with the selection kept, a refreshed list updating
//! changed articles, adding new ones and taking gone ones off, and the
//! samples only when the library turns out empty.

mod app_support;
mod support;

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::mpsc;

use app_support::{article, render, rows, state};
use qari::app::App;
use qari::app::indexing::{self, Indexing};
use qari::article::Article;
use qari::i18n::UiLang;
use qari::index::background::Update;
use qari::index::store::Paths;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const FOLDER: &str = "/library";

/// An article of the library folder, published on day `day` of 2024.
fn filed(id: &str, title: &str, day: u32) -> Article {
    let mut a = article(id, title, &[]);
    a.body.clear();
    a.published = Some(format!("2024-01-{day:02}"));
    a.path = Some(Path::new(FOLDER).join(format!("{id}.json")));
    a
}

/// The reader on `articles`, its index work fed by the returned sender.
fn reader(lang: UiLang, articles: Vec<Article>) -> (App, mpsc::Sender<Update>) {
    let mut app = state(lang, (100, 20), articles);
    let (tell, news) = mpsc::channel();
    app.rt.indexing = Some(Indexing::receiving(news, PathBuf::from(FOLDER), false));
    (app, tell)
}

/// What the loop does with the news between turns: whether anything came,
/// and whether the work is done.
fn take(app: &mut App) -> (bool, bool) {
    let news = indexing::turn(&mut app.model, &mut app.rt);
    (news, app.rt.indexing.is_none())
}

fn listed(app: &App) -> Vec<String> {
    let articles = &app.model.library.articles;
    let visible = &app.model.list.visible;
    visible.iter().map(|&i| articles[i].id.clone()).collect()
}

fn status_line(app: &App) -> String {
    rows(&render(app)).last().cloned().unwrap_or_default()
}

#[test]
fn a_first_build_shows_its_progress_and_the_list_grows_with_the_selection_kept() {
    let (mut app, tell) = reader(UiLang::En, Vec::new());
    assert!(listed(&app).is_empty());
    tell.send(Update::Progress { done: 0, all: 4000 }).unwrap();
    tell.send(Update::Batch(
        vec![filed("b", "Bee", 2), filed("d", "Dee", 4)],
        Vec::new(),
    ))
    .unwrap();
    tell.send(Update::Progress {
        done: 2000,
        all: 4000,
    })
    .unwrap();
    assert_eq!(take(&mut app), (true, false));
    assert_eq!(listed(&app), ["d", "b"]);
    let status = status_line(&app);
    assert!(
        status.contains("Indexing the library: 2000 of 4000 files"),
        "{status}"
    );
    assert!(
        status.contains("a second") && status.contains("s left"),
        "{status}"
    );

    // The user selects b; newer articles come in ahead of it.
    app.update(qari::app::Action::Down);
    tell.send(Update::Batch(
        vec![filed("e", "Eee", 5), filed("a", "Aaa", 1)],
        Vec::new(),
    ))
    .unwrap();
    take(&mut app);
    assert_eq!(listed(&app), ["e", "d", "b", "a"]);
    assert_eq!(
        app.model
            .selected_article()
            .map(|i| app.model.library.articles[i].id.as_str()),
        Some("b")
    );

    tell.send(Update::Done(None)).unwrap();
    assert_eq!(take(&mut app), (true, true));
    assert_eq!(app.model.indexing, None);
    assert!(!status_line(&app).contains("Indexing"));
    assert!(!app.model.library.is_sample);
}

#[test]
fn progress_reads_in_arabic_too() {
    let (mut app, tell) = reader(UiLang::Ar, Vec::new());
    tell.send(Update::Progress {
        done: 1500,
        all: 3000,
    })
    .unwrap();
    take(&mut app);
    let progress = app.model.indexing.expect("progress");
    let text = qari::app::indexing::progress_text(&app.model, &progress);
    assert!(text.starts_with("فهرسة المكتبة: 1500 من 3000"), "{text}");
    // Drawn right to left, shaped: the numbers are there as written.
    let status = status_line(&app);
    assert!(status.contains("3000 ﻦﻣ 1500"), "{status}");
}

#[test]
fn a_few_files_to_read_show_no_progress() {
    let (mut app, tell) = reader(UiLang::En, vec![filed("a", "Aaa", 1)]);
    tell.send(Update::Progress { done: 10, all: 20 }).unwrap();
    take(&mut app);
    assert_eq!(app.model.indexing, None);
}

#[test]
fn a_refreshed_list_updates_adds_and_takes_off_keeping_places() {
    let (mut app, tell) = reader(
        UiLang::En,
        vec![
            filed("a", "Aaa", 1),
            filed("b", "Bee", 2),
            filed("c", "Cee", 3),
        ],
    );
    app.update(qari::app::Action::Down);
    let b = app.model.selected_article().unwrap();
    let mut renamed = filed("b", "Bee renamed", 2);
    renamed.reading_minutes = 9;
    tell.send(Update::Whole(
        vec![filed("a", "Aaa", 1), renamed, filed("n", "New", 9)],
        Vec::new(),
    ))
    .unwrap();
    tell.send(Update::Done(None)).unwrap();
    take(&mut app);
    assert_eq!(listed(&app), ["n", "b", "a"], "c is gone, n is new");
    assert_eq!(
        app.model.library.articles[b].title, "Bee renamed",
        "same place"
    );
    assert_eq!(app.model.selected_article(), Some(b), "still selected");
    assert!(
        rows(&render(&app))
            .iter()
            .any(|r| r.contains("Bee renamed"))
    );
}

#[test]
fn the_note_of_an_unusable_index_is_said_and_an_empty_library_shows_the_samples() {
    let (mut app, tell) = reader(UiLang::En, Vec::new());
    tell.send(Update::Batch(Vec::new(), Vec::new())).unwrap();
    tell.send(Update::Done(Some(
        "the library index is not used: the cache folder is not private".into(),
    )))
    .unwrap();
    take(&mut app);
    assert!(app.model.library.is_sample);
    assert!(!listed(&app).is_empty(), "the samples are listed");
    let (text, _) = app.model.message.clone().unwrap();
    assert!(
        text.starts_with("Library index: the library index is not used"),
        "{text}"
    );
    assert!(app.model.notices.iter().any(|n| n == &text));
}

#[test]
fn samples_shown_for_an_empty_index_leave_when_articles_come() {
    let (mut app, tell) = reader(UiLang::En, qari::article::Library::sample().articles);
    app.model.library.is_sample = true;
    tell.send(Update::Whole(vec![filed("a", "Aaa", 1)], Vec::new()))
        .unwrap();
    take(&mut app);
    assert_eq!(listed(&app), ["a"]);
    assert!(!app.model.library.is_sample);
}

/// The real binary in tmux on a library of more files than are read before
/// the first frame, with no index: the reader starts, the list grows to
/// every article while the index is built, and the index is saved; the
/// next start is brought up to date in the same way.
#[test]
fn the_reader_builds_a_large_index_while_it_runs() {
    use support::tmux::{Patience, Tmux, quoted, tmux_available};
    if !tmux_available() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let library = home.path().join("library");
    let files = qari::app::indexing::SHOWN_FROM + 500;
    for folder in 0..10 {
        let dir = library.join(format!("{folder}"));
        std::fs::create_dir_all(&dir).unwrap();
        for n in (folder..files).step_by(10) {
            let fields = serde_json::json!({"id": format!("a{n}"), "title": format!("Article {n}"),
                "published": "2024-01-01", "body": format!("Body of article {n}.")});
            std::fs::write(dir.join(format!("a{n}.json")), fields.to_string()).unwrap();
        }
    }
    let cache = home.path().join("cache");
    let before = format!("XDG_CACHE_HOME={} ", quoted(&cache));
    let patience = Patience {
        timeout: std::time::Duration::from_secs(60),
        every: std::time::Duration::from_millis(100),
        stable: false,
    };
    let tmux = Tmux::new("indexing", patience).shell(home.path(), (100, 30));
    tmux.type_qari(&before, &library, home.path(), "qari-exited-");
    tmux.wait_for_text(&format!("1/{files}"));
    tmux.send_keys(&["q"]);
    tmux.wait_for_text("qari-exited-0");
    let written: Vec<String> = std::fs::read_dir(cache.join("qari"))
        .unwrap()
        .flatten()
        .filter_map(|e| Some(e.path().extension()?.to_str()?.to_string()))
        .collect();
    for kind in ["index", "search", "search-table"] {
        assert!(written.iter().any(|x| x == kind), "{kind}: {written:?}");
    }
    // The next run finds every file as the index has it, nothing to read.
    let out = support::cli::qari_at_home(home.path())
        .env("XDG_CACHE_HOME", &cache)
        .args(["index", "--library"])
        .arg(&library)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains(&format!("{files} files")), "{said}");
    assert!(!said.contains("new or changed"), "{said}");

    // The next start shows the index as written and brings it up to date
    // meanwhile: a file gone since leaves the list.
    std::fs::remove_file(library.join("0/a0.json")).unwrap();
    tmux.type_line("clear");
    tmux.type_qari(&before, &library, home.path(), "qari-again-");
    tmux.wait_for_text(&format!("1/{}", files - 1));
    tmux.send_keys(&["q"]);
    tmux.wait_for_text("qari-again-0");
}

/// While the index is built, the list's filter looks at titles and authors
/// (reading every file for its body would race the build) and the status
/// line says so; once it is done, a word of a body is found.
#[test]
fn the_filter_searches_bodies_once_the_build_is_done() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.json");
    let body = serde_json::json!({"id": "a", "title": "Aaa", "body": "The lighthouse keeper."});
    std::fs::write(&file, body.to_string()).unwrap();
    let mut listed_a = filed("a", "Aaa", 1);
    listed_a.path = Some(file);
    let (mut app, tell) = reader(UiLang::En, vec![listed_a, filed("b", "Bee", 2)]);
    tell.send(Update::Progress {
        done: 1500,
        all: 3000,
    })
    .unwrap();
    take(&mut app);
    let progress = app.model.indexing.expect("progress");
    let said = indexing::progress_text(&app.model, &progress);
    assert!(
        said.ends_with("search looks at titles and authors until then"),
        "{said}"
    );
    app_support::type_keys(&mut app, "/lighthouse");
    assert!(listed(&app).is_empty(), "no title holds it");
    app_support::press(
        &mut app,
        app_support::key(ratatui::crossterm::event::KeyCode::Esc),
    );
    tell.send(Update::Done(None)).unwrap();
    take(&mut app);
    app_support::type_keys(&mut app, "/lighthouse");
    assert_eq!(listed(&app), ["a"], "found in the body");
}

#[test]
fn the_search_store_is_opened_once_the_first_frame_is_drawn() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = state(UiLang::En, (100, 20), vec![filed("a", "مقال", 1)]);
    let store = Paths::beside(&dir.path().join("library.index"));
    app.rt.after_first_frame.store = Some(store);
    // Set to use a store, none opened yet: a drawing alone opens none.
    assert!(app.rt.wants_search_store());
    render(&app);
    assert!(app.rt.after_first_frame.store.is_some());
    // The loop draws its first frame, then opens the store (here one that
    // is not there: the list's filter then folds the articles).
    let mut terminal = Terminal::new(TestBackend::new(100, 20)).unwrap();
    let mut events = VecDeque::new();
    qari::app::run(
        &mut terminal,
        &mut app,
        &mut events,
        &AtomicBool::new(false),
    )
    .unwrap();
    assert!(app.rt.after_first_frame.store.is_none());
    assert!(app.rt.wants_search_store());
    assert!(
        terminal
            .backend()
            .buffer()
            .content
            .iter()
            .any(|c| c.symbol() != " ")
    );
    // The list's search works all the same.
    app_support::type_keys(&mut app, "/");
    for c in "مقال".chars() {
        app.update(qari::app::Action::Input(c));
    }
    assert_eq!(listed(&app), ["a"]);
}

/// A batch of a first build arriving while a search is typed on the list:
/// the search line keeps what was typed, and the list shows its matches
/// among the articles the batch brought too.
#[test]
fn a_batch_arriving_while_a_search_is_typed_keeps_the_query_and_its_results() {
    let (mut app, tell) = reader(UiLang::En, vec![filed("a", "Ant", 1), filed("b", "Bee", 2)]);
    app_support::type_keys(&mut app, "/Be");
    assert_eq!(listed(&app), ["b"]);
    tell.send(Update::Batch(
        vec![filed("c", "Beech", 3), filed("d", "Dune", 4)],
        Vec::new(),
    ))
    .unwrap();
    take(&mut app);
    assert_eq!(app.model.search.input, "Be", "what was typed is kept");
    assert_eq!(listed(&app), ["c", "b"], "the new match joins");
    app_support::type_keys(&mut app, "ec");
    assert_eq!(app.model.search.input, "Beec");
    assert_eq!(listed(&app), ["c"]);
    app_support::press(
        &mut app,
        app_support::key(ratatui::crossterm::event::KeyCode::Enter),
    );
    assert_eq!(app.model.list.filter.as_deref(), Some("Beec"));
    assert_eq!(listed(&app), ["c"]);
}

/// A search typed during a first build, before the search store is
/// written, finds the store not there yet: the reader still means to use
/// it once the build ends, rather than reading every file again to fold
/// its body for the filter (which held the whole library's folded text).
#[test]
fn a_search_before_the_store_is_written_keeps_it_wanted_for_the_end_of_the_build() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _tell) = reader(UiLang::En, vec![filed("a", "Ant", 1), filed("b", "Bee", 2)]);
    let index = dir.path().join("library-1.index");
    app.rt
        .open_search_store(qari::index::store::Paths::beside(&index));
    assert!(app.rt.wants_search_store());
    app_support::type_keys(&mut app, "/Be");
    assert_eq!(listed(&app), ["b"], "titles searched meanwhile");
    assert!(app.rt.wants_search_store(), "the store is still wanted");
}

/// A search typed while the index is built, when the build ends: the
/// list shows what the bodies hold at once, the query still typed.
#[test]
fn a_filter_typed_during_the_build_finds_bodies_when_it_ends() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.json");
    let body = serde_json::json!({"id": "a", "title": "Aaa", "body": "The lighthouse keeper."});
    std::fs::write(&file, body.to_string()).unwrap();
    let mut listed_a = filed("a", "Aaa", 1);
    listed_a.path = Some(file);
    let (mut app, tell) = reader(UiLang::En, vec![listed_a, filed("b", "Bee", 2)]);
    app_support::type_keys(&mut app, "/lighthouse");
    assert!(listed(&app).is_empty(), "no title holds it");
    tell.send(Update::Done(None)).unwrap();
    take(&mut app);
    assert_eq!(app.model.search.input, "lighthouse");
    assert_eq!(listed(&app), ["a"], "found in the body");
}
