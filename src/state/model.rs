//! What qari remembers about each article, as stored in `state.json`.
//!
//! Entries are keyed by article id. Entries for articles that are no longer
//! in the library are kept (the files may come back) until `prune` is asked.

use std::collections::{BTreeMap, HashSet};

use serde::{Deserialize, Serialize};

use super::settings::Settings;

/// The format version written to the file. A file with a higher version was
/// written by a newer qari and is never overwritten by this one.
pub const FORMAT_VERSION: u32 = 1;

/// A reading position: the start of the first visible line, as a logical
/// byte offset into the text of one body block (`Article::body[block]`).
///
/// Logical offsets do not depend on the pane width, shaping, tashkeel or
/// digit options, so the same paragraph comes back after a resize or after
/// any of those options changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Position {
    /// Index into the article's body blocks; 0 with offset 0 is the top.
    pub block: usize,
    /// Byte offset into that block's text (a char boundary when written by
    /// qari; readers clamp it, since the article may have changed since).
    pub offset: usize,
}

/// Everything remembered about one article.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ArticleState {
    pub read: bool,
    pub bookmarked: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub position: Option<Position>,
    /// When it was last opened, in seconds since the Unix epoch.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_opened: Option<u64>,
}

impl ArticleState {
    fn is_empty(&self) -> bool {
        *self == ArticleState::default()
    }
}

/// The whole state file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StateData {
    pub version: u32,
    /// The article selected in the list when qari last ran.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selected: Option<String>,
    #[serde(default)]
    pub articles: BTreeMap<String, ArticleState>,
    /// Searches run in the reader, the latest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub search_history: Vec<String>,
    /// The journal of changes that continues this file (see `journal`), as
    /// read. Never written by `to_json`: a file written whole stands alone.
    #[serde(default, skip_serializing)]
    pub journal: Option<u64>,
    /// Display settings and the list's order chosen in the reader. An
    /// optional field: files without it load, and a qari that does not
    /// know it reads the rest.
    #[serde(default, skip_serializing_if = "Settings::is_empty")]
    pub settings: Settings,
}

impl Default for StateData {
    fn default() -> Self {
        StateData {
            version: FORMAT_VERSION,
            selected: None,
            articles: BTreeMap::new(),
            search_history: Vec::new(),
            journal: None,
            settings: Settings::default(),
        }
    }
}

impl StateData {
    /// The state of one article (all false for an article never touched).
    pub fn get(&self, id: &str) -> ArticleState {
        self.articles.get(id).cloned().unwrap_or_default()
    }

    /// Changes one article's entry, dropping it when nothing is left to remember.
    /// Returns whether anything changed.
    pub fn update(&mut self, id: &str, change: impl FnOnce(&mut ArticleState)) -> bool {
        let before = self.get(id);
        let mut after = before.clone();
        change(&mut after);
        if after == before {
            return false;
        }
        if after.is_empty() {
            self.articles.remove(id);
        } else {
            self.articles.insert(id.to_string(), after);
        }
        true
    }

    /// Removes the entries of articles not in `present`; returns their ids.
    pub fn prune(&mut self, present: &HashSet<&str>) -> Vec<String> {
        let gone: Vec<String> = self
            .articles
            .keys()
            .filter(|id| !present.contains(id.as_str()))
            .cloned()
            .collect();
        for id in &gone {
            self.articles.remove(id);
        }
        if let Some(sel) = &self.selected
            && !present.contains(sel.as_str())
        {
            self.selected = None;
        }
        gone
    }

    /// Puts `query` first in the search history, once, keeping `keep`.
    /// Returns whether anything changed.
    pub fn remember_search(&mut self, query: &str, keep: usize) -> bool {
        if self.search_history.first().map(String::as_str) == Some(query) {
            return false;
        }
        self.search_history.retain(|q| q != query);
        self.search_history.insert(0, query.to_string());
        self.search_history.truncate(keep);
        true
    }

    pub fn to_json(&self) -> Vec<u8> {
        // Serializing plain maps, strings, integers and booleans cannot fail.
        // Ids come from file names: escaped, so a `cat` of the file is inert.
        let mut out = crate::inert::json_pretty(self)
            .unwrap_or_default()
            .into_bytes();
        out.push(b'\n');
        out
    }

    /// `to_json` naming the journal `generation` that continues it.
    pub fn to_json_with_journal(&self, generation: u64) -> Vec<u8> {
        #[derive(Serialize)]
        struct Linked<'a> {
            #[serde(flatten)]
            data: &'a StateData,
            journal: u64,
        }
        let linked = Linked {
            data: self,
            journal: generation,
        };
        let mut out = crate::inert::json_pretty(&linked)
            .unwrap_or_default()
            .into_bytes();
        out.push(b'\n');
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn untouched_article_is_unread_and_not_bookmarked() {
        let data = StateData::default();
        assert_eq!(data.get("x"), ArticleState::default());
    }

    #[test]
    fn entry_disappears_when_nothing_is_left_to_remember() {
        let mut data = StateData::default();
        assert!(data.update("a", |s| s.bookmarked = true));
        assert!(data.articles.contains_key("a"));
        assert!(data.update("a", |s| s.bookmarked = false));
        assert!(!data.articles.contains_key("a"));
        assert!(!data.update("a", |s| s.read = false));
    }

    #[test]
    fn prune_keeps_present_articles_only() {
        let mut data = StateData::default();
        data.update("here", |s| s.read = true);
        data.update("gone", |s| s.read = true);
        data.selected = Some("gone".into());
        let present: HashSet<&str> = ["here"].into_iter().collect();
        assert_eq!(data.prune(&present), vec!["gone".to_string()]);
        assert!(data.get("here").read);
        assert_eq!(data.selected, None);
    }

    #[test]
    fn a_search_again_moves_to_the_front_and_the_oldest_go() {
        let mut data = StateData::default();
        for q in ["a", "b", "c"] {
            assert!(data.remember_search(q, 3));
        }
        assert!(data.remember_search("a", 3));
        assert_eq!(data.search_history, ["a", "c", "b"]);
        assert!(!data.remember_search("a", 3));
        data.remember_search("d", 3);
        assert_eq!(data.search_history, ["d", "a", "c"]);
    }

    #[test]
    fn settings_are_written_only_once_chosen_and_read_back() {
        let mut data = StateData::default();
        let json = String::from_utf8(data.to_json()).unwrap();
        assert!(!json.contains("settings"), "{json}");
        data.settings.digits = Some("arabic".into());
        let json = data.to_json();
        assert!(String::from_utf8_lossy(&json).contains("\"digits\": \"arabic\""));
        let back: StateData = serde_json::from_slice(&json).unwrap();
        assert_eq!(back, data);
    }

    #[test]
    fn missing_fields_read_as_defaults() {
        let data: StateData =
            serde_json::from_str(r#"{"version":1,"articles":{"a":{"read":true}}}"#).unwrap();
        assert!(data.get("a").read);
        assert!(!data.get("a").bookmarked);
        assert_eq!(data.get("a").position, None);
    }
}
