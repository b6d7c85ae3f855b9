//! The library index built or brought up to date while the reader runs (a
//! large library): the reader starts at once on what the index held, the
//! work of `index::background` runs on a thread, and the loop puts what it
//! sends into the model between turns: progress for the status line,
//! batches of articles the list grows by (a first build), or the whole
//! list when files changed, which updates the articles that changed, adds
//! the new ones and takes the gone ones off the list. Articles keep their
//! places in `library.articles`, so the selection, the open article and
//! every other index the model holds stay true.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Instant;

use crate::article::scan::LibraryLinks;
use crate::article::{Article, Library, LoadProblem};
use crate::i18n::{LibraryStrings, fill};
use crate::index::background::{self, Update};
use crate::index::store::SharedTable;

use super::model::{MessageKind, Model};
use super::runtime::Runtime;
use super::sorting;

/// Progress is shown when more files than this are to be read.
pub const SHOWN_FROM: usize = 1000;

/// The index's progress as the status line shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub all: usize,
    /// Files read a second so far.
    pub per_second: u64,
    /// Seconds left at that rate.
    pub left: u64,
}

/// The work on its thread, and what the loop needs to put its news in the
/// model.
#[derive(Debug)]
pub struct Indexing {
    news: mpsc::Receiver<Update>,
    started: Instant,
    folder: PathBuf,
    /// The reader shows the archive: no samples when it is empty.
    archive: bool,
}

/// What [`Indexing::spawn`] needs: the library folder, how its links are
/// followed, and whether the reader shows the archive.
#[derive(Debug, Clone)]
pub struct Start {
    pub folder: PathBuf,
    pub links: LibraryLinks,
    pub archive: bool,
}

impl Indexing {
    /// Starts bringing the index of the library folder `start.folder` up
    /// to date, reading the search store's table with the other users of
    /// `table`, when given.
    pub fn spawn(start: Start, table: Option<SharedTable>) -> Indexing {
        let (tell, news) = mpsc::channel();
        let Start {
            folder,
            links,
            archive,
        } = start;
        let library = folder.clone();
        std::thread::spawn(move || {
            let send = |update| tell.send(update).is_ok();
            background::update(&library, links, table, &send);
        });
        Indexing::receiving(news, folder, archive)
    }

    /// The news of work on the library folder `folder` coming from `news`
    /// (tests send their own).
    pub fn receiving(news: mpsc::Receiver<Update>, folder: PathBuf, archive: bool) -> Indexing {
        Indexing {
            news,
            started: Instant::now(),
            folder,
            archive,
        }
    }

    /// Puts what the work sent so far into the model. Returns whether
    /// anything came, and whether the work is done.
    pub fn take(&self, model: &mut Model, rt: &Runtime) -> (bool, bool) {
        let mut any = false;
        loop {
            let update = match self.news.try_recv() {
                Ok(update) => update,
                Err(mpsc::TryRecvError::Empty) => return (any, false),
                // The thread ended without a word: only on a bug.
                Err(mpsc::TryRecvError::Disconnected) => {
                    model.indexing = None;
                    return (any, true);
                }
            };
            any = true;
            match update {
                Update::Progress { done, all } => progress(model, self.started, done, all),
                Update::Batch(articles, problems) => {
                    add(model, rt, articles, problems);
                }
                Update::Whole(articles, problems) => {
                    whole(model, rt, &self.folder, articles, problems);
                }
                Update::Done(note) => {
                    done(model, rt, note, self.archive, &self.folder);
                    return (true, true);
                }
            }
        }
    }
}

/// The loop's part: the work's news into the model; once it is done, the
/// list's filter (which searched titles alone meanwhile) searches bodies
/// again, at once when a filter is set. Returns whether anything came.
pub fn turn(model: &mut Model, rt: &mut Runtime) -> bool {
    let Some(indexing) = &rt.indexing else {
        return false;
    };
    let (news, done) = indexing.take(model, rt);
    if done {
        rt.indexing = None;
        rt.clear_list_index();
        // A filter found among titles alone is searched again with the
        // bodies now, not at the next key.
        if model.list.filter.is_some() {
            super::find::refilter(model, rt);
        }
    }
    news
}

fn progress(model: &mut Model, started: Instant, done: usize, all: usize) {
    if all <= SHOWN_FROM {
        return;
    }
    let secs = started.elapsed().as_secs_f64().max(0.001);
    let rate = done as f64 / secs;
    let left = (all.saturating_sub(done)) as f64 / rate.max(1.0);
    model.indexing = Some(Progress {
        done,
        all,
        per_second: rate as u64,
        left: left.ceil() as u64,
    });
}

