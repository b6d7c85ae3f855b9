//! The hostile inputs themselves, shared by the CLI, loader and reader cases.

use std::os::unix::fs::symlink;
use std::process::Command;

use super::support::Env;

/// Every kind of escape a hostile file might carry, between real words:
/// window-title changes (OSC 0/2), a clipboard write (OSC 52), a screen
/// clear and cursor moves (CSI), the 8-bit CSI (U+009B), BEL and NUL.
pub const NASTY: &str = concat!(
    "خبر \x1b]0;owned0\x07 عاجل \x1b]2;owned2\x1b\\ ",
    "\x1b]52;c;b3duZWQ=\x07 \x1b[2J\x1b[H \x1b[10;10H \u{9b}31m ",
    "\x1b[?1049l \x1b[8h \x07\x00 end"
);

/// The words of `NASTY` a reader must still see.
pub const WORDS: [&str; 3] = ["خبر", "عاجل", "end"];

pub fn nasty_library(env: &Env) {
    env.article(
        "a-nasty.json",
        NASTY,
        &format!("{NASTY}\n\nفقرة ثانية {NASTY}"),
    );
    env.article("b-plain.json", "Plain title", "A plain body.");
}

/// Trojan Source: an override and an isolate opened and never closed.
pub const RLO_TITLE: &str = "\u{202E}Invoice paid \u{2067}غير مغلق";
pub const OTHERS: [&str; 3] = ["First plain row", "Third plain row", "Fourth plain row"];

pub fn trojan_library(env: &Env) {
    env.article("1.json", OTHERS[0], "Body one.");
    env.article("2.json", RLO_TITLE, "\u{202E}body with an open override");
    env.article("3.json", OTHERS[1], "Body three.");
    env.article("4.json", OTHERS[2], "Body four.");
}

/// `depth` openers of every kind and no closer, then text.
pub fn deep(depth: usize) -> String {
    let openers = [
        '\u{202B}', '\u{202A}', '\u{202E}', '\u{202D}', '\u{2067}', '\u{2066}',
    ];
    let mut s: String = (0..depth).map(|i| openers[i % openers.len()]).collect();
    s.push_str("عمق deep ١٢٣ end");
    s
}

/// A library folder that fights back: a dangling symlink, a directory named
/// like an article, a symlink to its own folder, two symlinks to each other,
/// and a FIFO (opening one for reading blocks until a writer comes).
pub fn hostile_folder(env: &Env) {
    env.article("good.json", "Good article", "Body.");
    let lib = env.library();
    symlink(lib.join("nowhere.json"), lib.join("gone.json")).expect("dangling symlink");
    std::fs::create_dir(lib.join("folder.json")).expect("dir named .json");
    symlink(&lib, lib.join("loop")).expect("symlink to its own folder");
    symlink(lib.join("b.json"), lib.join("a.json")).expect("a -> b");
    symlink(lib.join("a.json"), lib.join("b.json")).expect("b -> a");
    let fifo = lib.join("pipe.json");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(made.success(), "mkfifo {}", fifo.display());
}
