//! The reader's frame times on ratatui's TestBackend:
//! - first frame on a library of 10,000 articles, against ratatui's own
//!   `List` widget drawing the same 10,000 titles (no bidi, no shaping);
//! - a keypress on a 100,000-character article (scroll one line and redraw),
//!   against the same keypress laying the article out again, as a reader
//!   without a layout cache would.
//!
//! - a list search over 10,000 articles (about 110 MB of text): one key on
//!   the search line (the list filters as it is typed), against a plain
//!   `str::contains` over the same text without Arabic folding, and against
//!   folding every article again on each search; and the first key, which
//!   folds the library once.
//!
//! - finding `في` in a 5 MB one-paragraph article read at its end in a
//!   20-column pane: `/`, the two letters and Enter, then the frame, with
//!   the article folded on its first search and kept; against `memmem`
//!   over the raw text (no folding: the least any find can do), and
//!   against `search::find_all`, which folds as it scans (how the reader
//!   found before). Folding the article once is measured on its own. Each
//!   match is placed on its line by a binary search.
//!
//! Run: cargo bench --bench app -- --warm-up-time 1 --measurement-time 3

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use qari::app::{Action, App};
use qari::article::{Article, Block, Library};
use qari::i18n::UiLang;
use qari::layout::{Direction, LayoutOptions};
use qari::search::FoldedTexts;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::widgets::{List, ListItem};

const PARAGRAPH: &str = "وقال أندريه لانكوف، خبير شؤون كوريا الشمالية في جامعة كوكمين في سيول، \
إنه من المرجح أن يرغب كيم في التأكيد على الشعور بالدعم الروسي، وقد يسعى إلى إبرام صفقات \
بشأن مبيعات الأسلحة والمساعدات وإرسال العمال إلى روسيا في عام 2023.";

fn article(i: usize, chars: usize) -> Article {
    let per = PARAGRAPH.chars().count() + 1;
    let body = (0..chars.div_ceil(per))
        .map(|_| Block::Paragraph(PARAGRAPH.to_string()))
        .collect();
    Article {
        id: format!("a{i}"),
        title: format!("وتقول الولايات المتحدة إن كوريا الشمالية ستدفع ثمن الأسلحة {i}"),
        author: Some("فريق التحرير".into()),
        source: Some("qari".into()),
        url: None,
        published: Some("2023-09-11T08:00:00Z".into()),
        lang: Some("ar".into()),
        dir: Direction::Auto,
        tags: Vec::new(),
        reading_minutes: 2,
        body,
        links: Vec::new(),
        path: None,
    }
}

fn library(articles: Vec<Article>) -> Library {
    Library {
        articles,
        problems: Vec::new(),
        is_sample: false,
    }
}

const SIZE: (u16, u16) = (120, 40);

fn first_frame(c: &mut Criterion) {
    let articles: Vec<Article> = (0..10_000).map(|i| article(i, 600)).collect();
    let mut group = c.benchmark_group("first frame, 10,000 articles");
    group.bench_function("qari", |b| {
        b.iter_batched(
            || library(articles.clone()),
            |library| {
                let mut state = App::new(library, UiLang::Ar, LayoutOptions::default());
                state.update(Action::Resize {
                    width: SIZE.0,
                    height: SIZE.1,
                });
                let mut terminal = Terminal::new(TestBackend::new(SIZE.0, SIZE.1)).unwrap();
                terminal.draw(|f| state.draw(f)).unwrap();
                black_box(terminal.backend().buffer().area);
            },
            criterion::BatchSize::LargeInput,
        )
    });
    group.bench_function("ratatui List of the titles", |b| {
        b.iter_batched(
            || library(articles.clone()),
            |library| {
                let items: Vec<ListItem> = library
                    .articles
                    .iter()
                    .map(|a| ListItem::new(a.title.as_str()))
                    .collect();
                let mut terminal = Terminal::new(TestBackend::new(SIZE.0, SIZE.1)).unwrap();
                terminal
                    .draw(|f| f.render_widget(List::new(items), f.area()))
                    .unwrap();
                black_box(terminal.backend().buffer().area);
            },
            criterion::BatchSize::LargeInput,
        )
    });
    group.finish();
}

fn keypress(c: &mut Criterion) {
    let long = article(0, 100_000);
    let mut state = App::new(library(vec![long]), UiLang::Ar, LayoutOptions::default());
    state.update(Action::Resize {
        width: SIZE.0,
        height: SIZE.1,
    });
    state.update(Action::Open);
    let mut terminal = Terminal::new(TestBackend::new(SIZE.0, SIZE.1)).unwrap();
    let mut group = c.benchmark_group("keypress on a 100,000-character article");
    let mut down = true;
    group.bench_function("qari (cached layout)", |b| {
        b.iter(|| {
            // Alternate so every press moves and every frame differs.
            state.update(if down { Action::Down } else { Action::Up });
            down = !down;
            terminal.draw(|f| state.draw(f)).unwrap();
        })
    });
    group.bench_function("laying the article out again", |b| {
        b.iter(|| {
            state.rt.cache.clear();
            state.update(if down { Action::Down } else { Action::Up });
            down = !down;
            terminal.draw(|f| state.draw(f)).unwrap();
        })
    });
    group.finish();
}

