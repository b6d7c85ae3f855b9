//! What the reader tells besides articles, on ratatui's `TestBackend`:
//! skipped files, the sample library's hint, a search that found nothing,
//! advice at startup, and text from files never drawn as escapes.

mod app_support;

use app_support::*;
use qari::app::Action;
use qari::article::LoadProblem;
use qari::i18n::UiLang;
use ratatui::crossterm::event::KeyCode;

#[test]
fn skipped_files_are_counted_in_the_status_line() {
    let mut s = state(UiLang::En, (100, 20), sample_articles());
    s.model.library.problems.push(LoadProblem {
        path: "broken.json".into(),
        line: Some(3),
        column: Some(7),
        message: "expected value".into(),
    });
    let screen = rows(&render(&s));
    assert!(screen.last().expect("status").contains("1 file skipped"));
}

#[test]
fn the_sample_library_says_how_to_add_articles() {
    let mut s = state(UiLang::En, (120, 30), sample_articles());
    s.model.library.is_sample = true;
    s.model.library_dir = Some("/home/reader/.local/share/qari/articles".into());
    let buf = render(&s);
    assert!(screen_contains(&buf, "Add yours"));
    assert!(screen_contains(&buf, "qari import"));
}

#[test]
fn a_list_emptied_while_typing_says_what_found_nothing() {
    let mut s = state(UiLang::En, (120, 30), sample_articles());
    type_keys(&mut s, "/zzzz");
    let buf = render(&s);
    assert!(screen_contains(&buf, "No match for «zzzz»"));
    assert!(
        screen_contains(&buf, "0/0"),
        "the counter: {:?}",
        rows(&buf)
    );
    press(&mut s, key(KeyCode::Backspace));
    press(&mut s, key(KeyCode::Esc));
    assert!(screen_contains(&render(&s), "A short English note"));
}

#[test]
fn an_arabic_hint_shows_the_library_folder_intact() {
    let path = "/home/x/.local/share/qari/articles";
    // Wide enough that the hint's Arabic and the path share a line.
    let mut s = state(UiLang::Ar, (200, 30), sample_articles());
    s.model.library.is_sample = true;
    s.model.library_dir = Some(path.into());
    let screen = rows(&render(&s));
    let line = screen
        .iter()
        .find(|row| row.contains("qari/articles") || row.contains("articles/"))
        .unwrap_or_else(|| panic!("the hint with the folder:\n{}", screen.join("\n")));
    assert!(line.contains(path), "the path reads as written: {line}");
    assert!(
        line.contains("json") && line.chars().any(|c| ('\u{FE70}'..='\u{FEFF}').contains(&c)),
        "on the same line as the Arabic hint: {line}"
    );

    // Latin words and a file's path in an Arabic notice keep their order too.
    let mut s = state(UiLang::Ar, (200, 30), sample_articles());
    s.model.notices = vec!["/tmp/lib/bad.json:4:1: expected value".to_string()];
    let screen = rows(&render(&s));
    assert!(
        screen
            .iter()
            .any(|r| r.contains("/tmp/lib/bad.json:4:1: expected value")),
        "{}",
        screen.join("\n")
    );
}

#[test]
fn text_from_files_never_reaches_the_terminal_as_escapes() {
    // The loader removes controls; drawing must not rely on it alone.
    let hostile = article(
        "x",
        "Title \x1b]2;owned\x07 and \x1b[2J",
        &["Body \x1b[31mred\u{9b}"],
    );
    let mut s = state(UiLang::En, (120, 20), vec![hostile]);
    press(&mut s, key(KeyCode::Enter));
    let buf = render(&s);
    for cell in buf.content() {
        assert!(
            !cell.symbol().chars().any(char::is_control),
            "{:?}",
            cell.symbol()
        );
    }
}

#[test]
fn startup_lists_skipped_files_and_advises_konsole_users_told_to_draw_rows_as_they_are() {
    use qari::app::guard::RowOutput;
    use qari::app::terminal::TerminalKind;
    use qari::commands::read::startup_state;
    use qari::config::ShapeSetting;
    use qari::layout::Shaping;
    let mut lib = library(sample_articles());
    lib.problems.push(LoadProblem {
        path: "news/broken.json".into(),
        line: Some(3),
        column: Some(7),
        message: "expected value".into(),
    });
    for output in [RowOutput::KonsoleBidiOff, RowOutput::Guarded] {
        let s = startup_state(lib.clone(), UiLang::En, None, TerminalKind::Konsole, output);
        assert!(
            s.model.message.is_none(),
            "{output:?}: rows read right in Konsole"
        );
    }
    let as_is = RowOutput::KonsoleAsIs;
    let mut s = startup_state(lib, UiLang::En, None, TerminalKind::Konsole, as_is);
    assert!(
        s.model
            .notices
            .iter()
            .any(|n| n == "news/broken.json:3:7: expected value")
    );
    assert!(
        s.model
            .message
            .as_ref()
            .is_some_and(|(m, _)| m.contains("Bi-Directional"))
    );
    s.update(Action::Resize {
        width: 120,
        height: 30,
    });
    let buf = render(&s);
    assert!(screen_contains(&buf, "news/broken.json:3:7"));
    type_keys(&mut s, "j");
    assert!(
        s.model.message.is_none(),
        "the hint goes with the first key"
    );
    assert!(
        rows(&render(&s))
            .last()
            .expect("status")
            .contains("1 file skipped")
    );

    // qari shapes for mlterm too: its rows are visual, and mlterm would
    // join them across the wrong neighbours.
    let mlterm = TerminalKind::Mlterm;
    let visual = RowOutput::Visual;
    let auto = startup_state(library(Vec::new()), UiLang::Ar, None, mlterm, visual);
    assert_eq!(auto.model.opts.shaping, Shaping::On);
    let off = Some(ShapeSetting::Off);
    let forced = startup_state(library(Vec::new()), UiLang::Ar, off, mlterm, visual);
    assert_eq!(forced.model.opts.shaping, Shaping::Off);
}
