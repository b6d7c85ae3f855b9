//! Every pane and overlay of the reader, in both interface languages, at
//! 120×35, 80×24 and 60×20, kept as insta snapshots (tests/snapshots/): a
//! change in what the reader draws shows up as a reviewable diff.

mod app_support;

use app_support::*;
use qari::i18n::UiLang;
use ratatui::crossterm::event::KeyCode;

const SIZES: [(u16, u16); 3] = [(120, 35), (80, 24), (60, 20)];

fn screen(s: &qari::app::App) -> String {
    rows(&render(s))
        .iter()
        .map(|r| r.trim_end())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The sample articles, the first with a link (for the share pane), a
/// date and a quotation by someone other than its author.
fn articles() -> Vec<qari::article::Article> {
    let mut articles = sample_articles();
    articles[0].url = Some("https://example.com/ar-1".into());
    articles[0].body.push(qari::article::Block::Quote {
        text: "لن نسمح بانهيار الأسعار، وسنواصل التنسيق مع الشركاء.".into(),
        by: Some("وزير الطاقة".into()),
    });
    // Two links in the paragraph, numbered [1] and [2] in the text.
    let link = |words: &str, url: &str| {
        let start = ARABIC_PARAGRAPH.find(words).unwrap();
        qari::article::Link {
            block: 1,
            start,
            end: start + words.len(),
            url: url.into(),
        }
    };
    articles[0].links = vec![
        link("أندريه لانكوف", "https://example.com/people/andrei-lankov"),
        link(
            "جامعة كوكمين",
            "https://www.example.ac.kr/news/2023/09/11/north-korea-russia-defence-cooperation-analysis",
        ),
    ];
    articles
}

/// The screen, then a row with `^` under the terminal cursor's cell and
/// where it is, when it shows.
fn screen_with_cursor(s: &qari::app::App) -> String {
    let (width, height) = s.model.size;
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(width, height))
        .expect("test backend");
    terminal.draw(|frame| s.draw(frame)).expect("draw");
    let backend = terminal.backend();
    let at = backend.cursor_position();
    let marker = match backend.cursor_visible() {
        true => format!(
            "{}^ cursor at column {}, row {}",
            " ".repeat(at.x.into()),
            at.x,
            at.y
        ),
        false => "no cursor".to_string(),
    };
    format!("{}\n{marker}", screen(s))
}

/// Snapshots the screen `keys` lead to, in each language and size.
fn each(name: &str, keys: impl Fn(&mut qari::app::App)) {
    each_drawn(name, screen, keys);
}

fn each_drawn(
    name: &str,
    screen: fn(&qari::app::App) -> String,
    keys: impl Fn(&mut qari::app::App),
) {
    for lang in [UiLang::Ar, UiLang::En] {
        for size in SIZES {
            let mut s = state(lang, size, articles());
            keys(&mut s);
            let code = match lang {
                UiLang::Ar => "ar",
                UiLang::En => "en",
            };
            let snapshot = format!("{name}_{code}_{}x{}", size.0, size.1);
            insta::assert_snapshot!(snapshot, screen(&s));
        }
    }
}

#[test]
fn list() {
    each("list", |_| {});
}

#[test]
fn reading() {
    each("reading", |s| {
        press(s, key(KeyCode::Enter));
    });
}

#[test]
fn help() {
    each("help", |s| {
        type_keys(s, "?");
    });
}

#[test]
fn search_line() {
    each("search", |s| {
        press(s, key(KeyCode::Enter));
        type_keys(s, "/كوريا");
    });
}

/// The search line with its cursor: on the letter after the caret, here
/// between كو and ريا of an Arabic query (→ moved it towards the start).
#[test]
fn search_line_cursor() {
    each_drawn("search_cursor", screen_with_cursor, |s| {
        type_keys(s, "/كوريا");
        for _ in 0..3 {
            press(s, key(KeyCode::Right));
        }
    });
}

/// The one-key question before `D` archives the selected article.
#[test]
fn archive_question() {
    each("confirm_archive", |s| {
        s.model.library.articles[0].path = Some("/library/ar-1.json".into());
        s.model.shelves = Some(qari::app::archiving::Shelves {
            library: "/library".into(),
            archive: "/archive".into(),
            showing: qari::app::archiving::Shelf::Library,
        });
        type_keys(s, "D");
    });
}

/// `A` asks first too.
#[test]
fn mark_all_read_question() {
    each("confirm_all_read", |s| {
        type_keys(s, "A");
    });
}

#[test]
fn paragraph_cursor() {
    each("cursor", |s| {
        press(s, key(KeyCode::Enter));
        type_keys(s, "vj");
    });
}

#[test]
fn share_pane() {
    each("share", |s| {
        press(s, key(KeyCode::Enter));
        type_keys(s, "s");
    });
}

#[test]
fn share_pane_json() {
    each("share_json", |s| {
        press(s, key(KeyCode::Enter));
        type_keys(s, "vjsff");
    });
}

#[test]
fn link_list() {
    each("links", |s| {
        press(s, key(KeyCode::Enter));
        type_keys(s, "Lj");
    });
}

#[test]
fn share_qr() {
    each("share_qr", |s| {
        press(s, key(KeyCode::Enter));
        type_keys(s, "s8");
    });
}
