//! `qari archive` and `qari restore`: an article's file moves to the
//! archive folder and back, byte for byte, never deleted or overwritten;
//! `qari list --archive` lists the archive and its reading state stays.

mod support;

use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::{Duration, SystemTime};

use qari::article::archive::{archive, restore};
use qari::state::StateStore;
use serde_json::Value;
use support::cli::{files_in, qari_at_home};

const ARTICLE: &str = r#"{"id": "opec", "title": "أوبك+ تمدد خفض الإنتاج", "published": "2024-04-18",
  "body": "قال وزير الطاقة إن التحالف سيواصل خفض الإنتاج."}"#;

/// A library in `home` with `opec.json` in a subfolder and `other.json`;
/// the archive goes where `archive_dir` in the configuration says.
fn setup(home: &Path, archive_dir: &Path) -> PathBuf {
    let lib = home.join("library");
    fs::create_dir_all(lib.join("2024")).unwrap();
    let file = lib.join("2024/opec.json");
    fs::write(&file, ARTICLE).unwrap();
    let then = SystemTime::UNIX_EPOCH + Duration::from_secs(1_713_400_000);
    File::options()
        .write(true)
        .open(&file)
        .unwrap()
        .set_modified(then)
        .unwrap();
    fs::write(
        lib.join("other.json"),
        r#"{"id": "other", "title": "خبر آخر", "body": "نص."}"#,
    )
    .unwrap();
    let config = format!("archive_dir = {:?}\n", archive_dir.display().to_string());
    fs::write(home.join("config.toml"), config).unwrap();
    file
}

fn qari(home: &Path, args: &[&str]) -> Output {
    qari_at_home(home)
        .args(args)
        .args(files_in(home))
        .output()
        .unwrap()
}

