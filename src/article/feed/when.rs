//! Entry dates as the feed wrote them, in ISO 8601 with their own offset.
//!
//! The feed parser turns every date into UTC; qari keeps the publisher's
//! local time (`2026-11-30T08:15:00+03:00`, as saved pages and text imports
//! give it). Dates are read by [`dates::find`], which also knows the forms
//! some Arabic feeds use in place of RFC 2822 (Arabic month names,
//! Arabic-Indic digits); the parser is handed the instant, and the text
//! read is looked up again by that instant when the entry is mapped.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, Utc};

use crate::article::dates;

/// Dates read while one feed was parsed, by instant.
#[derive(Clone, Default)]
pub struct Dates(Arc<Mutex<HashMap<i64, String>>>);

impl Dates {
    /// Reads a date for the feed parser, remembering how it was written.
    pub fn read(&self, text: &str) -> Option<DateTime<Utc>> {
        let iso = dates::find(text).map(|f| f.iso);
        let instant = iso.as_deref().and_then(instant).or_else(|| {
            DateTime::parse_from_rfc2822(text.trim())
                .or_else(|_| DateTime::parse_from_rfc3339(text.trim()))
                .ok()
                .map(|d| d.with_timezone(&Utc))
        })?;
        if let Some(iso) = iso {
            self.0
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .insert(instant.timestamp(), iso);
        }
        Some(instant)
    }

    /// The ISO 8601 text for an instant the parser returned.
    pub fn iso(&self, instant: DateTime<Utc>) -> String {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(&instant.timestamp())
            .cloned()
            .unwrap_or_else(|| instant.format("%Y-%m-%dT%H:%M:%S+00:00").to_string())
    }
}

/// The instant of an ISO 8601 date as [`dates::find`] writes it; one with
/// no offset is taken as UTC.
fn instant(iso: &str) -> Option<DateTime<Utc>> {
    let with_offset = |f: &str| DateTime::<FixedOffset>::parse_from_str(iso, f).ok();
    let naive = |f: &str| NaiveDateTime::parse_from_str(iso, f).ok();
    with_offset("%Y-%m-%dT%H:%M:%S%:z")
        .or_else(|| with_offset("%Y-%m-%dT%H:%M%:z"))
        .map(|d| d.with_timezone(&Utc))
        .or_else(|| {
            naive("%Y-%m-%dT%H:%M:%S")
                .or_else(|| naive("%Y-%m-%dT%H:%M"))
                .or_else(|| {
                    NaiveDate::parse_from_str(iso, "%Y-%m-%d")
                        .ok()
                        .and_then(|d| d.and_hms_opt(0, 0, 0))
                })
                .map(|d| d.and_utc())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_keep_the_offset_they_were_written_with() {
        let dates = Dates::default();
        let d = dates.read("Mon, 30 Nov 2026 08:15:00 +0300").unwrap();
        assert_eq!(d.to_rfc3339(), "2026-11-30T05:15:00+00:00");
        assert_eq!(dates.iso(d), "2026-11-30T08:15:00+03:00");
        let z = dates.read("2026-11-27T18:00:00Z").unwrap();
        assert_eq!(dates.iso(z), "2026-11-27T18:00:00+00:00");
    }

    #[test]
    fn arabic_dates_that_are_not_rfc_2822_are_read() {
        let dates = Dates::default();
        let d = dates.read("الاثنين ٣٠ نوفمبر ٢٠٢٦ - 08:15").unwrap();
        assert_eq!(dates.iso(d), "2026-11-30T08:15");
        assert_eq!(d.to_rfc3339(), "2026-11-30T08:15:00+00:00");
        assert!(dates.read("قريبا").is_none());
    }
}
