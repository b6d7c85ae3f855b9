//! Running what the share pane asks for: the clipboard, files and links,
//! and what the status line then says, in both interface languages.

use std::io::Write;
use std::path::{Path, PathBuf};

use qari::app::Effect;
use qari::app::model::MessageKind;
use qari::app::share::perform::{Outside, perform};
use qari::i18n::UiLang;
use qari::share::osc52;

/// A share link, with Arabic text percent-encoded.
const LINK: &str = "https://wa.me/?text=%D9%86%D8%B5";

#[test]
fn perform_copies_with_osc52_saves_and_opens() {
    let mut out: Vec<u8> = Vec::new();
    let outside = Outside {
        terminal: Some(&mut out),
        ..nowhere()
    };
    let (msg, kind) = perform(Effect::Copy("نص".into()), outside, UiLang::En);
    assert_eq!(kind, MessageKind::Info);
    assert!(msg.contains("Copied"), "{msg}");
    assert_eq!(out, osc52::sequence("نص").into_bytes());

    let (msg, kind) = perform(Effect::Copy("x".into()), nowhere(), UiLang::En);
    assert_eq!(kind, MessageKind::Warning);
    assert!(msg.contains("terminal"), "{msg}");

    let dir = tempfile::tempdir().unwrap();
    for expected in ["note.md", "note-2.md"] {
        let outside = Outside {
            folder: Some(dir.path()),
            ..nowhere()
        };
        let save = Effect::Save {
            text: "# عنوان".into(),
            stem: "note".into(),
            ext: "md",
        };
        let (msg, _) = perform(save, outside, UiLang::En);
        assert!(
            msg.ends_with(&dir.path().join(expected).display().to_string()),
            "{msg}"
        );
    }
    assert_eq!(
        std::fs::read_to_string(dir.path().join("note.md")).unwrap(),
        "# عنوان\n"
    );
}

#[cfg(unix)]
#[test]
fn links_go_to_the_opener_or_are_copied_when_there_is_none() {
    let dir = tempfile::tempdir().unwrap();
    let (opener, log) = logging_opener(dir.path());
    let link = LINK;
    let outside = Outside {
        opener: Some(&opener),
        ..nowhere()
    };
    let (msg, _) = perform(Effect::Open(link.into()), outside, UiLang::En);
    assert_eq!(msg, format!("Opened: {link}"));
    let start = std::time::Instant::now();
    while !log.exists() && start.elapsed().as_secs() < 10 {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    std::thread::sleep(std::time::Duration::from_millis(50));
    assert_eq!(std::fs::read_to_string(&log).unwrap(), link);

    let mut out: Vec<u8> = Vec::new();
    let outside = Outside {
        terminal: Some(&mut out),
        ..nowhere()
    };
    let (msg, _) = perform(Effect::Open(link.into()), outside, UiLang::En);
    assert!(
        msg.contains("the link is copied") && msg.ends_with(link),
        "{msg}"
    );
    assert_eq!(out, osc52::sequence(link).into_bytes());
}

/// An `xdg-open` in `dir` that writes the link it is given to a log
/// file: returns the opener and the log's path.
#[cfg(unix)]
fn logging_opener(dir: &Path) -> (PathBuf, PathBuf) {
    use std::os::unix::fs::PermissionsExt;
    let log = dir.join("opened");
    let opener = dir.join("xdg-open");
    let script = format!("#!/bin/sh\nprintf '%s' \"$1\" > '{}'\n", log.display());
    std::fs::write(&opener, script).unwrap();
    std::fs::set_permissions(&opener, std::fs::Permissions::from_mode(0o755)).unwrap();
    (opener, log)
}

fn nowhere<'a>() -> Outside<'a> {
    Outside {
        terminal: None,
        tmux: false,
        tmux_drops: false,
        opener: None,
        browser: None,
        display: true,
        folder: None,
    }
}

fn save(folder: &Path, lang: UiLang) -> (String, MessageKind) {
    let outside = Outside {
        folder: Some(folder),
        ..nowhere()
    };
    let effect = Effect::Save {
        text: "نص".into(),
        stem: "note".into(),
        ext: "txt",
    };
    perform(effect, outside, lang)
}

/// Whether `text` has a Latin letter outside `allowed` (paths, names).
fn latin_outside(text: &str, allowed: &[&str]) -> bool {
    let mut rest = text.to_string();
    for a in allowed {
        rest = rest.replace(a, "");
    }
    rest.chars().any(|c| c.is_ascii_alphabetic())
}

#[test]
fn a_failed_save_says_where_and_why_in_the_interface_language() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("notes");
    std::fs::write(&blocker, "a file where the folder should be").unwrap();
    let folder = blocker.join("shares");
    let path = folder.display().to_string();

    let (msg, kind) = save(&folder, UiLang::En);
    assert_eq!(kind, MessageKind::Warning);
    assert_eq!(
        msg,
        format!("Could not save: {path}: part of the path is a file, not a folder")
    );

    let (msg, kind) = save(&folder, UiLang::Ar);
    assert_eq!(kind, MessageKind::Warning);
    assert_eq!(
        msg,
        format!("تعذّر الحفظ: \u{2066}{path}\u{2069}: جزء من المسار ملف وليس مجلدًا")
    );
    assert!(!latin_outside(&msg, &[&path]), "{msg}");
}

