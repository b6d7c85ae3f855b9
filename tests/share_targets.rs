//! Where a share goes: links, OSC 52, files, the opener, and `--to` names.

mod support;

use std::path::PathBuf;

use base64::Engine;
use qari::article::Article;
use qari::share::{Format, ShareError, Site, Target, compose, file, links, opener, osc52};

use support::article::arabic;
use support::percent;

fn article(url: Option<&str>) -> Article {
    Article {
        author: Some("كاتب".into()),
        url: url.map(str::to_owned),
        ..arabic("a1", "عنوان", "نص قصير")
    }
}

const URL: &str = "https://example.com/a?b=1";
// "عنوان" and "كاتب" and "نص قصير" in UTF-8, percent-encoded.
const TITLE: &str = "%D8%B9%D9%86%D9%88%D8%A7%D9%86";
const AUTHOR: &str = "%D9%83%D8%A7%D8%AA%D8%A8";
const BODY: &str = "%D9%86%D8%B5%20%D9%82%D8%B5%D9%8A%D8%B1";
const URL_ENC: &str = "https%3A%2F%2Fexample.com%2Fa%3Fb%3D1";

#[test]
fn percent_encoding_is_utf8_bytes_and_leaves_unreserved_alone() {
    assert_eq!(links::encode("مرحبا"), "%D9%85%D8%B1%D8%AD%D8%A8%D8%A7");
    assert_eq!(links::encode("a-b.c_d~e"), "a-b.c_d~e");
    assert_eq!(
        links::encode("a b&c=d+e/f?#"),
        "a%20b%26c%3Dd%2Be%2Ff%3F%23"
    );
    assert_eq!(links::encode("«»…\n"), "%C2%AB%C2%BB%E2%80%A6%0A");
}

fn link(site: Site, url: Option<&str>) -> Result<String, ShareError> {
    links::link(&compose(&article(url), None).unwrap(), site)
}

#[test]
fn x_carries_the_text_and_the_url_apart() {
    assert_eq!(
        link(Site::X, Some(URL)).unwrap(),
        format!("https://x.com/intent/post?text={TITLE}%0A{AUTHOR}%0A%0A{BODY}&url={URL_ENC}")
    );
    assert_eq!(
        link(Site::X, None).unwrap(),
        format!("https://x.com/intent/post?text={TITLE}%0A{AUTHOR}%0A%0A{BODY}")
    );
}

#[test]
fn whatsapp_carries_everything_in_the_text() {
    assert_eq!(
        link(Site::WhatsApp, Some(URL)).unwrap(),
        format!("https://wa.me/?text={TITLE}%0A{AUTHOR}%0A%0A{BODY}%0A%0A{URL_ENC}")
    );
}

#[test]
fn telegram_gets_the_url_and_the_text_apart() {
    assert_eq!(
        link(Site::Telegram, Some(URL)).unwrap(),
        format!("https://t.me/share/url?url={URL_ENC}&text={TITLE}%0A{AUTHOR}%0A%0A{BODY}")
    );
}

/// The query's values, percent-decoded.
fn query(link: &str) -> Vec<(String, String)> {
    let (_, q) = link.split_once('?').unwrap();
    q.split('&')
        .map(|kv| {
            let (k, v) = kv.split_once('=').unwrap();
            (k.to_owned(), percent::decode(v))
        })
        .collect()
}

#[test]
fn telegram_without_a_url_sends_the_text_as_the_whole_message() {
    // Telegram needs `url` and writes it first in the message, so the text
    // is the `url`, and no `text` adds an empty line after it.
    let link = link(Site::Telegram, None).unwrap();
    assert!(link.starts_with("https://t.me/share/url?"), "{link}");
    assert_eq!(
        query(&link),
        [("url".to_owned(), "عنوان\nكاتب\n\nنص قصير".to_owned())]
    );
    // A quote, likewise: the quote with its attribution.
    let quote = compose(&article(None), Some(1)).unwrap();
    let link = links::link(&quote, Site::Telegram).unwrap();
    assert_eq!(
        query(&link),
        [("url".to_owned(), "«نص قصير»\n— كاتب، عنوان".to_owned())]
    );
}

#[test]
fn telegram_refuses_a_message_starting_with_at_that_it_would_ignore() {
    let mut a = article(None);
    a.title = "@qari: عنوان".into();
    let share = compose(&a, None).unwrap();
    let err = links::link(&share, Site::Telegram).unwrap_err();
    assert!(matches!(err, ShareError::TelegramAt), "{err}");
    assert!(err.to_string().contains("starts with @"), "{err}");
    // With a URL, the URL comes first and all is well.
    a.url = Some(URL.into());
    let share = compose(&a, None).unwrap();
    assert!(links::link(&share, Site::Telegram).is_ok());
}

#[test]
fn facebook_needs_a_url() {
    assert_eq!(
        link(Site::Facebook, Some(URL)).unwrap(),
        format!("https://www.facebook.com/sharer/sharer.php?u={URL_ENC}")
    );
    let err = link(Site::Facebook, None).unwrap_err();
    assert!(matches!(err, ShareError::NoUrl));
    assert!(err.to_string().contains("no URL"), "{err}");
}

#[test]
fn email_has_the_title_as_subject_and_crlf_line_breaks() {
    assert_eq!(
        link(Site::Email, Some(URL)).unwrap(),
        format!(
            "mailto:?subject={TITLE}&body={TITLE}%0D%0A{AUTHOR}%0D%0A%0D%0A{BODY}%0D%0A%0D%0A{URL_ENC}"
        )
    );
}

