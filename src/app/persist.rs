//! The loop's side of the reading state: the only place the reader writes
//! it. `update` changes the store in memory; these run between events.

use std::path::Path;
use std::time::Instant;

use crate::i18n::UiLang;
use crate::state::{FORMAT_VERSION, StateError, StateNotice, unix_now};

use super::model::{MessageKind, Model};
use crate::i18n::{NoticeStrings, fill, io_reason};

/// What the loop remembers between calls.
#[derive(Debug, Default)]
pub struct Persist {
    /// The article open at the last call, to notice a newly opened one.
    opened: Option<usize>,
    /// The last write error shown, so a failing disk is not reported on
    /// every tick.
    reported: Option<String>,
}

impl Persist {
    /// Stamps a newly opened article and writes the state once its changes
    /// have waited the debounce. Returns whether the screen needs redrawing.
    pub fn tick(&mut self, state: &mut Model, now: Instant) -> bool {
        if state.reader.article != self.opened {
            self.opened = state.reader.article;
            if let Some(id) = state.open_article().map(|a| a.id.clone()) {
                state.store.mark_opened(&id, unix_now());
            }
        }
        let was_writable = state.store.is_writable();
        match state.store.flush_if_due(now) {
            Ok(_) => {
                self.reported = None;
                if was_writable || !state.store.is_writable() {
                    return false;
                }
                state.message = Some((taken_over_text(state.lang).to_string(), MessageKind::Info));
                // "read-only while another qari…" is no longer true.
                let stale: Vec<String> = state
                    .store
                    .notices()
                    .iter()
                    .filter(|n| matches!(n, StateNotice::Locked { .. }))
                    .map(|n| notice_text(n, state.lang))
                    .collect();
                state.notices.retain(|n| !stale.contains(n));
                true
            }
            Err(err) => self.report(state, err),
        }
    }

    fn report(&mut self, state: &mut Model, err: StateError) -> bool {
        let text = error_text(&err, state.lang);
        if self.reported.as_deref() == Some(text.as_str()) {
            return false;
        }
        self.reported = Some(text.clone());
        state.message = Some((text, MessageKind::Warning));
        true
    }
}

/// Hands the signal path the reading state to write should a signal end
/// qari while the loop is busy (see `signals`): each new revision of
/// unsaved changes, when this process may write the file. `offered` is the
/// revision handed over last.
pub fn offer_rescue(state: &Model, offered: &mut Option<u64>) {
    let store = &state.store;
    let path = store
        .path()
        .filter(|_| store.is_dirty() && store.is_writable());
    match path {
        None if offered.is_some() => {
            super::signals::withdraw();
            *offered = None;
        }
        Some(path) if *offered != Some(store.revision()) => {
            super::signals::publish(path.to_path_buf(), store.data().clone());
            *offered = Some(store.revision());
        }
        _ => {}
    }
}

/// On the way out (quit, SIGTERM, end of events): write what is left.
pub fn finish(state: &mut Model) -> anyhow::Result<()> {
    state.store.flush()?;
    super::signals::withdraw();
    Ok(())
}

/// The other qari has quit and this one saves the reading state now.
fn taken_over_text(lang: UiLang) -> &'static str {
    NoticeStrings::get(lang).taken_over
}

/// A path or a reason in a message: isolated left to right among Arabic.
fn shown(text: &str, lang: UiLang) -> String {
    match lang {
        UiLang::Ar => ltr(text),
        UiLang::En => text.to_string(),
    }
}

/// A failed save, in the interface's language.
pub fn error_text(err: &StateError, lang: UiLang) -> String {
    let StateError::Write { path, source } = err;
    let reason = match lang {
        UiLang::Ar => io_reason(lang, source),
        UiLang::En => source.to_string(),
    };
    let path = shown(&path.display().to_string(), lang);
    fill(NoticeStrings::get(lang).save_failed, &[&path, &reason])
}

/// What opening the reading state found, in the interface's language. The
/// point comes first: a narrow status line cuts the end.
pub fn notice_text(notice: &StateNotice, lang: UiLang) -> String {
    let w = NoticeStrings::get(lang);
    let path = |p: &Path| shown(&p.display().to_string(), lang);
    match notice {
        StateNotice::Locked { path: p } => fill(w.locked, &[&path(p)]),
        StateNotice::Corrupt {
            path: p,
            moved_to,
            reason,
        } => fill(
            w.corrupt,
            &[&path(p), &path(moved_to), &shown(reason, lang)],
        ),
        StateNotice::CorruptKept { path: p, reason } => {
            let what = shown(&format!("{}: {reason}", p.display()), lang);
            fill(w.corrupt_kept, &[&what])
        }
        StateNotice::NewerVersion { path: p, version } => {
            let ours = FORMAT_VERSION.to_string();
            fill(w.newer, &[&path(p), &version.to_string(), &ours])
        }
        StateNotice::Unwritable { path: p, reason } => {
            fill(w.unwritable, &[&path(p), &shown(reason, lang)])
        }
    }
}

/// A path or a parser's message inside Arabic text, kept left to right as
/// one unit (LRI…PDI): otherwise its leading `/` and trailing punctuation
/// take the Arabic side.
pub fn ltr(text: &str) -> String {
    format!("\u{2066}{text}\u{2069}")
}
