//! The real binary in a real terminal (tmux): `D` archives the selected
//! article after its question and `z` puts the file back byte for byte
//! under its own name; the search line's caret is where the terminal's
//! cursor is.

mod support;

use std::fs::{self, File};
use std::path::Path;
use std::time::{Duration, SystemTime};

use support::tmux::{Patience, Tmux, exit_status, tmux_available};

const PATIENCE: Patience = Patience {
    timeout: Duration::from_secs(15),
    every: Duration::from_millis(100),
    stable: false,
};

const EXITED: &str = "qari-exited-";

const FIRST: &str = r#"{"id": "a-first", "title": "Markets steady", "published": "2024-04-20",
  "body": "Oil prices held."}"#;
const SECOND: &str = r#"{"id": "b-second", "title": "أوبك+ تمدد خفض الإنتاج", "published": "2024-04-19",
  "body": "قال وزير الطاقة إن التحالف سيواصل خفض الإنتاج."}"#;

/// A library of two articles in `home`, the second in a subfolder with an
/// old modification time, and a configuration naming the archive folder.
fn library(home: &Path) {
    let lib = home.join("library");
    fs::create_dir_all(lib.join("2024")).unwrap();
    fs::write(lib.join("a-first.json"), FIRST).unwrap();
    let second = lib.join("2024/b-second.json");
    fs::write(&second, SECOND).unwrap();
    let then = SystemTime::UNIX_EPOCH + Duration::from_secs(1_713_400_000);
    File::options()
        .write(true)
        .open(&second)
        .unwrap()
        .set_modified(then)
        .unwrap();
    let archive = home.join("archive");
    fs::write(
        home.join("config.toml"),
        format!("archive_dir = {:?}\n", archive.display().to_string()),
    )
    .unwrap();
}

fn start(home: &Path, name: &str) -> Tmux {
    let tmux = Tmux::new(name, PATIENCE).shell(home, (100, 30));
    tmux.type_qari("", &home.join("library"), home, EXITED);
    tmux.wait_for("the list", |s| s.contains("Articles") && s.contains("1/2"));
    tmux
}

fn quit(tmux: &Tmux) {
    tmux.send_keys(&["q"]);
    tmux.wait_for("qari's exit", |s| exit_status(s, EXITED) == Some("0"));
}

#[test]
fn d_archives_after_its_question_and_z_puts_the_file_back_as_it_was() {
    if !tmux_available() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    library(home.path());
    let file = home.path().join("library/2024/b-second.json");
    let before = (fs::read(&file).unwrap(), fs::metadata(&file).unwrap());
    let tmux = start(home.path(), "archive");

    // Newest first: the second article is the second row.
    tmux.send_keys(&["j"]);
    tmux.wait_for_text("2/2");
    tmux.send_keys(&["D"]);
    tmux.wait_for_text("Archive this article? y/D: yes, any other key: no");
    assert!(file.exists(), "nothing moves before the answer");
    tmux.send_keys(&["y"]);
    tmux.wait_for("the article archived", |s| {
        s.contains("undoes it") && s.contains("1/1") && s.contains("Markets steady")
    });
    let archived = home.path().join("archive/2024/b-second.json");
    assert_eq!(fs::read(&archived).unwrap(), before.0, "in the archive");
    assert!(!file.exists());

    tmux.send_keys(&["z"]);
    tmux.wait_for("the article back", |s| {
        s.contains("is back where it was") && s.contains("2/2")
    });
    assert!(!archived.exists(), "nothing left in the archive");
    let after = (fs::read(&file).unwrap(), fs::metadata(&file).unwrap());
    assert_eq!(after.0, before.0, "byte for byte");
    assert_eq!(after.1.modified().unwrap(), before.1.modified().unwrap());
    assert!(home.path().join("library/a-first.json").exists());
    quit(&tmux);
}

#[test]
fn the_terminal_cursor_is_on_the_search_lines_caret() {
    if !tmux_available() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    library(home.path());
    let tmux = start(home.path(), "caret");
    tmux.send_keys(&["/"]);
    tmux.type_text("Oil");
    tmux.wait_for_text("/ Oil");
    // The status line is the last of the 30 rows.
    let row = 29;
    let screen = tmux.screen();
    let status = screen.lines().nth(row).expect("the status line");
    let oil = status.find("Oil").expect("the query on the status line");
    let cursor = || (tmux.pane("#{cursor_x}"), tmux.pane("#{cursor_y}"));
    // Past the end of the query, then on its first letter after Home.
    assert_eq!(cursor(), ((oil + 3).to_string(), row.to_string()));
    tmux.send_keys(&["Home"]);
    tmux.wait_for("the cursor at the start", |_| {
        tmux.pane("#{cursor_x}") == oil.to_string()
    });
    assert_eq!(tmux.pane("#{cursor_flag}"), "1", "the cursor shows");
    tmux.send_keys(&["Escape"]);
    tmux.wait_for("the search closed", |_| tmux.pane("#{cursor_flag}") == "0");
    quit(&tmux);
}
