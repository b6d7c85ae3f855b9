//! The view: everything a frame shows, derived from the model each turn of
//! the loop. The panes come from the size, the list's rows and the open
//! article's lines on screen come through the layout caches, and the
//! status line, help and share pane are worked out here, so drawing reads
//! only the view and the theme and nothing has to be prepared by hand.

mod links;
mod overlays;
mod search;

use std::ops::Range;
use std::rc::Rc;

use crate::document::byline::{SEPARATOR, minutes};
use crate::i18n::{self, Noun, count};
use crate::layout::{LayoutOptions, VisualLine, display_width};

use super::archiving;
use super::cache::{Doc, DocLine};
use super::geometry::Panes;
use super::hints::{keys, status_hints};
use super::indexing;
use super::isolate;
use super::model::{MessageKind, Model, Only, Overlay, Pane};
use super::rows::RowLines;
use super::runtime::Runtime;
use super::share::block_of;
use super::ui::text::{Label, Side, inset, label, ui_paragraph};
use super::{Action, keymap::Keymap};
use ratatui::layout::Rect;

pub use links::LinksView;
pub use overlays::{Help, HelpRow, ShareView};

/// One frame, as plain data.
#[derive(Debug, Clone, PartialEq)]
pub struct View {
    /// The size the panes are placed for.
    pub size: (u16, u16),
    /// Arabic interface: list on the right, text from the right.
    pub mirrored: bool,
    /// Display options, for the interface's own text too.
    pub opts: LayoutOptions,
    pub panes: Panes,
    pub focus: Pane,
    pub list: Option<ListPane>,
    pub reader: Option<ReaderPane>,
    pub status: Status,
    pub share: Option<ShareView>,
    pub help: Option<Help>,
    /// Where the terminal's cursor shows, if anywhere: the search line's
    /// caret.
    pub cursor: Option<(u16, u16)>,
    /// The link list, over the reading pane.
    pub links: Option<LinksView>,
}

/// The list pane: its header and the rows on screen.
#[derive(Debug, Clone, PartialEq)]
pub struct ListPane {
    /// The header's labels: position, count, filter and kind filter at its
    /// end, the pane's name at its start (none without a header).
    pub header: Option<[Label; 2]>,
    /// What the pane says when it lists no article.
    pub empty: Option<Label>,
    pub rows: Vec<ListRow>,
}

/// One article in the list, two rows on screen.
#[derive(Debug, Clone, PartialEq)]
pub struct ListRow {
    pub selected: bool,
    pub unread: bool,
    pub bookmarked: bool,
    /// Laid out for the pane's width; `None` when there is no room.
    pub lines: Option<Rc<RowLines>>,
}

/// The reading pane: its header and the article's page or the welcome.
#[derive(Debug, Clone, PartialEq)]
pub struct ReaderPane {
    /// The header's labels: the pane's name, and how far through the
    /// article with the minutes left.
    pub header: Option<Vec<Label>>,
    pub body: ReaderBody,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ReaderBody {
    /// No article open: how to open one, notices, the samples' hint,
    /// each paragraph laid out for the pane's width.
    Welcome(Vec<Vec<VisualLine>>),
    Page(Page),
}

/// The open article's lines on screen.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// The lines on screen, from the laid-out article (kept in the layout
    /// cache).
    pub lines: Vec<DocLine>,
    /// Lines in the whole article laid out, and the first one on screen.
    pub total: usize,
    pub scroll: usize,
    /// Search matches on each line on screen: the bytes, and whether it is
    /// the current match.
    pub matches: Vec<Vec<(Range<usize>, bool)>>,
    /// The paragraph under the paragraph cursor, as a body block.
    pub cursor: Option<usize>,
}

impl Page {
    /// The lines on screen.
    pub fn lines(&self) -> &[DocLine] {
        &self.lines
    }
}

/// The bottom row.
#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    /// The search line: its prompt, and the query as typed laid out for
    /// the rest of the row (none when the row has no room left).
    Search {
        prompt: VisualLine,
        query: Option<VisualLine>,
    },
    Text {
        label: Label,
        kind: StatusKind,
    },
}

/// How the status line's text is styled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusKind {
    Info,
    Warning,
    Hints,
}