#[test]
fn osc52_is_base64_of_the_logical_text_ended_by_bel() {
    let text = "«نص» \u{1b}[31m";
    let seq = osc52::sequence(text);
    let payload = seq
        .strip_prefix("\u{1b}]52;c;")
        .and_then(|s| s.strip_suffix('\u{7}'))
        .unwrap();
    assert!(
        !payload.contains('\u{1b}'),
        "escapes in the text stay inside base64"
    );
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(payload)
        .unwrap();
    assert_eq!(String::from_utf8(decoded).unwrap(), text);
}

#[test]
fn targets_and_formats_parse_from_their_names() {
    let t = |s: &str| s.parse::<Target>();
    assert_eq!(t("stdout"), Ok(Target::Stdout));
    assert_eq!(t("clipboard"), Ok(Target::Clipboard));
    assert_eq!(t("file"), Ok(Target::File(None)));
    assert_eq!(
        t("file:a/b.md"),
        Ok(Target::File(Some(PathBuf::from("a/b.md"))))
    );
    assert_eq!(t("whatsapp"), Ok(Target::Link(Site::WhatsApp)));
    assert_eq!(t("qr"), Ok(Target::Qr));
    assert!(t("file:").unwrap_err().contains("needs a path"));
    assert!(
        t("myspace")
            .unwrap_err()
            .contains("unknown target \"myspace\"")
    );
    assert_eq!("markdown".parse::<Format>(), Ok(Format::Markdown));
    assert!(
        "yaml"
            .parse::<Format>()
            .unwrap_err()
            .contains("text, markdown or json")
    );
}

#[test]
fn saving_never_overwrites_it_numbers_the_name() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("shares");
    let first = file::save("أول", None, &folder, "a1", "md").unwrap();
    let second = file::save("ثان", None, &folder, "a1", "md").unwrap();
    let third = file::save("ثالث", None, &folder, "a1", "md").unwrap();
    assert_eq!(first, folder.join("a1.md"));
    assert_eq!(second, folder.join("a1-2.md"));
    assert_eq!(third, folder.join("a1-3.md"));
    assert_eq!(std::fs::read_to_string(&first).unwrap(), "أول\n");
    assert_eq!(std::fs::read_to_string(&second).unwrap(), "ثان\n");
}

#[test]
fn an_explicit_path_is_used_and_not_overwritten_either() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("quote.txt");
    std::fs::write(&path, "mine").unwrap();
    let saved = file::save("اقتباس", Some(&path), dir.path(), "x", "md").unwrap();
    assert_eq!(saved, dir.path().join("quote-2.txt"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "mine");
    // A folder as the path: the usual name inside it.
    let saved = file::save("نص", Some(dir.path()), dir.path(), "a1", "json").unwrap();
    assert_eq!(saved, dir.path().join("a1.json"));
}

#[test]
fn a_path_in_a_missing_folder_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("no/such/folder/q.txt");
    let err = file::save("نص", Some(&path), dir.path(), "a1", "txt").unwrap_err();
    assert!(err.to_string().contains("no/such/folder/q.txt"), "{err}");
}

#[test]
fn file_names_keep_letters_of_any_script_and_nothing_else() {
    assert_eq!(file::stem("مقال-1", None), "مقال-1");
    assert_eq!(
        file::stem("../../etc/passwd", Some(3)),
        "etc-passwd-quote-3"
    );
    assert_eq!(file::stem("\u{1b}[31m", None), "31m");
    assert_eq!(file::stem("///", None), "qari-share");
    // A name leaves qari in letters too, not presentation forms.
    assert_eq!(
        file::stem("\u{FDF2}-\u{FEE3}\u{FEAE}\u{FEA3}\u{FE92}\u{FE8E}", None),
        "الله-مرحبا"
    );
}

#[cfg(unix)]
#[test]
fn the_opener_is_found_only_as_an_executable_on_path() {
    use std::os::unix::fs::PermissionsExt;
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    let plain = a.path().join("xdg-open");
    std::fs::write(&plain, "not a program").unwrap();
    let exe = b.path().join("xdg-open");
    std::fs::write(&exe, "#!/bin/sh\n").unwrap();
    std::fs::set_permissions(&exe, std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = std::env::join_paths([a.path(), b.path()]).unwrap();
    assert_eq!(opener::find_in(&path, "xdg-open"), Some(exe));
    let only_a = std::env::join_paths([a.path()]).unwrap();
    assert_eq!(opener::find_in(&only_a, "xdg-open"), None);
}

#[test]
fn links_are_opened_only_where_a_display_shows_them() {
    use std::ffi::OsString;
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| OsString::from(v))
        }
    };
    assert!(opener::graphical(env(&[("DISPLAY", ":0")])));
    assert!(opener::graphical(env(&[("WAYLAND_DISPLAY", "wayland-0")])));
    // Over SSH or on a console: nothing the reader sees would show the
    // opened link (over SSH, a display is the far machine's).
    let ssh = opener::graphical(env(&[("SSH_CONNECTION", "10.0.0.2 5 10.0.0.1 22")]));
    let ssh_display = opener::graphical(env(&[("DISPLAY", ":0"), ("SSH_TTY", "/dev/pts/3")]));
    let empty = opener::graphical(env(&[("DISPLAY", "")]));
    assert!(!ssh && !ssh_display);
    assert_eq!(empty, cfg!(target_os = "macos"));
}
