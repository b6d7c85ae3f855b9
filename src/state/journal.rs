//! The journal: changes to the reading state appended as JSON lines beside
//! the state file, so that saving one change on a library of a hundred
//! thousand articles writes a line, not the whole state.
//!
//! The state file (the snapshot) names the journal generation that
//! continues it; the journal's first line names its own. A journal of
//! another generation is ignored: it is what a crash between the two
//! writes of a compaction leaves, or what remains after a qari that writes
//! the file whole (an older one, or the signal path) saved. Each later line
//! holds one article's whole entry (`{"id":…,"state":{…}}`; an entry with
//! nothing set removes it) or the whole top-level part of the state
//! (`{"top":{…}}`: every field but the articles), so replaying a line again
//! changes nothing, and fields added to the state later travel in `top`.
//! A last line without its newline was cut short by a crash: ignored.

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::atomic::follow_own_links;
use super::model::{ArticleState, FORMAT_VERSION, StateData};

/// The journal is folded into the snapshot once it is larger than the
/// snapshot, or than this for a small state: a save then costs at most
/// twice its own lines on average, and a load replays little.
pub const JOURNAL_MIN_BOUND: u64 = 64 * 1024;

/// `state.json.journal`, beside the file the state path ends at (a state
/// kept in a linked dotfiles folder keeps its journal there too).
pub fn journal_path(state: &Path) -> PathBuf {
    let target = follow_own_links(state).unwrap_or_else(|_| state.to_path_buf());
    let mut name = target
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_else(|| "state".into());
    name.push(".journal");
    target.with_file_name(name)
}

/// The largest journal before it is folded into a snapshot of `snapshot_len`.
pub fn bound(snapshot_len: u64) -> u64 {
    snapshot_len.max(JOURNAL_MIN_BOUND)
}

/// One line of the journal.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Line {
    /// First line only: the generation, matching the snapshot's `journal`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    journal: Option<u64>,
    /// First line only: the format, as the snapshot's `version`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    version: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    state: Option<ArticleState>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    top: Option<serde_json::Value>,
}

fn push_line(out: &mut Vec<u8>, line: &Line) {
    // Plain maps, strings, integers and booleans: serializing cannot fail.
    // Escaped like the snapshot, so a `cat` of the journal is inert.
    let _ = crate::inert::json_line_to(&mut *out, line);
    out.push(b'\n');
}

/// The first line of a journal of `generation`.
pub fn header(generation: u64) -> Vec<u8> {
    let mut out = Vec::new();
    let line = Line {
        journal: Some(generation),
        version: Some(FORMAT_VERSION),
        ..Line::default()
    };
    push_line(&mut out, &line);
    out
}

/// The line that records article `id` as it is in `state`.
pub fn push_article(out: &mut Vec<u8>, id: &str, state: ArticleState) {
    let line = Line {
        id: Some(id.to_string()),
        state: Some(state),
        ..Line::default()
    };
    push_line(out, &line);
}

/// The line that records every top-level field of `data` but the articles.
/// The articles are set aside meanwhile rather than copied: they may be a
/// hundred thousand entries.
pub fn top_line(data: &mut StateData) -> Vec<u8> {
    let articles = std::mem::take(&mut data.articles);
    let value = serde_json::to_value(&*data);
    data.articles = articles;
    let mut top = match value {
        Ok(serde_json::Value::Object(map)) => map,
        _ => serde_json::Map::new(),
    };
    top.remove("articles");
    top.remove("version");
    let mut out = Vec::new();
    let line = Line {
        top: Some(serde_json::Value::Object(top)),
        ..Line::default()
    };
    push_line(&mut out, &line);
    out
}

/// What replaying a journal found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Replayed {
    pub generation: u64,
    /// Bytes up to the end of the last whole line.
    pub whole: u64,
    /// A last line was cut short and ignored.
    pub torn: bool,
    /// The first whole line that is not a record, as `line N: reason`;
    /// it and the lines after it were not applied.
    pub bad: Option<String>,
    /// The journal was written by a newer qari (its format version).
    pub newer: Option<u32>,
}

/// Applies the journal `bytes` to `data`, the snapshot it was read with.
/// `None` when the journal does not continue this snapshot: another
/// generation, or none at all (then nothing is applied).
pub fn replay(data: &mut StateData, bytes: &[u8]) -> Option<Replayed> {
    let whole_end = bytes.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let mut lines = bytes[..whole_end].split(|&b| b == b'\n');
    let first: Line = serde_json::from_slice(lines.next()?).ok()?;
    let generation = first.journal?;
    if data.journal != Some(generation) {
        return None;
    }
    let mut found = Replayed {
        generation,
        whole: whole_end as u64,
        torn: whole_end < bytes.len(),
        bad: None,
        newer: first.version.filter(|&v| v > FORMAT_VERSION),
    };
    if found.newer.is_some() {
        return Some(found);
    }
    let mut top = None;
    for (n, text) in lines.enumerate() {
        if text.is_empty() {
            // The split's piece after the final newline.
            continue;
        }
        let line_no = n + 2;
        match serde_json::from_slice::<Line>(text) {
            Ok(Line {
                id: Some(id),
                state: Some(state),
                journal: None,
                top: None,
                ..
            }) => {
                data.update(&id, |entry| *entry = state);
            }
            Ok(Line {
                top: Some(value),
                id: None,
                journal: None,
                ..
            }) => top = Some(value),
            Ok(_) => {
                found.bad = Some(format!("line {line_no}: not a change of the reading state"));
                break;
            }
            Err(err) => {
                found.bad = Some(format!("line {line_no}: {err}"));
                break;
            }
        }
    }
    if let Some(value) = top
        && let Err(err) = apply_top(data, value)
    {
        found.bad.get_or_insert(format!("top-level fields: {err}"));
    }
    Some(found)
}

