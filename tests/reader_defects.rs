//! The reader's own text read as a user reads it: progress, directions,
//! key names inside Arabic, the share pane's previews and highlights.

mod app_support;

use app_support::*;
use qari::article::Block;
use qari::document::Doc;
use qari::i18n::UiLang;
use qari::layout::{Direction, LayoutOptions};
use ratatui::crossterm::event::KeyCode;
use ratatui::style::Modifier;

fn open(s: &mut qari::app::App, n: usize) {
    for _ in 0..n {
        press(s, key(KeyCode::Char('j')));
    }
    press(s, key(KeyCode::Enter));
}

#[test]
fn progress_starts_at_nothing_read() {
    let mut s = state(UiLang::En, (120, 35), sample_articles());
    open(&mut s, 1);
    let header = &rows(&render(&s))[0];
    assert!(header.contains(" 0% read · 3 min left"), "{header}");
    type_keys(&mut s, "G");
    let header = &rows(&render(&s))[0];
    assert!(header.contains("100% read"), "{header}");
    let mut ar = state(UiLang::Ar, (120, 35), sample_articles());
    open(&mut ar, 1);
    let header = &rows(&render(&ar))[0];
    // "مقروء 0% · المتبقي 3 دقائق", shaped and in visual order.
    assert!(header.contains("ﻖﺋﺎﻗﺩ 3 ﻲﻘﺒﺘﻤﻟﺍ · %0 ﺀﻭﺮﻘﻣ"), "{header}");
}

#[test]
fn an_arabic_quotation_in_an_english_article_reads_right_to_left() {
    let mut a = article("en-q", "An English report", &["The minister said:"]);
    a.dir = Direction::Ltr;
    a.body.push(Block::Quote {
        text: "لن نسمح بانهيار الأسعار.".into(),
        by: None,
    });
    let doc = Doc::build(&a, UiLang::En, Direction::Ltr, 40, LayoutOptions::default());
    let quote = doc
        .lines()
        .find(|l| l.kind == qari::document::LineKind::Quote)
        .unwrap();
    assert!(quote.line.rtl && quote.right, "{quote:?}");
    // The full stop ends the sentence on its left.
    assert!(quote.line.text.starts_with('.'), "{:?}", quote.line.text);
    let english = doc
        .lines()
        .find(|l| l.kind == qari::document::LineKind::Paragraph)
        .unwrap();
    assert!(!english.right);
}

#[test]
fn a_key_name_in_an_arabic_message_keeps_its_brackets() {
    let mut s = state(UiLang::Ar, (120, 35), sample_articles());
    type_keys(&mut s, "m");
    type_keys(&mut s, "B");
    let status = rows(&render(&s)).last().unwrap().clone();
    // «عرض المحفوظات فقط (B لعرض الكل)»: B at the start of the bracket.
    assert!(status.contains(" B)"), "{status}");
    assert!(!status.contains("(B"), "{status}");
}

#[test]
fn the_arabic_share_pane_highlights_the_whole_format_name() {
    let mut s = state(UiLang::Ar, (120, 35), sample_articles());
    open(&mut s, 0);
    press(&mut s, key(KeyCode::Char('s')));
    let buf = render(&s);
    let screen = rows(&buf);
    let y = screen.iter().position(|r| r.contains("markdown")).unwrap();
    let x = column_of(&screen[y], "text").unwrap();
    for cell in x..x + 4 {
        let style = buf[(cell as u16, y as u16)].modifier;
        assert!(style.contains(Modifier::REVERSED), "cell {cell} of «text»");
    }
    let before = buf[(x as u16 - 1, y as u16)].modifier;
    assert!(!before.contains(Modifier::REVERSED));
}

