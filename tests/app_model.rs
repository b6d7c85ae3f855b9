//! The model keeps what the user did; everything on screen is derived from
//! it. The reading position is a place in the text (a part and a byte
//! offset), so laying the article out again for a new size or new display
//! options keeps the same text at the top without touching the model.

mod app_support;

use app_support::*;
use qari::app::App;
use qari::app::cache::Part;
use qari::app::model::ReadingPosition;
use qari::i18n::UiLang;
use ratatui::crossterm::event::KeyCode;

/// An Arabic article with harakat and digits, long enough to scroll
/// through at every size tried.
fn arabic_long() -> qari::article::Article {
    let paragraphs: Vec<String> = (1..=30)
        .map(|i| format!("{ARABIC_PARAGRAPH} وَقَالَ الْوَزِيرُ إِنَّ الْأَسْعَارَ سَتَرْتَفِعُ {i}٪ فِي عَامِ 2024."))
        .collect();
    let refs: Vec<&str> = paragraphs.iter().map(String::as_str).collect();
    article("ar-long", ARABIC_TITLE, &refs)
}

/// The laid-out line at the top of the pane that has text, as the model's
/// top names it: its part and whether its bytes hold the top's offset.
fn top_line_holds(s: &App, top: ReadingPosition) -> bool {
    let doc = s.doc().expect("laid out");
    let line = doc.line(s.scroll() + top.below_top).expect("a line");
    let source = &line.line.source;
    line.part == top.part
        && source.start <= top.offset
        && top.offset < source.end.max(source.start + 1)
}

fn opened(size: (u16, u16)) -> App {
    let mut s = state(UiLang::Ar, size, vec![arabic_long()]);
    press(&mut s, key(KeyCode::Enter));
    s
}

#[test]
fn a_resize_or_a_toggle_keeps_the_same_text_at_the_top() {
    let mut s = opened((80, 24));
    // Down into the article, to a line that starts inside a paragraph.
    type_keys(&mut s, &"j".repeat(20));
    while s.model.reader.top.offset == 0 && s.scroll() < 40 {
        type_keys(&mut s, "j");
    }
    let top = s.model.reader.top;
    assert!(matches!(top.part, Part::Block(_)), "{top:?}");
    assert!(top.offset > 0, "a line inside its paragraph: {top:?}");
    let (scroll, screen) = (s.scroll(), rows(&render(&s)));
    for size in [(60, 20), (120, 35), (45, 40), (100, 24), (80, 24)] {
        s.update(qari::app::Action::Resize {
            width: size.0,
            height: size.1,
        });
        assert_eq!(
            s.model.reader.top, top,
            "the model is untouched at {size:?}"
        );
        assert!(top_line_holds(&s, top), "same text at the top at {size:?}");
    }
    // Tashkeel, digits (three states), shaping and kashida, on and back.
    for keys in ["t", "d", "d", "r", "J", "t", "d", "r", "J"] {
        type_keys(&mut s, keys);
        assert_eq!(s.model.reader.top, top, "the model is untouched by {keys}");
        assert!(top_line_holds(&s, top), "same text at the top after {keys}");
    }
    assert_eq!(s.scroll(), scroll, "the same line as before any change");
    // The same screen, but for the status line saying what the last key did.
    let now = rows(&render(&s));
    let body = screen.len() - 1;
    assert_eq!(now[..body], screen[..body], "and the same screen");
}

#[test]
fn scrolling_moves_the_place_in_the_text() {
    let mut s = opened((80, 24));
    assert_eq!(s.model.reader.top, ReadingPosition::START);
    type_keys(&mut s, "jjj");
    let after = s.model.reader.top;
    assert_ne!(after, ReadingPosition::START);
    assert_eq!(s.scroll(), 3);
    assert!(top_line_holds(&s, after));
    type_keys(&mut s, "kkk");
    assert_eq!(s.scroll(), 0);
    assert_eq!(s.reading_position().map(|p| p.part), Some(Part::Title));
}

/// At the end of the article on a narrow screen, a wider one shows its last
/// page (the top's text is on it), and narrowing again brings back exactly
/// the page that was read: the top never drifts to fit a layout.
#[test]
fn the_end_of_a_narrow_layout_survives_a_wider_one() {
    let mut s = opened((60, 20));
    type_keys(&mut s, "G");
    let (top, scroll) = (s.model.reader.top, s.scroll());
    assert_eq!(scroll, s.max_scroll());
    s.update(qari::app::Action::Resize {
        width: 160,
        height: 40,
    });
    assert_eq!(s.scroll(), s.max_scroll(), "the last page");
    assert_eq!(s.model.reader.top, top);
    s.update(qari::app::Action::Resize {
        width: 60,
        height: 20,
    });
    assert_eq!((s.model.reader.top, s.scroll()), (top, scroll));
}

/// `view` derives the frame from the model alone: the same model gives the
/// same view twice, and the same view again from empty caches, and the
/// frame drawn from it is the frame the reader draws.
fn assert_view_of_model_only(s: &App) {
    let warm = s.view();
    assert_eq!(warm, s.view(), "twice at {:?}", s.model.size);
    let cold = qari::app::view::view(&s.model, &qari::app::Runtime::default());
    assert_eq!(warm, cold, "cold caches at {:?}", s.model.size);
    let drawn = render(s);
    let mut buf = ratatui::buffer::Buffer::empty(drawn.area);
    qari::app::ui::render(&cold, &s.rt.theme, &mut buf);
    assert_eq!(buf, drawn, "the frame is the view's");
}

/// The reader in the states a frame can show: the list, an article
/// scrolled with search matches, the paragraph cursor, the share pane, the
/// help and the search line, in both languages and at three sizes.
#[test]
fn the_view_depends_on_the_model_only() {
    for lang in [UiLang::Ar, UiLang::En] {
        for size in [(120, 35), (80, 24), (60, 20)] {
            let mut s = state(lang, size, vec![arabic_long(), long_article("en", 30)]);
            assert_view_of_model_only(&s);
            press(&mut s, key(KeyCode::Enter));
            type_keys(&mut s, "/الوزير");
            press(&mut s, key(KeyCode::Enter));
            type_keys(&mut s, "jjn");
            assert!(s.model.reader.current.is_some(), "a match to highlight");
            assert_view_of_model_only(&s);
            type_keys(&mut s, "v");
            assert!(s.model.share.cursor.is_some());
            assert_view_of_model_only(&s);
            type_keys(&mut s, "s");
            assert!(s.view().share.is_some());
            assert_view_of_model_only(&s);
            press(&mut s, key(KeyCode::Esc));
            type_keys(&mut s, "?");
            assert!(s.view().help.is_some());
            assert_view_of_model_only(&s);
            press(&mut s, key(KeyCode::Esc));
            type_keys(&mut s, "/زلز");
            assert_view_of_model_only(&s);
        }
    }
}
