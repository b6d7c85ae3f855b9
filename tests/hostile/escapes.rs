//! Terminal escapes inside article titles and bodies: window-title changes
//! (OSC 0/2), clipboard writes (OSC 52), screen clears and cursor moves
//! (CSI), and the 8-bit CSI (U+009B). None may reach the terminal.

use super::fixtures::{NASTY, WORDS, nasty_library};
use super::support::Env;

#[test]
fn list_prints_titles_without_their_escapes() {
    let env = Env::new();
    nasty_library(&env);
    let run = env.qari(&["list"]);
    run.ok();
    let out = run.out();
    for word in WORDS.iter().chain(&["Plain title"]) {
        assert!(out.contains(word), "{word:?} is listed:\n{out}");
    }
    let json = env.qari(&["list", "--json"]);
    json.ok();
    assert!(
        !json.out().contains("\\u001b"),
        "no escape kept in the model:\n{}",
        json.out()
    );
}

#[test]
fn show_and_check_print_no_escape_of_the_article() {
    let env = Env::new();
    nasty_library(&env);
    let shown = env.qari(&["show", "a-nasty", "--width", "50"]);
    shown.ok();
    // Title and two paragraphs each end in "end" (the Arabic is shaped).
    assert_eq!(shown.out().matches("end").count(), 3, "{}", shown.out());
    env.qari(&["check"]).ok();
}

#[test]
fn render_reads_escapes_from_stdin_and_prints_none() {
    let env = Env::new();
    let run = env.qari_stdin(
        &["render", "--width", "30", "-"],
        format!("{NASTY}\n").into_bytes(),
    );
    run.ok();
    assert!(run.out().contains("end"), "{}", run.out());
}

#[test]
fn a_text_article_with_raw_c1_bytes_imports_without_them() {
    let env = Env::new();
    let mut text = "عنوان الخبر\n\nكتب فريق التحرير\n\n".as_bytes().to_vec();
    text.extend_from_slice("فقرة أولى فيها ".as_bytes());
    text.extend_from_slice(b"\x1b]2;owned\x07 \x9b2J \x1b[2J");
    text.extend_from_slice(" نهاية.\n".as_bytes());
    let source = env.path("saved.txt");
    std::fs::write(&source, &text).expect("write");
    let into = env.library();
    let run = env.qari(&[
        "import",
        &source.display().to_string(),
        "--into",
        &into.display().to_string(),
    ]);
    run.sane();
    // A raw 0x9B is not UTF-8: either the file is refused with a clear
    // message, or it is imported and shown without any escape.
    if run.code() == Some(0) {
        env.qari(&["list"]).ok();
        let shown = env.qari(&["show", "1"]);
        shown.ok();
        assert!(shown.out().contains("نهاية"), "{}", shown.out());
    } else {
        assert!(run.stderr.contains("saved.txt"), "{}", run.stderr);
    }
}
