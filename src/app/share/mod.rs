//! The share pane over the reading pane, and the paragraph cursor that
//! picks a paragraph to share as a quote. Plain state and updates; the
//! clipboard, files and links are `Effect`s the loop runs (`perform`).

pub mod perform;

use std::cell::RefCell;
use std::path::PathBuf;
use std::rc::Rc;

use crate::i18n::ShareStrings;

use super::action::Action;
use super::cache::Part;
use super::effects::Effect;
use super::model::{MessageKind, Model, Overlay};
use super::runtime::Runtime;
use crate::article::{Article, Block};
use crate::layout::{Direction, LayoutOptions, VisualLine, layout_paragraph};
use crate::share::{self, Format, Share, ShareError, ShareKind, Site, links, qr};

/// The pane's targets, in the order of their numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaneTarget {
    Copy,
    Save,
    Link(Site),
    Qr,
}

pub const TARGETS: [PaneTarget; 8] = [
    PaneTarget::Copy,
    PaneTarget::Save,
    PaneTarget::Link(Site::X),
    PaneTarget::Link(Site::WhatsApp),
    PaneTarget::Link(Site::Telegram),
    PaneTarget::Link(Site::Facebook),
    PaneTarget::Link(Site::Email),
    PaneTarget::Qr,
];

impl PaneTarget {
    pub fn label(self, s: &ShareStrings) -> &'static str {
        match self {
            PaneTarget::Copy => s.copy,
            PaneTarget::Save => s.save,
            PaneTarget::Link(Site::X) => s.x,
            PaneTarget::Link(Site::WhatsApp) => s.whatsapp,
            PaneTarget::Link(Site::Telegram) => s.telegram,
            PaneTarget::Link(Site::Facebook) => s.facebook,
            PaneTarget::Link(Site::Email) => s.email,
            PaneTarget::Qr => s.qr,
        }
    }
}

/// Sharing's part of the reader's state.
#[derive(Debug, Default)]
pub struct ShareState {
    /// The paragraph cursor: the article and its paragraph (1-based,
    /// headings not counted, as `qari share --quote` counts).
    pub cursor: Option<(usize, usize)>,
    pub pane: Option<SharePane>,
    /// Where saved shares go; `None` is the documents folder.
    pub folder: Option<PathBuf>,
}

/// The open share pane.
#[derive(Debug)]
pub struct SharePane {
    pub article: usize,
    pub share: Share,
    pub format: Format,
    /// Index into `TARGETS`.
    pub selected: usize,
    /// The QR code, shown in place of the text once asked for.
    pub qr: Option<Vec<String>>,
}

/// What the pane's lines depend on: the text, its format, the width and
/// the options.
type LaidFor = (String, Format, usize, LayoutOptions);

/// The share pane's text as last laid out, with what it was laid out for.
#[derive(Debug, Default)]
pub struct PaneLinesCache(RefCell<Option<(LaidFor, Rc<Vec<VisualLine>>)>>);

impl SharePane {
    pub fn text(&self) -> String {
        share::render(&self.share, self.format)
    }
}

/// `s`: the pane for the open article (or the list's selection), quoting
/// the paragraph under the cursor when there is one.
pub fn open(state: &mut Model) {
    let s = ShareStrings::get(state.lang);
    let Some(index) = state.reader.article.or(state.selected_article()) else {
        state.message = Some((s.nothing_open.to_string(), MessageKind::Info));
        return;
    };
    let quote = state
        .share
        .cursor
        .filter(|(a, _)| *a == index)
        .map(|(_, n)| n);
    let Some(article) = state.library.articles.get(index) else {
        return;
    };
    let Ok(share) = share::compose(article, quote) else {
        return;
    };
    state.share.pane = Some(SharePane {
        article: index,
        share,
        format: Format::Text,
        selected: 0,
        qr: None,
    });
    state.overlay = Overlay::Share;
}

fn close(state: &mut Model) {
    state.share.pane = None;
    state.overlay = Overlay::None;
}

