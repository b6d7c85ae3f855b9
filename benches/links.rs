//! What numbering an article's links costs its layout: a 100,000-character
//! Arabic article with a link every dozen words or so, laid out for an
//! 80-column pane with the link numbers (and the source line) the reader
//! shows, against the same article laid out without them (as `qari show`
//! lays it out). The layout's size with and without is printed once.
//!
//! Run: cargo bench --bench links -- --warm-up-time 1 --measurement-time 3

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use qari::article::{Article, Block, Link};
use qari::document::{Doc, Extras};
use qari::i18n::UiLang;
use qari::layout::{Direction, LayoutOptions};

const PARAGRAPH: &str = "وقال أندريه لانكوف، خبير شؤون كوريا الشمالية في جامعة كوكمين في سيول، \
إنه من المرجح أن يرغب كيم في التأكيد على الشعور بالدعم الروسي، وقد يسعى إلى إبرام صفقات \
بشأن مبيعات الأسلحة والمساعدات وإرسال العمال إلى روسيا في عام 2023.";

/// About 100,000 characters in paragraphs of `PARAGRAPH`, each with three
/// links (about one a dozen words).
fn article() -> Article {
    let per = PARAGRAPH.chars().count();
    let count = 100_000 / per;
    let body: Vec<Block> = (0..count)
        .map(|_| Block::Paragraph(PARAGRAPH.to_string()))
        .collect();
    let words = ["أندريه لانكوف", "جامعة كوكمين", "مبيعات الأسلحة"];
    let links = (0..count)
        .flat_map(|block| {
            words.iter().enumerate().map(move |(i, w)| {
                let start = PARAGRAPH.find(w).expect("in the paragraph");
                Link {
                    block,
                    start,
                    end: start + w.len(),
                    url: format!("https://example.com/{block}/{i}"),
                }
            })
        })
        .collect();
    Article {
        id: "links".into(),
        title: "مقالة بروابط كثيرة".into(),
        author: None,
        source: None,
        url: Some("https://example.com/news/2023/09/11/korea-russia".into()),
        published: None,
        lang: Some("ar".into()),
        dir: Direction::Rtl,
        tags: Vec::new(),
        reading_minutes: 60,
        body,
        links,
        path: None,
    }
}

fn lay_out(a: &Article, extras: Extras) -> Doc {
    let opts = LayoutOptions::default();
    Doc::build_until(a, UiLang::Ar, Direction::Rtl, 78, opts, extras, &|| false).expect("laid out")
}

fn numbering(c: &mut Criterion) {
    let a = article();
    let (with, without) = (lay_out(&a, Extras::READER), lay_out(&a, Extras::default()));
    eprintln!(
        "{} links; layout: {} lines, {} bytes with numbers; {} lines, {} bytes without",
        a.links.len(),
        with.len(),
        with.bytes(),
        without.len(),
        without.bytes()
    );
    let mut group = c.benchmark_group("laying out 100,000 characters with 3 links a paragraph");
    group.sample_size(20);
    group.bench_function("qari reader: link numbers and the source line", |b| {
        b.iter(|| black_box(lay_out(black_box(&a), Extras::READER)))
    });
    group.bench_function("the same article without them (qari show)", |b| {
        b.iter(|| black_box(lay_out(black_box(&a), Extras::default())))
    });
    group.finish();
}

criterion_group!(benches, numbering);
criterion_main!(benches);
