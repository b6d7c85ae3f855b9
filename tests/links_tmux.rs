//! The real reader in tmux opening links: `o` starts the browser `$BROWSER`
//! names with the article's URL, `L` then Enter with the chosen link's; with
//! no display (over SSH) `o` copies the URL into tmux's buffer instead and
//! starts nothing.

mod support;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use support::tmux::{Patience, Tmux, qari_flags, qari_word, quoted, tmux_available};

const SOURCE: &str = "https://example.com/news/2023/09/11/korea-russia";
const LANKOV: &str = "https://example.com/people/andrei-lankov";

/// One article with a URL and a link on «أندريه لانكوف» (characters 5 to 18).
const ARTICLE: &str = r#"{
  "id": "korea",
  "title": "وتقول الولايات المتحدة إن كوريا الشمالية ستدفع الثمن",
  "url": "https://example.com/news/2023/09/11/korea-russia",
  "body": [
    {"paragraph": "وقال أندريه لانكوف إن كيم يرغب في ذلك.",
     "links": [{"start": 5, "end": 18, "url": "https://example.com/people/andrei-lankov"}]}
  ]
}"#;

struct World {
    dir: tempfile::TempDir,
}

impl World {
    fn new() -> World {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("library")).unwrap();
        std::fs::create_dir_all(dir.path().join("home")).unwrap();
        std::fs::write(dir.path().join("library/korea.json"), ARTICLE).unwrap();
        World { dir }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// A browser that writes the words it is given to `browsed`.
    #[cfg(unix)]
    fn browser(&self) -> PathBuf {
        use std::os::unix::fs::PermissionsExt;
        let script = self.path("browser");
        let log = self.path("browsed");
        let body = format!(
            "#!/bin/sh\nprintf '%s' \"$*\" > '{0}.tmp' && mv '{0}.tmp' '{0}'\n",
            log.display()
        );
        std::fs::write(&script, body).unwrap();
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
        script
    }

    /// The reader in tmux, with `env` (words for `env`: `-u NAME`,
    /// `NAME=value`) set for it.
    fn reader(&self, name: &str, env: &str) -> Tmux {
        let flags = qari_flags(
            &self.path("library"),
            &self.path("state.json"),
            &self.path("config.toml"),
        );
        let script = format!(
            "env {env} BROWSER={} {} --ui en {flags}; sleep 60",
            quoted(&PathBuf::from(format!("{} %s", self.browser().display()))),
            qari_word(),
        );
        let conf = self.path("tmux.conf");
        std::fs::write(&conf, "set -s set-clipboard on\n").unwrap();
        let home = format!("HOME={}", self.path("home").display());
        let patience = Patience {
            timeout: Duration::from_secs(30),
            every: Duration::from_millis(100),
            stable: false,
        };
        Tmux::new(&format!("links-{name}"), patience).start(
            &conf,
            (100, 30),
            &[&home, "LANG=C.UTF-8"],
            &[&script],
        )
    }
}

/// Variables that say the session is remote, removed for a local one.
const LOCAL: &str = "-u SSH_CONNECTION -u SSH_CLIENT -u SSH_TTY DISPLAY=:99";

fn wait_for_file(path: &Path) -> String {
    let start = Instant::now();
    while !path.exists() && start.elapsed() < Duration::from_secs(20) {
        std::thread::sleep(Duration::from_millis(50));
    }
    std::fs::read_to_string(path).unwrap_or_default()
}

#[cfg(unix)]
#[test]
fn o_gives_the_browser_the_source() {
    if !tmux_available() {
        return;
    }
    let w = World::new();
    let tmux = w.reader("source", LOCAL);
    tmux.wait_for_text("Articles");
    tmux.send_keys(&["Enter"]);
    tmux.wait_for_text(&format!("Source: {SOURCE}"));
    tmux.send_keys(&["o"]);
    let screen = tmux.wait_for_text("Opened:");
    assert!(screen.contains(&format!("Opened: {SOURCE}")), "{screen}");
    assert_eq!(wait_for_file(&w.path("browsed")), SOURCE);
    // The reader is still there and drawn whole: the browser wrote nothing
    // over it.
    assert!(tmux.screen().contains("Source:"), "{}", tmux.screen());
}

#[cfg(unix)]
#[test]
fn the_link_list_gives_the_browser_the_chosen_link() {
    if !tmux_available() {
        return;
    }
    let w = World::new();
    let tmux = w.reader("list", LOCAL);
    tmux.wait_for_text("Articles");
    tmux.send_keys(&["Enter"]);
    let screen = tmux.wait_for_text("Source:");
    assert!(screen.contains("[1]"), "the link is numbered:\n{screen}");
    tmux.send_keys(&["L"]);
    tmux.wait_for_text("the article's source");
    tmux.send_keys(&["j"]);
    tmux.wait_for_text(LANKOV);
    tmux.send_keys(&["Enter"]);
    tmux.wait_for_text("Opened:");
    assert_eq!(wait_for_file(&w.path("browsed")), LANKOV);
}

/// `o` where no display would show the browser (`env` says why): the
/// source is copied into tmux's buffer, said in full, and no browser runs.
#[cfg(unix)]
fn o_copies_instead(name: &str, env: &str) {
    if !tmux_available() {
        return;
    }
    let w = World::new();
    let tmux = w.reader(name, env);
    tmux.wait_for_text("Articles");
    tmux.send_keys(&["Enter"]);
    tmux.wait_for_text("Source:");
    tmux.send_keys(&["o"]);
    let screen = tmux.wait_for_text("No display to open links on");
    assert!(screen.contains(SOURCE), "{screen}");
    let start = Instant::now();
    let mut buffer = String::new();
    while buffer != SOURCE && start.elapsed() < Duration::from_secs(10) {
        buffer = String::from_utf8_lossy(&tmux.cmd(&["show-buffer"]).stdout).into_owned();
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(buffer, SOURCE, "the source is in tmux's buffer");
    std::thread::sleep(Duration::from_millis(300));
    assert!(!w.path("browsed").exists(), "no browser was started");
}

#[cfg(unix)]
#[test]
fn over_ssh_o_copies_the_source_and_starts_no_browser() {
    o_copies_instead(
        "ssh",
        "DISPLAY=:99 SSH_CONNECTION='10.0.0.2 50000 10.0.0.1 22'",
    );
}

#[cfg(unix)]
#[test]
fn on_a_console_o_copies_the_source_and_starts_no_browser() {
    let console = "-u DISPLAY -u WAYLAND_DISPLAY -u SSH_CONNECTION -u SSH_CLIENT -u SSH_TTY";
    o_copies_instead("console", console);
}
