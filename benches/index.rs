//! Loading the library index of 100,000 articles: qari's binary form
//! (checked with its CRC-32, then decoded), against serde_json reading the
//! same entries written as JSON lines, the other form considered. Both hold
//! all the entries at once, as `qari list` does.
//!
//! Then a refresh's start: the entries checked and kept as bytes, against
//! passing over them for their files' stamps alone.
//!
//!     cargo bench --bench index -- --warm-up-time 1 --measurement-time 5

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use qari::index::{Content, Entry, Index, Known, Meta, decode, encode, open};
use qari::layout::Direction;
use serde_json::json;

const ENTRIES: usize = 100_000;

/// An entry as JSON, read into typed fields as qari would.
#[derive(serde::Deserialize)]
#[allow(dead_code)]
struct JsonEntry {
    path: String,
    size: u64,
    mtime: (i64, u32),
    articles: Vec<JsonMeta>,
}

#[derive(serde::Deserialize)]
#[allow(dead_code)]
struct JsonMeta {
    id: String,
    title: String,
    author: Option<String>,
    source: Option<String>,
    url: Option<String>,
    published: Option<String>,
    lang: Option<String>,
    dir: String,
    tags: Vec<String>,
    minutes: u32,
}

fn index() -> Index {
    let entries = (0..ENTRIES)
        .map(|i| Entry {
            path: format!(
                "/home/reader/.local/share/qari/articles/{:03}/article-{i:05}.json",
                i / 100
            )
            .into(),
            size: 6_000 + i as u64 % 900,
            mtime: (1_790_000_000 + i as i64, 123_456_789),
            content: Content::Articles(vec![Meta {
                id: format!("gen-{i:05}"),
                title: "وقال مسؤول في وزارة الخارجية إن المحادثات بين البلدين ستستأنف".into(),
                author: Some("مراسل الاقتصاد".into()),
                source: Some("qari-bench".into()),
                url: Some(format!("https://example.com/news/{i}")),
                published: Some("2021-04-18T08:00:00Z".into()),
                lang: Some("ar".into()),
                dir: Direction::Rtl,
                tags: vec!["اقتصاد".into(), "سياسة".into()],
                minutes: 3,
            }]),
        })
        .collect();
    Index {
        library: "/home/reader/.local/share/qari/articles".into(),
        scanned: (1_795_000_000, 0),
        entries,
    }
}

/// The same entries as JSON lines.
fn json_lines(index: &Index) -> Vec<u8> {
    let mut out = Vec::new();
    for e in &index.entries {
        let Content::Articles(list) = &e.content else {
            continue;
        };
        let m = &list[0];
        let line = json!({
            "path": e.path, "size": e.size, "mtime": [e.mtime.0, e.mtime.1],
            "articles": [{"id": m.id, "title": m.title, "author": m.author, "source": m.source,
                "url": m.url, "published": m.published, "lang": m.lang, "dir": "rtl",
                "tags": m.tags, "minutes": m.minutes}],
        });
        serde_json::to_writer(&mut out, &line).expect("JSON");
        out.push(b'\n');
    }
    out
}

fn loading(c: &mut Criterion) {
    let index = index();
    let binary = encode(&index);
    let lines = json_lines(&index);
    println!(
        "{ENTRIES} entries: binary {:.1} MB, JSON lines {:.1} MB",
        binary.len() as f64 / 1e6,
        lines.len() as f64 / 1e6
    );
    let mut g = c.benchmark_group("index load, 100,000 entries");
    g.sample_size(20);
    g.throughput(Throughput::Elements(ENTRIES as u64));
    g.bench_function("qari binary (checksum and decode)", |b| {
        b.iter(|| decode(black_box(&binary)).map(|i| i.entries.len()))
    });
    g.bench_function("JSON lines into typed entries (peer)", |b| {
        b.iter(|| {
            black_box(&lines)
                .split(|&b| b == b'\n')
                .filter(|l| !l.is_empty())
                .filter_map(|l| serde_json::from_slice::<JsonEntry>(l).ok())
                .collect::<Vec<_>>()
                .len()
        })
    });
    g.finish();
}

/// A refresh's start: every entry checked as decoding would check it and
/// kept as its bytes, against passing over the entries for their files'
/// stamps alone. The checksum is left out of both.
fn keeping(c: &mut Criterion) {
    let binary = encode(&index());
    let payload = open(&binary).expect("a sound index");
    let mut g = c.benchmark_group("index entries, 100,000");
    g.sample_size(20);
    g.throughput(Throughput::Elements(ENTRIES as u64));
    g.bench_function("checked and kept as bytes", |b| {
        b.iter(|| Known::read(black_box(&payload)).map(|k| k.entries.len()))
    });
    g.bench_function("stamps alone (peer)", |b| {
        b.iter(|| {
            let mut entries = black_box(&payload).entries();
            std::iter::from_fn(|| entries.next_stamped()).count()
        })
    });
    g.finish();
}

criterion_group!(benches, loading, keeping);
criterion_main!(benches);
