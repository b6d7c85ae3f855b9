//! Loading articles, against serde_json's own untyped parse of the same
//! bytes as the peer: what sanitizing, defaults and the typed model cost on
//! top of bare JSON parsing. Also the text importer on the seed, and Arabic
//! search over a long article.
//!
//!     cargo bench --bench library -- --warm-up-time 1 --measurement-time 3

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use qari::article::{json, scan, text_import};
use qari::search;

const SEED: &str = include_str!("../assets/000_8cd855bd8944e8de.txt");
const LONG: &str = include_str!("../assets/long-read.json");

/// A library-sized batch: the long sample repeated into a JSON array.
fn batch(n: usize) -> String {
    format!("[{}]", vec![LONG; n].join(","))
}

fn parsing(c: &mut Criterion) {
    let bytes = batch(50).into_bytes();
    let mut g = c.benchmark_group("json");
    g.throughput(Throughput::Bytes(bytes.len() as u64));
    g.bench_function("qari articles", |b| {
        b.iter(|| json::parse(black_box(&bytes), "batch", None).map(|v| v.len()))
    });
    g.bench_function("serde_json Value (peer)", |b| {
        b.iter(|| serde_json::from_slice::<serde_json::Value>(black_box(&bytes)).is_ok())
    });
    g.finish();

    let mut g = c.benchmark_group("text import");
    g.throughput(Throughput::Bytes(SEED.len() as u64));
    g.bench_function("seed", |b| {
        b.iter(|| text_import::import(black_box(SEED), "seed".into(), None).map(|a| a.body.len()))
    });
    g.finish();
}

fn loading(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temporary folder");
    for i in 0..500 {
        std::fs::write(dir.path().join(format!("{i:04}.json")), LONG).expect("write");
    }
    let mut files = Vec::new();
    let mut problems = Vec::new();
    scan::collect(dir.path(), &mut files, &mut problems);
    let mut g = c.benchmark_group("folder");
    g.sample_size(10);
    g.bench_function("500 files, parallel", |b| {
        b.iter(|| scan::load_files(black_box(&files)).0.len())
    });
    g.bench_function("500 files, one by one", |b| {
        b.iter(|| {
            files
                .iter()
                .filter_map(|f| scan::load_file(Path::new(f)).ok())
                .count()
        })
    });
    g.finish();
}

fn searching(c: &mut Criterion) {
    let text: String = batch(20);
    let mut g = c.benchmark_group("search");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("find_all folded", |b| {
        b.iter(|| search::find_all(black_box(&text), "الطباعه").len())
    });
    g.bench_function("Compact::new (the list filter's fold, once)", |b| {
        b.iter(|| search::Compact::new([black_box(text.as_str())]).len())
    });
    g.bench_function("fold", |b| b.iter(|| search::fold(black_box(&text)).len()));
    let compact = search::Compact::new([text.as_str()]);
    let query = search::CompactQuery::new("زلزال");
    g.bench_function("Compact::contains, no match (prepared)", |b| {
        b.iter(|| compact.contains(black_box(&query)))
    });
    let folded = search::Folded::new(&text);
    g.bench_function("Folded::find (prepared)", |b| {
        b.iter(|| folded.find(black_box("الطباعه")).len())
    });
    g.bench_function("str::matches exact (peer)", |b| {
        b.iter(|| black_box(&text).matches(black_box("الطباعة")).count())
    });
    g.finish();
}

criterion_group!(benches, parsing, loading, searching);
criterion_main!(benches);
