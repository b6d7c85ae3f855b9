//! Display settings and the list's order chosen in the reader, kept in the
//! reading state so that the next start has them. Each is stored by the
//! configuration file's key and value names (`"digits": "arabic"`); what
//! they mean, and how they rank against the file and the flags, is the
//! configuration's business (`crate::config::overlay_state`).

use serde::{Deserialize, Serialize};

/// The settings the reader remembers; `None`: never chosen in the reader.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tashkeel: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub digits: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shape: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub justify: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sort: Option<String>,
}

impl Settings {
    pub fn is_empty(&self) -> bool {
        *self == Settings::default()
    }

    /// Each setting as (its configuration key, its value), if chosen.
    pub fn entries(&self) -> [(&'static str, Option<&str>); 5] {
        [
            ("tashkeel", self.tashkeel.as_deref()),
            ("digits", self.digits.as_deref()),
            ("shape", self.shape.as_deref()),
            ("justify", self.justify.as_deref()),
            ("sort", self.sort.as_deref()),
        ]
    }

    /// Takes every setting `other` has chosen.
    pub fn overlay(&mut self, other: &Settings) {
        let take = |mine: &mut Option<String>, theirs: &Option<String>| {
            if theirs.is_some() {
                mine.clone_from(theirs);
            }
        };
        take(&mut self.tashkeel, &other.tashkeel);
        take(&mut self.digits, &other.digits);
        take(&mut self.shape, &other.shape);
        take(&mut self.justify, &other.justify);
        take(&mut self.sort, &other.sort);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlay_takes_only_what_was_chosen() {
        let mut disk = Settings {
            digits: Some("latin".into()),
            sort: Some("title".into()),
            ..Settings::default()
        };
        let mine = Settings {
            digits: Some("arabic".into()),
            tashkeel: Some("strip".into()),
            ..Settings::default()
        };
        disk.overlay(&mine);
        assert_eq!(disk.digits.as_deref(), Some("arabic"));
        assert_eq!(disk.tashkeel.as_deref(), Some("strip"));
        assert_eq!(disk.sort.as_deref(), Some("title"), "not chosen here: kept");
    }
}