/// The status line's words for `progress`.
pub fn progress_text(model: &Model, p: &Progress) -> String {
    let s = LibraryStrings::get(model.lang);
    let numbers = [p.done, p.all, p.per_second as usize, p.left as usize];
    let numbers = numbers.map(|n| n.to_string());
    fill(
        s.indexing,
        &[&numbers[0], &numbers[1], &numbers[2], &numbers[3]],
    )
}

/// A batch of a first build: its articles join the list.
fn add(model: &mut Model, rt: &Runtime, articles: Vec<Article>, problems: Vec<LoadProblem>) {
    model.library.problems.extend(problems);
    if articles.is_empty() {
        return;
    }
    model.library.articles.extend(articles);
    retire_samples(model);
    resort(model, rt);
}

/// The whole list from a refreshed index: articles of the folder are
/// matched by file and id; a changed one is updated (its body read again
/// when needed), a new one added, and one gone taken off the list.
fn whole(
    model: &mut Model,
    rt: &Runtime,
    folder: &Path,
    articles: Vec<Article>,
    problems: Vec<LoadProblem>,
) {
    let of_folder = |p: &Option<PathBuf>| p.as_deref().is_some_and(|p| p.starts_with(folder));
    model
        .library
        .problems
        .retain(|p| !p.path.starts_with(folder));
    model.library.problems.extend(problems);
    let places: Vec<Option<usize>> = {
        let known: HashMap<(&Path, &str), usize> = (model.library.articles.iter().enumerate())
            .filter(|(_, a)| of_folder(&a.path))
            .filter_map(|(i, a)| Some(((a.path.as_deref()?, a.id.as_str()), i)))
            .collect();
        let place = |a: &Article| Some(*known.get(&(a.path.as_deref()?, a.id.as_str()))?);
        articles.iter().map(place).collect()
    };
    let mut seen = vec![false; model.library.articles.len()];
    let mut changed = false;
    for (article, place) in articles.into_iter().zip(places) {
        let Some(i) = place else {
            model.library.articles.push(article);
            changed = true;
            continue;
        };
        seen[i] = true;
        let old = &mut model.library.articles[i];
        if !same_listing(old, &article) {
            *old = article;
            model.bodies.forget(i);
            rt.cache.forget(i);
            changed = true;
        }
    }
    for (i, seen) in seen.into_iter().enumerate() {
        let a = &model.library.articles[i];
        if !seen && of_folder(&a.path) && model.list.gone.insert(i) {
            changed = true;
        }
    }
    if changed {
        retire_samples(model);
        resort(model, rt);
    }
}

/// Whether two listings of an article say the same (bodies aside).
fn same_listing(a: &Article, b: &Article) -> bool {
    (&a.title, &a.author, &a.source, &a.url, &a.published)
        == (&b.title, &b.author, &b.source, &b.url, &b.published)
        && (&a.lang, a.dir, &a.tags, a.reading_minutes)
            == (&b.lang, b.dir, &b.tags, b.reading_minutes)
}

fn done(model: &mut Model, rt: &Runtime, note: Option<String>, archive: bool, folder: &Path) {
    model.indexing = None;
    // The search store written with the index serves the list's filter
    // now, where the reader meant to use one.
    if rt.wants_search_store()
        && let Ok(paths) = crate::index::search_store_paths(folder)
    {
        rt.open_search_store(paths);
    }
    if let Some(note) = note {
        let text = fill(
            LibraryStrings::get(model.lang).index_note,
            &[&crate::article::sanitize::inline(&note)],
        );
        model.notices.insert(0, text.clone());
        model.message = Some((text, MessageKind::Warning));
    }
    if model.library.articles.is_empty() && !archive {
        let sample = Library::sample();
        model.library.articles = sample.articles;
        model.library.problems.extend(sample.problems);
        model.library.is_sample = true;
        resort(model, rt);
    }
}

/// The samples shown while the library seemed empty leave the list once
/// articles of its own come.
fn retire_samples(model: &mut Model) {
    if !model.library.is_sample {
        return;
    }
    let articles = &model.library.articles;
    let samples = (0..articles.len()).filter(|&i| articles[i].path.is_none());
    model.list.gone.extend(samples);
    model.library.is_sample = false;
}

/// The list sorted again in its order, with its filters and selection.
fn resort(model: &mut Model, rt: &Runtime) {
    rt.library_changed();
    let order = model.list.sort;
    sorting::sort(model, rt, order);
}
