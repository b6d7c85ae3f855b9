//! The reader's memory on a 60 MB article: the process's resident size
//! (and its peak) against the article's size, after opening it, after each
//! display toggle (`t d d r J`), after a burst of resizes and after a find
//! (which folds the article once); and what the layout cache and the folded
//! article hold. Not a criterion bench: it prints the figures.
//!
//! Run: cargo bench --bench memory

use qari::app::{Action, App};
use qari::article::{Block, Library};
use qari::i18n::UiLang;
use qari::layout::LayoutOptions;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const PARAGRAPH: &str = "وقال أندريه لانكوف، خبير شؤون كوريا الشمالية في جامعة كوكمين في سيول، \
إنه من المرجح أن يرغب كيم في التأكيد على الشعور بالدعم الروسي، وقد يسعى إلى إبرام صفقات \
بشأن مبيعات الأسلحة والمساعدات وإرسال العمال إلى روسيا في عام 2023.";

const MB: f64 = 1024.0 * 1024.0;

/// `VmRSS` and `VmHWM` (the peak) of this process, in bytes.
fn resident() -> (f64, f64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
            .map_or(0.0, |kb| kb * 1024.0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

fn main() {
    let (before, _) = resident();
    let mut article = Library::sample().articles[0].clone();
    let mut size = 0;
    article.body.clear();
    while size < 60 << 20 {
        article.body.push(Block::Paragraph(PARAGRAPH.to_string()));
        size += PARAGRAPH.len();
    }
    let library = Library {
        articles: vec![article],
        problems: Vec::new(),
        is_sample: false,
    };
    let mut state = App::new(library, UiLang::Ar, LayoutOptions::default());
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    let mut step = |state: &mut App, actions: &[Action], what: &str| {
        for action in actions {
            state.update(*action);
        }
        terminal.draw(|f| state.draw(f)).expect("draw");
        let (now, peak) = resident();
        println!(
            "{what:<28} resident {:>6.0} MB = {:>4.2}× the article; peak {:>6.0} MB = {:>4.2}×; layouts kept {:>5.0} MB; folded for find {:>4.0} MB",
            (now - before) / MB,
            (now - before) / size as f64,
            (peak - before) / MB,
            (peak - before) / size as f64,
            state.rt.cache.bytes() as f64 / MB,
            state.rt.cache.folded_bytes() as f64 / MB,
        );
    };
    println!("article: {:.0} MB of text", size as f64 / MB);
    let resize = |width, height| Action::Resize { width, height };
    step(&mut state, &[resize(120, 40)], "loaded");
    step(&mut state, &[Action::Open], "opened");
    step(&mut state, &[Action::Bottom], "at its end");
    for (action, name) in [
        (Action::ToggleTashkeel, "t"),
        (Action::CycleDigits, "d"),
        (Action::CycleDigits, "d"),
        (Action::ToggleShaping, "r"),
        (Action::ToggleJustify, "J"),
    ] {
        step(&mut state, &[action], &format!("toggle {name}"));
    }
    for (i, width) in [80u16, 200, 100, 60, 120].into_iter().enumerate() {
        step(
            &mut state,
            &[resize(width, 40)],
            &format!("resize {i} to {width}"),
        );
    }
    let find = [
        Action::Search,
        Action::Input('ف'),
        Action::Input('ي'),
        Action::Submit,
    ];
    step(&mut state, &find, "find في");
}
