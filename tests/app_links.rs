//! The article's source and its links in the reader: the source line, `o`,
//! the numbers in the text (which leave the line's bidi alone), the link
//! list (`L`) and its keys, and clicks on the list and the source line.

mod app_support;

use app_support::*;
use qari::app::model::{MessageKind, Overlay};
use qari::app::{App, Effect, actions_for};
use qari::article::{Article, Block, Link};
use qari::document::{Doc, Extras, LineKind, Part};
use qari::i18n::UiLang;
use qari::layout::{Direction, LayoutOptions};
use ratatui::crossterm::event::{
    Event, KeyCode, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

const SOURCE: &str = "https://example.com/news/2023/09/11/korea-russia";
const LANKOV: &str = "https://example.com/people/andrei-lankov";
const KOOKMIN: &str = "https://www.example.ac.kr/";

fn link(block: usize, text: &str, words: &str, url: &str) -> Link {
    let start = text.find(words).expect("the words are in the text");
    Link {
        block,
        start,
        end: start + words.len(),
        url: url.into(),
    }
}

/// The sample articles, the Arabic one with a URL and two links in its
/// paragraph (block 1, after the heading).
fn articles() -> Vec<Article> {
    let mut articles = sample_articles();
    articles[0].url = Some(SOURCE.into());
    articles[0].links = vec![
        link(1, ARABIC_PARAGRAPH, "أندريه لانكوف", LANKOV),
        link(1, ARABIC_PARAGRAPH, "جامعة كوكمين", KOOKMIN),
    ];
    articles
}

fn reading(lang: UiLang) -> App {
    let mut app = state(lang, (100, 30), articles());
    press(&mut app, key(KeyCode::Enter));
    app
}

#[test]
fn o_opens_the_source_and_says_so_when_there_is_none() {
    let mut app = reading(UiLang::En);
    assert_eq!(type_keys(&mut app, "o"), Some(Effect::Open(SOURCE.into())));
    // From the list too: the selected article's source.
    press(&mut app, key(KeyCode::Esc));
    assert_eq!(type_keys(&mut app, "o"), Some(Effect::Open(SOURCE.into())));
    type_keys(&mut app, "j");
    assert_eq!(type_keys(&mut app, "o"), None);
    let (said, kind) = app.model.message.clone().expect("a message");
    assert_eq!(
        (said.as_str(), kind),
        ("This article has no URL", MessageKind::Info)
    );
}

#[test]
fn the_source_line_sits_under_the_byline() {
    let app = reading(UiLang::En);
    let doc = app.doc().expect("laid out");
    let kinds: Vec<LineKind> = (0..4).filter_map(|i| doc.kind(i)).collect();
    assert_eq!(
        kinds,
        [
            LineKind::Title,
            LineKind::Byline,
            LineKind::Source,
            LineKind::Blank
        ]
    );
    let screen = rows(&render(&app));
    assert!(
        screen
            .iter()
            .any(|r| r.contains(&format!("Source: {SOURCE}"))),
        "{screen:#?}"
    );
}

#[test]
fn the_list_opens_copies_and_shares_the_chosen_link() {
    for lang in UiLang::ALL {
        let mut app = reading(lang);
        type_keys(&mut app, "L");
        assert!(matches!(
            app.model.overlay,
            Overlay::Links { selected: 0, .. }
        ));
        // The source first, then the links in the order of the text.
        assert_eq!(
            press(&mut app, key(KeyCode::Enter)),
            Some(Effect::Open(SOURCE.into()))
        );
        type_keys(&mut app, "j");
        assert_eq!(type_keys(&mut app, "o"), Some(Effect::Open(LANKOV.into())));
        type_keys(&mut app, "j");
        assert_eq!(type_keys(&mut app, "c"), Some(Effect::Copy(KOOKMIN.into())));
        assert_eq!(type_keys(&mut app, "y"), Some(Effect::Copy(KOOKMIN.into())));
        type_keys(&mut app, "j");
        assert!(matches!(
            app.model.overlay,
            Overlay::Links { selected: 2, .. }
        ));
        type_keys(&mut app, "s");
        assert_eq!(app.model.overlay, Overlay::Share);
        let pane = app.model.share.pane.as_ref().expect("the share pane");
        assert_eq!(pane.share.url.as_deref(), Some(KOOKMIN));
        assert_eq!(pane.share.title, "جامعة كوكمين");
        press(&mut app, key(KeyCode::Esc));
        type_keys(&mut app, "L");
        press(&mut app, key(KeyCode::Esc));
        assert_eq!(app.model.overlay, Overlay::None);
    }
}

#[test]
fn the_list_is_there_for_an_article_with_a_url_and_no_links() {
    let mut list = articles();
    list[0].links.clear();
    let mut app = state(UiLang::En, (100, 30), list);
    press(&mut app, key(KeyCode::Enter));
    type_keys(&mut app, "L");
    assert!(matches!(app.model.overlay, Overlay::Links { .. }));
    let view = app.view().links.expect("the list is drawn");
    assert_eq!(view.rows.len(), 1);
    press(&mut app, key(KeyCode::Esc));
    // An article with neither: a word, no list.
    type_keys(&mut app, "]L");
    assert_eq!(app.model.overlay, Overlay::None);
    let (said, _) = app.model.message.clone().expect("a message");
    assert_eq!(said, "This article has no links and no URL");
}

fn click(app: &mut App, column: u16, row: u16) -> Option<Effect> {
    mouse(app, MouseEventKind::Down(MouseButton::Left), column, row)
}

fn mouse(app: &mut App, kind: MouseEventKind, column: u16, row: u16) -> Option<Effect> {
    let event = Event::Mouse(MouseEvent {
        kind,
        column,
        row,
        modifiers: KeyModifiers::NONE,
    });
    let mut effect = None;
    for action in actions_for(app, &event) {
        effect = app.update(action).or(effect);
    }
    effect
}

#[test]
fn a_click_on_a_row_of_the_list_opens_its_link() {
    for lang in UiLang::ALL {
        let mut app = reading(lang);
        type_keys(&mut app, "L");
        let view = app.view().links.expect("the list is drawn");
        let (row, _) = &view.rows[2];
        let (x, y) = (row.area.x + row.area.width / 2, row.area.y);
        assert_eq!(click(&mut app, x, y), Some(Effect::Open(KOOKMIN.into())));
        assert!(matches!(
            app.model.overlay,
            Overlay::Links { selected: 2, .. }
        ));
        // Below the rows: nothing.
        assert_eq!(click(&mut app, x, y + 1), None);
        // The wheel moves the choice.
        let wheel_up = MouseEventKind::ScrollUp;
        assert_eq!(mouse(&mut app, wheel_up, x, y), None);
        assert!(matches!(
            app.model.overlay,
            Overlay::Links { selected: 1, .. }
        ));
    }
}

/// The screen row of the open article's source line.
fn source_row(app: &App) -> u16 {
    let text = app.panes().reader_text().expect("a reading pane");
    let doc = app.doc().expect("laid out");
    let line = (app.scroll()..doc.len())
        .find(|&i| doc.kind(i) == Some(LineKind::Source))
        .expect("a source line on screen");
    text.y + (line - app.scroll()) as u16
}

#[test]
fn a_click_on_the_source_line_opens_the_source() {
    for lang in UiLang::ALL {
        let mut app = reading(lang);
        let text = app.panes().reader_text().expect("a reading pane");
        let row = source_row(&app);
        let x = text.x + text.width / 2;
        assert_eq!(click(&mut app, x, row), Some(Effect::Open(SOURCE.into())));
        // The byline above it opens nothing.
        assert_eq!(click(&mut app, x, row - 1), None);
    }
}

#[test]
fn the_wheel_still_scrolls_the_article() {
    let mut app = state(UiLang::En, (100, 30), articles());
    type_keys(&mut app, "j");
    press(&mut app, key(KeyCode::Enter));
    let text = app.panes().reader_text().expect("a reading pane");
    assert_eq!(app.scroll(), 0);
    mouse(&mut app, MouseEventKind::ScrollDown, text.x + 2, text.y + 2);
    assert_eq!(app.scroll(), 3);
    mouse(&mut app, MouseEventKind::ScrollUp, text.x + 2, text.y + 2);
    assert_eq!(app.scroll(), 0);
}

/// A paragraph laid out at a width that holds it on one line, with and
/// without its links' numbers.
fn one_line(text: &str, links: &[(&str, &str)], dir: Direction) -> (String, String) {
    let mut article = article("t", "T", &[text]);
    article.dir = dir;
    article.links = links
        .iter()
        .map(|(words, url)| link(0, text, words, url))
        .collect();
    let line = |extras: Extras| {
        let opts = LayoutOptions::default();
        let doc = Doc::build_until(&article, UiLang::En, dir, 200, opts, extras, &|| false)
            .expect("laid out");
        let lines: Vec<_> = doc.lines().filter(|l| l.part == Part::Block(0)).collect();
        assert_eq!(lines.len(), 1, "{text}");
        lines[0].line.text.clone()
    };
    let numbers = Extras {
        source: false,
        link_numbers: true,
    };
    (line(numbers), line(Extras::default()))
}

/// The visual text with the numbers `[n]` (and any isolate marks) taken out.
fn without_numbers(visual: &str, count: usize) -> String {
    let mut out: String = visual
        .chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect();
    for n in 1..=count {
        let number = format!("[{n}]");
        assert_eq!(out.matches(&number).count(), 1, "{number} once in {visual}");
        out = out.replace(&number, "");
    }
    out
}

/// A paragraph, its linked words with their targets, and its direction.
type Case<'a> = (&'a str, &'a [(&'a str, &'a str)], Direction);

#[test]
fn numbers_leave_the_rest_of_the_line_in_the_same_visual_order() {
    let cases: [Case; 6] = [
        (
            ARABIC_PARAGRAPH,
            &[("أندريه لانكوف", LANKOV), ("جامعة كوكمين", KOOKMIN)],
            Direction::Rtl,
        ),
        // A Latin name linked inside Arabic, and digits right after a link.
        (
            "قالت OPEC+ في بيانها إن الإنتاج 2024 سيرتفع 5%",
            &[("OPEC+", KOOKMIN), ("بيانها", LANKOV)],
            Direction::Rtl,
        ),
        (
            "ارتفع المؤشر 12% في عام 2023 وفق الهيئة",
            &[("المؤشر", LANKOV), ("2023", KOOKMIN)],
            Direction::Rtl,
        ),
        // Arabic words linked in English text, and a link at the end.
        (
            "The minister said «الأسعار سترتفع» on Monday in Riyadh",
            &[("الأسعار سترتفع", LANKOV), ("Riyadh", KOOKMIN)],
            Direction::Ltr,
        ),
        (
            "Prices rose by 5% says أوبك",
            &[("أوبك", LANKOV)],
            Direction::Ltr,
        ),
        (
            "وزير الطاقة (Energy Minister) قال ذلك",
            &[("Energy Minister", LANKOV)],
            Direction::Rtl,
        ),
    ];
    for (text, links, dir) in cases {
        let (with, without) = one_line(text, links, dir);
        assert_ne!(with, without, "numbered: {text}");
        assert_eq!(without_numbers(&with, links.len()), without, "{text}");
    }
}

#[test]
fn a_number_sits_right_after_its_link_words_on_screen() {
    let mut article = article("t", "T", &[ARABIC_PARAGRAPH]);
    article.dir = Direction::Rtl;
    article.links = vec![link(0, ARABIC_PARAGRAPH, "أندريه لانكوف", LANKOV)];
    let opts = LayoutOptions {
        shaping: qari::layout::Shaping::Off,
        ..LayoutOptions::default()
    };
    let dir = Direction::Rtl;
    let doc = Doc::build_until(
        &article,
        UiLang::Ar,
        dir,
        200,
        opts,
        Extras::READER,
        &|| false,
    )
    .expect("laid out");
    let line = doc
        .lines()
        .find(|l| l.part == Part::Block(0))
        .expect("a line");
    let visual: String = line
        .line
        .text
        .chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect();
    // Right to left, the linked words end at their left, where "[1]" is;
    // the comma after them in the text is next, on its left.
    let reversed: String = "أندريه لانكوف".chars().rev().collect();
    assert!(visual.contains(&format!("،[1]{reversed}")), "{visual}");
}

/// Search highlights and saved places read the cells of a line as offsets
/// into the block's own text: with numbers laid out among them, every cell
/// and every line's range still falls inside that text, in order.
#[test]
fn with_numbers_every_cell_is_an_offset_of_the_block_text() {
    let mut list = articles();
    let a = list.remove(0);
    let text = a.body[1].text().to_string();
    for width in [7, 20, 45, 200] {
        let doc = Doc::build_until(
            &a,
            UiLang::Ar,
            Direction::Rtl,
            width,
            LayoutOptions::default(),
            Extras::READER,
            &|| false,
        )
        .expect("laid out");
        let mut last_start = 0;
        for line in doc.lines().filter(|l| l.part == Part::Block(1)) {
            let source = &line.line.source;
            assert!(source.start <= source.end && source.end <= text.len());
            assert!(source.start >= last_start, "lines in order at {width}");
            last_start = source.start;
            assert!(line.line.cells.iter().all(|&c| c <= text.len()));
            assert!(text.is_char_boundary(source.start));
        }
        // The whole paragraph is found from its offsets.
        assert_eq!(
            doc.line_of(Part::Block(1), 0),
            doc.lines().position(|l| l.part == Part::Block(1))
        );
    }
}

#[test]
fn the_help_lists_the_link_keys() {
    let mut app = reading(UiLang::En);
    type_keys(&mut app, "?");
    let help = app.view().help.expect("the help");
    let words: Vec<String> = help
        .rows
        .iter()
        .map(|(_, what)| what.text.clone())
        .collect();
    for what in ["open the article's source in the browser", "copy the link"] {
        assert!(words.iter().any(|w| w.contains(what)), "{what}: {words:#?}");
    }
}

#[test]
fn a_long_list_scrolls_to_the_choice_and_clicks_follow_it() {
    let mut list = articles();
    let text = "كلمة ".repeat(40);
    list[2].body = vec![Block::Paragraph(text.clone())];
    list[2].links = (0..40)
        .map(|i| Link {
            block: 0,
            start: i * "كلمة ".len(),
            end: i * "كلمة ".len() + "كلمة".len(),
            url: format!("https://example.com/{}", i + 1),
        })
        .collect();
    let mut app = state(UiLang::En, (100, 16), list);
    type_keys(&mut app, "jj");
    press(&mut app, key(KeyCode::Enter));
    type_keys(&mut app, "L");
    for _ in 0..25 {
        type_keys(&mut app, "j");
    }
    let view = app.view().links.expect("the list is drawn");
    let chosen = view.selected.expect("the choice is shown");
    assert!(
        view.rows[chosen].0.line.text.contains("[26]"),
        "{:?}",
        view.rows[chosen].0
    );
    // The first row shown is a later link than the first; a click on it
    // opens that one.
    let (first, _) = &view.rows[0];
    let number: usize = first.line.text[1..first.line.text.find(']').unwrap()]
        .parse()
        .unwrap();
    assert!(number > 1, "{}", first.line.text);
    let effect = click(&mut app, first.area.x + 1, first.area.y);
    assert_eq!(
        effect,
        Some(Effect::Open(format!("https://example.com/{number}")))
    );
}

#[test]
fn the_list_closes_when_its_article_has_nothing_left_to_list() {
    let mut app = reading(UiLang::En);
    type_keys(&mut app, "L");
    app.model.library.articles[0].links.clear();
    app.model.library.articles[0].url = None;
    assert_eq!(app.view().links, None, "nothing drawn");
    assert_eq!(type_keys(&mut app, "j"), None);
    assert_eq!(app.model.overlay, Overlay::None);
}
