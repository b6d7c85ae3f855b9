use std::collections::HashMap;

use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use ratatui::style::Color;

use super::*;
use crate::i18n::UiLang;

fn load_file(text: &str, env: &[(&str, &str)], flags: GlobalArgs) -> (Loaded, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    std::fs::write(&path, text).unwrap();
    let env: HashMap<String, String> = env
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let flags = GlobalArgs {
        config: Some(path),
        ..flags
    };
    let loaded = load_with(&flags, &|k| env.get(k).cloned());
    (loaded, dir)
}

#[test]
fn built_in_defaults_parse_cleanly_and_cover_the_theme() {
    let (mut errors, mut warnings) = (Vec::new(), Vec::new());
    let mut config = defaults();
    config.theme.clear();
    let doc = source::Doc {
        origin: &|_| Origin::Default,
        base_dir: None,
        defining: true,
    };
    source::apply(
        &mut config,
        DEFAULTS,
        &doc,
        &mut source::Sink {
            errors: &mut errors,
            warnings: &mut warnings,
        },
    );
    assert!(
        errors.is_empty() && warnings.is_empty(),
        "{errors:?} {warnings:?}"
    );
    assert_eq!(config.theme["accent"].value.color, Color::Cyan);
    assert_eq!(config.theme.len(), 13);
    assert_eq!(config.shape.value, ShapeSetting::Auto);
    assert!(config.keys.is_empty());
}

#[test]
fn file_values_say_where_they_were_set() {
    let text = "digits = \"arabic\"\n[theme]\naccent = \"#ff8800\"\n[keys]\ntoggle_read = [\"x\", \"ctrl-r\"]\n";
    let (loaded, dir) = load_file(text, &[], GlobalArgs::default());
    assert!(loaded.errors.is_empty() && loaded.warnings.is_empty());
    let c = &loaded.config;
    assert_eq!(c.digits.value, Digits::Arabic);
    assert_eq!(
        c.digits.origin,
        Origin::File {
            path: dir.path().join("config.toml"),
            line: 1,
            column: 10
        }
    );
    assert_eq!(c.theme["accent"].value.color, Color::Rgb(0xff, 0x88, 0));
    assert_eq!(c.theme["dim"].origin, Origin::Default);
    let keys = &c.keys["toggle_read"].value;
    assert_eq!(keys[0].code, KeyCode::Char('x'));
    assert_eq!(keys[1].modifiers, KeyModifiers::CONTROL);
    assert_eq!(c.tashkeel.origin, Origin::Default);
}

#[test]
fn unknown_keys_warn_and_the_rest_applies() {
    let text =
        "colour = \"red\"\ntashkeel = \"strip\"\n[theme]\nsparkle = \"red\"\n[keys]\nfly = \"f\"\n";
    let (loaded, _dir) = load_file(text, &[], GlobalArgs::default());
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    let warnings: Vec<String> = loaded.warnings.iter().map(|w| w.to_string()).collect();
    assert_eq!(warnings.len(), 3, "{warnings:?}");
    assert!(warnings[0].ends_with("config.toml:1:1: unknown key `colour` is ignored"));
    assert!(warnings[1].contains(":4:1: unknown key `theme.sparkle`"));
    assert!(warnings[2].contains(":6:1: unknown key `keys.fly`"));
    assert_eq!(loaded.config.tashkeel.value, Tashkeel::Strip);
    assert!(!loaded.file_ignored);
}

#[test]
fn syntax_error_reports_line_and_column_and_starts_on_defaults() {
    let text = "digits = \"arabic\"\njustify = kashida\n";
    let (loaded, _dir) = load_file(text, &[], GlobalArgs::default());
    assert_eq!(loaded.errors.len(), 1);
    let msg = loaded.errors[0].to_string();
    assert!(msg.contains("config.toml:2:11: "), "{msg}");
    assert!(loaded.file_ignored);
    assert_eq!(
        loaded.config.digits.value,
        Digits::Keep,
        "nothing of the file applies"
    );
    let status = loaded.status_message().unwrap();
    assert!(
        status.contains("started on the default settings"),
        "{status}"
    );
}

#[test]
fn bad_value_reports_its_position_and_the_accepted_spellings() {
    let text = "\n\nshape = \"sideways\"\n";
    let (loaded, _dir) = load_file(text, &[], GlobalArgs::default());
    let msg = loaded.errors[0].to_string();
    assert!(
        msg.contains("config.toml:3:9: `sideways` is not one of auto, on, off"),
        "{msg}"
    );
    assert!(loaded.file_ignored);
}

#[test]
fn wrong_types_and_bad_colours_and_keys_are_errors() {
    for (text, line_col) in [
        ("ui = 3\n", ":1:6:"),
        ("[theme]\naccent = \"mauve-ish\"\n", ":2:10:"),
        ("[keys]\nquit = \"hyper-q\"\n", ":2:8:"),
        ("[keys]\nquit = []\n", ":2:8:"),
        ("theme = 1\n", ":1:9:"),
    ] {
        let (loaded, _dir) = load_file(text, &[], GlobalArgs::default());
        assert_eq!(loaded.errors.len(), 1, "{text}: {:?}", loaded.errors);
        let msg = loaded.errors[0].to_string();
        assert!(msg.contains(line_col), "{text}: {msg}");
    }
}

