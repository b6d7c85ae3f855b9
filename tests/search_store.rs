//! The search store beside the library index: the list filter finds in it
//! exactly what it finds by folding the articles in memory (over many
//! queries with harakat, alef forms, digits and Latin), a damaged or cut
//! store is rebuilt and never searched, a changed file's old text is no
//! longer found and its new text is (without the store being rewritten),
//! and several qaris refreshing at once leave it whole. Its memory is
//! tested in `search_store_memory.rs`.

mod app_support;
mod store_support;

use std::fs;
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

use app_support::{key, press, type_keys};
use qari::app::list_index::ListIndex;
use qari::app::{Action, App};
use qari::article::{Article, Library};
use qari::i18n::UiLang;
use qari::index::{self, store};
use qari::layout::LayoutOptions;
use qari::search::CompactQuery;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode};
use serde_json::json;
use store_support::{
    WORDS, cache, load, read_whole, store_paths, stored, word_count, write_article, write_library,
};

fn queries() -> Vec<String> {
    let mut all: Vec<String> = WORDS.iter().map(|w| w.to_string()).collect();
    all.extend(
        [
            "مدرسه",
            "احمد",
            "ابراهيم",
            "امال",
            "مستشفي",
            "ال4",
            "الـ",
            "2",
            "٤",
            "reuters",
            "gaza",
            "CAFÉ",
            "ي",
            "ك",
            "ذ",
            "ذه",
            "ذهب",
            "الذهب سعر",
            "xyz",
            "ة",
            "\u{064E}",
            "قاهرة",
        ]
        .map(str::to_string),
    );
    // Every prefix of a few words, as typed one letter at a time.
    for w in ["الاقتصاد", "إبراهيم", "Reuters"] {
        let chars: Vec<char> = w.chars().collect();
        all.extend((1..=chars.len()).map(|k| chars[..k].iter().collect()));
    }
    all
}

#[test]
fn the_store_finds_what_folding_the_articles_finds() {
    cache();
    let lib = tempfile::tempdir().unwrap();
    write_library(lib.path(), 240);
    let (library, note) = load(lib.path());
    assert_eq!(note, None);
    let whole = read_whole(lib.path());
    assert!(library.articles.iter().all(|a| a.body.is_empty()));
    let paths = |v: &[Article]| v.iter().map(|a| a.path.clone()).collect::<Vec<_>>();
    assert_eq!(paths(&library.articles), paths(&whole));
    let from_store = stored(lib.path(), &library.articles).expect("a usable store");
    assert!(from_store.is_stored());
    let in_memory = ListIndex::build(&whole);
    let all: Vec<usize> = (0..whole.len()).rev().collect();
    let mut found_some = 0;
    for q in queries() {
        let query = CompactQuery::new(&q);
        let expected = in_memory.search(&query, &all);
        assert_eq!(from_store.search(&query, &all), expected, "query {q:?}");
        let each: Vec<usize> = all
            .iter()
            .copied()
            .filter(|&i| from_store.matches(i, &query))
            .collect();
        let mut sorted = expected.clone();
        sorted.sort_by_key(|&i| std::cmp::Reverse(i));
        assert_eq!(each, sorted, "query {q:?}, one by one");
        found_some += usize::from(!expected.is_empty() && expected.len() < all.len());
    }
    assert!(found_some > 20, "the queries tell articles apart");
}
#[test]
fn a_damaged_or_cut_store_is_never_searched_and_is_rebuilt() {
    cache();
    let lib = tempfile::tempdir().unwrap();
    write_library(lib.path(), 60);
    let (library, _) = load(lib.path());
    let n = library.articles.len();
    let good = stored(lib.path(), &library.articles).unwrap();
    let expected = word_count(&good, n, "الذهب");
    assert!(expected > 0);
    drop(good);
    let paths = store_paths(lib.path());
    let data = fs::read(&paths.data).unwrap();
    let table = fs::read(&paths.table).unwrap();
    type Damage = Box<dyn Fn(&store::Paths)>;
    let (d, t) = (data.clone(), table.clone());
    let damages: Vec<(&str, Damage)> = vec![
        (
            "data cut",
            Box::new(move |p| fs::write(&p.data, &d[..d.len() - 5]).unwrap()),
        ),
        (
            "data byte changed",
            Box::new(move |p| {
                let mut d = data.clone();
                let at = d.len() / 2;
                d[at] ^= 0x20;
                fs::write(&p.data, d).unwrap();
            }),
        ),
        (
            "table cut",
            Box::new(move |p| fs::write(&p.table, &t[..t.len() / 2]).unwrap()),
        ),
        ("data gone", Box::new(|p| fs::remove_file(&p.data).unwrap())),
        (
            "table gone",
            Box::new(|p| fs::remove_file(&p.table).unwrap()),
        ),
    ];
    for (what, damage) in damages {
        damage(&paths);
        if let Some(index) = stored(lib.path(), &library.articles) {
            panic!(
                "{what}: a damaged store was searched ({} bytes)",
                index.bytes()
            );
        }
        let (again, _) = load(lib.path());
        let rebuilt = stored(lib.path(), &again.articles)
            .unwrap_or_else(|| panic!("{what}: the store was not rebuilt"));
        assert_eq!(word_count(&rebuilt, n, "الذهب"), expected, "{what}");
    }
}

