//! `D`, `A` and `z` in the reader, through `update` and the effects the
//! loop runs: a one-key question first, the file moved to the archive and
//! back byte for byte under its own name, the article leaving the list and
//! coming back at its place, read marks and bookmarks taken back, and a
//! failed move that loses nothing.

mod app_support;

use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use app_support::*;
use qari::app::archiving::{self, Shelf, Shelves};
use qari::app::model::{MessageKind, Overlay, Pane};
use qari::app::{App, Effect};
use qari::article::Library;
use qari::i18n::UiLang;
use ratatui::crossterm::event::KeyCode;

/// A library of three articles (`b.json` in a subfolder), and an archive
/// folder beside it that does not exist yet.
struct Folders {
    _dir: tempfile::TempDir,
    library: PathBuf,
    archive: PathBuf,
}

const FILES: [(&str, &str); 3] = [
    (
        "a.json",
        r#"{"id": "a", "title": "الأول", "published": "2024-04-20", "body": "نص."}"#,
    ),
    (
        "b/b.json",
        r#"{"id": "b", "title": "الثاني", "published": "2024-04-19", "body": "نص ثانٍ."}"#,
    ),
    (
        "c.json",
        r#"{"id": "c", "title": "الثالث", "published": "2024-04-18", "body": "نص ثالث."}"#,
    ),
];

fn folders() -> Folders {
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library");
    fs::create_dir_all(library.join("b")).unwrap();
    let then = SystemTime::UNIX_EPOCH + Duration::from_secs(1_713_400_000);
    for (name, text) in FILES {
        let path = library.join(name);
        fs::write(&path, text).unwrap();
        File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(then)
            .unwrap();
    }
    let archive = dir.path().join("archive");
    Folders {
        _dir: dir,
        library,
        archive,
    }
}

/// The reader on `shown` (the library or the archive) at 120×30.
fn reader(f: &Folders, lang: UiLang, showing: Shelf) -> App {
    let dir = match showing {
        Shelf::Library => &f.library,
        Shelf::Archive => &f.archive,
    };
    let library = Library::scan(Some(dir), &[]);
    assert!(library.problems.is_empty(), "{:?}", library.problems);
    let mut app = App::new(library, lang, Default::default());
    app.update(qari::app::Action::Resize {
        width: 120,
        height: 30,
    });
    app.model.shelves = Some(Shelves {
        library: f.library.clone(),
        archive: f.archive.clone(),
        showing,
    });
    app
}

/// Presses keys, running any file move they ask for as the loop does.
fn keys(app: &mut App, typed: &str) {
    for c in typed.chars() {
        if let Some(Effect::Move(file)) = type_keys(app, &c.to_string()) {
            archiving::perform(&mut app.model, &app.rt, file);
        }
    }
}

/// The ids the list shows, in order.
fn listed(app: &App) -> Vec<String> {
    let articles = &app.model.library.articles;
    let visible = &app.model.list.visible;
    visible.iter().map(|&i| articles[i].id.clone()).collect()
}

fn selected_id(app: &App) -> Option<String> {
    let i = app.model.selected_article()?;
    Some(app.model.library.articles[i].id.clone())
}

/// Each file's bytes and modification time, by its path under `dir`.
fn files(dir: &Path) -> Vec<(String, Vec<u8>, SystemTime)> {
    let mut found = Vec::new();
    let Ok(entries) = fs::read_dir(dir) else {
        return found;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            for (name, bytes, time) in files(&path) {
                let name = format!("{}/{name}", entry.file_name().to_string_lossy());
                found.push((name, bytes, time));
            }
        } else {
            let time = fs::metadata(&path).unwrap().modified().unwrap();
            let name = entry.file_name().to_string_lossy().into_owned();
            found.push((name, fs::read(&path).unwrap(), time));
        }
    }
    found.sort();
    found
}

/// The status line's message, without the isolates around key names.
fn message(app: &App) -> (String, MessageKind) {
    let (text, kind) = app.model.message.clone().expect("a message");
    (text.replace(['\u{2066}', '\u{2069}'], ""), kind)
}