fn list_search(c: &mut Criterion) {
    let articles: Vec<Article> = (0..10_000).map(|i| article(i, 6_000)).collect();
    let mut state = App::new(library(articles), UiLang::Ar, LayoutOptions::default());
    state.update(Action::Resize {
        width: SIZE.0,
        height: SIZE.1,
    });
    let mut group =
        c.benchmark_group("list search for a word in none of 10,000 articles of 6,000 characters");
    group.sample_size(10);
    group.bench_function("first key: folding the library once", |b| {
        b.iter(|| {
            state.rt.clear_list_index();
            state.update(Action::Search);
            state.update(Action::Input('ز'));
            black_box(state.model.list.visible.len());
            state.update(Action::Back);
        })
    });
    state.update(Action::Search);
    for ch in "زلزا".chars() {
        state.update(Action::Input(ch));
    }
    let mut add = true;
    group.bench_function(
        "qari, a key on the search line (folded: harakat, alef forms, digits)",
        |b| {
            b.iter(|| {
                // Each key filters the whole list again: «زلزال», then «زلزا».
                state.update(if add {
                    Action::Input('ل')
                } else {
                    Action::DeleteChar
                });
                add = !add;
                black_box(state.model.list.visible.len());
            })
        },
    );
    group.bench_function("plain str::contains, no folding", |b| {
        b.iter(|| {
            let found = state
                .model
                .library
                .articles
                .iter()
                .filter(|a| {
                    a.title.contains("زلزال") || a.body.iter().any(|p| p.text().contains("زلزال"))
                })
                .count();
            black_box(found);
        })
    });
    group.bench_function("folding every article on each search (before)", |b| {
        b.iter(|| {
            let found = state
                .model
                .library
                .articles
                .iter()
                .filter(|a| {
                    qari::search::contains(&a.title, "زلزال")
                        || a.body
                            .iter()
                            .any(|p| qari::search::contains(p.text(), "زلزال"))
                })
                .count();
            black_box(found);
        })
    });
    group.finish();
}

/// A terminal whose reading pane is 20 columns wide.
fn narrow_terminal(state: &App) -> (u16, u16) {
    (20..200)
        .map(|w| (w, 40))
        .find(|&size| {
            qari::app::geometry::panes(size, state.model.mirrored(), qari::app::model::Pane::Reader)
                .reader_text_width()
                == Some(20)
        })
        .expect("a width with a 20-column reading pane")
}

fn find_in_article(c: &mut Criterion) {
    let mut text = String::new();
    while text.len() < 5_000_000 {
        text.push_str(PARAGRAPH);
        text.push(' ');
    }
    let mut long = article(0, 0);
    long.body = vec![Block::Paragraph(text.clone())];
    let mut state = App::new(library(vec![long]), UiLang::Ar, LayoutOptions::default());
    state.update(Action::Resize {
        width: 120,
        height: 40,
    });
    state.update(Action::Open);
    let (width, height) = narrow_terminal(&state);
    state.update(Action::Resize { width, height });
    state.update(Action::Bottom);
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| state.draw(f)).unwrap();
    let mut group = c.benchmark_group("find in a 5 MB paragraph, 20-column pane");
    group.sample_size(10);
    let find = [
        Action::Bottom,
        Action::Search,
        Action::Input('ف'),
        Action::Input('ي'),
        Action::Submit,
    ];
    group.bench_function("qari: / في Enter and the frame", |b| {
        b.iter(|| {
            for action in find {
                state.update(action);
            }
            terminal.draw(|f| state.draw(f)).unwrap();
        })
    });
    group.bench_function("qari: folding the article (first search only)", |b| {
        b.iter(|| black_box(FoldedTexts::new([text.as_str()]).bytes()))
    });
    group.bench_function("memchr::memmem over the raw text, no folding", |b| {
        let finder = memchr::memmem::Finder::new("في");
        b.iter(|| black_box(finder.find_iter(black_box(text.as_bytes())).count()))
    });
    group.bench_function("search::find_all, folding as it scans (before)", |b| {
        b.iter(|| black_box(qari::search::find_all(black_box(&text), "في")).len())
    });
    group.finish();
    let matches = qari::search::find_all(&text, "في").len();
    let lines = state.doc().map_or(0, |d| d.len());
    println!(
        "find: {matches} matches on {lines} lines of {width} columns; \
         the folded article takes {:.1} MB for {:.1} MB of text",
        state.rt.cache.folded_bytes() as f64 / 1e6,
        text.len() as f64 / 1e6
    );
}

criterion_group!(benches, first_frame, keypress, list_search, find_in_article);
criterion_main!(benches);
