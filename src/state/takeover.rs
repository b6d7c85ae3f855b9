//! A qari that started while another one held the state keeps its changes
//! in memory; once the other has quit, it takes the lock and adds its
//! changes to what the other saved, field by field.

use std::collections::BTreeMap;
use std::path::Path;

use super::atomic::remove_stale_temps;
use super::disk::read_whole;
use super::lock::{LockAttempt, StateLock, try_lock};
use super::model::{ArticleState, FORMAT_VERSION, StateData};
use super::settings::Settings;

/// Which fields of an article's state this process changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Fields {
    pub read: bool,
    pub bookmarked: bool,
    pub position: bool,
    pub last_opened: bool,
}

impl Fields {
    pub fn between(before: &ArticleState, after: &ArticleState) -> Fields {
        Fields {
            read: before.read != after.read,
            bookmarked: before.bookmarked != after.bookmarked,
            position: before.position != after.position,
            last_opened: before.last_opened != after.last_opened,
        }
    }

    fn add(&mut self, other: Fields) {
        self.read |= other.read;
        self.bookmarked |= other.bookmarked;
        self.position |= other.position;
        self.last_opened |= other.last_opened;
    }
}

/// What this process changed while it could not write.
#[derive(Debug, Default)]
pub struct Touched {
    pub articles: BTreeMap<String, Fields>,
    pub selected: bool,
    pub search_history: bool,
    /// The settings chosen here.
    pub settings: Settings,
}

impl Touched {
    pub fn add(&mut self, id: &str, fields: Fields) {
        self.articles.entry(id.to_string()).or_default().add(fields);
    }
}

/// Takes the lock if the other qari has let it go, and returns it with the
/// state to write: the file as the other left it, with `touched` fields
/// from `mine`. Without a file, `mine` as it is. The other's journal is
/// applied (the state is then written whole, with a journal of its own).
/// A file that cannot be read or comes from a newer qari is not touched:
/// `None`, as when busy.
pub fn take_over(
    path: &Path,
    mine: &StateData,
    touched: &Touched,
) -> Option<(StateLock, StateData)> {
    let LockAttempt::Acquired(lock) = try_lock(path).ok()? else {
        return None;
    };
    remove_stale_temps(path);
    let (disk, journal) = match read_whole(path) {
        Ok(Some(found)) => found,
        Ok(None) => return Some((lock, mine.clone())),
        Err(_) => return None,
    };
    let journal_fine = journal.is_none_or(|j| j.bad.is_none() && j.newer.is_none());
    if disk.version > FORMAT_VERSION || !journal_fine {
        return None;
    }
    Some((lock, merge(disk, mine, touched)))
}

/// `disk` with the fields `touched` names taken from `mine`.
pub fn merge(mut disk: StateData, mine: &StateData, touched: &Touched) -> StateData {
    for (id, fields) in &touched.articles {
        let ours = mine.get(id);
        disk.update(id, |entry| {
            if fields.read {
                entry.read = ours.read;
            }
            if fields.bookmarked {
                entry.bookmarked = ours.bookmarked;
            }
            if fields.position {
                entry.position = ours.position;
            }
            if fields.last_opened {
                entry.last_opened = ours.last_opened;
            }
        });
    }
    if touched.selected {
        disk.selected = mine.selected.clone();
    }
    if touched.search_history {
        disk.search_history = mine.search_history.clone();
    }
    disk.settings.overlay(&touched.settings);
    disk
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::Position;

    #[test]
    fn searches_kept_here_replace_the_others_only_when_this_qari_searched() {
        let mut disk = StateData::default();
        disk.remember_search("there", 50);
        let mut mine = StateData::default();
        mine.remember_search("there", 50);
        mine.remember_search("here", 50);
        let untouched = merge(disk.clone(), &mine, &Touched::default());
        assert_eq!(untouched.search_history, ["there"]);
        let touched = Touched {
            search_history: true,
            ..Touched::default()
        };
        assert_eq!(
            merge(disk, &mine, &touched).search_history,
            ["here", "there"]
        );
    }

    #[test]
    fn only_the_fields_changed_here_replace_the_others() {
        let mut disk = StateData::default();
        disk.update("a", |s| {
            s.read = true;
            s.position = Some(Position {
                block: 7,
                offset: 3,
            });
        });
        disk.update("gone-here", |s| s.bookmarked = true);
        disk.selected = Some("a".into());
        let mut mine = StateData::default();
        mine.update("a", |s| s.bookmarked = true);
        let mut touched = Touched::default();
        touched.add(
            "a",
            Fields {
                bookmarked: true,
                ..Fields::default()
            },
        );
        let merged = merge(disk, &mine, &touched);
        let a = merged.get("a");
        assert!(a.read && a.bookmarked, "{a:?}");
        assert_eq!(
            a.position,
            Some(Position {
                block: 7,
                offset: 3
            })
        );
        assert!(merged.get("gone-here").bookmarked, "untouched entries stay");
        assert_eq!(
            merged.selected.as_deref(),
            Some("a"),
            "selection not touched here"
        );
    }

    #[test]
    fn settings_chosen_here_join_those_chosen_there() {
        let mut disk = StateData::default();
        disk.settings.digits = Some("latin".into());
        disk.settings.sort = Some("title".into());
        let mut mine = StateData::default();
        mine.settings.tashkeel = Some("strip".into());
        mine.settings.sort = Some("oldest".into());
        let touched = Touched {
            settings: Settings {
                sort: Some("oldest".into()),
                ..Settings::default()
            },
            ..Touched::default()
        };
        let merged = merge(disk, &mine, &touched);
        assert_eq!(merged.settings.sort.as_deref(), Some("oldest"));
        assert_eq!(merged.settings.digits.as_deref(), Some("latin"));
        assert_eq!(merged.settings.tashkeel, None, "not chosen here");
    }
}
