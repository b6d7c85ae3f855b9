//! Reading state across two runs of the real binary in a real terminal:
//! read the seed article part way, quit, start qari again, and it opens
//! where it was left, marked read, in the list and in the state file.

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use qari::article::Library;
use qari::state::StateData;

const SEED: &str = include_str!("../assets/000_8cd855bd8944e8de.txt");
const OTHER_TITLE: &str = "Other news of the day";
/// Small enough that the seed article takes several pages; under 100
/// columns, so one pane fills the screen at a time.
const COLUMNS: &str = "60";
const ROWS: &str = "14";

/// A tmux server on a private socket, killed (and its socket removed) when dropped.
struct Tmux {
    socket: String,
    /// The socket file, asked for while the server runs: a server that
    /// ended with its last pane can no longer say, and leaves the file.
    socket_path: Option<String>,
}

impl Tmux {
    fn cmd(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .args(["-L", &self.socket, "-f", "/dev/null"])
            .args(args)
            .env_remove("TMUX")
            .output()
            .expect("run tmux")
    }

    fn send_keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "qari"];
        args.extend_from_slice(keys);
        let out = self.cmd(&args);
        assert!(
            out.status.success(),
            "send-keys {keys:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    fn type_line(&self, text: &str) {
        assert!(
            self.cmd(&["send-keys", "-t", "qari", "-l", text])
                .status
                .success()
        );
        self.send_keys(&["Enter"]);
    }

    fn screen(&self) -> String {
        let out = self.cmd(&["capture-pane", "-p", "-t", "qari"]);
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Waits until the screen satisfies `ok` and shows the same on a second
    /// look (a frame may be read while it is half drawn), failing with the
    /// screen if it never does.
    fn wait_for(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        let mut last = String::new();
        loop {
            let screen = self.screen();
            if ok(&screen) && screen == last {
                return screen;
            }
            last = screen.clone();
            if start.elapsed() > Duration::from_secs(20) {
                panic!("timed out waiting for {what}; the screen:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.cmd(&["kill-server"]);
        if let Some(path) = self
            .socket_path
            .take()
            .filter(|p| p.ends_with(&self.socket))
        {
            let _ = std::fs::remove_file(path);
        }
    }
}

fn tmux_available() -> bool {
    let found = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "tmux is needed for this test in CI (see .ci/run)"
        );
        eprintln!("skipped: tmux is not on PATH");
    }
    found
}

fn quoted(path: &Path) -> String {
    format!("'{}'", path.display().to_string().replace('\'', "'\\''"))
}

/// A shell in a small tmux window, with HOME in the temp folder.
fn session(home: &Path) -> Tmux {
    let socket = format!("qari-state-{}-{:?}", std::process::id(), Instant::now());
    let socket: String = socket.chars().filter(char::is_ascii_alphanumeric).collect();
    let mut tmux = Tmux {
        socket,
        socket_path: None,
    };
    let started = tmux.cmd(&[
        "-u",
        "new-session",
        "-d",
        "-s",
        "qari",
        "-x",
        COLUMNS,
        "-y",
        ROWS,
        "-e",
        &format!("HOME={}", home.display()),
        "-e",
        "LANG=C.UTF-8",
        "-e",
        "LC_ALL=C.UTF-8",
        "sh",
    ]);
    assert!(
        started.status.success(),
        "tmux: {}",
        String::from_utf8_lossy(&started.stderr)
    );
    let out = tmux.cmd(&["display-message", "-p", "#{socket_path}"]);
    tmux.socket_path = Some(String::from_utf8_lossy(&out.stdout).trim().to_string());
    tmux
}

/// Types the qari command line into the shell; the shell prints
/// `run<N>-exited-<status>` when qari ends.
fn start_qari(tmux: &Tmux, home: &Path, run: u32) {
    tmux.type_line(&format!(
        "{} --library {} --state {} --config {} --ui en; echo run{run}-exited-$?",
        quoted(Path::new(env!("CARGO_BIN_EXE_qari"))),
        quoted(&home.join("library")),
        quoted(&home.join("state.json")),
        quoted(&home.join("config.toml")),
    ));
    tmux.wait_for("the list", |s| {
        s.contains("Articles") && s.contains(OTHER_TITLE)
    });
}

/// The reading pane's text rows: below the header, above the status line,
/// without the scroll bar at the edge.
fn text_rows(screen: &str) -> Vec<String> {
    let lines: Vec<&str> = screen.lines().collect();
    let rows = ROWS.parse::<usize>().unwrap_or(0);
    lines
        .iter()
        .take(rows.saturating_sub(1))
        .skip(1)
        .map(|l| l.trim_end_matches([' ', '│', '┃']).trim().to_string())
        .collect()
}

fn first_text_line(screen: &str) -> String {
    text_rows(screen)
        .into_iter()
        .find(|l| !l.is_empty())
        .unwrap_or_else(|| panic!("no text in the reading pane:\n{screen}"))
}

/// The `NN` of `NN% read` in the reading pane's header.
fn percent_read(screen: &str) -> Option<u32> {
    let header = screen.lines().next()?;
    let end = header.find("% read")?;
    let digits = header[..end].rsplit(|c: char| !c.is_ascii_digit()).next()?;
    digits.parse().ok()
}

/// The state file as qari wrote it, once it exists.
fn saved_state(path: &Path) -> Option<StateData> {
    let bytes = std::fs::read(path).ok()?;
    Some(serde_json::from_slice(&bytes).expect("the state file is valid JSON state"))
}

/// The list rows that carry the unread dot.
fn unread_rows(screen: &str) -> Vec<&str> {
    screen.lines().filter(|l| l.contains('●')).collect()
}

/// Writes the library: another article, then the seed (sorted by file
/// name, so opening the seed in a second run relies on the list
/// remembering the selection). Returns the seed's id.
fn library_with_seed(home: &Path) -> String {
    let library = home.join("library");
    std::fs::create_dir(&library).expect("library dir");
    std::fs::write(
        library.join("a-other.json"),
        format!(r#"{{"id":"other-news","title":"{OTHER_TITLE}","body":"نص قصير."}}"#),
    )
    .expect("other article");
    std::fs::write(library.join("b-seed.txt"), SEED).expect("seed");
    let lib = Library::load(Some(&library), &[]);
    assert!(lib.problems.is_empty(), "{:?}", lib.problems);
    let ids: Vec<&str> = lib.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids.len(), 2, "{ids:?}");
    assert_eq!(ids[0], "other-news", "the list order: {ids:?}");
    ids[1].to_string()
}

#[test]
fn reopening_the_seed_lands_on_the_same_paragraph_and_it_stays_read() {
    if !tmux_available() {
        return;
    }
    let home = tempfile::tempdir().expect("temp dir");
    let seed_id = library_with_seed(home.path());
    let state_file = home.path().join("state.json");

    let tmux = session(home.path());
    start_qari(&tmux, home.path(), 1);
    tmux.wait_for("both articles unread", |s| unread_rows(s).len() == 2);

    // Open the seed (second in the list) and read down to its end, page by page.
    tmux.send_keys(&["j", "Enter"]);
    let top = tmux.wait_for("the seed at its top", |s| percent_read(s).is_some());
    let mut percent = percent_read(&top).unwrap_or(0);
    let mut pages = 0;
    while percent < 100 {
        tmux.send_keys(&["PageDown"]);
        let screen = tmux.wait_for("the next page", |s| {
            percent_read(s).is_some_and(|p| p > percent)
        });
        percent = percent_read(&screen).unwrap_or(100);
        pages += 1;
        assert!(pages < 30, "the end never came:\n{screen}");
    }
    assert!(pages >= 3, "a few pages to read, not {pages}");

    // One page back: a place in the middle, neither the top nor the end.
    tmux.send_keys(&["PageUp"]);
    let left_at = tmux.wait_for("a page back", |s| percent_read(s).is_some_and(|p| p < 100));
    let line = first_text_line(&left_at);
    assert!(
        !text_rows(&top).contains(&line),
        "the place left is below the first screen: {line:?}\n{left_at}"
    );

    // Written by the debounce, without quitting.
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let entry = saved_state(&state_file).map(|d| d.get(&seed_id));
        if entry.is_some_and(|e| e.read && e.position.is_some()) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the state file never got the seed's read mark and position: {:?}",
            std::fs::read_to_string(&state_file)
        );
        std::thread::sleep(Duration::from_millis(100));
    }

    tmux.send_keys(&["q"]);
    let list = tmux.wait_for("the list again", |s| s.contains(OTHER_TITLE));
    let dots = unread_rows(&list);
    assert!(
        dots.len() == 1 && dots[0].contains(OTHER_TITLE),
        "only the other article keeps its unread dot:\n{list}"
    );
    tmux.send_keys(&["q"]);
    tmux.wait_for("the first run to end", |s| s.contains("run1-exited-0"));

    let saved = saved_state(&state_file).expect("the state file after quitting");
    assert!(
        saved.get(&seed_id).read,
        "the seed is read in the state file"
    );
    assert!(!saved.get("other-news").read);
    let position = saved.get(&seed_id).position.expect("a saved position");
    assert!(
        position.block > 0,
        "a place past the first paragraph: {position:?}"
    );
    assert_eq!(saved.selected.as_deref(), Some(seed_id.as_str()));

    // Second run: the list knows the seed is read and still selects it.
    start_qari(&tmux, home.path(), 2);
    let list = tmux.wait_for("the list with its marks", |s| !unread_rows(s).is_empty());
    let dots = unread_rows(&list);
    assert!(
        dots.len() == 1 && dots[0].contains(OTHER_TITLE),
        "the seed is still read after a restart:\n{list}"
    );
    tmux.send_keys(&["Enter"]);
    let reopened = tmux.wait_for("the seed where it was left", |s| {
        percent_read(s).is_some() && !s.contains(OTHER_TITLE)
    });
    assert_eq!(
        first_text_line(&reopened),
        line,
        "the same paragraph at the top\nbefore quitting:\n{left_at}\nafter starting again:\n{reopened}"
    );
    tmux.send_keys(&["q"]);
    tmux.wait_for("the list", |s| s.contains(OTHER_TITLE));
    tmux.send_keys(&["q"]);
    tmux.wait_for("the second run to end", |s| s.contains("run2-exited-0"));
}

