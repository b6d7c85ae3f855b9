//! The layout engine alone: throughput on the seed article at common widths,
//! and the cost of one paragraph from 10 to 100,000 characters, which
//! should grow linearly (no per-line re-analysis of the paragraph).
//!
//! cargo bench --bench layout -- --warm-up-time 1 --measurement-time 3

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use qari::layout::{Buffers, LayoutOptions, layout_paragraph, render_paragraph_in};

const SEED: &str = include_str!("../tests/data/seed_article.txt");
const MIXED: &str = include_str!("../tests/data/mixed_news.txt");

fn throughput(c: &mut Criterion) {
    let opts = LayoutOptions::default();
    let text = format!("{SEED}\n{MIXED}");
    let mut group = c.benchmark_group("article");
    group.throughput(Throughput::Bytes(text.len() as u64));
    for width in [40, 80, 120] {
        group.bench_with_input(
            BenchmarkId::new("layout_paragraph", width),
            &width,
            |b, &w| {
                b.iter(|| {
                    text.split('\n')
                        .map(|p| layout_paragraph(black_box(p), w, &opts).len())
                        .sum::<usize>()
                })
            },
        );
    }
    // As `qari render` does it: buffers kept from paragraph to paragraph.
    group.bench_function("render_paragraph_in/80", |b| {
        let mut out = String::new();
        let mut buffers = Buffers::default();
        b.iter(|| {
            out.clear();
            for p in text.split('\n') {
                render_paragraph_in(black_box(p), 80, &opts, &mut out, &mut buffers);
            }
            out.len()
        })
    });
    group.finish();
}

fn paragraph_length(c: &mut Criterion) {
    let opts = LayoutOptions::default();
    let all = format!("{SEED} {MIXED}");
    let words: Vec<&str> = all.split_whitespace().collect();
    let mut group = c.benchmark_group("paragraph_chars");
    for chars in [10, 100, 1_000, 10_000, 100_000] {
        let mut para = String::new();
        let mut k = 0;
        while para.chars().count() < chars {
            if !para.is_empty() {
                para.push(' ');
            }
            para.push_str(words[k % words.len()]);
            k += 1;
        }
        let para: String = para.chars().take(chars).collect();
        group.throughput(Throughput::Elements(chars as u64));
        group.bench_with_input(BenchmarkId::from_parameter(chars), &para, |b, p| {
            b.iter(|| layout_paragraph(black_box(p), 80, &opts).len())
        });
    }
    group.finish();
}

criterion_group!(benches, throughput, paragraph_length);
criterion_main!(benches);
