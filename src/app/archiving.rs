//! `D`: an article's file moves out of the list it is in, to the archive
//! (or, in a reader on the archive, back to the library), after a one-key
//! question in the status line; `A` asks the same way. The move itself is
//! an effect (`perform`, the only I/O here); what it did comes back into
//! the model through `moved`, so a failed move changes nothing.

use std::path::{Path, PathBuf};

use crate::article::archive::{self, ArchiveError};
use crate::article::sanitize;
use crate::i18n::{Noun, count, fill, io_reason};

use super::action::Action;
use super::effects::Effect;
use super::find;
use super::isolate;
use super::keymap::Keymap;
use super::marks;
use super::model::{MessageKind, Model, Overlay, Pane};
use super::runtime::Runtime;
use super::undo::{self, Change, words};

/// One of the two folders articles live in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shelf {
    Library,
    Archive,
}

impl Shelf {
    pub fn other(self) -> Shelf {
        match self {
            Shelf::Library => Shelf::Archive,
            Shelf::Archive => Shelf::Library,
        }
    }
}

/// The library and archive folders, and which of them the reader shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shelves {
    pub library: PathBuf,
    pub archive: PathBuf,
    pub showing: Shelf,
}

/// What the status line asks before doing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Question {
    /// Move this article (an index into `library.articles`) out of the list.
    Move(usize),
    /// Mark every listed article read.
    MarkAllRead,
}

/// A file to move, and whether it takes a move back (`z`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileMove {
    pub article: usize,
    pub file: PathBuf,
    pub toward: Shelf,
    pub undo: bool,
}

/// `D`: asks about the open article in the reader, the selected one in the
/// list; says why not when it has no file or there is no archive folder.
pub fn ask_move(state: &mut Model) {
    let Some(index) = marks::target(state) else {
        return;
    };
    let w = words(state.lang);
    let title = title_of(state, index);
    if state.library.articles[index].path.is_none() {
        warn(state, fill(w.no_file, &[&title]));
    } else if state.shelves.is_none() {
        warn(state, w.no_archive.to_string());
    } else {
        state.overlay = Overlay::Confirm(Question::Move(index));
    }
}

/// `A`: asks before marking every listed article read.
pub fn ask_mark_all_read(state: &mut Model) {
    if !state.list.visible.is_empty() {
        state.overlay = Overlay::Confirm(Question::MarkAllRead);
    }
}

/// What the status line says while it asks.
pub fn question_text(state: &Model, keymap: &Keymap, question: Question) -> String {
    let w = words(state.lang);
    // Every key that says yes (`y/D`), each kept left to right.
    let yes: Vec<String> = keymap
        .labels_of(&["confirm"])
        .iter()
        .map(|k| isolate::ltr(k))
        .collect();
    let yes = yes.join("/");
    match question {
        Question::Move(index) => {
            let template = match state.shelves.as_ref().map(|s| s.showing) {
                Some(Shelf::Archive) => w.ask_restore,
                _ => w.ask_archive,
            };
            fill(template, &[&yes, &title_of(state, index)])
        }
        Question::MarkAllRead => {
            let n = count(state.lang, Noun::Article, state.list.visible.len() as u64);
            fill(w.ask_all_read, &[&n, &yes])
        }
    }
}

/// The key that answered the question: yes does it, any other says no.
pub fn answer(state: &mut Model, rt: &Runtime, action: Action) -> Option<Effect> {
    let Overlay::Confirm(question) = std::mem::replace(&mut state.overlay, Overlay::None) else {
        return None;
    };
    if action != Action::Confirm {
        state.message = Some((words(state.lang).cancelled.to_string(), MessageKind::Info));
        return None;
    }
    match question {
        Question::MarkAllRead => {
            undo::mark_all_read(state, rt);
            None
        }
        Question::Move(article) => {
            let file = state.library.articles.get(article)?.path.clone()?;
            let toward = state.shelves.as_ref()?.showing.other();
            Some(Effect::Move(FileMove {
                article,
                file,
                toward,
                undo: false,
            }))
        }
    }
}

