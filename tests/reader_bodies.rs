//! The reader on a library listed from its index, which carries no
//! bodies: opening an article reads its body from its file, and the
//! reading pane, find in the article, the share pane and the link list all
//! see it; a few articles ahead are read on another thread; only a few
//! bodies stay in memory; a file gone or changed since the index was made
//! is said so, or read as it is now; the list's filter finds a word of a
//! body without holding the bodies.

mod app_support;
mod support;

use std::fs;
use std::path::Path;
use std::time::Duration;

use app_support::{key, press, render, screen_contains, type_keys};
use qari::app::bodies::{self, KEPT, ReadAhead};
use qari::app::model::{Overlay, Pane};
use qari::app::{Action, App};
use qari::article::{Library, scan};
use qari::i18n::UiLang;
use qari::index;
use qari::layout::LayoutOptions;
use ratatui::crossterm::event::KeyCode;
use serde_json::json;
use support::tmux::{Patience, Tmux, quoted, tmux_available};

/// Articles in the library; article `n` is published on day `n`, so the
/// list (newest first) shows article 12 first and article 1 last.
const ARTICLES: usize = 12;

fn paragraph(n: usize) -> String {
    format!("Paragraph of article {n} about the harbour{n} works.")
}

/// The library folder: one JSON file an article, the first paragraph
/// carrying a link.
fn write_library(dir: &Path) {
    for n in 1..=ARTICLES {
        let fields = json!({
            "id": format!("a{n}"),
            "title": format!("Title number {n}"),
            "published": format!("2024-01-{n:02}"),
            "url": format!("https://news.example/{n}"),
            "body": [
                {"paragraph": paragraph(n),
                 "links": [{"start": 0, "end": 9, "url": format!("https://link.example/{n}")}]},
                {"paragraph": "A second paragraph."}
            ]
        });
        fs::write(dir.join(format!("a{n}.json")), fields.to_string()).unwrap();
    }
}

/// The reader on `dir` as the index lists it: every article without a body.
fn indexed_app(dir: &Path) -> App {
    let (mut files, mut problems) = (Vec::new(), Vec::new());
    scan::collect(dir, &mut files, &mut problems);
    let (index, _) = index::refresh(dir, &files, None, &|_, _| {});
    let (articles, problems) = index::library_parts(index);
    assert!(articles.iter().all(|a| a.body.is_empty()), "no body listed");
    let library = Library {
        articles,
        problems,
        is_sample: false,
    };
    let mut app = App::new(library, UiLang::En, LayoutOptions::default());
    app.update(Action::Resize {
        width: 100,
        height: 30,
    });
    app
}

/// What the loop does between turns: the bodies the model needs are read.
fn loop_turn(app: &mut App) {
    bodies::load_wanted(&mut app.model, &app.rt);
}

/// Presses `keys` one by one, each followed by the loop's turn.
fn keys(app: &mut App, keys: &str) {
    for c in keys.chars() {
        type_keys(app, &c.to_string());
        loop_turn(app);
    }
}

fn enter(app: &mut App) {
    press(app, key(KeyCode::Enter));
    loop_turn(app);
}

fn id_of(app: &App, index: usize) -> &str {
    &app.model.library.articles[index].id
}

fn with_body(app: &App) -> Vec<String> {
    let articles = &app.model.library.articles;
    articles
        .iter()
        .filter(|a| !a.body.is_empty())
        .map(|a| a.id.clone())
        .collect()
}

#[test]
fn an_opened_article_is_read_and_every_pane_sees_its_body() {
    let dir = tempfile::tempdir().unwrap();
    write_library(dir.path());
    let mut app = indexed_app(dir.path());
    // Before the first frame the loop reads the selection's body only.
    loop_turn(&mut app);
    let first = app.model.selected_article().unwrap();
    assert_eq!(id_of(&app, first), "a12");
    assert_eq!(with_body(&app), ["a12"]);

    enter(&mut app);
    assert_eq!(app.model.reader.article, Some(first));
    assert!(
        screen_contains(&render(&app), "harbour12 works"),
        "the reading pane shows the body"
    );

    // Find in the article.
    keys(&mut app, "/harbour12");
    enter(&mut app);
    assert_eq!(app.model.reader.matches.len(), 1, "found in the body");

    // The share pane quotes the first paragraph.
    keys(&mut app, "s");
    assert_eq!(app.model.overlay, Overlay::Share);
    let share = app.model.share.pane.as_ref().unwrap().text();
    assert!(share.contains("harbour12"), "{share}");
    press(&mut app, key(KeyCode::Esc));

    // The link list lists the body's link, by its words in the body.
    keys(&mut app, "L");
    assert!(matches!(app.model.overlay, Overlay::Links { .. }));
    let screen = app_support::rows(&render(&app)).join("\n");
    assert!(screen.contains("[1] Paragraph"), "{screen}");
}

