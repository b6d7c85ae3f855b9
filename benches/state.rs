//! Saving the reading state of a library of 100,000 articles after one
//! change: the journal line qari appends, against the peer of writing the
//! whole state file (what every save did before the journal), both synced
//! to disk the same way. The bytes each writes are printed first.
//!
//!     cargo bench --bench state -- --warm-up-time 1 --measurement-time 5

use criterion::{Criterion, criterion_group, criterion_main};
use qari::state::{Position, Saved, StateStore, write_atomic};

const ARTICLES: usize = 100_000;

fn id(n: usize) -> String {
    format!("{:016x}", n * 7_919)
}

/// A store holding the state of `ARTICLES` articles, saved once.
fn big_store(dir: &std::path::Path) -> StateStore {
    let mut store = StateStore::open(&dir.join("state.json"));
    for n in 0..ARTICLES {
        store.set_read(&id(n), n % 3 == 0);
        store.set_position(
            &id(n),
            Position {
                block: n % 40,
                offset: n % 700,
            },
        );
        store.mark_opened(&id(n), 1_790_000_000 + n as u64);
    }
    store.flush().expect("the first save");
    store
}

fn saving(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = big_store(dir.path());
    let whole = dir.path().join("whole.json");
    store.toggle_read(&id(50_000));
    store.flush().expect("a save");
    if let Some(Saved::Appended { bytes }) = store.last_save() {
        let peer = store.data().to_json().len();
        println!(
            "one change on {ARTICLES} articles: {bytes} bytes appended; the whole state is {peer} bytes"
        );
    }

    let mut g = c.benchmark_group("state save, 100,000 articles");
    g.sample_size(20);
    let mut n = 0;
    g.bench_function("one change appended to the journal", |b| {
        b.iter(|| {
            n += 1;
            store.toggle_read(&id(n % ARTICLES));
            store.flush().expect("a save")
        })
    });
    g.bench_function("whole state written (peer)", |b| {
        b.iter(|| {
            n += 1;
            store.toggle_read(&id(n % ARTICLES));
            write_atomic(&whole, &store.data().to_json()).expect("a whole write")
        })
    });
    g.finish();
}

criterion_group!(benches, saving);
criterion_main!(benches);
