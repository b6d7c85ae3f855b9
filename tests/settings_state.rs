//! Settings that stay: tashkeel, digits, shaping, justification and the
//! list's order chosen in the reader are kept in the reading state and come
//! back at the next start, under this run's flags and variables and over
//! the configuration file; `qari config` says when a value comes from the
//! state.

mod app_support;
mod support;

use std::fs;
use std::path::Path;
use std::process::Output;

use app_support::*;
use qari::app::App;
use qari::article::order::SortOrder;
use qari::cli::{GlobalArgs, ShapeSetting};
use qari::i18n::UiLang;
use qari::layout::{Digits, Justify, Shaping, Tashkeel};
use ratatui::crossterm::event::KeyCode;
use support::cli::qari_at_home;

/// The reader as `qari` starts it, with `flags` and `env` for this run,
/// the configuration file `config.toml` and the reading state `state.json`
/// of `dir`.
fn started(dir: &Path, flags: GlobalArgs, env: &[(&str, &str)]) -> App {
    let mut s = state(UiLang::En, (100, 30), dated());
    let flags = GlobalArgs {
        config: Some(dir.join("config.toml")),
        ..flags
    };
    let env = |name: &str| {
        env.iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.to_string())
    };
    let loaded = qari::config::load_with(&flags, &env);
    qari::app::settings::start(&mut s, &loaded, Some(&dir.join("state.json")));
    s
}

/// The sample articles, each of another year.
fn dated() -> Vec<qari::article::Article> {
    let mut articles = sample_articles();
    for (a, year) in articles.iter_mut().zip(["2024", "2023", "2022"]) {
        a.published = Some(format!("{year}-01-01"));
    }
    articles
}

/// Quits as the reader does: whatever changed is written.
fn quit(mut s: App) {
    s.model.store.flush().unwrap();
}

fn chosen(s: &App) -> (Tashkeel, Digits, Shaping, Justify, SortOrder) {
    let o = s.model.opts;
    (
        o.tashkeel,
        o.digits,
        o.shaping,
        o.justify,
        s.model.list.sort,
    )
}

const DEFAULTS: (Tashkeel, Digits, Shaping, Justify, SortOrder) = (
    Tashkeel::Keep,
    Digits::Keep,
    Shaping::On,
    Justify::None,
    SortOrder::Newest,
);

#[test]
fn settings_chosen_in_the_reader_are_back_at_the_next_start() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("config.toml"), "").unwrap();
    let mut s = started(dir.path(), GlobalArgs::default(), &[]);
    assert_eq!(chosen(&s), DEFAULTS);
    type_keys(&mut s, "S");
    press(&mut s, key(KeyCode::Enter));
    type_keys(&mut s, "tddrJ");
    let toggled = (
        Tashkeel::Strip,
        Digits::Latin,
        Shaping::Off,
        Justify::Kashida,
        SortOrder::Oldest,
    );
    assert_eq!(chosen(&s), toggled);
    quit(s);

    let again = started(dir.path(), GlobalArgs::default(), &[]);
    assert_eq!(chosen(&again), toggled);
    let listed: Vec<&str> = again
        .model
        .list
        .visible
        .iter()
        .map(|&i| again.model.library.articles[i].id.as_str())
        .collect();
    assert_eq!(listed, ["en-2", "en-1", "ar-1"], "oldest first, as kept");
    // A change on a state file that exists: saved as a journal line.
    let mut again = again;
    type_keys(&mut again, "S");
    quit(again);
    let third = started(dir.path(), GlobalArgs::default(), &[]);
    assert_eq!(third.model.list.sort, SortOrder::Title);
    assert_eq!(third.model.opts.digits, Digits::Latin);
    drop(third);
    let saved = fs::read_to_string(dir.path().join("state.json")).unwrap();
    for stored in [
        "\"tashkeel\": \"strip\"",
        "\"digits\": \"latin\"",
        "\"shape\": \"off\"",
        "\"justify\": \"kashida\"",
    ] {
        assert!(saved.contains(stored), "{stored} in {saved}");
    }
}

#[test]
fn the_state_wins_over_the_file_and_gives_way_to_flags_and_variables() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("config.toml"),
        "digits = \"arabic\"\ntashkeel = \"strip\"\nsort = \"title\"\n",
    )
    .unwrap();
    let mut s = started(dir.path(), GlobalArgs::default(), &[]);
    assert_eq!(s.model.opts.digits, Digits::Arabic);
    assert_eq!(s.model.list.sort, SortOrder::Title);
    assert_eq!(
        s.model.list.selected, 0,
        "the first of the list in its order"
    );
    press(&mut s, key(KeyCode::Enter));
    // Arabic, Latin; and shaping off.
    type_keys(&mut s, "dr");
    quit(s);

    let s = started(dir.path(), GlobalArgs::default(), &[]);
    assert_eq!(
        s.model.opts.digits,
        Digits::Latin,
        "the state over the file"
    );
    assert_eq!(
        s.model.opts.tashkeel,
        Tashkeel::Strip,
        "never toggled: the file's"
    );
    assert_eq!(
        s.model.list.sort,
        SortOrder::Title,
        "never cycled: the file's"
    );
    assert_eq!(s.model.opts.shaping, Shaping::Off);
    quit(s);

    let flags = GlobalArgs {
        shape: Some(ShapeSetting::On),
        ..GlobalArgs::default()
    };
    let s = started(dir.path(), flags, &[("QARI_DIGITS", "keep")]);
    assert_eq!(s.model.opts.shaping, Shaping::On, "the flag over the state");
    assert_eq!(
        s.model.opts.digits,
        Digits::Keep,
        "the variable over the state"
    );
}