/// Replaces every top-level field of `data` but the articles, the version
/// and the journal link by those of a `top` line.
fn apply_top(data: &mut StateData, mut value: serde_json::Value) -> serde_json::Result<()> {
    if let Some(map) = value.as_object_mut() {
        map.insert("version".into(), data.version.into());
    }
    let mut top: StateData = serde_json::from_value(value)?;
    top.articles = std::mem::take(&mut data.articles);
    top.version = data.version;
    top.journal = data.journal;
    *data = top;
    Ok(())
}

/// Appends `lines` to the journal at `path`, which must still be `expected`
/// bytes long (the lock holder alone writes it; anything else means it was
/// changed behind qari's back), and syncs them. Returns the new length.
pub fn append(path: &Path, expected: u64, lines: &[u8]) -> io::Result<u64> {
    let mut file = open_for_append(path)?;
    let len = file.metadata()?.len();
    if len != expected {
        return Err(io::Error::other(format!(
            "the journal {} changed behind qari's back ({len} bytes, {expected} expected)",
            crate::article::sanitize::inline(&path.to_string_lossy())
        )));
    }
    file.write_all(lines)?;
    file.sync_data()?;
    Ok(expected + lines.len() as u64)
}

/// Opens the journal itself, never what a link at its name points to, and
/// only a regular file: it was created by `write_atomic` with the state.
fn open_for_append(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.append(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    let file = options.open(path)?;
    if !file.metadata()?.is_file() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "the journal is not a regular file",
        ));
    }
    Ok(file)
}

/// A generation no other journal of this state has had: random, so that a
/// snapshot written whole by another qari cannot match a journal by chance.
pub fn new_generation() -> u64 {
    use std::hash::BuildHasher;
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    std::collections::hash_map::RandomState::new().hash_one((nanos, std::process::id()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::Position;

    fn snapshot(generation: u64) -> StateData {
        let mut data = StateData::default();
        data.update("a", |s| s.read = true);
        data.journal = Some(generation);
        data
    }

    #[test]
    fn lines_replay_in_order_and_an_empty_entry_removes() {
        let mut journal = header(7);
        push_article(
            &mut journal,
            "b",
            ArticleState {
                bookmarked: true,
                position: Some(Position {
                    block: 2,
                    offset: 9,
                }),
                ..ArticleState::default()
            },
        );
        push_article(&mut journal, "a", ArticleState::default());
        let mut data = snapshot(7);
        data.selected = Some("b".into());
        journal.extend(top_line(&mut data));
        let mut replayed = snapshot(7);
        let found = replay(&mut replayed, &journal).expect("same generation");
        assert_eq!(found.bad, None);
        assert!(!found.torn);
        assert_eq!(found.whole, journal.len() as u64);
        assert!(!replayed.articles.contains_key("a"));
        assert!(replayed.get("b").bookmarked);
        assert_eq!(replayed.get("b").position.map(|p| p.offset), Some(9));
        assert_eq!(replayed.selected.as_deref(), Some("b"));
    }

    #[test]
    fn a_journal_of_another_generation_is_not_applied() {
        let mut journal = header(8);
        push_article(&mut journal, "a", ArticleState::default());
        let mut data = snapshot(7);
        assert_eq!(replay(&mut data, &journal), None);
        assert!(data.get("a").read);
        let mut unlinked = snapshot(7);
        unlinked.journal = None;
        assert_eq!(replay(&mut unlinked, &header(7)), None);
    }

    #[test]
    fn a_cut_last_line_is_ignored_and_a_bad_line_stops_the_replay() {
        let mut journal = header(1);
        push_article(&mut journal, "x", ArticleState::default());
        let whole = journal.len();
        let mut cut = journal.clone();
        cut.extend_from_slice(br#"{"id":"c","state":{"re"#);
        let mut data = snapshot(1);
        let found = replay(&mut data, &cut).unwrap();
        assert!(found.torn);
        assert_eq!(found.whole, whole as u64);
        assert_eq!(found.bad, None);

        let mut bad = journal.clone();
        bad.extend_from_slice(b"{\"id\":\"c\"}\n");
        push_article(&mut bad, "a", ArticleState::default());
        let mut data = snapshot(1);
        let found = replay(&mut data, &bad).unwrap();
        assert!(
            found.bad.as_deref().unwrap().starts_with("line 3:"),
            "{found:?}"
        );
        assert!(
            data.get("a").read,
            "lines after the bad one are not applied"
        );
    }

    #[test]
    fn top_level_fields_added_later_travel_in_the_top_line() {
        // A field this qari does not know is dropped by serde; what is
        // carried is everything `StateData` serializes but the articles.
        let mut data = StateData::default();
        data.update("a", |s| s.read = true);
        data.selected = Some("a".into());
        let line = top_line(&mut data);
        let text = String::from_utf8(line).unwrap();
        assert_eq!(text, "{\"top\":{\"selected\":\"a\"}}\n");
        assert!(data.get("a").read, "the articles are put back");
    }
}
