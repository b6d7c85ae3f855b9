//! The reader's drawing on ratatui's `TestBackend` with the hostile library,
//! down to a 0×0 terminal (which tmux cannot make): no panic, and no cell
//! holds a control or bidi control character, since ratatui writes cell
//! symbols to the terminal as they are.

use qari::app::{Action, App};
use qari::article::Library;
use qari::i18n::UiLang;
use qari::layout::LayoutOptions;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::fixtures::{deep, nasty_library, trojan_library};
use super::support::{Env, is_bidi_control};

fn hostile_library() -> Library {
    let env = Env::new();
    nasty_library(&env);
    trojan_library(&env);
    let deep = deep(400);
    env.article("deep.json", &deep, &format!("{deep}\n\n{deep}"));
    let marks = format!(
        "ب{} a{}",
        "\u{064E}".repeat(10_000),
        "\u{0301}".repeat(10_000)
    );
    env.article("marks.json", &marks, &marks);
    env.article("word.json", "كلمة", &"كلمة".repeat(20_000));
    let library = Library::load(Some(&env.library()), &[]);
    assert!(library.problems.is_empty(), "{:?}", library.problems);
    library
}

fn clean_frame(state: &App, width: u16, height: u16, what: &str) {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    terminal.draw(|f| state.draw(f)).expect("draw");
    for cell in terminal.backend().buffer().content() {
        let symbol = cell.symbol();
        assert!(
            !symbol.chars().any(|c| c.is_control() || is_bidi_control(c)),
            "{what} at {width}×{height}: cell {symbol:?}"
        );
    }
}

#[test]
fn every_pane_draws_clean_cells_from_zero_by_zero_up() {
    let library = hostile_library();
    let count = library.articles.len();
    for lang in [UiLang::En, UiLang::Ar] {
        for (width, height) in [(0, 0), (1, 1), (2, 1), (1, 3), (7, 2), (40, 12), (120, 30)] {
            let mut state = App::new(library.clone(), lang, LayoutOptions::default());
            state.update(Action::Resize { width, height });
            clean_frame(&state, width, height, "list");
            for i in 0..count {
                state.update(Action::Open);
                clean_frame(&state, width, height, &format!("article {i}"));
                state.update(Action::Bottom);
                clean_frame(&state, width, height, &format!("end of article {i}"));
                state.update(Action::Back);
                state.update(Action::Down);
            }
            state.update(Action::Help);
            clean_frame(&state, width, height, "help");
        }
    }
}
