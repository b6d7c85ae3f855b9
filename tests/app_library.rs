//! The library in the reader: `S` sorts the list as `qari list --sort`
//! does, keeping the selected article selected; the order is named in the
//! list's title in both languages.

mod app_support;
mod support;

use std::fs::{self, File};
use std::path::Path;
use std::time::{Duration, SystemTime};

use app_support::*;
use qari::app::App;
use qari::article::order::SortOrder;
use qari::article::{Article, Library};
use qari::i18n::UiLang;
use qari::layout::LayoutOptions;
use qari::state::StateStore;
use serde_json::{Value, json};
use support::cli::{files_in, qari_at_home};

/// Four articles of different dates, titles and sources, in none of the
/// orders below.
fn dated() -> Vec<Article> {
    let one = |id: &str, title: &str, published: Option<&str>, source: Option<&str>| {
        let mut a = article(id, title, &["فقرة من نص المقالة."]);
        a.published = published.map(str::to_string);
        a.source = source.map(str::to_string);
        a.author = None;
        a
    };
    vec![
        one("a", "مدينة الضباب", Some("2024-01-10"), Some("الأهرام")),
        one(
            "b",
            "الحرب في الشمال",
            Some("2024-06-01T09:00:00Z"),
            Some("الجزيرة"),
        ),
        one("c", "بيروت تستعد للانتخابات", Some("2023-05-01"), None),
        one("d", "أمطار غزيرة", Some("2025-01-02"), Some("الأهرام")),
    ]
}

/// The ids the list shows, in order.
fn listed(s: &App) -> Vec<String> {
    let articles = &s.model.library.articles;
    s.model
        .list
        .visible
        .iter()
        .map(|&i| articles[i].id.clone())
        .collect()
}

fn selected_id(s: &App) -> Option<String> {
    let i = s.model.selected_article()?;
    Some(s.model.library.articles[i].id.clone())
}

#[test]
fn the_list_starts_newest_first_and_s_cycles_the_orders_keeping_the_selection() {
    let mut s = state(UiLang::En, (100, 30), dated());
    s.model.store.set_read("b", true);
    assert_eq!(listed(&s), ["d", "b", "a", "c"]);
    assert_eq!(s.model.list.sort, SortOrder::Newest);
    type_keys(&mut s, "j");
    assert_eq!(selected_id(&s).as_deref(), Some("b"));

    let expected = [
        (SortOrder::Oldest, ["c", "a", "b", "d"], "Sorted: oldest"),
        // أمطار (ا), بيروت (ب), الحرب (ح, its ال left out), مدينة (م).
        (SortOrder::Title, ["d", "c", "b", "a"], "Sorted: by title"),
        // الأهرام (newest first within it), الجزيرة, then no source.
        (SortOrder::Source, ["d", "a", "b", "c"], "Sorted: by source"),
        (
            SortOrder::Unread,
            ["d", "a", "c", "b"],
            "Sorted: unread first",
        ),
        (SortOrder::Newest, ["d", "b", "a", "c"], "Sorted: newest"),
    ];
    for (order, ids, said) in expected {
        type_keys(&mut s, "S");
        assert_eq!(s.model.list.sort, order);
        assert_eq!(listed(&s), ids, "{order:?}");
        assert_eq!(selected_id(&s).as_deref(), Some("b"), "{order:?}");
        let at = ids.iter().position(|&id| id == "b").unwrap();
        assert_eq!(s.model.list.selected, at, "{order:?}");
        let message = s.model.message.as_ref().map(|(m, _)| m.as_str());
        assert_eq!(message, Some(said));
    }
}

