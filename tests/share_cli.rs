//! `qari share` run as a user would: output, exit statuses and messages.

mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use tempfile::TempDir;

use support::cli::files_in;
use support::percent;

const SEED: &str = include_str!("../assets/000_8cd855bd8944e8de.txt");
const SEED_FIRST: &str = "وقال مسؤول بوزارة الدفاع الكورية الشمالية في تشرين الثاني/نوفمبر إن بيونغ يانغ “لم تقم مطلقا بصفقات أسلحة مع روسيا” وليس لديها “خطة للقيام بذلك في المستقبل”.";

/// A private home, library, state and config, so nothing of the user's is
/// read or written.
struct World {
    dir: TempDir,
}

impl World {
    fn new() -> World {
        let dir = tempfile::tempdir().unwrap();
        for sub in ["library", "home", "shares"] {
            std::fs::create_dir_all(dir.path().join(sub)).unwrap();
        }
        std::fs::write(dir.path().join("library/000_8cd855bd8944e8de.txt"), SEED).unwrap();
        let json = serde_json::json!({
            "id": "with-url",
            "title": "عنوان مع رابط",
            "author": "كاتب",
            "url": "https://example.com/ar/1",
            "published": "2020-01-01",
            "body": [{"paragraph": "فقرة أولى."}, {"heading": "عنوان فرعي"}, {"paragraph": "فقرة ثانية."}]
        });
        std::fs::write(dir.path().join("library/url.json"), json.to_string()).unwrap();
        let config = format!("[share]\nfolder = {:?}\n", dir.path().join("shares"));
        std::fs::write(dir.path().join("config.toml"), config).unwrap();
        World { dir }
    }

    fn path(&self, p: &str) -> PathBuf {
        self.dir.path().join(p)
    }

    fn qari(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_qari"))
            .args(args)
            .args(files_in(self.dir.path()))
            .env("HOME", self.path("home"))
            .env_remove("QARI_LIBRARY")
            .env_remove("QARI_CONFIG")
            .output()
            .unwrap()
    }
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn fails_with(o: &Output, message: &str) {
    assert_eq!(o.status.code(), Some(2), "stderr: {}", stderr(o));
    assert!(stderr(o).contains(message), "stderr: {}", stderr(o));
    assert!(o.stdout.is_empty(), "nothing on stdout: {}", stdout(o));
}

#[test]
fn the_seed_article_is_shared_as_text_in_logical_order() {
    let w = World::new();
    let o = w.qari(&["share", "000-8cd855bd8944e8de"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "وتقول الولايات المتحدة إن كوريا الشمالية “ستدفع ثمن” أي إمدادات أسلحة لروسيا"
    );
    assert_eq!(lines[1], "فريق التحرير");
    assert_eq!(lines[3], SEED_FIRST);
    assert!(!text.contains("شارك"), "no share furniture from the page");
}

#[test]
fn quote_shares_the_nth_paragraph_without_counting_headings() {
    let w = World::new();
    let o = w.qari(&["share", "with-url", "--quote", "2", "--format", "markdown"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "> فقرة ثانية.\n\n— كاتب، [عنوان مع رابط](https://example.com/ar/1)\n"
    );
}

#[test]
fn json_format_parses() {
    let w = World::new();
    let o = w.qari(&["share", "with-url", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["url"], "https://example.com/ar/1");
    assert_eq!(v["text"], "فقرة أولى.");
}

#[test]
fn link_targets_print_the_link() {
    let w = World::new();
    let o = w.qari(&["share", "with-url", "--to", "facebook"]);
    assert_eq!(
        stdout(&o),
        "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.com%2Far%2F1\n"
    );
    let o = w.qari(&["share", "with-url", "--to", "email"]);
    assert!(
        stdout(&o).starts_with("mailto:?subject=%D8%B9"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn telegram_without_a_url_carries_the_text_as_the_message() {
    let w = World::new();
    let text = stdout(&w.qari(&["share", "000-8cd855bd8944e8de"]));
    let o = w.qari(&["share", "000-8cd855bd8944e8de", "--to", "telegram"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let link = stdout(&o);
    let message = link
        .trim_end()
        .strip_prefix("https://t.me/share/url?url=")
        .unwrap_or_else(|| panic!("{link}"));
    assert!(!message.contains('&'), "one parameter only: {link}");
    assert_eq!(percent::decode(message), text.trim_end());
}

#[test]
fn errors_exit_2_with_a_clear_message() {
    let w = World::new();
    fails_with(
        &w.qari(&["share", "nope"]),
        "no article \"nope\" in the library",
    );
    fails_with(
        &w.qari(&["share", "with-url", "--quote", "3"]),
        "no paragraph 3: it has 2",
    );
    fails_with(
        &w.qari(&["share", "000-8cd855bd8944e8de", "--to", "facebook"]),
        "no URL",
    );
    fails_with(
        &w.qari(&["share", "with-url", "--to", "fax"]),
        "unknown target \"fax\"",
    );
    fails_with(
        &w.qari(&["share", "with-url", "--format", "doc"]),
        "unknown format",
    );
}

#[test]
fn a_quote_too_long_for_a_qr_code_is_refused_with_an_offer() {
    let w = World::new();
    let long = serde_json::json!({
        "id": "long", "title": "طويل",
        "body": [{"paragraph": "كلمة ".repeat(500)}]
    });
    std::fs::write(w.path("library/long.json"), long.to_string()).unwrap();
    fails_with(
        &w.qari(&["share", "long", "--quote", "1", "--to", "qr"]),
        "too long for a QR code",
    );
    let o = w.qari(&["share", "long", "--to", "qr"]);
    assert!(o.status.success(), "the excerpt fits: {}", stderr(&o));
}

#[test]
fn qr_in_a_pipe_is_plain_half_blocks() {
    let w = World::new();
    let o = w.qari(&["share", "with-url", "--to", "qr"]);
    let text = stdout(&o);
    assert!(!text.contains('\u{1b}'), "no colours into a pipe");
    assert!(text.chars().all(|c| " ▀▄█\n".contains(c)));
    assert!(text.contains('█'));
}

#[test]
fn the_clipboard_is_refused_when_stdout_is_not_a_terminal() {
    let w = World::new();
    let o = w.qari(&["share", "with-url", "--to", "clipboard"]);
    fails_with(&o, "not a terminal");
    assert!(!o.stdout.contains(&0x1b), "no escape written into the pipe");
}

#[test]
fn files_go_to_the_configured_folder_and_are_never_overwritten() {
    let w = World::new();
    let first = w.qari(&["share", "with-url", "--to", "file", "--format", "markdown"]);
    let second = w.qari(&["share", "with-url", "--to", "file", "--format", "markdown"]);
    assert_eq!(
        stdout(&first).trim(),
        w.path("shares/with-url.md").to_string_lossy()
    );
    assert_eq!(
        stdout(&second).trim(),
        w.path("shares/with-url-2.md").to_string_lossy()
    );
    let saved = std::fs::read_to_string(w.path("shares/with-url.md")).unwrap();
    assert!(saved.starts_with("# عنوان مع رابط\n"), "{saved}");
}

#[test]
fn file_with_a_path_writes_there() {
    let w = World::new();
    let target = w.path("q.txt");
    let arg = format!("file:{}", target.display());
    let o = w.qari(&["share", "with-url", "--quote", "1", "--to", &arg]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        std::fs::read_to_string(&target).unwrap(),
        "«فقرة أولى.»\n— كاتب، عنوان مع رابط\nhttps://example.com/ar/1\n"
    );
    assert!(Path::new(stdout(&o).trim()) == target);
}