#[test]
fn archive_and_undo_leave_the_file_byte_identical_where_it_was() {
    let f = folders();
    let before = files(&f.library);
    let mut app = reader(&f, UiLang::En, Shelf::Library);
    keys(&mut app, "j");
    assert_eq!(selected_id(&app).as_deref(), Some("b"));

    keys(&mut app, "D");
    assert!(
        matches!(app.model.overlay, Overlay::Confirm(_)),
        "asks first"
    );
    assert!(f.library.join("b/b.json").exists(), "nothing moved yet");
    keys(&mut app, "y");
    assert!(!f.library.join("b/b.json").exists());
    assert_eq!(
        fs::read(f.archive.join("b/b.json")).unwrap(),
        FILES[1].1.as_bytes(),
        "in the archive at the same place"
    );
    assert_eq!(listed(&app), ["a", "c"], "the article left the list");
    assert_eq!(selected_id(&app).as_deref(), Some("c"), "on its neighbour");
    let (said, _) = message(&app);
    assert_eq!(said, "Archived «الثاني»; z undoes it");

    keys(&mut app, "z");
    assert_eq!(
        files(&f.library),
        before,
        "bytes, names and times as before"
    );
    assert_eq!(files(&f.archive), [], "nothing left in the archive");
    assert_eq!(listed(&app), ["a", "b", "c"], "back at its place");
    assert_eq!(selected_id(&app).as_deref(), Some("b"));
    assert_eq!(message(&app).0, "«الثاني» is back where it was");
}

#[test]
fn any_other_key_says_no_in_both_languages() {
    let f = folders();
    for (lang, cancelled) in [
        (UiLang::En, "Cancelled; nothing changed"),
        (UiLang::Ar, "أُلغي، ولم يتغير شيء"),
    ] {
        let mut app = reader(&f, lang, Shelf::Library);
        keys(&mut app, "Dj");
        assert_eq!(app.model.overlay, Overlay::None);
        assert_eq!(app.model.list.selected, 0, "the key did nothing else");
        assert_eq!(message(&app).0, cancelled);
        press(&mut app, key(KeyCode::Esc));
        keys(&mut app, "D");
        press(&mut app, key(KeyCode::Esc));
        assert_eq!(message(&app).0, cancelled);
        assert_eq!(files(&f.library).len(), 3);
        assert!(app.model.undo.is_empty());
    }
}

#[test]
fn capital_d_confirms_as_y_does_and_the_open_article_closes() {
    let f = folders();
    let mut app = reader(&f, UiLang::En, Shelf::Library);
    press(&mut app, key(KeyCode::Enter));
    assert_eq!(app.model.focus, Pane::Reader);
    keys(&mut app, "DD");
    assert!(f.archive.join("a.json").exists());
    assert_eq!(app.model.reader.article, None, "the reading pane closed");
    assert_eq!(app.model.focus, Pane::List);
    assert_eq!(selected_id(&app).as_deref(), Some("b"));
    // The last of the list: the selection goes to the one before.
    keys(&mut app, "GDy");
    assert_eq!(listed(&app), ["b"]);
    assert_eq!(selected_id(&app).as_deref(), Some("b"));
    keys(&mut app, "zz");
    assert_eq!(listed(&app), ["a", "b", "c"]);
    assert_eq!(files(&f.archive), []);
}

#[test]
fn a_failed_move_loses_nothing_and_says_why() {
    let f = folders();
    // A file of that name is in the archive already: never overwritten.
    fs::create_dir_all(&f.archive).unwrap();
    fs::write(f.archive.join("a.json"), "older").unwrap();
    let mut app = reader(&f, UiLang::En, Shelf::Library);
    keys(&mut app, "Dy");
    let (said, kind) = message(&app);
    assert_eq!(kind, MessageKind::Warning);
    assert!(
        said.starts_with("Could not move «الأول»: ") && said.contains("already exists"),
        "{said}"
    );
    assert_eq!(
        fs::read_to_string(f.archive.join("a.json")).unwrap(),
        "older"
    );
    assert_eq!(
        fs::read(f.library.join("a.json")).unwrap(),
        FILES[0].1.as_bytes()
    );
    assert_eq!(listed(&app), ["a", "b", "c"]);
    assert!(app.model.undo.is_empty(), "nothing to take back");
}

#[test]
fn a_move_back_that_fails_can_be_tried_again() {
    let f = folders();
    let mut app = reader(&f, UiLang::En, Shelf::Library);
    keys(&mut app, "Dy");
    // Someone put a file at the article's old name meanwhile.
    fs::write(f.library.join("a.json"), "new").unwrap();
    keys(&mut app, "z");
    assert_eq!(message(&app).1, MessageKind::Warning);
    assert_eq!(fs::read_to_string(f.library.join("a.json")).unwrap(), "new");
    assert!(f.archive.join("a.json").exists());
    assert_eq!(app.model.undo.len(), 1, "still there to undo");
    fs::remove_file(f.library.join("a.json")).unwrap();
    keys(&mut app, "z");
    assert_eq!(
        fs::read(f.library.join("a.json")).unwrap(),
        FILES[0].1.as_bytes()
    );
    assert_eq!(listed(&app), ["a", "b", "c"]);
}