#[test]
fn the_next_article_opened_in_the_reader_is_read_before_it_is_shown() {
    let dir = tempfile::tempdir().unwrap();
    write_library(dir.path());
    let mut app = indexed_app(dir.path());
    loop_turn(&mut app);
    enter(&mut app);
    // `]` opens the next article inside one update: the reading pane waits
    // for its body, then lays it out and finds in it.
    keys(&mut app, "/harbour11");
    enter(&mut app);
    assert!(app.model.reader.matches.is_empty(), "not in article 12");
    type_keys(&mut app, "]");
    assert_eq!(
        app.rt.doc(&app.model).map(|d| d.len()),
        None,
        "not yet read"
    );
    assert!(
        !app.model.store.is_read("a11"),
        "an article not read yet does not count as seen to its end"
    );
    loop_turn(&mut app);
    assert_eq!(app.model.reader.matches.len(), 1, "the query found in 11");
    assert!(screen_contains(&render(&app), "harbour11 works"));
    assert!(app.model.store.is_read("a11"), "shown whole, so read");
}

#[test]
fn only_the_open_article_and_the_last_ones_read_keep_their_bodies() {
    let dir = tempfile::tempdir().unwrap();
    write_library(dir.path());
    let mut app = indexed_app(dir.path());
    loop_turn(&mut app);
    enter(&mut app);
    for _ in 1..ARTICLES {
        keys(&mut app, "]");
        let open = app.model.reader.article.unwrap();
        assert!(!app.model.library.articles[open].body.is_empty());
        assert!(with_body(&app).len() <= KEPT + 1, "{:?}", with_body(&app));
    }
    assert_eq!(id_of(&app, app.model.reader.article.unwrap()), "a1");
    let kept = with_body(&app);
    assert_eq!(kept.len(), KEPT + 1, "{kept:?}");
    assert!(!kept.contains(&"a12".to_string()), "read first, dropped");
    // Going back to a dropped article reads it again.
    keys(&mut app, "g");
    press(&mut app, key(KeyCode::Esc));
    keys(&mut app, "g");
    enter(&mut app);
    assert_eq!(id_of(&app, app.model.reader.article.unwrap()), "a12");
    assert!(screen_contains(&render(&app), "harbour12 works"));
}

#[test]
fn a_file_gone_since_the_index_is_said_so_and_stays_listed() {
    let dir = tempfile::tempdir().unwrap();
    write_library(dir.path());
    let mut app = indexed_app(dir.path());
    fs::remove_file(dir.path().join("a11.json")).unwrap();
    loop_turn(&mut app);
    keys(&mut app, "j");
    let (text, _) = app.model.message.clone().expect("a message");
    assert!(
        text.contains("Title number 11") && text.contains("gone"),
        "{text}"
    );
    enter(&mut app);
    assert_eq!(app.model.focus, Pane::Reader);
    let (text, _) = app.model.message.clone().expect("said again on opening");
    assert!(text.contains("gone"), "{text}");
    let screen = render(&app);
    assert!(
        screen_contains(&screen, "Title number 11"),
        "the header shows"
    );
    assert!(!screen_contains(&screen, "harbour"));
    assert_eq!(app.model.list.visible.len(), ARTICLES, "still listed");
    // The reader goes on.
    keys(&mut app, "]");
    assert!(screen_contains(&render(&app), "harbour10 works"));
}

#[test]
fn a_file_changed_since_the_index_is_read_as_it_is_now() {
    let dir = tempfile::tempdir().unwrap();
    write_library(dir.path());
    let mut app = indexed_app(dir.path());
    let changed = json!({"id": "a12", "title": "Title number 12",
        "published": "2024-01-12", "body": "Rewritten after indexing: lighthouse."});
    fs::write(dir.path().join("a12.json"), changed.to_string()).unwrap();
    fs::write(
        dir.path().join("a11.json"),
        json!({"id": "other", "title": "T", "body": "x"}).to_string(),
    )
    .unwrap();
    loop_turn(&mut app);
    enter(&mut app);
    assert!(screen_contains(&render(&app), "lighthouse"));
    keys(&mut app, "]");
    let (text, _) = app.model.message.clone().expect("a message");
    assert!(text.contains("no longer holds it"), "{text}");
}

