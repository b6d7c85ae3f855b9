//! `qari state` and `qari state prune` run as a user would, on a temporary
//! library and state file.

mod support;

use std::fs;
use std::path::Path;
use std::process::Output;
use std::time::{Duration, Instant};

use qari::state::StateStore;

use support::cli::{files_in, qari_at_home};

fn qari(home: &Path, args: &[&str]) -> Output {
    qari_at_home(home)
        .args(args)
        .args(files_in(home))
        .output()
        .unwrap()
}

/// `qari state` with only the given environment naming a state file.
fn state_summary(home: &Path, args: &[&str], env: &[(&str, &Path)]) -> String {
    let mut cmd = qari_at_home(home);
    for (key, value) in env {
        cmd.env(key, value);
    }
    let out = cmd
        .arg("state")
        .args(args)
        .args(["--ui", "en"])
        .arg("--library")
        .arg(home.join("library"))
        .arg("--config")
        .arg(home.join("config.toml"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn state_file_is_the_flag_else_the_environment_else_the_state_folder() {
    let home = setup();
    let (flag, env) = (home.path().join("flag.json"), home.path().join("env.json"));
    let flag_arg = flag.to_str().unwrap();
    let both = state_summary(home.path(), &["--state", flag_arg], &[("QARI_STATE", &env)]);
    assert!(
        both.starts_with(&format!("state file: {}\n", flag.display())),
        "{both}"
    );
    let env_only = state_summary(home.path(), &[], &[("QARI_STATE", &env)]);
    assert!(
        env_only.starts_with(&format!("state file: {}\n", env.display())),
        "{env_only}"
    );
    let neither = state_summary(home.path(), &[], &[]);
    let xdg = home.path().join(".local/state/qari/state.json");
    assert!(
        neither.starts_with(&format!("state file: {}\n", xdg.display())),
        "{neither}"
    );
}

fn article(dir: &Path, id: &str, title: &str) {
    let json = format!(r#"{{"id":"{id}","title":"{title}","body":"نص المقال."}}"#);
    fs::write(dir.join(format!("{id}.json")), json).unwrap();
}

/// A library with articles `here-1` and `here-2`, and a state that also
/// remembers `gone`, an article no longer in it.
fn setup() -> tempfile::TempDir {
    let home = tempfile::tempdir().unwrap();
    let library = home.path().join("library");
    fs::create_dir(&library).unwrap();
    article(&library, "here-1", "خبر أول");
    article(&library, "here-2", "خبر ثان");
    let mut store = StateStore::open(&home.path().join("state.json"));
    store.set_read("here-1", true);
    store.toggle_bookmark("here-2");
    store.set_read("gone", true);
    store.toggle_bookmark("gone");
    store.flush().unwrap();
    home
}

#[test]
fn summary_counts_entries_and_lists_bookmarks() {
    let home = setup();
    let out = qari(home.path(), &["--ui", "en", "state"]);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success(), "{stdout}");
    assert!(
        stdout.contains("articles remembered: 3 (2 read, 2 bookmarked, 0 with a reading position)"),
        "{stdout}"
    );
    assert!(stdout.contains("not in the library: 1"), "{stdout}");
    assert!(stdout.contains("  here-2  خبر ثان\n"), "{stdout}");
    assert!(
        stdout.contains("  gone  (not in the library)\n"),
        "{stdout}"
    );
}

#[test]
fn the_summary_speaks_the_interface_language() {
    let home = setup();
    let out = qari(home.path(), &["--ui", "ar", "state"]);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success(), "{stdout}");
    assert!(
        stdout.contains("مقالات محفوظة الحالة: 3 (المقروءة 2، المحفوظة 2، بموضع قراءة 0)"),
        "{stdout}"
    );
    assert!(stdout.contains("  gone  (ليست في المكتبة)\n"), "{stdout}");
    assert!(!stdout.contains("remembered"), "{stdout}");
}

#[test]
fn prune_removes_only_articles_no_longer_in_the_library() {
    let home = setup();
    let out = qari(home.path(), &["state", "prune"]);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(stdout, "removed 1 entry\n  gone\n");
    let store = StateStore::open(&home.path().join("state.json"));
    assert!(store.is_read("here-1"));
    assert!(store.is_bookmarked("here-2"));
    assert!(!store.is_read("gone"));
}

/// Opens the state as its writer, as a running reader does, waiting until
/// the lock is free: the test's own earlier writer may still be letting go.
fn hold_the_lock(path: &Path) -> StateStore {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let store = StateStore::open(path);
        if store.is_writable() {
            return store;
        }
        assert!(
            Instant::now() < deadline,
            "the state never became free: {:?}",
            store.notices()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn prune_refuses_while_another_qari_holds_the_state() {
    let home = setup();
    let path = home.path().join("state.json");
    let before = fs::read(&path).unwrap();
    let running = hold_the_lock(&path);
    let out = qari(home.path(), &["state", "prune"]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("read-only"), "{stderr}");
    assert!(stderr.contains("nothing pruned"), "{stderr}");
    assert!(running.is_writable(), "the lock was held throughout");
    drop(running);
    assert_eq!(fs::read(&path).unwrap(), before, "the file is untouched");
    assert!(StateStore::open(&path).is_read("gone"));
}

#[test]
fn prune_refuses_on_an_empty_library_rather_than_forget_everything() {
    let home = setup();
    for entry in fs::read_dir(home.path().join("library")).unwrap() {
        fs::remove_file(entry.unwrap().path()).unwrap();
    }
    let out = qari(home.path(), &["state", "prune"]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("holds no articles; nothing pruned"),
        "{stderr}"
    );
    assert!(StateStore::open(&home.path().join("state.json")).is_read("here-1"));
}

#[test]
fn prune_refuses_when_library_files_cannot_be_read() {
    let home = setup();
    fs::write(home.path().join("library/broken.json"), "{\"title\": ").unwrap();
    let out = qari(home.path(), &["state", "prune"]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("could not be read"), "{stderr}");
    assert!(StateStore::open(&home.path().join("state.json")).is_read("gone"));
}