fn listed(home: &Path, args: &[&str]) -> Vec<Value> {
    let out = qari(home, &[&["list", "--json"], args].concat());
    assert!(out.status.success(), "{out:?}");
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The bytes, mode and modification time of a file.
fn snapshot(path: &Path) -> (Vec<u8>, fs::Permissions, SystemTime) {
    let meta = fs::metadata(path).unwrap();
    (
        fs::read(path).unwrap(),
        meta.permissions(),
        meta.modified().unwrap(),
    )
}

#[test]
fn archive_then_restore_leaves_the_file_as_it_was() {
    let home = tempfile::tempdir().unwrap();
    let archive_dir = home.path().join("kept");
    let file = setup(home.path(), &archive_dir);
    let before = snapshot(&file);
    let mut store = StateStore::open(&home.path().join("state.json"));
    store.toggle_bookmark("opec");
    store.flush().unwrap();
    drop(store);

    let out = qari(home.path(), &["archive", "opec"]);
    assert!(out.status.success(), "{out:?}");
    let moved = archive_dir.join("2024/opec.json");
    assert!(!file.exists(), "gone from the library");
    assert_eq!(snapshot(&moved), before, "the same file in the archive");
    assert!(String::from_utf8_lossy(&out.stdout).contains(&moved.display().to_string()));

    let library = listed(home.path(), &[]);
    assert_eq!(library.len(), 1, "{library:?}");
    assert_eq!(library[0]["id"], "other");
    let archived = listed(home.path(), &["--archive"]);
    assert_eq!(archived.len(), 1, "{archived:?}");
    assert_eq!(archived[0]["id"], "opec");
    assert_eq!(archived[0]["archived"], true);
    assert_eq!(archived[0]["bookmarked"], true, "its state stays");
    // The archive's articles can be shown like the library's.
    let shown = qari(home.path(), &["--archive", "show", "opec"]);
    assert!(String::from_utf8_lossy(&shown.stdout).starts_with("أوبك+"));

    // Pruning keeps the state of archived articles: they can come back.
    let pruned = qari(home.path(), &["state", "prune"]);
    assert!(pruned.status.success(), "{pruned:?}");
    let state = fs::read_to_string(home.path().join("state.json")).unwrap();
    assert!(state.contains("\"opec\""), "{state}");

    let out = qari(home.path(), &["restore", "1"]);
    assert!(out.status.success(), "{out:?}");
    assert!(!moved.exists());
    assert_eq!(snapshot(&file), before, "back where it was, byte for byte");
    assert!(listed(home.path(), &["--archive"]).is_empty());
    assert_eq!(listed(home.path(), &[]).len(), 2);
}

#[test]
fn nothing_is_overwritten_in_the_archive_or_the_library() {
    let home = tempfile::tempdir().unwrap();
    let archive_dir = home.path().join("kept");
    let file = setup(home.path(), &archive_dir);
    fs::create_dir_all(archive_dir.join("2024")).unwrap();
    let older = archive_dir.join("2024/opec.json");
    fs::write(&older, "an older archived copy").unwrap();
    let out = qari(home.path(), &["archive", "opec", "missing"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("already exists"), "{err}");
    assert!(err.contains("no article \"missing\""), "{err}");
    assert_eq!(fs::read_to_string(&file).unwrap(), ARTICLE);
    assert_eq!(
        fs::read_to_string(&older).unwrap(),
        "an older archived copy"
    );

    // Restoring over a file the library has again is refused the same way.
    fs::write(archive_dir.join("2024/other-copy.json"), "x").unwrap();
    let lib_file = home.path().join("library/2024/other-copy.json");
    fs::write(&lib_file, "the library's").unwrap();
    let err = restore(
        &archive_dir.join("2024/other-copy.json"),
        &archive_dir,
        &home.path().join("library"),
    )
    .unwrap_err();
    assert!(err.to_string().contains("already exists"), "{err}");
    assert_eq!(fs::read_to_string(&lib_file).unwrap(), "the library's");
}

#[test]
fn the_default_archive_is_in_the_data_folder() {
    let home = tempfile::tempdir().unwrap();
    let file = setup(home.path(), Path::new("unused"));
    fs::write(home.path().join("config.toml"), "").unwrap();
    let out = qari(home.path(), &["archive", "opec"]);
    assert!(out.status.success(), "{out:?}");
    assert!(!file.exists());
    let moved = home.path().join(".local/share/qari/archive/2024/opec.json");
    assert_eq!(fs::read_to_string(moved).unwrap(), ARTICLE);
}

#[test]
fn a_file_outside_the_library_or_a_sample_is_not_archived() {
    let home = tempfile::tempdir().unwrap();
    let archive_dir = home.path().join("kept");
    setup(home.path(), &archive_dir);
    let outside = home.path().join("elsewhere.json");
    fs::write(&outside, ARTICLE).unwrap();
    let err = archive(&outside, &home.path().join("library"), &archive_dir).unwrap_err();
    assert!(err.to_string().contains("not inside"), "{err}");
    assert!(outside.exists());
    let empty = tempfile::tempdir().unwrap();
    fs::create_dir(empty.path().join("library")).unwrap();
    let out = qari(empty.path(), &["archive", "1"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no article"));
}

/// Across file systems (a temporary folder and /dev/shm, where they
/// differ) the file is copied, synced and only then removed, and keeps
/// its bytes, mode and time.
#[test]
fn across_file_systems_the_file_is_copied_then_removed() {
    use std::os::unix::fs::MetadataExt;
    let home = tempfile::tempdir().unwrap();
    let Ok(shm) = tempfile::tempdir_in("/dev/shm") else {
        eprintln!("skipped: no /dev/shm");
        return;
    };
    let device = |p: &Path| fs::metadata(p).unwrap().dev();
    if device(home.path()) == device(shm.path()) {
        eprintln!("skipped: /dev/shm is on the same file system");
        return;
    }
    let archive_dir = shm.path().join("archive");
    let file = setup(home.path(), &archive_dir);
    let before = snapshot(&file);
    let library = home.path().join("library");
    let moved = archive(&file, &library, &archive_dir).unwrap();
    assert!(!file.exists());
    assert_eq!(snapshot(&moved), before);
    let back = restore(&moved, &archive_dir, &library).unwrap();
    assert_eq!(back, file);
    assert_eq!(snapshot(&file), before);
    assert!(!moved.exists());
}

/// `qari --archive` opens the reader on the archive folder: its article,
/// and not the library's nor the samples.
#[test]
fn the_reader_opens_on_the_archive_with_archive() {
    use support::tmux::{Patience, Tmux, exit_status, qari_flags, qari_word, tmux_available};
    if !tmux_available() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let archive_dir = home.path().join("kept");
    setup(home.path(), &archive_dir);
    assert!(qari(home.path(), &["archive", "opec"]).status.success());
    let patience = Patience {
        timeout: Duration::from_secs(15),
        every: Duration::from_millis(100),
        stable: false,
    };
    let tmux = Tmux::new("archive", patience).shell(home.path(), (100, 30));
    tmux.type_line(&format!(
        "{} {} --archive --ui en; echo exited-$?",
        qari_word(),
        qari_flags(
            &home.path().join("library"),
            &home.path().join("state.json"),
            &home.path().join("config.toml")
        )
    ));
    let rtl = qari::layout::LayoutOptions::default();
    let word = |title: &str| {
        let line = qari::layout::fit_line(title, 40, &rtl).text;
        line.split(' ').next_back().unwrap_or_default().to_string()
    };
    let archived = word("أوبك+ تمدد خفض الإنتاج");
    let screen = tmux.wait_for("the archived article", |s| s.contains(&archived));
    assert!(screen.contains("1/1"), "one article:\n{screen}");
    assert!(
        !screen.contains(&word("خبر آخر")),
        "not the library's:\n{screen}"
    );
    tmux.send_keys(&["q"]);
    let screen = tmux.wait_for("the shell", |s| exit_status(s, "exited-").is_some());
    assert_eq!(exit_status(&screen, "exited-"), Some("0"), "{screen}");
}

/// `archive_dir` is a setting like the others: from the file or from
/// `QARI_ARCHIVE_DIR`, printed by `qari config` with where it came from.
#[test]
fn the_archive_folder_is_configured_like_the_library() {
    let home = tempfile::tempdir().unwrap();
    let archive_dir = home.path().join("kept");
    setup(home.path(), &archive_dir);
    let config = qari(home.path(), &["config"]);
    let text = String::from_utf8_lossy(&config.stdout);
    let line = text
        .lines()
        .find(|l| l.starts_with("archive_dir = "))
        .unwrap_or_else(|| panic!("archive_dir in:\n{text}"));
    assert!(line.contains(&archive_dir.display().to_string()), "{line}");
    assert!(
        line.contains("config.toml:1:"),
        "where it came from: {line}"
    );
    let elsewhere = home.path().join("from-env");
    let out = qari_at_home(home.path())
        .env("QARI_ARCHIVE_DIR", &elsewhere)
        .args(["archive", "opec"])
        .args(files_in(home.path()))
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    assert!(elsewhere.join("2024/opec.json").is_file());
}