#[test]
fn a_changed_file_is_found_by_its_new_text_and_the_store_only_grows() {
    cache();
    let lib = tempfile::tempdir().unwrap();
    write_library(lib.path(), 50);
    let (library, _) = load(lib.path());
    let n = library.articles.len();
    let paths = store_paths(lib.path());
    let before = fs::read(&paths.data).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let table = || fs::metadata(&paths.table).unwrap().ino();
        let first = table();
        load(lib.path());
        assert_eq!(table(), first, "nothing changed: the table is not written");
    }
    let changed = lib.path().join("01/a-012.json");
    let article = json!({"id": "a-12", "title": "كلمة قديمة", "body": "نص قديم فريد"});
    write_article(&changed, &article, 10_000);
    let (library, _) = load(lib.path());
    assert_eq!(library.articles.len(), n);
    let index = stored(lib.path(), &library.articles).unwrap();
    assert_eq!(word_count(&index, n, "قديم فريد"), 1);
    let article = json!({"id": "a-12", "title": "كلمة جديدة", "body": "نصٌّ جَديدٌ فريد"});
    write_article(&changed, &article, 20_000);
    let (library, _) = load(lib.path());
    let index = stored(lib.path(), &library.articles).unwrap();
    assert_eq!(
        word_count(&index, n, "قديم فريد"),
        0,
        "the old text is gone"
    );
    assert_eq!(
        word_count(&index, n, "نص جديد فريد"),
        1,
        "the new text is found"
    );
    let at = library
        .articles
        .iter()
        .position(|a| a.path.as_deref() == Some(&changed));
    assert_eq!(
        index.search(&CompactQuery::new("جديد"), &[0, at.unwrap()]),
        at.into_iter().collect::<Vec<_>>()
    );
    // What was written before is still there, byte for byte: appended to,
    // not rewritten.
    let after = fs::read(&paths.data).unwrap();
    assert!(after.len() > before.len());
    assert_eq!(after[..before.len()], before[..]);
}

/// The store's table read for a warm list serves its writer when the list
/// is not warm, unless another qari replaced the table in between: the
/// writer then reads the new one, which holds a changed file's new text
/// (not read again), and the store stays sound.
#[test]
fn a_table_replaced_since_it_was_read_is_read_again_by_the_writer() {
    cache();
    let lib = tempfile::tempdir().unwrap();
    write_library(lib.path(), 30);
    load(lib.path());
    let paths = store_paths(lib.path());
    let stale = store::Written::read(&paths).expect("a sound store");
    let changed = lib.path().join("01/a-012.json");
    let article = json!({"id": "a-12", "title": "كلمة", "body": "نص جديد فريد"});
    write_article(&changed, &article, 20_000);
    let (library, _) = load(lib.path());
    let index_path = index::usable_path(lib.path()).unwrap();
    let index::Found::Index(written) = index::read(&index_path, lib.path()) else {
        panic!("the index was written");
    };
    let writer = store::StoreWriter::open_knowing(&paths, false, Some(stale))
        .unwrap()
        .expect("not locked");
    let mut held = written.entries.clone();
    writer.retain_held(&mut held);
    assert_eq!(held.len(), written.entries.len(), "nothing to read again");
    writer.finish(&written.entries).unwrap();
    let index = stored(lib.path(), &library.articles).unwrap();
    assert_eq!(word_count(&index, 30, "نص جديد فريد"), 1);
}

/// A file read again (modified within two seconds of the last scan) and
/// found as the store holds it keeps its record: the table is not written
/// again, and the text appended again is dead.
#[test]
fn a_file_read_again_as_the_store_holds_it_leaves_the_table_as_it_was() {
    cache();
    let lib = tempfile::tempdir().unwrap();
    write_library(lib.path(), 30);
    load(lib.path());
    let paths = store_paths(lib.path());
    let (table, data) = (
        fs::read(&paths.table).unwrap(),
        fs::read(&paths.data).unwrap(),
    );
    let index_path = index::usable_path(lib.path()).unwrap();
    let index::Found::Index(written) = index::read(&index_path, lib.path()) else {
        panic!("the index was written");
    };
    let writer = store::StoreWriter::open(&paths, false)
        .unwrap()
        .expect("not locked");
    let again = &written.entries[7].path;
    let articles = qari::article::scan::load_file(again).unwrap();
    writer.add(again, &articles);
    writer.finish(&written.entries).unwrap();
    assert!(
        fs::read(&paths.data).unwrap().len() > data.len(),
        "appended"
    );
    assert_eq!(
        fs::read(&paths.table).unwrap(),
        table,
        "the table as it was"
    );
}