#[test]
fn articles_ahead_are_read_on_another_thread() {
    let dir = tempfile::tempdir().unwrap();
    write_library(dir.path());
    let mut app = indexed_app(dir.path());
    loop_turn(&mut app);
    let ahead = ReadAhead::spawn();
    ahead.ask(&mut app.model);
    for _ in 0..bodies::AHEAD {
        assert!(ahead.wait(&mut app.model, &app.rt, Duration::from_secs(10)));
    }
    let mut read = with_body(&app);
    read.sort();
    assert_eq!(read, ["a10", "a11", "a12", "a9"]);
    ahead.ask(&mut app.model);
    assert!(
        !ahead.wait(&mut app.model, &app.rt, Duration::from_millis(200)),
        "nothing asked twice"
    );
}

#[test]
fn the_list_filter_finds_a_word_of_a_body_not_held_in_memory() {
    let dir = tempfile::tempdir().unwrap();
    write_library(dir.path());
    let mut app = indexed_app(dir.path());
    loop_turn(&mut app);
    keys(&mut app, "/harbour7");
    enter(&mut app);
    let listed: Vec<&str> = app
        .model
        .list
        .visible
        .iter()
        .map(|&i| id_of(&app, i))
        .collect();
    assert_eq!(listed, ["a7"], "found by a word of its body only");
    let held = with_body(&app);
    assert!(
        held.len() <= 2,
        "bodies read for the filter are dropped: {held:?}"
    );
}

const PATIENCE: Patience = Patience {
    timeout: Duration::from_secs(20),
    every: Duration::from_millis(100),
    stable: false,
};

/// The real binary in tmux: the reader lists the library from the index
/// it builds in the cache folder, and shows an article's body on Enter;
/// with a cache folder it may not use, it says so in its status line and
/// reads bodies all the same.
#[test]
fn the_reader_in_a_terminal_lists_from_the_index_and_shows_a_body() {
    if !tmux_available() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let library = home.path().join("library");
    fs::create_dir(&library).unwrap();
    write_library(&library);
    let cache = home.path().join("cache");
    let before = format!("XDG_CACHE_HOME={} ", quoted(&cache));
    let tmux = Tmux::new("bodies", PATIENCE).shell(home.path(), (100, 30));
    tmux.type_qari(&before, &library, home.path(), "qari-exited-");
    tmux.wait_for_text("Title number 12");
    tmux.send_keys(&["Enter"]);
    tmux.wait_for_text("harbour12 works");
    tmux.send_keys(&["q", "q"]);
    tmux.wait_for_text("qari-exited-0");
    let indexes: Vec<_> = fs::read_dir(cache.join("qari"))
        .unwrap()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "index"))
        .collect();
    assert_eq!(indexes.len(), 1, "the index was written: {indexes:?}");

    // The next start lists the library from the index as written, and
    // brings the index up to date meanwhile: the file gone since leaves
    // the list.
    fs::remove_file(library.join("a12.json")).unwrap();
    tmux.type_line("clear");
    tmux.type_qari(&before, &library, home.path(), "qari-again-");
    tmux.wait_for("the gone article off the list", |s| {
        let row = |l: &str| {
            l.trim_start_matches([' ', '●'])
                .starts_with("Title number 12")
        };
        s.contains("1/11") && !s.lines().any(row)
    });
    tmux.send_keys(&["Enter"]);
    tmux.wait_for_text("harbour11 works");
    tmux.send_keys(&["q", "q"]);
    tmux.wait_for_text("qari-again-0");

    // A cache folder others may write is not used: said in the status line.
    let mut perms = fs::metadata(cache.join("qari")).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o777);
    fs::set_permissions(cache.join("qari"), perms).unwrap();
    tmux.type_line("clear");
    tmux.type_qari(&before, &library, home.path(), "qari-ended-");
    tmux.wait_for_text("Library index:");
    tmux.send_keys(&["j", "Enter"]);
    tmux.wait_for_text("harbour10 works");
    tmux.send_keys(&["q", "q"]);
    tmux.wait_for_text("qari-ended-0");
}
