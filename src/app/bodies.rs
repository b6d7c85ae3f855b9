//! Article bodies read when they are needed. A library listed from its
//! index carries no bodies (those of a hundred thousand articles take over
//! a gigabyte): the body of the open article and of the list's selection
//! is read from its file before the loop updates or draws again, a few
//! articles ahead in the list are read on another thread, and only the
//! bodies read last stay in memory.
//!
//! An article is missing its body when it has a file, no body, and was not
//! read here: a library loaded whole never reads anything again.

use std::path::{Path, PathBuf};
use std::sync::mpsc;

use crate::article::{Article, Block, sanitize, scan};
use crate::i18n::{LibraryStrings, fill};

use super::isolate;
use super::model::{MessageKind, Model};
use super::runtime::Runtime;

/// Bodies kept besides the open article's: the ones read last.
pub const KEPT: usize = 8;

/// Articles after the selection in the list whose bodies are read ahead.
pub const AHEAD: usize = 3;

/// Why an article's body could not be read from its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unread {
    /// The file is gone since the library was listed.
    Gone,
    /// The file no longer loads; the loader's words.
    Broken(String),
    /// The file loads but no longer holds an article with this id.
    NotThere,
}

/// Which articles' bodies were read here, and which were asked of the
/// reading thread.
#[derive(Debug, Default)]
pub struct Bodies {
    /// Read here, the latest first, with why the read failed if it did
    /// (a failed read is not tried again until it leaves this list).
    resident: Vec<(usize, Option<Unread>)>,
    /// Asked of the reading thread and not back, or back with a failure
    /// (the selection then reads it again, and says why it fails).
    asked: Vec<usize>,
}

impl Bodies {
    /// Whether article `index` of `articles` needs its body read.
    pub fn missing(&self, articles: &[Article], index: usize) -> bool {
        articles
            .get(index)
            .is_some_and(|a| a.body.is_empty() && a.path.is_some())
            && !self.resident.iter().any(|(i, _)| *i == index)
    }

    /// Why article `index`'s body could not be read, if it was tried.
    pub fn failure(&self, index: usize) -> Option<&Unread> {
        let found = self.resident.iter().find(|(i, _)| *i == index);
        found.and_then(|(_, why)| why.as_ref())
    }

    /// Forgets what was read of article `index`: its file changed.
    pub fn forget(&mut self, index: usize) {
        self.resident.retain(|(i, _)| *i != index);
        self.asked.retain(|&i| i != index);
    }

    /// The articles whose bodies were read here, the latest first.
    pub fn resident(&self) -> impl Iterator<Item = usize> + '_ {
        self.resident.iter().map(|(i, _)| *i)
    }
}

/// The articles whose bodies the next update or view needs: the open one
/// and the list's selection (which the share pane and the link list act
/// on from the list), when they are missing.
pub fn wanted(model: &Model) -> Vec<usize> {
    let articles = &model.library.articles;
    let mut wanted: Vec<usize> = [model.reader.article, model.selected_article()]
        .into_iter()
        .flatten()
        .filter(|&i| model.bodies.missing(articles, i))
        .collect();
    wanted.dedup();
    wanted
}

/// The next few articles after the selection, in list order, whose bodies
/// are missing and not yet asked for.
pub fn ahead(model: &Model) -> Vec<usize> {
    let articles = &model.library.articles;
    let after = model.list.visible.iter().skip(model.list.selected + 1);
    after
        .take(AHEAD)
        .copied()
        .filter(|&i| model.bodies.missing(articles, i) && !model.bodies.asked.contains(&i))
        .collect()
}

/// Reads the article `id` from the file at `path` again: the file may have
/// changed since the library was listed, and is read as it is now.
pub fn read(path: &Path, id: &str) -> Result<Article, Unread> {
    match std::fs::symlink_metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(Unread::Gone),
        _ => {}
    }
    let articles = scan::load_file(path).map_err(|p| Unread::Broken(p.message))?;
    articles
        .into_iter()
        .find(|a| a.id == id)
        .ok_or(Unread::NotThere)
}

/// What reading article `index` needs: its file and its id.
fn source(model: &Model, index: usize) -> Option<(PathBuf, String)> {
    let article = model.library.articles.get(index)?;
    Some((article.path.clone()?, article.id.clone()))
}

/// Reads the bodies `wanted` says are missing, here and now: what the loop
/// does after each update and before each view.
pub fn load_wanted(model: &mut Model, rt: &Runtime) {
    for index in wanted(model) {
        let Some((path, id)) = source(model, index) else {
            continue;
        };
        put(model, rt, index, read(&path, &id));
    }
}

/// Puts what reading article `index` gave into the model: its body and
/// links (the list keeps what the index said of it), or, when the read
/// failed, a message saying why. Bodies beyond the ones kept are dropped.
pub fn put(model: &mut Model, rt: &Runtime, index: usize, read: Result<Article, Unread>) {
    model.bodies.asked.retain(|&i| i != index);
    model.bodies.resident.retain(|(i, _)| *i != index);
    // A layout or folding of what the article held before is not its text.
    rt.cache.forget(index);
    let failure = match read {
        Ok(article) => {
            if let Some(slot) = model.library.articles.get_mut(index) {
                slot.body = article.body;
                slot.links = article.links;
            }
            None
        }
        Err(why) => {
            say_unread(model, index, &why);
            Some(why)
        }
    };
    model.bodies.resident.insert(0, (index, failure));
    evict(model);
    if model.reader.article == Some(index) {
        super::update::body_read(model, rt);
    }
}