#[test]
fn in_the_archive_d_restores_and_z_archives_again() {
    let f = folders();
    let mut app = reader(&f, UiLang::En, Shelf::Library);
    keys(&mut app, "jDy");
    let mut archived = reader(&f, UiLang::En, Shelf::Archive);
    assert_eq!(listed(&archived), ["b"]);
    keys(&mut archived, "D");
    let asked = rows(&render(&archived)).pop().unwrap();
    assert!(
        asked.contains("Restore this article to the library? y/D: yes"),
        "{asked}"
    );
    keys(&mut archived, "y");
    assert_eq!(
        fs::read(f.library.join("b/b.json")).unwrap(),
        FILES[1].1.as_bytes()
    );
    assert_eq!(listed(&archived), Vec::<String>::new());
    assert_eq!(
        message(&archived).0,
        "Restored «الثاني» to the library; z undoes it"
    );
    keys(&mut archived, "z");
    assert!(f.archive.join("b/b.json").exists());
    assert_eq!(listed(&archived), ["b"]);
}

#[test]
fn a_built_in_sample_or_no_archive_folder_is_said_so() {
    let mut app = state(UiLang::En, (120, 30), sample_articles());
    keys(&mut app, "D");
    assert_eq!(app.model.overlay, Overlay::None);
    assert!(message(&app).0.contains("built-in sample with no file"));
    let f = folders();
    let mut app = reader(&f, UiLang::En, Shelf::Library);
    app.model.shelves = None;
    keys(&mut app, "D");
    assert_eq!(message(&app).0, "No archive folder: set archive_dir");
}

#[test]
fn mark_all_read_asks_and_undo_restores_each_mark() {
    let f = folders();
    let mut app = reader(&f, UiLang::En, Shelf::Library);
    keys(&mut app, "ju"); // b read, a and c not
    keys(&mut app, "A");
    let asked = rows(&render(&app)).pop().unwrap();
    assert!(asked.contains("Mark 3 articles read? y/D: yes"), "{asked}");
    keys(&mut app, "n");
    assert!(!app.model.store.is_read("a"), "no: nothing marked");
    keys(&mut app, "Ay");
    for id in ["a", "b", "c"] {
        assert!(app.model.store.is_read(id), "{id}");
    }
    assert!(message(&app).0.ends_with("; z undoes it"));
    keys(&mut app, "z");
    assert!(!app.model.store.is_read("a"));
    assert!(app.model.store.is_read("b"), "b was read before");
    assert!(!app.model.store.is_read("c"));
}

#[test]
fn bookmarks_are_taken_back_one_change_at_a_time() {
    let f = folders();
    let mut app = reader(&f, UiLang::En, Shelf::Library);
    keys(&mut app, "mjm");
    assert!(app.model.store.is_bookmarked("a") && app.model.store.is_bookmarked("b"));
    keys(&mut app, "z");
    assert!(!app.model.store.is_bookmarked("b"));
    assert!(app.model.store.is_bookmarked("a"));
    keys(&mut app, "z");
    assert!(!app.model.store.is_bookmarked("a"));
    keys(&mut app, "z");
    assert_eq!(message(&app).0, "Nothing to undo");
}

#[test]
fn the_undo_stack_keeps_the_last_twenty() {
    let f = folders();
    let mut app = reader(&f, UiLang::En, Shelf::Library);
    for _ in 0..25 {
        keys(&mut app, "m");
    }
    assert_eq!(app.model.undo.len(), qari::app::undo::DEPTH);
}

/// With the archive on another file system (/dev/shm, a tmpfs, where it
/// is one), the file is copied, checked and only then removed, and comes
/// back the same way: bytes and modification time as they were.
#[test]
fn across_file_systems_archive_and_undo_keep_the_file_as_it_was() {
    use std::os::unix::fs::MetadataExt;
    let mut f = folders();
    let Ok(shm) = tempfile::tempdir_in("/dev/shm") else {
        eprintln!("skipped: no /dev/shm");
        return;
    };
    let device = |p: &Path| fs::metadata(p).unwrap().dev();
    if device(&f.library) == device(shm.path()) {
        eprintln!("skipped: /dev/shm is on the library's file system");
        return;
    }
    f.archive = shm.path().join("archive");
    let before = files(&f.library);
    let mut app = reader(&f, UiLang::En, Shelf::Library);
    keys(&mut app, "jDy");
    assert_eq!(
        fs::read(f.archive.join("b/b.json")).unwrap(),
        FILES[1].1.as_bytes()
    );
    assert_eq!(listed(&app), ["a", "c"]);
    keys(&mut app, "z");
    assert_eq!(files(&f.library), before);
    assert_eq!(files(&f.archive), []);
}