#[test]
fn flag_beats_environment_beats_file_beats_default() {
    let text = "ui = \"en\"\nshape = \"on\"\ndigits = \"latin\"\n";
    let env = [
        ("QARI_SHAPE", "off"),
        ("QARI_UI", "en"),
        ("QARI_TASHKEEL", "strip"),
    ];
    let flags = GlobalArgs {
        ui: Some(UiLang::Ar),
        ..GlobalArgs::default()
    };
    let (loaded, _dir) = load_file(text, &env, flags);
    let c = &loaded.config;
    assert_eq!(c.ui.value, Ui::Lang(UiLang::Ar));
    assert_eq!(c.ui.origin, Origin::Flag("--ui"));
    assert_eq!(c.shape.value, ShapeSetting::Off);
    assert_eq!(c.shape.origin, Origin::Environment("QARI_SHAPE"));
    assert_eq!(c.tashkeel.origin, Origin::Environment("QARI_TASHKEEL"));
    assert_eq!(c.digits.value, Digits::Latin);
    assert!(matches!(c.digits.origin, Origin::File { line: 3, .. }));
    assert_eq!(c.justify.origin, Origin::Default);
}

#[test]
fn bad_environment_value_is_reported_and_skipped_alone() {
    let (loaded, _dir) = load_file(
        "digits = \"latin\"\n",
        &[("QARI_DIGITS", "roman")],
        GlobalArgs::default(),
    );
    assert_eq!(loaded.errors[0].place, "$QARI_DIGITS");
    assert_eq!(loaded.config.digits.value, Digits::Latin);
    assert!(!loaded.file_ignored);
}

#[test]
fn missing_default_file_is_fine_but_a_missing_named_file_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let env_home = dir.path().join("nowhere/config.toml");
    let flags = GlobalArgs::default();
    let env = |k: &str| (k == "QARI_CONFIG").then(|| env_home.display().to_string());
    let loaded = load_with(&flags, &env);
    assert_eq!(
        loaded.errors.len(),
        1,
        "named by $QARI_CONFIG, so it must exist"
    );
    let flags = GlobalArgs {
        config: Some(dir.path().join("absent.toml")),
        ..GlobalArgs::default()
    };
    let loaded = load_with(&flags, &|_| None);
    assert!(loaded.errors[0].message.starts_with("cannot read"));
    assert_eq!(loaded.config, defaults());
}

#[test]
fn relative_library_is_taken_from_the_file_folder() {
    let (loaded, dir) = load_file(
        "library = \"news\"\n[share]\nfolder = \"/tmp/out\"\n",
        &[],
        GlobalArgs::default(),
    );
    assert_eq!(loaded.config.library.value, Some(dir.path().join("news")));
    assert_eq!(
        loaded.config.share_folder.value,
        Some(PathBuf::from("/tmp/out"))
    );
}

#[test]
fn theme_and_bidi_read_from_the_file_the_environment_and_flags() {
    let (loaded, _dir) = load_file(
        "theme = \"light\"\nbidi = \"terminal\"\n",
        &[],
        GlobalArgs::default(),
    );
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    assert_eq!(loaded.config.theme_base.value, ThemeSetting::Light);
    assert_eq!(loaded.config.bidi.value, BidiSetting::Terminal);
    assert!(matches!(
        loaded.config.bidi.origin,
        Origin::File { line: 2, .. }
    ));
    // Or as `base` beside the colours, which still apply.
    let table = "[theme]\nbase = \"dark\"\nstatus = \"black\"\n";
    let (loaded, _dir) = load_file(table, &[("QARI_BIDI", "qari")], GlobalArgs::default());
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    assert_eq!(loaded.config.theme_base.value, ThemeSetting::Dark);
    assert_eq!(loaded.config.theme["status"].value.color, Color::Black);
    assert_eq!(loaded.config.bidi.value, BidiSetting::Qari);
    let flags = GlobalArgs {
        bidi: Some(BidiSetting::Terminal),
        theme: Some(ThemeSetting::Light),
        ..GlobalArgs::default()
    };
    let (loaded, _dir) = load_file(table, &[("QARI_BIDI", "qari")], flags);
    assert_eq!(loaded.config.bidi.value, BidiSetting::Terminal);
    assert_eq!(loaded.config.bidi.origin, Origin::Flag("--bidi"));
    assert_eq!(loaded.config.theme_base.value, ThemeSetting::Light);
    let (loaded, _dir) = load_file("theme = \"sepia\"\n", &[], GlobalArgs::default());
    let message = &loaded.errors.first().expect("an error").message;
    assert!(message.contains("auto, light, dark"), "{message}");
}
