//! The reader's `S` on a library of 10,000 articles: a new order through
//! `article::order` (sort keys worked out once), the list filtered again
//! and the selection kept; against sorting 10,000 strings already folded
//! (the least a title order can cost), measured in the same run. Building
//! the sort keys (reading every date and folding every title and source
//! once, on the first sort) is measured on its own, and its two parts.
//!
//! Run: cargo bench --bench sort -- --warm-up-time 1 --measurement-time 3

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use qari::app::{Action, App};
use qari::article::order::{SortKeys, SortOrder, title_key};
use qari::article::{Article, Block, Library};
use qari::i18n::UiLang;
use qari::layout::{Direction, LayoutOptions};

const TITLES: [&str; 5] = [
    "وتقول الولايات المتحدة إن كوريا الشمالية ستدفع الثمن",
    "أسعار النفط ترتفع مع تراجع المخزون",
    "الإقتصاد العالمي يتباطأ",
    "بيروت تستعد للانتخابات البلدية",
    "مُباراة الدِّيربي تنتهي بالتعادل",
];
const SOURCES: [&str; 4] = ["الجزيرة", "الأهرام", "Reuters", "العربية"];

fn article(i: usize) -> Article {
    Article {
        id: format!("a{i}"),
        title: format!("{} {}", TITLES[i % TITLES.len()], i * 7919 % 10_007),
        author: None,
        source: Some(SOURCES[i % SOURCES.len()].into()),
        url: None,
        published: Some(format!(
            "20{:02}-{:02}-{:02}T08:00:00Z",
            10 + i % 15,
            1 + i % 12,
            1 + i % 28
        )),
        lang: Some("ar".into()),
        dir: Direction::Auto,
        tags: Vec::new(),
        reading_minutes: 2,
        body: vec![Block::Paragraph("فقرة.".into())],
        links: Vec::new(),
        path: None,
    }
}

fn sorting(c: &mut Criterion) {
    let articles: Vec<Article> = (0..10_000).map(article).collect();
    let mut group = c.benchmark_group("sorting 10,000 articles");
    group.bench_function(
        "qari: S five times (every order once), list and selection",
        |b| {
            let library = Library {
                articles: articles.clone(),
                problems: Vec::new(),
                is_sample: false,
            };
            let mut state = App::new(library, UiLang::Ar, LayoutOptions::default());
            state.update(Action::Resize {
                width: 120,
                height: 40,
            });
            state.update(Action::Down);
            b.iter(|| {
                for _ in 0..SortOrder::ALL.len() {
                    state.update(Action::CycleSort);
                }
                black_box(state.model.list.selected);
            })
        },
    );
    let folded: Vec<String> = articles.iter().map(|a| title_key(&a.title)).collect();
    group.bench_function("peer: sorting the folded titles five times", |b| {
        b.iter(|| {
            for _ in 0..SortOrder::ALL.len() {
                let mut titles: Vec<&String> = folded.iter().collect();
                titles.sort();
                black_box(titles.len());
            }
        })
    });
    group.sample_size(20);
    group.bench_function("the sort keys, once (dates, titles and sources)", |b| {
        b.iter(|| {
            let keys = SortKeys::new(&articles);
            for order in [SortOrder::Title, SortOrder::Source] {
                black_box(keys.sorted(&articles, order, |_| false).len());
            }
        })
    });
    group.bench_function("of which: the titles folded", |b| {
        b.iter(|| {
            let keys: Vec<String> = articles.iter().map(|a| title_key(&a.title)).collect();
            black_box(keys.len())
        })
    });
    group.bench_function("of which: the dates read", |b| {
        b.iter(|| {
            let when = articles
                .iter()
                .filter_map(qari::article::order::when)
                .count();
            black_box(when)
        })
    });
    group.finish();
}

criterion_group!(benches, sorting);
criterion_main!(benches);
