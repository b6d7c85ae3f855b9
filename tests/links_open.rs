//! Opening a link: the browser `$BROWSER` names (given the link where its
//! `%s` is), run in the background; and where no display would show it,
//! the link copied (OSC 52) and shown instead, the browser never started.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use qari::app::Effect;
use qari::app::share::perform::{Outside, perform};
use qari::i18n::UiLang;
use qari::share::opener::Browser;
use qari::share::osc52;

const LINK: &str = "https://example.com/news/2023/09/11/korea-russia?ref=%D9%86";

/// A browser script in `dir` that writes each word it is given, a line
/// each, to a log: the script and the log's path.
#[cfg(unix)]
fn logging_browser(dir: &Path) -> (PathBuf, PathBuf) {
    use std::os::unix::fs::PermissionsExt;
    let log = dir.join("browsed");
    let script = dir.join("browser");
    let body = format!(
        "#!/bin/sh\nprintf '%s\\n' \"$@\" > '{0}.tmp' && mv '{0}.tmp' '{0}'\n",
        log.display()
    );
    std::fs::write(&script, body).unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    (script, log)
}

fn outside<'a>(browser: Option<&'a Browser>, display: bool) -> Outside<'a> {
    Outside {
        terminal: None,
        tmux: false,
        tmux_drops: false,
        opener: None,
        browser,
        display,
        folder: None,
    }
}

fn wait_for(path: &Path) -> String {
    let start = Instant::now();
    while !path.exists() && start.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(20));
    }
    std::fs::read_to_string(path).unwrap_or_default()
}

#[cfg(unix)]
#[test]
fn browser_gets_the_link_where_its_percent_s_is() {
    let dir = tempfile::tempdir().unwrap();
    let (script, log) = logging_browser(dir.path());
    let value = format!("{} --new-window %s", script.display());
    let browser = Browser::from_var(value.as_ref(), None).expect("the browser");
    let (said, _) = perform(
        Effect::Open(LINK.into()),
        outside(Some(&browser), true),
        UiLang::En,
    );
    assert_eq!(said, format!("Opened: {LINK}"));
    assert_eq!(wait_for(&log), format!("--new-window\n{LINK}\n"));
}

#[cfg(unix)]
#[test]
fn with_no_display_the_link_is_copied_and_the_browser_not_started() {
    let dir = tempfile::tempdir().unwrap();
    let (script, log) = logging_browser(dir.path());
    let browser = Browser::from_var(script.as_os_str(), None).expect("the browser");
    for lang in UiLang::ALL {
        let mut out: Vec<u8> = Vec::new();
        let outside = Outside {
            terminal: Some(&mut out),
            ..outside(Some(&browser), false)
        };
        let (said, _) = perform(Effect::Open(LINK.into()), outside, lang);
        assert!(said.ends_with(LINK), "the link in full: {said}");
        assert_eq!(out, osc52::sequence(LINK).into_bytes());
    }
    std::thread::sleep(Duration::from_millis(200));
    assert!(!log.exists(), "the browser was not started");
}

#[cfg(unix)]
#[test]
fn a_browser_that_is_not_there_is_named() {
    let browser = Browser::from_var("no-such-browser-here".as_ref(), None).expect("named");
    let (said, _) = perform(
        Effect::Open(LINK.into()),
        outside(Some(&browser), true),
        UiLang::En,
    );
    assert!(
        said.starts_with("Could not open the link: no-such-browser-here"),
        "{said}"
    );
}