/// Derives the frame for the model: pure but for the caches it fills (the
/// same model gives the same view whether they were warm or cold).
pub fn view(model: &Model, rt: &Runtime) -> View {
    let panes = rt.panes(model);
    let status_area = panes.status.unwrap_or_default();
    let (status, cursor) = match model.overlay {
        Overlay::Search => search::search_line(model, status_area),
        _ => (status(model, &rt.keymap, status_area), None),
    };
    View {
        size: model.size,
        mirrored: model.mirrored(),
        opts: model.opts,
        panes,
        focus: model.focus,
        list: panes.list.map(|_| list_pane(model, rt, &panes)),
        reader: panes.reader.map(|_| reader_pane(model, rt)),
        status,
        share: overlays::share(model, rt),
        help: overlays::help(model, &rt.keymap),
        cursor,
        links: links::links(model, rt),
    }
}

fn list_pane(model: &Model, rt: &Runtime, panes: &Panes) -> ListPane {
    let s = model.strings();
    let list = &model.list;
    let total = list.visible.len();
    let position = if total == 0 { 0 } else { list.selected + 1 };
    let counter = match &list.filter {
        Some(query) => format!("{}: {query}  {position}/{total}", s.filtered),
        None => format!("{position}/{total}"),
    };
    let counter = match list.only {
        Only::All => counter,
        Only::Bookmarked => format!("★ {counter}"),
        Only::Unread => format!("● {counter}"),
    };
    let (mirrored, opts) = (model.mirrored(), &model.opts);
    let words = i18n::LibraryStrings::get(model.lang);
    // The list's name, then its order: `Articles · newest`.
    let title = [s.library, words.sort_name(list.sort)].join(SEPARATOR);
    let header = panes.list_header().map(|header| {
        let inner = inset(header);
        let counter_cells = display_width(&counter) as u16 + 2;
        let title_area = shrink_end(inner, counter_cells, mirrored);
        [
            label(&counter, inner, Side::End, mirrored, opts),
            label(&title, title_area, Side::Start, mirrored, opts),
        ]
    });
    // Emptied by the filter being typed: say which query found nothing.
    let empty = list.visible.is_empty().then(|| match &list.filter {
        Some(query) => format!("{} «{query}»", s.no_match),
        None => s.no_articles.to_string(),
    });
    let empty = empty.zip(panes.list_rows()).map(|(text, rows)| {
        let first = Rect::new(rows.x, rows.y, rows.width, 1);
        label(&text, inset(first), Side::Start, mirrored, opts)
    });
    let capacity = panes.list_rows().map_or(0, |r| (r.height / 2) as usize);
    let rows = list
        .visible
        .iter()
        .enumerate()
        .skip(list.offset)
        .take(capacity.max(1))
        .map(|(position, &index)| {
            let article = model.library.articles.get(index);
            let lines = article.and_then(|_| rt.row_lines(model, index));
            let mark = |f: &dyn Fn(&str) -> bool| article.is_some_and(|a| f(&a.id));
            ListRow {
                selected: position == list.selected,
                unread: mark(&|id| !model.store.is_read(id)),
                bookmarked: mark(&|id| model.store.is_bookmarked(id)),
                lines,
            }
        })
        .collect();
    ListPane {
        header,
        empty,
        rows,
    }
}

fn reader_pane(model: &Model, rt: &Runtime) -> ReaderPane {
    let s = model.strings();
    let progress = rt.progress(model).map(|(percent, left)| {
        let percent = percent.to_string();
        match left {
            0 => i18n::fill(s.progress_done, &[&percent]),
            left => i18n::fill(s.progress, &[&percent, &minutes(model.lang, left)]),
        }
    });
    let body = match rt.doc(model) {
        Some(doc) => ReaderBody::Page(page(model, rt, doc)),
        None => {
            let width = rt.panes(model).reader_text().map_or(1, |r| r.width);
            let mirrored = model.mirrored();
            let lay = |text: &String| ui_paragraph(text, usize::from(width), mirrored, &model.opts);
            ReaderBody::Welcome(welcome(model, &rt.keymap).iter().map(lay).collect())
        }
    };
    let (mirrored, opts) = (model.mirrored(), &model.opts);
    let header = rt.panes(model).reader_header().map(|header| {
        let inner = inset(header);
        let mut labels = Vec::new();
        let mut progress_cells = 0;
        if let Some(progress) = &progress {
            progress_cells = display_width(progress) as u16 + 2;
            labels.push(label(progress, inner, Side::End, mirrored, opts));
        }
        let title_area = shrink_end(inner, progress_cells, mirrored);
        labels.push(label(s.reading, title_area, Side::Start, mirrored, opts));
        labels
    });
    ReaderPane { header, body }
}