#[test]
fn titles_are_folded_for_the_first_sort_by_title_not_at_the_start() {
    let mut s = state(UiLang::En, (100, 30), dated());
    assert_eq!(listed(&s), ["d", "b", "a", "c"]);
    // The start sorts by date alone: no title was folded for it.
    assert!(!s.rt.sort_keys(&s.model).has_titles());
    type_keys(&mut s, "S");
    assert_eq!(listed(&s), ["c", "a", "b", "d"]);
    assert!(!s.rt.sort_keys(&s.model).has_titles());
    // Folded now, and in Arabic alphabetical order: أمطار (ا), بيروت (ب),
    // الحرب (ح, its ال left out), مدينة (م).
    type_keys(&mut s, "S");
    assert!(s.rt.sort_keys(&s.model).has_titles());
    assert_eq!(listed(&s), ["d", "c", "b", "a"]);
    // Round the orders and back to title: the same, from the kept keys.
    type_keys(&mut s, "SSSSS");
    assert_eq!(s.model.list.sort, SortOrder::Title);
    assert_eq!(listed(&s), ["d", "c", "b", "a"]);
}

#[test]
fn sorting_keeps_the_search_filter_and_the_selection_in_the_reading_pane() {
    let mut s = state(UiLang::Ar, (100, 30), dated());
    // Only the two articles of «الأهرام» have «ضباب» or «أمطار»: filter.
    type_keys(&mut s, "/الضباب");
    press(&mut s, key(ratatui::crossterm::event::KeyCode::Enter));
    assert_eq!(listed(&s), ["a"]);
    type_keys(&mut s, "S");
    assert_eq!(listed(&s), ["a"], "the filter stays");
    assert_eq!(s.model.list.filter.as_deref(), Some("الضباب"));
    press(&mut s, key(ratatui::crossterm::event::KeyCode::Esc));
    assert_eq!(listed(&s), ["c", "a", "b", "d"], "oldest first, unfiltered");
    assert_eq!(selected_id(&s).as_deref(), Some("a"));
    // From the reading pane too; the open article stays open.
    press(&mut s, key(ratatui::crossterm::event::KeyCode::Enter));
    type_keys(&mut s, "S");
    assert_eq!(s.model.list.sort, SortOrder::Title);
    assert_eq!(selected_id(&s).as_deref(), Some("a"));
    let open = s.model.open_article().map(|a| a.id.clone());
    assert_eq!(open.as_deref(), Some("a"));
}