/// Drops the bodies read longest ago beyond the open article's and
/// [`KEPT`] others; never the open article's or the selection's.
fn evict(model: &mut Model) {
    let keep = [model.reader.article, model.selected_article()];
    while model.bodies.resident.len() > KEPT + 1 {
        let resident = &model.bodies.resident;
        let Some(at) = resident
            .iter()
            .rposition(|(i, _)| !keep.contains(&Some(*i)))
        else {
            return;
        };
        let (index, _) = model.bodies.resident.remove(at);
        if let Some(article) = model.library.articles.get_mut(index) {
            article.body = Vec::new();
            article.links = Vec::new();
        }
    }
}

/// The status line's words for a body that could not be read.
pub fn say_unread(model: &mut Model, index: usize, why: &Unread) {
    let Some(article) = model.library.articles.get(index) else {
        return;
    };
    let s = LibraryStrings::get(model.lang);
    let title = sanitize::inline(&article.title);
    let path = article.path.as_deref().map_or_else(String::new, |p| {
        isolate::ltr(&sanitize::inline(&p.to_string_lossy()))
    });
    let text = match why {
        Unread::Gone => fill(s.body_gone, &[&title, &path]),
        Unread::Broken(reason) => fill(s.body_broken, &[&title, &sanitize::inline(reason)]),
        Unread::NotThere => fill(s.body_not_there, &[&title, &path]),
    };
    model.message = Some((text, MessageKind::Warning));
}

/// A thread that reads bodies ahead of the reader: asked with the articles
/// `ahead` names, its answers taken by the loop, which puts them in the
/// model between turns (nothing is drawn from this thread).
pub struct ReadAhead {
    ask: mpsc::Sender<(usize, PathBuf, String)>,
    answers: mpsc::Receiver<(usize, Result<Article, Unread>)>,
}

impl ReadAhead {
    pub fn spawn() -> ReadAhead {
        let (ask, asked) = mpsc::channel::<(usize, PathBuf, String)>();
        let (answer, answers) = mpsc::channel();
        std::thread::spawn(move || {
            for (index, path, id) in asked {
                if answer.send((index, read(&path, &id))).is_err() {
                    break;
                }
            }
        });
        ReadAhead { ask, answers }
    }

    /// Asks for the bodies of the articles ahead of the selection.
    pub fn ask(&self, model: &mut Model) {
        for index in ahead(model) {
            let Some((path, id)) = source(model, index) else {
                continue;
            };
            if self.ask.send((index, path, id)).is_ok() {
                model.bodies.asked.push(index);
            }
        }
    }

    /// Puts the bodies read so far into the model. Returns whether
    /// anything came.
    pub fn take(&self, model: &mut Model, rt: &Runtime) -> bool {
        let mut any = false;
        while let Ok((index, read)) = self.answers.try_recv() {
            any = true;
            answered(model, rt, index, read);
        }
        any
    }

    /// Waits up to `limit` for the next answer and puts it in the model:
    /// for tests and benchmarks, which cannot wait on the loop.
    pub fn wait(&self, model: &mut Model, rt: &Runtime, limit: std::time::Duration) -> bool {
        match self.answers.recv_timeout(limit) {
            Ok((index, read)) => {
                answered(model, rt, index, read);
                true
            }
            Err(_) => false,
        }
    }
}

/// A body read ahead, into the model. A failed read stays asked, so it is
/// not asked again: the selection reads it again when it gets there, and
/// says why it fails. A body read meanwhile is not replaced.
fn answered(model: &mut Model, rt: &Runtime, index: usize, read: Result<Article, Unread>) {
    if read.is_err() {
        return;
    }
    model.bodies.asked.retain(|&i| i != index);
    if model.bodies.missing(&model.library.articles, index) {
        put(model, rt, index, read);
    }
}

/// The articles of the file read last, for the list's filter folding the
/// bodies of a library listed without them: a file of many articles (a
/// feed) is read once for all of them, which the list holds one after
/// another. No body is kept past the next file.
#[derive(Default)]
pub(crate) struct FileAtHand {
    path: Option<PathBuf>,
    articles: Vec<Article>,
}

impl FileAtHand {
    /// The body of article `id` of the file at `path` as it is now; none
    /// when the file is gone, broken or no longer holds it.
    pub(crate) fn body_of(&mut self, path: &Path, id: &str) -> &[Block] {
        if self.path.as_deref() != Some(path) {
            self.articles = scan::load_file(path).unwrap_or_default();
            self.path = Some(path.to_path_buf());
        }
        let found = self.articles.iter().find(|a| a.id == id);
        found.map_or(&[], |a| a.body.as_slice())
    }
}
