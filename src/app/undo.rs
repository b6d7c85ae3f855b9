//! `z`: the changes that can be taken back (an archived article, a mark
//! of every article read, a bookmark), kept as a short stack in the model.
//! Taking back a move is a file move again, so it is an effect the loop
//! runs; the rest is the reading state in memory.

use std::path::PathBuf;

use crate::i18n::{UiLang, UndoStrings, fill};

use super::action::Action;
use super::archiving::{FileMove, Shelf};
use super::effects::Effect;
use super::find;
use super::isolate;
use super::marks;
use super::model::{MessageKind, Model};
use super::runtime::Runtime;

/// How many changes `z` can take back, the oldest forgotten first.
pub const DEPTH: usize = 20;

/// One change `z` can take back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// An article's file moved towards `toward` and is now at `now_at`.
    Moved {
        article: usize,
        now_at: PathBuf,
        toward: Shelf,
    },
    /// `A`: each article's read mark before it, by id.
    Marks(Vec<(String, bool)>),
    /// A bookmark set or removed; `was` is whether it was bookmarked.
    Bookmark { id: String, was: bool },
}

/// The changes, the latest last, at most [`DEPTH`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UndoStack {
    changes: Vec<Change>,
}

impl UndoStack {
    pub fn push(&mut self, change: Change) {
        self.changes.push(change);
        if self.changes.len() > DEPTH {
            self.changes.remove(0);
        }
    }

    pub fn pop(&mut self) -> Option<Change> {
        self.changes.pop()
    }

    pub fn len(&self) -> usize {
        self.changes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }
}

/// What was done, and the key that undoes it.
pub fn with_hint(state: &Model, rt: &Runtime, done: &str) -> String {
    let key = isolate::ltr(&rt.keymap.first_label(Action::Undo));
    fill(words(state.lang).undo_hint, &[done, &key])
}

/// `m`, remembered so `z` can take it back.
pub fn bookmark(state: &mut Model, rt: &Runtime) {
    let Some(id) = marks::target(state).map(|i| state.library.articles[i].id.clone()) else {
        return;
    };
    let was = state.store.is_bookmarked(&id);
    marks::apply(state, rt, Action::ToggleBookmark);
    state.undo.push(Change::Bookmark { id, was });
    hint_message(state, rt);
}

/// `A` once confirmed: every listed article read, each one's mark before
/// remembered.
pub fn mark_all_read(state: &mut Model, rt: &Runtime) {
    let before: Vec<(String, bool)> = state
        .list
        .visible
        .iter()
        .map(|&i| {
            let id = state.library.articles[i].id.clone();
            let read = state.store.is_read(&id);
            (id, read)
        })
        .collect();
    marks::apply(state, rt, Action::MarkAllRead);
    state.undo.push(Change::Marks(before));
    hint_message(state, rt);
}

/// Adds the undo key to the message the change left.
fn hint_message(state: &mut Model, rt: &Runtime) {
    if let Some((text, kind)) = state.message.take() {
        state.message = Some((with_hint(state, rt, &text), kind));
    }
}

/// `z`: takes the latest change back. A move comes back as an effect; if
/// it fails, the change stays to be tried again.
pub fn undo(state: &mut Model, rt: &Runtime) -> Option<Effect> {
    let w = words(state.lang);
    let Some(change) = state.undo.pop() else {
        say(state, w.nothing_to_undo);
        return None;
    };
    match change {
        Change::Moved {
            article,
            now_at,
            toward,
        } => {
            return Some(Effect::Move(FileMove {
                article,
                file: now_at,
                toward: toward.other(),
                undo: true,
            }));
        }
        Change::Marks(before) => {
            for (id, read) in before {
                state.store.set_read(&id, read);
            }
            say(state, w.marks_back);
        }
        Change::Bookmark { id, was } => {
            if state.store.is_bookmarked(&id) != was {
                state.store.toggle_bookmark(&id);
            }
            say(state, w.bookmark_back);
        }
    }
    // A list of unread or bookmarked articles only shows them again.
    let keep = state.selected_article();
    find::refresh(state, rt, keep);
    None
}

fn say(state: &mut Model, text: &str) {
    state.message = Some((text.to_string(), MessageKind::Info));
}

pub fn words(lang: UiLang) -> &'static UndoStrings {
    UndoStrings::get(lang)
}