/// Runs a move: the file goes to the same place under the other folder.
pub fn perform(state: &mut Model, rt: &Runtime, file: FileMove) {
    let result = match &state.shelves {
        Some(shelves) => move_file(shelves, &file),
        None => return,
    };
    moved(state, rt, file, result);
}

fn move_file(shelves: &Shelves, file: &FileMove) -> Result<PathBuf, ArchiveError> {
    match file.toward {
        Shelf::Archive => archive::archive(&file.file, &shelves.library, &shelves.archive),
        Shelf::Library => archive::restore(&file.file, &shelves.archive, &shelves.library),
    }
}

/// What a move did, into the model: the article leaves the list (or comes
/// back to its place when a move is taken back), and the status line says
/// so; a failed move changes nothing but the status line, and a move back
/// that failed can be tried again.
pub fn moved(
    state: &mut Model,
    rt: &Runtime,
    file: FileMove,
    result: Result<PathBuf, ArchiveError>,
) {
    let w = words(state.lang);
    let title = title_of(state, file.article);
    let now_at = match result {
        Ok(path) => path,
        Err(err) => {
            let why = reason(state, &err);
            if file.undo {
                state.undo.push(Change::Moved {
                    article: file.article,
                    now_at: file.file,
                    toward: file.toward.other(),
                });
            }
            warn(state, fill(w.move_failed, &[&title, &why]));
            return;
        }
    };
    if file.undo {
        state.list.gone.remove(&file.article);
        find::refresh(state, rt, Some(file.article));
        let text = fill(w.back_in_place, &[&title]);
        state.message = Some((text, MessageKind::Info));
        return;
    }
    leave_list(state, rt, file.article);
    state.undo.push(Change::Moved {
        article: file.article,
        now_at,
        toward: file.toward,
    });
    let done = match file.toward {
        Shelf::Archive => fill(w.archived, &[&title]),
        Shelf::Library => fill(w.restored, &[&title]),
    };
    state.message = Some((undo::with_hint(state, rt, &done), MessageKind::Info));
}

/// Takes an article out of the list; the selection goes to its neighbour
/// (the next one, else the one before) if it was on it, and the reading
/// pane closes if it was open there.
fn leave_list(state: &mut Model, rt: &Runtime, article: usize) {
    let visible = &state.list.visible;
    let keep = match visible.iter().position(|&i| i == article) {
        Some(at) if at == state.list.selected => visible
            .get(at + 1)
            .or_else(|| at.checked_sub(1).and_then(|b| visible.get(b)))
            .copied(),
        _ => state.selected_article(),
    };
    state.list.gone.insert(article);
    if state.reader.article == Some(article) {
        state.reader.article = None;
        state.reader.matches.clear();
        state.reader.current = None;
        state.focus = Pane::List;
    }
    find::refresh(state, rt, keep);
}

/// Why a move failed, in the interface's language, paths on one line.
fn reason(state: &Model, err: &ArchiveError) -> String {
    let w = words(state.lang);
    let path = |p: &Path| isolate::ltr(&sanitize::inline(&p.to_string_lossy()));
    match err {
        ArchiveError::Outside { folder, .. } => fill(w.outside, &[&path(folder)]),
        ArchiveError::Exists(taken) => fill(w.name_taken, &[&path(taken)]),
        ArchiveError::Io { path: at, source } => {
            format!("{}: {}", path(at), io_reason(state.lang, source))
        }
    }
}

fn title_of(state: &Model, index: usize) -> String {
    state
        .library
        .articles
        .get(index)
        .map(|a| sanitize::inline(&a.title))
        .unwrap_or_default()
}

fn warn(state: &mut Model, text: String) {
    state.message = Some((text, MessageKind::Warning));
}
