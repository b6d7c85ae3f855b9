//! A reading-state file cut short in the middle of a write (power loss on a
//! filesystem without ordered writes, a full disk, a copy stopped half way).

use qari::state::{Position, StateData, StateNotice, StateStore};

use super::support::Env;

/// A state with a few entries, as bytes, cut at every kind of place: inside
/// a key, inside a number, between entries, after the last brace but one.
fn truncated_states() -> Vec<(String, Vec<u8>, Vec<u8>)> {
    let mut data = StateData::default();
    for (i, id) in ["alpha", "beta", "gamma"].iter().enumerate() {
        data.update(id, |a| {
            a.read = true;
            a.position = Some(Position {
                block: i,
                offset: 40 * i,
            });
        });
    }
    let full = data.to_json();
    [7usize, full.len() / 3, full.len() / 2, full.len() - 2]
        .into_iter()
        .map(|cut| {
            (
                format!("cut at {cut} of {}", full.len()),
                full[..cut].to_vec(),
                full.clone(),
            )
        })
        .collect()
}

#[test]
fn truncated_state_is_moved_aside_with_its_bytes_and_qari_starts_fresh() {
    for (what, cut, _) in truncated_states() {
        let env = Env::new();
        std::fs::write(env.state(), &cut).expect("write state");
        let store = StateStore::open(&env.state());
        let moved = store
            .notices()
            .iter()
            .find_map(|n| match n {
                StateNotice::Corrupt { moved_to, .. } => Some(moved_to.clone()),
                _ => None,
            })
            .unwrap_or_else(|| {
                panic!("{what}: no notice of a corrupt file: {:?}", store.notices())
            });
        assert_eq!(
            std::fs::read(&moved).expect("moved file"),
            cut,
            "{what}: the bad file must be kept byte for byte"
        );
        assert!(store.data().articles.is_empty(), "{what}: starts fresh");
        assert!(
            store.is_writable(),
            "{what}: the fresh state is saved again"
        );
        let message = store.notices()[0].to_string();
        assert!(
            message.contains("state.json") && message.contains("moved to"),
            "{what}: the message says what happened and where: {message}"
        );
    }
}

#[test]
fn a_state_file_that_is_empty_or_binary_does_not_stop_qari() {
    for bytes in [
        &b""[..],
        b"\0\0\0\0",
        b"\xff\xfe{",
        b"{\"version\": 1, \"articles\": {\"a\": {\"read\": tru",
    ] {
        let env = Env::new();
        std::fs::write(env.state(), bytes).expect("write state");
        let store = StateStore::open(&env.state());
        assert!(store.data().articles.is_empty());
        // Whatever the notice, the user's bytes are never destroyed.
        let kept = std::fs::read(env.state()).ok();
        let moved_aside = store
            .notices()
            .iter()
            .any(|n| matches!(n, StateNotice::Corrupt { .. }));
        assert!(
            bytes.is_empty() || moved_aside || kept.as_deref() == Some(bytes),
            "{bytes:?}: neither kept nor moved aside: {:?}",
            store.notices()
        );
    }
}

#[test]
fn qari_state_on_a_truncated_file_says_so_and_keeps_the_bytes() {
    let (_, cut, _) = truncated_states().remove(1);
    let env = Env::new();
    std::fs::write(env.state(), &cut).expect("write state");
    let run = env.qari(&["--ui", "en", "state"]);
    run.ok();
    assert!(
        run.stderr.contains("unreadable") && run.stderr.contains("moved to"),
        "{}",
        run.stderr
    );
    let moved: Vec<_> = std::fs::read_dir(env.dir.path())
        .expect("read dir")
        .filter_map(Result::ok)
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("state.json.corrupt-")
        })
        .collect();
    assert_eq!(moved.len(), 1, "one copy moved aside");
    assert_eq!(std::fs::read(moved[0].path()).expect("read"), cut);
    assert!(
        run.out().contains("0 read"),
        "a fresh state:\n{}",
        run.out()
    );
}