/// The process ids of a process's children, from /proc.
fn children(pid: &str) -> Vec<String> {
    std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children"))
        .unwrap_or_default()
        .split_whitespace()
        .map(str::to_string)
        .collect()
}

/// Closing the terminal window: tmux destroys the pane, qari gets SIGHUP
/// and its terminal goes away, and what was read is saved on the way out.
/// (Should the machine be so slow that the debounce wrote first, the test
/// still checks the file; the lost-terminal path itself is covered in
/// `state_app.rs`.)
#[test]
fn closing_the_terminal_saves_the_place() {
    if !tmux_available() || !Path::new("/proc/self/task").exists() {
        return;
    }
    let home = tempfile::tempdir().expect("temp dir");
    let seed_id = library_with_seed(home.path());
    let tmux = session(home.path());
    start_qari(&tmux, home.path(), 1);
    tmux.send_keys(&["j", "Enter"]);
    let top = tmux.wait_for("the seed at its top", |s| percent_read(s).is_some());
    let percent = percent_read(&top).unwrap_or(0);
    tmux.send_keys(&["PageDown", "PageDown", "m"]);
    tmux.wait_for("two pages down, bookmarked", |s| {
        percent_read(s).is_some_and(|p| p > percent) && s.contains("Bookmarked")
    });

    let out = tmux.cmd(&["display-message", "-p", "-t", "qari", "#{pane_pid}"]);
    let shell = String::from_utf8_lossy(&out.stdout).trim().to_string();
    let qari = children(&shell);
    assert_eq!(
        qari.len(),
        1,
        "qari runs as the shell's only child: {qari:?}"
    );
    assert!(tmux.cmd(&["kill-pane", "-t", "qari"]).status.success());

    let deadline = Instant::now() + Duration::from_secs(20);
    while Path::new(&format!("/proc/{}", qari[0])).exists() {
        assert!(
            Instant::now() < deadline,
            "qari did not end with its terminal"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let saved = saved_state(&home.path().join("state.json")).expect("the state file");
    let seed = saved.get(&seed_id);
    assert!(seed.bookmarked, "the bookmark is saved: {saved:?}");
    let position = seed.position.expect("the place is saved");
    assert!(position.block > 0, "two pages in: {position:?}");
    assert_eq!(saved.selected.as_deref(), Some(seed_id.as_str()));
}