/// Actions while the pane has the keyboard.
pub fn update(state: &mut Model, action: Action) -> Option<Effect> {
    let pane = state.share.pane.as_mut()?;
    let last = TARGETS.len() - 1;
    match action {
        Action::Down => pane.selected = (pane.selected + 1).min(last),
        Action::Up => pane.selected = pane.selected.saturating_sub(1),
        Action::Top => pane.selected = 0,
        Action::Bottom => pane.selected = last,
        Action::NextFormat => {
            pane.format = pane.format.next();
            pane.qr = None;
        }
        Action::Pick(n) if (1..=TARGETS.len()).contains(&usize::from(n)) => {
            pane.selected = usize::from(n) - 1;
            return send(state);
        }
        Action::Submit => return send(state),
        // The code closes first, then the pane.
        Action::Back | Action::Quit => match pane.qr.take() {
            Some(_) => {}
            None => close(state),
        },
        _ => {}
    }
    None
}

/// Sends the share to the selected target: an effect for the loop, or the
/// QR code drawn in the pane, or why it cannot be done.
fn send(state: &mut Model) -> Option<Effect> {
    let s = ShareStrings::get(state.lang);
    let pane = state.share.pane.as_mut()?;
    let text = pane.text();
    let effect = match TARGETS[pane.selected] {
        PaneTarget::Copy => Effect::Copy(text),
        PaneTarget::Save => {
            let id = state
                .library
                .articles
                .get(pane.article)
                .map_or("", |a| a.id.as_str());
            let quote = match pane.share.kind {
                ShareKind::Quote(n) => Some(n),
                ShareKind::Article => None,
            };
            Effect::Save {
                text,
                stem: share::file::stem(id, quote),
                ext: pane.format.extension(),
            }
        }
        PaneTarget::Link(site) => match links::link(&pane.share, site) {
            Ok(link) => Effect::Open(link),
            Err(e) => {
                state.message = Some((refusal(&e, s), MessageKind::Warning));
                return None;
            }
        },
        PaneTarget::Qr => {
            match qr::draw(&pane.share, pane.format) {
                Ok(lines) => pane.qr = Some(lines),
                Err(e) => state.message = Some((refusal(&e, s), MessageKind::Warning)),
            }
            return None;
        }
    };
    close(state);
    Some(effect)
}

/// Why a share was refused, in the interface's language.
fn refusal(e: &ShareError, s: &ShareStrings) -> String {
    match e {
        ShareError::NoUrl => s.no_url.to_string(),
        ShareError::TelegramAt => s.telegram_at.to_string(),
        ShareError::TooLongForQr { quote: true, .. } => s.too_long_quote.to_string(),
        ShareError::TooLongForQr { quote: false, .. } => s.too_long.to_string(),
        other => other.to_string(),
    }
}

/// The pane's text laid out for its width, laid out when first drawn and
/// kept until the width, format or options change. Each line of plain text
/// is a paragraph of its own direction; Markdown and JSON are code, read
/// left to right whatever their text.
pub fn pane_lines(state: &Model, rt: &Runtime) -> Rc<Vec<VisualLine>> {
    let Some(pane) = state.share.pane.as_ref() else {
        return Rc::default();
    };
    let width = pane_text_width(state, rt);
    let direction = match pane.format {
        Format::Text => Direction::Auto,
        Format::Markdown | Format::Json => Direction::Ltr,
    };
    let opts = LayoutOptions {
        direction,
        ..state.opts
    };
    let text = pane.text();
    let mut laid = rt.share_lines.0.borrow_mut();
    if let Some(((t, f, w, o), lines)) = laid.as_ref()
        && (t, *f, *w, *o) == (&text, pane.format, width, opts)
    {
        return Rc::clone(lines);
    }
    let lines: Vec<VisualLine> = text
        .split('\n')
        .flat_map(|line| layout_paragraph(line, width, &opts))
        .collect();
    let lines = Rc::new(lines);
    *laid = Some(((text, pane.format, width, opts), Rc::clone(&lines)));
    lines
}