fn page(model: &Model, rt: &Runtime, doc: Rc<Doc>) -> Page {
    let scroll = rt.scroll(model);
    let height = rt.reader_height(model);
    let reader = &model.reader;
    let cursor = model
        .share
        .cursor
        .and_then(|(_, n)| model.open_article().and_then(|a| block_of(a, n)));
    let lines: Vec<DocLine> = doc.lines_from(scroll).take(height).collect();
    // Only the matches on each line, so drawing costs the same with many.
    let matches = lines
        .iter()
        .map(|line| {
            let source = &line.line.source;
            reader
                .matches
                .iter()
                .enumerate()
                .filter(|(_, m)| {
                    m.part == line.part
                        && m.range.start < source.end.max(source.start + 1)
                        && m.range.end > source.start
                })
                .map(|(i, m)| (m.range.clone(), Some(i) == reader.current))
                .collect()
        })
        .collect();
    Page {
        lines,
        total: doc.len(),
        scroll,
        matches,
        cursor,
    }
}

/// No article open yet: how to open one, what went wrong loading, and for
/// the sample library, how to add articles of one's own.
fn welcome(model: &Model, keymap: &Keymap) -> Vec<String> {
    let s = model.strings();
    let open = keys(keymap, &[Action::Open]);
    let mut paragraphs = vec![format!("{open} {}", s.open_hint)];
    if model.library.is_sample {
        let dir = model.library_dir.as_ref().map_or_else(
            || "~/.local/share/qari/articles".to_string(),
            |d| d.display().to_string(),
        );
        // A path reads left to right even in an Arabic sentence.
        paragraphs.push(format!("{} {}", s.sample_hint, isolate::ltr(&dir)));
        paragraphs.push("qari import FILE.txt".to_string());
    }
    paragraphs.extend(model.notices.iter().cloned());
    paragraphs
}

/// The status line when the search line is not open: a question waiting
/// for its key, else the latest message, else skipped files, else key
/// hints.
fn status(model: &Model, keymap: &Keymap, area: Rect) -> Status {
    let s = model.strings();
    // A question waits for its answer: nothing else is said meanwhile.
    let asking = match model.overlay {
        Overlay::Confirm(question) => Some(archiving::question_text(model, keymap, question)),
        _ => None,
    };
    let (text, kind) = match (&model.message, asking) {
        (_, Some(question)) => (question, StatusKind::Warning),
        (Some((text, MessageKind::Info)), None) => (text.clone(), StatusKind::Info),
        (Some((text, MessageKind::Warning)), None) => (text.clone(), StatusKind::Warning),
        (None, None) if model.indexing.is_some() => {
            let progress = model
                .indexing
                .as_ref()
                .map(|p| indexing::progress_text(model, p));
            (progress.unwrap_or_default(), StatusKind::Info)
        }
        (None, None) if !model.library.problems.is_empty() => {
            let files = count(model.lang, Noun::File, model.library.problems.len() as u64);
            (i18n::fill(s.skipped_files, &[&files]), StatusKind::Warning)
        }
        (None, None) => (
            status_hints(keymap, model.lang, model.focus),
            StatusKind::Hints,
        ),
    };
    let inner = if area.width >= 3 {
        Rect::new(area.x + 1, area.y, area.width - 2, 1)
    } else {
        area
    };
    let label = label(&text, inner, Side::Start, model.mirrored(), &model.opts);
    Status::Text { label, kind }
}

/// A row without `cells` at its end side.
fn shrink_end(row: Rect, cells: u16, mirrored: bool) -> Rect {
    let width = row.width.saturating_sub(cells);
    let x = if mirrored {
        row.x + (row.width - width)
    } else {
        row.x
    };
    Rect::new(x, row.y, width, row.height)
}