#[test]
fn json_and_markdown_previews_read_left_to_right() {
    let mut s = state(UiLang::Ar, (120, 35), sample_articles());
    open(&mut s, 0);
    press(&mut s, key(KeyCode::Char('s')));
    type_keys(&mut s, "ff");
    let screen = rows(&render(&s));
    let pane = s.panes().reader.unwrap();
    let text_x = usize::from(pane.x) + 2;
    let open_brace = screen.iter().find(|r| r.contains('{')).unwrap();
    assert_eq!(column_of(open_brace, "{"), Some(text_x), "{open_brace}");
    let close = screen.iter().find(|r| r.contains('}')).unwrap();
    assert_eq!(column_of(close, "}"), Some(text_x), "{close}");
    // Markdown: the quote marker stays a `>` at the left.
    let mut s = state(UiLang::Ar, (120, 35), sample_articles());
    open(&mut s, 0);
    type_keys(&mut s, "v");
    press(&mut s, key(KeyCode::Char('s')));
    type_keys(&mut s, "f");
    let screen = rows(&render(&s));
    let marked = screen
        .iter()
        .find(|r| r.contains("> "))
        .expect("a quote marker");
    assert_eq!(column_of(marked, "> "), Some(text_x), "{screen:#?}");
}

#[test]
fn a_code_too_big_for_the_window_does_not_ask_to_be_scanned() {
    let mut s = state(UiLang::Ar, (60, 20), sample_articles());
    open(&mut s, 0);
    press(&mut s, key(KeyCode::Char('s')));
    press(&mut s, key(KeyCode::Char('8')));
    let screen = rows(&render(&s)).join("\n");
    // «امسحه بالهاتف», shaped.
    assert!(!screen.contains("ﻒﺗﺎﻬﻟﺎﺑ"), "{screen}");
    assert!(
        screen.contains("ﻕﻼﻏﺇ"),
        "the pane still says how to close: {screen}"
    );
}

/// Every row the help shows, scrolled from its top to its end.
fn help_rows(lang: UiLang, size: (u16, u16)) -> Vec<String> {
    let mut s = state(lang, size, sample_articles());
    type_keys(&mut s, "?");
    // The overlay's columns only: the list behind it has titles cut short.
    let width = usize::from(size.0.min(84));
    let x = (usize::from(size.0) - width) / 2;
    let mut seen = Vec::new();
    for _ in 0..60 {
        let screen = rows(&render(&s));
        let overlay = screen[..screen.len() - 1]
            .iter()
            .map(|r| r.chars().skip(x).take(width).collect::<String>());
        seen.extend(overlay);
        type_keys(&mut s, "j");
    }
    seen
}

#[test]
fn the_help_cuts_nothing_at_80_by_24() {
    for lang in [UiLang::Ar, UiLang::En] {
        for size in [(80, 24), (120, 35)] {
            let seen = help_rows(lang, size);
            assert!(
                !seen.iter().any(|r| r.contains('…')),
                "{lang:?} {size:?}: {seen:#?}"
            );
            // The last entry of the table is reached.
            assert!(
                seen.iter().any(|r| r.contains("Ctrl-C")),
                "{lang:?} {size:?}"
            );
        }
    }
}

#[test]
fn arabic_help_keeps_each_bracket_on_its_own_line() {
    let seen = help_rows(UiLang::Ar, (120, 35));
    let rtl = LayoutOptions {
        direction: Direction::Rtl,
        ..LayoutOptions::default()
    };
    let previous = qari::layout::fit_line("المقالة السابقة", 40, &rtl).text;
    let row = seen
        .iter()
        .find(|r| r.contains(&previous))
        .expect("previous article");
    assert!(row.contains('[') && !row.contains(']'), "{row}");
    let pair = seen
        .iter()
        .find(|r| r.contains("Space"))
        .expect("page down");
    // Each key name reads as written, apart from its words.
    assert!(pair.contains("PgDn Space"), "{pair}");
}

#[test]
fn a_rebound_key_is_hinted_as_rebound() {
    let mut s = state(UiLang::En, (120, 35), sample_articles());
    s.rt.keymap
        .rebind_name("help", &[qari::keys::KeyBinding::char('h')]);
    let status = rows(&render(&s)).last().unwrap().clone();
    assert!(status.contains("h help"), "{status}");
    type_keys(&mut s, "h");
    let screen = rows(&render(&s)).join("\n");
    assert!(screen.contains("h or Esc closes"), "{screen}");
}
