//! Options every command understands work before the command's name too,
//! as users type them (`qari --library DIR list`).

use std::fs;
use std::process::{Command, Output};

fn qari(home: &std::path::Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_qari"))
        .args(args)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env_remove("QARI_LIBRARY")
        .env_remove("QARI_STATE")
        .env_remove("QARI_CONFIG")
        .output()
        .expect("qari runs")
}

fn article(title: &str) -> String {
    format!(r#"{{"id": "only", "title": "{title}", "body": "فقرة واحدة."}}"#)
}

#[test]
fn library_before_the_command_is_the_library_the_command_lists() {
    let home = tempfile::tempdir().unwrap();
    let lib = home.path().join("mine");
    fs::create_dir(&lib).unwrap();
    fs::write(lib.join("a.json"), article("مقالي الوحيد")).unwrap();
    for args in [
        vec!["--library", lib.to_str().unwrap(), "list"],
        vec!["list", "--library", lib.to_str().unwrap()],
        vec!["--ui", "en", "--library", lib.to_str().unwrap(), "list"],
    ] {
        let out = qari(home.path(), &args);
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(text.lines().count(), 1, "{args:?}: {text}");
        assert!(text.contains("مقالي الوحيد"), "{args:?}: {text}");
    }
}

#[test]
fn state_before_the_command_is_the_file_the_command_reads() {
    let home = tempfile::tempdir().unwrap();
    let state = home.path().join("elsewhere.json");
    let out = qari(home.path(), &["--state", state.to_str().unwrap(), "state"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains(state.to_str().unwrap()), "{text}");
}