#[test]
fn an_old_state_file_loads_and_keeps_its_marks_when_settings_are_added() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("config.toml"), "").unwrap();
    let old =
        r#"{"version":1,"selected":"en-2","articles":{"en-1":{"read":true,"bookmarked":true}}}"#;
    fs::write(dir.path().join("state.json"), old).unwrap();
    let mut s = started(dir.path(), GlobalArgs::default(), &[]);
    assert_eq!(chosen(&s), DEFAULTS);
    assert!(s.model.notices.is_empty(), "{:?}", s.model.notices);
    assert!(s.model.store.is_bookmarked("en-1"));
    press(&mut s, key(KeyCode::Enter));
    type_keys(&mut s, "t");
    quit(s);
    let saved: serde_json::Value =
        serde_json::from_slice(&fs::read(dir.path().join("state.json")).unwrap()).unwrap();
    assert_eq!(saved["version"], 1, "an added field: the same format");
    assert_eq!(saved["articles"]["en-1"]["bookmarked"], true);
    assert_eq!(saved["settings"]["tashkeel"], "strip");
}

#[test]
fn a_setting_the_state_cannot_mean_is_said_and_the_others_apply() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("config.toml"), "").unwrap();
    let state = r#"{"version":1,"articles":{},"settings":{"digits":"roman","justify":"kashida"}}"#;
    fs::write(dir.path().join("state.json"), state).unwrap();
    let s = started(dir.path(), GlobalArgs::default(), &[]);
    assert_eq!(s.model.opts.digits, Digits::Keep);
    assert_eq!(s.model.opts.justify, Justify::Kashida);
    let said = s.model.message.as_ref().map(|(m, _)| m.clone());
    let said = said.unwrap_or_default();
    assert!(
        said.contains("settings.digits") && said.contains("`roman` is not one of"),
        "{said}"
    );
}

fn qari_config(home: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    qari_at_home(home)
        .env("QARI_STATE", home.join("state.json"))
        .arg("config")
        .args(["--config", home.join("config.toml").to_str().unwrap()])
        .args(args)
        .envs(env.iter().copied())
        .output()
        .unwrap()
}

/// The line of `qari config`'s output for one key.
fn line(stdout: &str, key: &str) -> String {
    let prefix = format!("{key} = ");
    let found = stdout.lines().find(|l| l.starts_with(&prefix));
    found
        .unwrap_or_else(|| panic!("no `{key}` in:\n{stdout}"))
        .to_string()
}

#[test]
fn qari_config_names_the_state_as_the_origin_of_what_the_reader_kept() {
    let home = tempfile::tempdir().unwrap();
    let state_file = home.path().join("state.json");
    fs::write(home.path().join("config.toml"), "digits = \"arabic\"\n").unwrap();
    let settings = r#"{"digits":"latin","sort":"source","shape":"off"}"#;
    let state = format!(r#"{{"version":1,"articles":{{}},"settings":{settings}}}"#);
    fs::write(&state_file, state).unwrap();
    let out = qari_config(home.path(), &[], &[]);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success(), "{stdout}");
    assert!(
        out.stderr.is_empty(),
        "{:?}",
        String::from_utf8_lossy(&out.stderr)
    );
    let from_state = format!("# state {}", state_file.display());
    assert!(line(&stdout, "digits").starts_with("digits = \"latin\""));
    assert!(line(&stdout, "digits").ends_with(&from_state));
    assert!(line(&stdout, "sort").starts_with("sort = \"source\""));
    assert!(line(&stdout, "sort").ends_with(&from_state));
    assert!(line(&stdout, "justify").ends_with("# default"));

    let out = qari_config(home.path(), &["--shape", "on"], &[("QARI_DIGITS", "keep")]);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(line(&stdout, "shape").starts_with("shape = \"on\""));
    assert!(line(&stdout, "shape").ends_with("# flag --shape"));
    assert!(line(&stdout, "digits").ends_with("# environment QARI_DIGITS"));
    assert!(line(&stdout, "sort").ends_with(&from_state));
}

#[test]
fn a_setting_chosen_while_another_qari_held_the_state_joins_what_it_saved() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("config.toml"), "").unwrap();
    let mut first = qari::state::StateStore::open(&dir.path().join("state.json"));
    assert!(first.is_writable());
    let mut second = started(dir.path(), GlobalArgs::default(), &[]);
    assert!(!second.model.store.is_writable(), "waits for the first");
    press(&mut second, key(KeyCode::Enter));
    type_keys(&mut second, "d");
    first.set_read("en-2", true);
    first.flush().unwrap();
    drop(first);
    // The first has quit: the second takes the state over when it saves.
    assert!(second.model.store.flush().unwrap());
    drop(second);
    let third = started(dir.path(), GlobalArgs::default(), &[]);
    assert_eq!(third.model.opts.digits, Digits::Arabic);
    assert!(third.model.store.is_read("en-2"), "the first's mark kept");
}
