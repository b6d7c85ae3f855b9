//! The overlays' part of the view: the share pane (its text laid out, the
//! formats, the targets) and the help (every action with its keys, laid
//! out for the width of the screen).

use std::ops::Range;
use std::rc::Rc;

use ratatui::layout::Rect;

use crate::app::hints::{help_close, isolated_keys, share_keys};
use crate::app::keymap::{Keymap, help_lines};
use crate::app::model::{Model, Overlay};
use crate::app::runtime::Runtime;
use crate::app::share::{TARGETS, pane_area, pane_lines};
use crate::app::ui::text::ui_paragraph;
use crate::i18n::{HelpStrings, ShareStrings};
use crate::layout::{VisualLine, display_width};
use crate::share::{Format, ShareKind};

/// The share pane as drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct ShareView {
    /// Where it goes, within the screen.
    pub area: Rect,
    pub title: String,
    /// The footer: its keys, or how to close the code.
    pub keys: String,
    /// The QR code, when asked for, and whether it fits the pane.
    pub qr: Option<(Vec<String>, bool)>,
    pub qr_too_big: &'static str,
    /// The share text laid out for the pane's width.
    pub lines: Rc<Vec<VisualLine>>,
    pub more_lines: &'static str,
    /// "Format: text · markdown · json", and the bytes of the current one.
    pub formats: (String, Range<usize>),
    /// Numbered targets, and which is selected.
    pub targets: Vec<String>,
    pub selected: usize,
}

/// The help overlay as drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct Help {
    pub title: &'static str,
    pub close: String,
    /// Laid out for the overlay's text width.
    pub rows: Vec<HelpRow>,
    pub scroll: usize,
    /// The overlay's width.
    pub width: u16,
}

/// Keys (on an entry's first row) and what they do, laid out.
pub type HelpRow = (Option<VisualLine>, VisualLine);

/// The widest the help overlay gets.
const HELP_WIDTH: u16 = 84;

pub fn share(model: &Model, rt: &Runtime) -> Option<ShareView> {
    if model.overlay != Overlay::Share {
        return None;
    }
    let pane = model.share.pane.as_ref()?;
    let screen = Rect::new(0, 0, model.size.0, model.size.1);
    let area = pane_area(model, rt).intersection(screen);
    let s = ShareStrings::get(model.lang);
    let what = match pane.share.kind {
        ShareKind::Article => s.article.to_string(),
        ShareKind::Quote(n) => format!("{} {n}", s.paragraph),
    };
    let inner = Rect::new(
        area.x + 2,
        area.y + 1,
        area.width.saturating_sub(4),
        area.height.saturating_sub(2),
    );
    // Asked to scan only a code that is drawn.
    let qr = pane.qr.as_ref().map(|code| {
        let width = code.first().map_or(0, |l| l.chars().count());
        let fits = width as u16 <= inner.width && code.len() as u16 <= inner.height;
        (code.clone(), fits)
    });
    let keys = share_keys(&rt.keymap, model.lang, qr.as_ref().map(|(_, fits)| *fits));
    let targets = TARGETS
        .iter()
        .enumerate()
        .map(|(i, target)| format!("{}  {}", i + 1, target.label(s)))
        .collect();
    Some(ShareView {
        area,
        title: format!("{} · {what}", s.title),
        keys,
        qr,
        qr_too_big: s.qr_too_big,
        lines: pane_lines(model, rt),
        more_lines: s.more_lines,
        formats: formats(s, pane.format, model.mirrored()),
        targets,
        selected: pane.selected,
    })
}

/// "Format: text · markdown · json", the current one's bytes. The names
/// are isolated here, as one left-to-right run in an Arabic line, so that
/// the highlight's range is the name's own bytes in the text laid out.
fn formats(s: &ShareStrings, format: Format, mirrored: bool) -> (String, Range<usize>) {
    let (open, close) = if mirrored {
        ("\u{2066}", "\u{2069}")
    } else {
        ("", "")
    };
    let mut text = format!("{} {open}", s.format);
    let mut current = 0..0;
    for (i, f) in Format::ALL.iter().enumerate() {
        if i > 0 {
            text.push_str(" · ");
        }
        let start = text.len();
        text.push_str(f.name());
        if *f == format {
            current = start..text.len();
        }
    }
    text.push_str(close);
    (text, current)
}

pub fn help(model: &Model, keymap: &Keymap) -> Option<Help> {
    let Overlay::Help { scroll } = model.overlay else {
        return None;
    };
    let width = model.size.0.min(HELP_WIDTH);
    let s = model.strings();
    Some(Help {
        title: s.help_title,
        close: help_close(keymap, s),
        rows: help_rows(model, keymap, width.saturating_sub(4)),
        scroll,
        width,
    })
}

/// The help's rows for a text width. The keys column is as wide as the
/// widest keys of the language shown; what does not fit its column wraps
/// onto the next row.
fn help_rows(model: &Model, keymap: &Keymap, width: u16) -> Vec<HelpRow> {
    let h = HelpStrings::get(model.lang);
    let mirrored = model.mirrored();
    let mut lines: Vec<(String, &str)> = help_lines(keymap, model.lang)
        .into_iter()
        .map(|l| (isolated_keys(&l.keys, mirrored), l.what))
        .collect();
    lines.push((h.mouse_keys.to_string(), h.mouse));
    let keys_width = lines
        .iter()
        .map(|(k, _)| display_width(k))
        .max()
        .unwrap_or(0)
        .min(usize::from(width) / 2);
    let what_width = usize::from(width).saturating_sub(keys_width + 2).max(1);
    let opts = &model.opts;
    let mut out = Vec::new();
    for (keys, what) in lines {
        let keys = ui_paragraph(&keys, keys_width.max(1), mirrored, opts);
        let what = ui_paragraph(what, what_width, mirrored, opts);
        let count = keys.len().max(what.len());
        let mut keys = keys.into_iter();
        let mut what = what.into_iter();
        for _ in 0..count {
            let w = what.next().unwrap_or_else(|| empty_line(mirrored));
            out.push((keys.next(), w));
        }
    }
    out
}

fn empty_line(rtl: bool) -> VisualLine {
    VisualLine {
        text: String::new(),
        width: 0,
        cells: Vec::new(),
        source: 0..0,
        rtl,
    }
}