fn screen(s: &App) -> String {
    rows(&render(s))
        .iter()
        .map(|r| r.trim_end())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_list_title_names_the_order_in_both_languages() {
    for lang in UiLang::ALL {
        let mut s = state(lang, (80, 12), dated());
        type_keys(&mut s, "SS");
        let code = match lang {
            UiLang::Ar => "ar",
            UiLang::En => "en",
        };
        insta::assert_snapshot!(format!("sorted_by_title_{code}"), screen(&s));
        // The longest name, in a narrow terminal.
        let mut s = state(lang, (60, 10), dated());
        type_keys(&mut s, "SSSS");
        insta::assert_snapshot!(format!("unread_first_narrow_{code}"), screen(&s));
    }
}

/// The same four articles as files of a library, `c` with no date but its
/// file's time, and `b` read in the state file.
fn library_on_disk(home: &Path) {
    let lib = home.join("library");
    fs::create_dir_all(&lib).unwrap();
    for a in dated() {
        let mut fields = json!({"id": a.id, "title": a.title, "body": "فقرة من نص المقالة."});
        if a.id != "c" {
            fields["published"] = json!(a.published);
        }
        if let Some(source) = &a.source {
            fields["source"] = json!(source);
        }
        fs::write(lib.join(format!("{}.json", a.id)), fields.to_string()).unwrap();
    }
    let at = SystemTime::UNIX_EPOCH + Duration::from_secs(19_478 * 86_400); // 2023-05-01
    let c = File::options()
        .write(true)
        .open(lib.join("c.json"))
        .unwrap();
    c.set_modified(at).unwrap();
    let mut store = StateStore::open(&home.join("state.json"));
    store.set_read("b", true);
    store.flush().unwrap();
}

#[test]
fn the_reader_lists_in_the_order_qari_list_sort_prints() {
    let home = tempfile::tempdir().unwrap();
    library_on_disk(home.path());
    let lib = home.path().join("library");
    let mut s = App::new(
        Library::load(Some(&lib), &[]),
        UiLang::En,
        LayoutOptions::default(),
    );
    s.update(qari::app::Action::Resize {
        width: 100,
        height: 30,
    });
    s.model.store = StateStore::open(&home.path().join("state.json"));
    assert!(s.model.store.is_read("b"));
    for order in SortOrder::ALL {
        if order != SortOrder::Newest {
            type_keys(&mut s, "S");
        }
        assert_eq!(s.model.list.sort, order);
        let out = qari_at_home(home.path())
            .args(["list", "--json", "--sort", order.name()])
            .args(files_in(home.path()))
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        let rows: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
        let printed: Vec<String> = rows.iter().map(|r| r["id"].to_string()).collect();
        let printed: Vec<String> = printed
            .iter()
            .map(|id| id.trim_matches('"').into())
            .collect();
        assert_eq!(listed(&s), printed, "{order:?}");
    }
}

/// Three articles with tags, written as files give them (with and without
/// `#`, Latin in any case).
fn tagged() -> Vec<Article> {
    let one = |id: &str, title: &str, body: &str, tags: &[&str]| {
        let mut a = article(id, title, &[body]);
        a.tags = tags.iter().map(|t| t.to_string()).collect();
        a
    };
    vec![
        one(
            "oil",
            "أسعار النفط ترتفع",
            "ارتفع سعر خام برنت مع تراجع المخزون.",
            &["#اقتصاد", "طاقة"],
        ),
        one(
            "bank",
            "المصرف المركزي يبقي الفائدة",
            "قرر المصرف تثبيت سعر الفائدة.",
            &["اقتصاد"],
        ),
        one(
            "match",
            "النادي يفوز بالكأس",
            "فاز النادي بنتيجة هدفين.",
            &["رياضة", "Gaza"],
        ),
    ]
}

fn search(s: &mut App, query: &str) {
    type_keys(s, "/");
    type_keys(s, query);
    press(s, key(ratatui::crossterm::event::KeyCode::Enter));
}

#[test]
fn a_hash_tag_in_the_search_line_keeps_the_articles_with_that_tag() {
    let mut s = state(UiLang::Ar, (100, 30), tagged());
    search(&mut s, "#اقتصاد");
    assert_eq!(listed(&s), ["oil", "bank"]);
    // With words: the tag and the words both.
    press(&mut s, key(ratatui::crossterm::event::KeyCode::Esc));
    search(&mut s, "#اقتصاد خام");
    assert_eq!(listed(&s), ["oil"]);
    // Folded as search folds: hamza, tatweel, Latin case.
    press(&mut s, key(ratatui::crossterm::event::KeyCode::Esc));
    search(&mut s, "#إقتصـاد");
    assert_eq!(listed(&s), ["oil", "bank"]);
    press(&mut s, key(ratatui::crossterm::event::KeyCode::Esc));
    search(&mut s, "#gaza");
    assert_eq!(listed(&s), ["match"]);
    // A tag no article has matches nothing: the list stays as it was.
    press(&mut s, key(ratatui::crossterm::event::KeyCode::Esc));
    search(&mut s, "#سياسة");
    assert_eq!(listed(&s), ["oil", "bank", "match"]);
    assert!(s.model.message.is_some());
}

#[test]
fn tags_show_in_the_list_and_the_byline_in_both_languages() {
    for lang in UiLang::ALL {
        let code = match lang {
            UiLang::Ar => "ar",
            UiLang::En => "en",
        };
        let mut s = state(lang, (100, 12), tagged());
        insta::assert_snapshot!(format!("tags_list_{code}"), screen(&s));
        press(&mut s, key(ratatui::crossterm::event::KeyCode::Enter));
        insta::assert_snapshot!(format!("tags_byline_{code}"), screen(&s));
    }
}
