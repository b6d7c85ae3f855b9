//! Reading a feed into articles, against feed-rs's own parse of the same
//! bytes as the peer: what the well-formedness check, the charset decoding,
//! the HTML conversion of every entry and the ids cost on top of bare feed
//! parsing.
//!
//!     cargo bench --bench feeds -- --warm-up-time 1 --measurement-time 3

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use qari::article::feed;

const RSS: &str = include_str!("../tests/data/feeds/rss2.xml");

/// The fixture's items repeated with their own guids: a large news feed.
fn big_feed(copies: usize) -> Vec<u8> {
    let start = RSS.find("<item>").expect("an item");
    let end = RSS.rfind("</item>").expect("an item") + "</item>".len();
    let items = &RSS[start..end];
    let mut out = String::from(&RSS[..start]);
    for i in 0..copies {
        out.push_str(
            &items
                .replace("alwadi-48213", &format!("alwadi-{i}"))
                .replace("sport/cup-final", &format!("sport/cup-final-{i}")),
        );
    }
    out.push_str(&RSS[end..]);
    out.into_bytes()
}

fn parsing(c: &mut Criterion) {
    let bytes = big_feed(100);
    let mut g = c.benchmark_group("feed");
    g.throughput(Throughput::Bytes(bytes.len() as u64));
    g.bench_function("qari articles", |b| {
        b.iter(|| feed::parse(black_box(&bytes), None, None).map(|v| v.len()))
    });
    g.bench_function("feed-rs parse (peer)", |b| {
        b.iter(|| {
            feed_rs::parser::parse(black_box(&bytes[..]))
                .map(|f| f.entries.len())
                .ok()
        })
    });
    g.finish();
}

criterion_group!(benches, parsing);
criterion_main!(benches);