#[test]
fn qaris_refreshing_at_once_leave_the_store_whole() {
    cache();
    let lib = tempfile::tempdir().unwrap();
    write_library(lib.path(), 120);
    let lib = lib.path().to_path_buf();
    let whole = read_whole(&lib);
    let all: Vec<usize> = (0..whole.len()).collect();
    let expected = ListIndex::build(&whole).search(&CompactQuery::new("الذهب"), &all);
    let paths = store_paths(&lib);
    let held = store::StoreWriter::open(&paths, false).unwrap();
    assert!(held.is_some());
    assert!(
        store::StoreWriter::open(&paths, false).unwrap().is_none(),
        "a second writer waits its turn: it does not write"
    );
    drop(held);
    let workers: Vec<_> = (0..4)
        .map(|_| {
            let lib: PathBuf = lib.clone();
            std::thread::spawn(move || {
                for _ in 0..3 {
                    load(&lib);
                }
            })
        })
        .collect();
    for w in workers {
        w.join().unwrap();
    }
    let (library, _) = load(&lib);
    let index = stored(&lib, &library.articles).expect("a whole store");
    assert_eq!(index.search(&CompactQuery::new("الذهب"), &all), expected);
}

/// The reader's list filter, typed key by key on a library listed from
/// its index, searches the store: with the library's files gone, a word
/// found only in bodies still finds its articles, title matches first.
#[test]
fn the_reader_filter_searches_the_store_title_matches_first() {
    cache();
    let lib = tempfile::tempdir().unwrap();
    write_library(lib.path(), 80);
    let (library, _) = load(lib.path());
    let whole = read_whole(lib.path());
    let store = index::search_store(lib.path(), &library.articles).unwrap();
    let all: Vec<usize> = (0..whole.len()).collect();
    let expected_set = ListIndex::build(&whole).search(&CompactQuery::new("وزير"), &all);
    for dir in fs::read_dir(lib.path()).unwrap().flatten() {
        fs::remove_dir_all(dir.path()).unwrap();
    }
    let mut app = App::new(library, UiLang::En, LayoutOptions::default());
    app.update(Action::Resize {
        width: 100,
        height: 30,
    });
    app.rt.use_search_store(store);
    type_keys(&mut app, "/");
    for c in "وزير".chars() {
        type_keys(&mut app, &c.to_string());
    }
    press(&mut app, key(KeyCode::Enter));
    let listed = app.model.list.visible.clone();
    let mut found = listed.clone();
    found.sort_unstable();
    let mut expected = expected_set.clone();
    expected.sort_unstable();
    assert!(!expected.is_empty() && expected.len() < whole.len());
    assert_eq!(found, expected, "the same articles as folding them all");
    let in_title = |i: usize| qari::search::contains(&whole[i].title, "وزير");
    let titles = listed.iter().take_while(|&&i| in_title(i)).count();
    assert!(titles > 0, "some titles hold the word");
    assert!(
        listed[titles..].iter().all(|&i| !in_title(i)),
        "title matches come first: {listed:?}"
    );
}

/// The reader as a large library starts it: listed from its index as
/// written, the store opened only once the first frame is drawn. A search
/// typed right away, before anything else, still searches the store: with
/// the library's files gone, a word found only in bodies finds them.
#[test]
fn a_search_typed_right_after_the_first_frame_finds_body_words_in_the_store() {
    cache();
    let lib = tempfile::tempdir().unwrap();
    write_library(lib.path(), 80);
    load(lib.path());
    let whole = read_whole(lib.path());
    let all: Vec<usize> = (0..whole.len()).collect();
    let mut expected = ListIndex::build(&whole).search(&CompactQuery::new("وزير"), &all);
    let (articles, problems) = index::listed(&index::usable_path(lib.path()).unwrap(), lib.path())
        .expect("the index as written");
    for dir in fs::read_dir(lib.path()).unwrap().flatten() {
        fs::remove_dir_all(dir.path()).unwrap();
    }
    let library = Library {
        articles,
        problems,
        is_sample: false,
    };
    let mut app = App::new(library, UiLang::En, LayoutOptions::default());
    app.rt.after_first_frame.store = Some(store_paths(lib.path()));
    let keys = "/وزير".chars().map(|c| key(KeyCode::Char(c)));
    let mut events: std::collections::VecDeque<Event> =
        keys.chain([key(KeyCode::Enter)]).map(Event::Key).collect();
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    qari::app::run(
        &mut terminal,
        &mut app,
        &mut events,
        &AtomicBool::new(false),
    )
    .unwrap();
    assert!(
        app.rt.list_index(&app.model).is_stored(),
        "the store is searched"
    );
    let mut found = app.model.list.visible.clone();
    found.sort_unstable();
    expected.sort_unstable();
    let in_body = |i: usize| !qari::search::contains(&whole[i].title, "وزير");
    assert!(expected.iter().any(|&i| in_body(i)), "some only in a body");
    assert_eq!(found, expected, "the same articles as folding them all");
}
