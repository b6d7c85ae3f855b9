//! A burst of resizes over an article of one huge paragraph: the terminal's
//! buffer has the size of the latest resize while the reader may still be
//! drawing for an earlier one (events queue up behind a long layout).
//! Drawing never indexes outside the buffer, whatever the order.

use qari::app::{Action, App};
use qari::article::{Article, Block, Library};
use qari::i18n::UiLang;
use qari::layout::LayoutOptions;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// 2.5 million characters in one paragraph (a tenth of that in a debug
/// build, where laying it out takes minutes; CI runs the release build).
fn paragraph() -> String {
    let chars = if cfg!(debug_assertions) {
        250_000
    } else {
        2_500_000
    };
    let word = "قالت الوكالة في 2024 ";
    word.repeat(chars / word.chars().count())
}

/// A small generator, so the storm is the same on every run.
fn next(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

#[test]
fn a_storm_of_resizes_with_a_huge_paragraph_never_draws_outside_the_buffer() {
    let mut article = Library::sample().articles[0].clone();
    article.body = vec![Block::Paragraph(paragraph())];
    article.title = "عنوان".into();
    let library = Library {
        articles: vec![article.clone(), article],
        problems: Vec::new(),
        is_sample: false,
    };
    let _: &Article = &library.articles[0];
    let mut state = App::new(library, UiLang::Ar, LayoutOptions::default());
    state.update(Action::Resize {
        width: 80,
        height: 24,
    });
    state.update(Action::Open);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    // Two widths (each is one layout of the paragraph, both kept), any
    // heights: a buffer shorter or narrower than the frame the reader
    // drew for is what indexed outside it.
    let widths = [33u16, 80];
    let mut seed = 0x9e37_79b9_7f4a_7c15;
    for turn in 0..400 {
        let pick = |seed: &mut u64, n: u64| (next(seed) % n) as u16;
        let backend = (widths[pick(&mut seed, 2) as usize], pick(&mut seed, 60));
        let event = (widths[pick(&mut seed, 2) as usize], pick(&mut seed, 60));
        // The terminal is already at one size; the reader has seen another.
        terminal.backend_mut().resize(backend.0, backend.1);
        state.update(Action::Resize {
            width: event.0,
            height: event.1,
        });
        if turn % 3 == 0 {
            state.update(Action::Bottom);
        }
        if turn % 5 == 0 {
            state.update(Action::Top);
        }
        terminal
            .draw(|f| state.draw(f))
            .unwrap_or_else(|e| panic!("turn {turn}: {e}"));
    }
}