#[test]
fn a_failed_copy_or_open_is_told_in_arabic_with_the_arabic_interface() {
    let (msg, kind) = perform(Effect::Copy("نص".into()), nowhere(), UiLang::Ar);
    assert_eq!(kind, MessageKind::Warning);
    assert!(msg.contains("الطرفية"), "{msg}");
    assert!(!latin_outside(&msg, &[]), "{msg}");

    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("xdg-open");
    let outside = Outside {
        opener: Some(&missing),
        display: true,
        ..nowhere()
    };
    let (msg, kind) = perform(Effect::Open("https://wa.me/".into()), outside, UiLang::Ar);
    assert_eq!(kind, MessageKind::Warning);
    let path = missing.display().to_string();
    assert_eq!(
        msg,
        format!("تعذّر فتح الرابط: \u{2066}{path}\u{2069}: لا يوجد ملف أو مجلد بهذا الاسم")
    );

    // A terminal that will not take the bytes.
    struct Closed;
    impl Write for Closed {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::ErrorKind::PermissionDenied.into())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut closed = Closed;
    let outside = Outside {
        terminal: Some(&mut closed),
        ..nowhere()
    };
    let (msg, _) = perform(Effect::Copy("نص".into()), outside, UiLang::Ar);
    assert_eq!(msg, "تعذّر النسخ: لا إذن بذلك");
}

#[test]
fn inside_tmux_the_copy_is_written_wrapped_as_well() {
    let mut out: Vec<u8> = Vec::new();
    let outside = Outside {
        terminal: Some(&mut out),
        tmux: true,
        ..nowhere()
    };
    let (msg, kind) = perform(Effect::Copy("نص".into()), outside, UiLang::En);
    assert_eq!(kind, MessageKind::Info, "{msg}");
    assert_eq!(out, qari::app::terminal::clipboard("نص", true).into_bytes());
    assert!(out.starts_with(osc52::sequence("نص").as_bytes()));
    assert!(out.len() > osc52::sequence("نص").len());
}

#[test]
fn a_copy_tmux_would_drop_is_not_called_copied() {
    for (lang, words) in [(UiLang::En, "Not copied"), (UiLang::Ar, "لم يُنسخ")] {
        let mut out: Vec<u8> = Vec::new();
        let outside = Outside {
            terminal: Some(&mut out),
            tmux: true,
            tmux_drops: true,
            ..nowhere()
        };
        let (msg, kind) = perform(Effect::Copy("نص".into()), outside, lang);
        assert_eq!(kind, MessageKind::Warning);
        assert!(msg.starts_with(words), "{msg}");
        assert!(msg.contains("set-clipboard on"), "{msg}");
        assert!(out.is_empty(), "nothing written for tmux to drop");
    }
    // A link with no opener is then shown, not said to be copied.
    let link = LINK;
    let mut out: Vec<u8> = Vec::new();
    let outside = Outside {
        terminal: Some(&mut out),
        tmux: true,
        tmux_drops: true,
        ..nowhere()
    };
    let (msg, _) = perform(Effect::Open(link.into()), outside, UiLang::En);
    assert_eq!(msg, format!("The link: {link}"));
}

#[cfg(unix)]
#[test]
fn with_no_display_a_link_is_copied_not_opened_where_no_one_sees_it() {
    let dir = tempfile::tempdir().unwrap();
    let (opener, log) = logging_opener(dir.path());
    let link = LINK;
    for (lang, words) in [
        (
            UiLang::En,
            "No display to open links on; the link is copied:",
        ),
        (UiLang::Ar, "لا شاشة رسومية تُفتح فيها الروابط؛ نُسخ الرابط:"),
    ] {
        let mut out: Vec<u8> = Vec::new();
        let outside = Outside {
            terminal: Some(&mut out),
            opener: Some(&opener),
            display: false,
            ..nowhere()
        };
        let (msg, kind) = perform(Effect::Open(link.into()), outside, lang);
        assert_eq!(kind, MessageKind::Info);
        assert_eq!(msg, format!("{words} {link}"));
        assert_eq!(out, osc52::sequence(link).into_bytes());
    }
    std::thread::sleep(std::time::Duration::from_millis(200));
    assert!(!log.exists(), "the opener was not run");
}