/// Cells for the share text inside the pane's border and margins.
pub fn pane_text_width(state: &Model, rt: &Runtime) -> usize {
    let area = pane_area(state, rt);
    (area.width as usize).saturating_sub(4).max(1)
}

/// Where the pane goes: over the reading pane, else over the whole body.
pub fn pane_area(state: &Model, rt: &Runtime) -> ratatui::layout::Rect {
    let panes = rt.panes(state);
    panes.reader.or(panes.list).unwrap_or_default()
}

/// The body index of paragraph `n` (1-based, headings not counted).
pub fn block_of(article: &Article, n: usize) -> Option<usize> {
    article
        .body
        .iter()
        .enumerate()
        .filter(|(_, b)| !matches!(b, Block::Heading(_)))
        .nth(n.checked_sub(1)?)
        .map(|(i, _)| i)
}

/// The paragraph number of body block `index`, if it is not a heading.
fn paragraph_of(article: &Article, index: usize) -> Option<usize> {
    if matches!(article.body.get(index)?, Block::Heading(_)) {
        return None;
    }
    Some(
        article.body[..index]
            .iter()
            .filter(|b| !matches!(b, Block::Heading(_)))
            .count()
            + 1,
    )
}

/// `v`: starts the cursor on the first paragraph on screen, or leaves it.
pub fn toggle_cursor(state: &mut Model, rt: &Runtime) {
    if state.share.cursor.take().is_some() {
        return;
    }
    let (Some(index), Some(article), Some(doc)) =
        (state.reader.article, state.open_article(), rt.doc(state))
    else {
        return;
    };
    let on_screen = (rt.scroll(state)..doc.len())
        .chain(0..doc.len())
        .find_map(|l| match doc.part(l)? {
            Part::Block(i) => paragraph_of(article, i),
            _ => None,
        });
    if let Some(n) = on_screen {
        state.share.cursor = Some((index, n));
        show_cursor(state, rt);
    }
}

/// Keys of the reading pane while the cursor is on: `j`/`k` move it, `Esc`
/// leaves it. Whether the action was taken.
pub fn cursor_key(state: &mut Model, rt: &Runtime, action: Action) -> bool {
    let Some((index, n)) = state.share.cursor else {
        return false;
    };
    let count = state.open_article().map_or(0, |a| a.paragraphs().count());
    let next = match action {
        Action::Down => (n + 1).min(count),
        Action::Up => n.saturating_sub(1).max(1),
        Action::Back => {
            state.share.cursor = None;
            return true;
        }
        _ => return false,
    };
    state.share.cursor = Some((index, next));
    show_cursor(state, rt);
    true
}

/// Scrolls so the cursor's paragraph is on screen, and says how to use it.
fn show_cursor(state: &mut Model, rt: &Runtime) {
    let Some((_, n)) = state.share.cursor else {
        return;
    };
    let block = state.open_article().and_then(|a| block_of(a, n));
    let height = rt.reader_height(state).max(1);
    let lines = rt.doc(state).map(|doc| {
        let mine: Vec<usize> = (0..doc.len())
            .filter(|&i| doc.part(i) == block.map(Part::Block))
            .collect();
        (mine.first().copied(), mine.last().copied())
    });
    if let Some((Some(first), Some(last))) = lines {
        let max = rt.max_scroll(state);
        let mut scroll = rt.scroll(state);
        if first < scroll || last - first + 1 > height {
            scroll = first;
        } else if last >= scroll + height {
            scroll = last + 1 - height;
        }
        super::update::scroll_to(state, rt, scroll.min(max));
    }
    let s = ShareStrings::get(state.lang);
    let hint = super::hints::cursor_hint(&rt.keymap, state.lang);
    let text = format!("{} {n}: {hint}", s.paragraph);
    state.message = Some((text, MessageKind::Info));
}
