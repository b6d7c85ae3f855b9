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
use crate::app::ui::text::{Label, Side, label, ui_paragraph};
use crate::i18n::{HelpStrings, ShareStrings};
use crate::layout::{VisualLine, display_width};
use crate::share::{Format, ShareKind};

/// The share pane as drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct ShareView {
    /// Where it goes, within the screen.
    pub area: Rect,
    /// On its top and bottom borders: what is shared, and its keys or how
    /// to close the code.
    pub title: Label,
    pub keys: Label,
    /// The QR code, when asked for: the code when it fits the pane, else
    /// the line saying it does not.
    pub qr: Option<Result<Vec<String>, Label>>,
    /// The share text laid out for the pane's width, and how many of its
    /// lines are shown.
    pub lines: Rc<Vec<VisualLine>>,
    pub shown: usize,
    /// "… N more lines", when not all fit.
    pub more: Option<Label>,
    /// "Format: text · markdown · json", and the bytes of the current one.
    pub formats: Option<(Label, Range<usize>)>,
    /// The numbered targets that fit, and which is selected.
    pub targets: Vec<Label>,
    pub selected: usize,
}

/// The help overlay as drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct Help {
    /// The overlay, centred on the screen above the status line.
    pub area: Rect,
    /// On its top and bottom borders.
    pub title: Label,
    pub close: Label,
    /// Laid out for the overlay's text width.
    pub rows: Vec<HelpRow>,
    pub scroll: usize,
}

/// Keys (on an entry's first row) and what they do, laid out.
pub type HelpRow = (Option<VisualLine>, VisualLine);

/// The widest the help overlay gets.
const HELP_WIDTH: u16 = 84;

/// Rows under the share text: a blank, the format, and the targets.
const CONTROLS: u16 = 2 + TARGETS.len() as u16;

/// The share pane, when it is open and has room.
pub fn share(model: &Model, rt: &Runtime) -> Option<ShareView> {
    if model.overlay != Overlay::Share {
        return None;
    }
    let pane = model.share.pane.as_ref()?;
    let screen = Rect::new(0, 0, model.size.0, model.size.1);
    let area = pane_area(model, rt).intersection(screen);
    if area.width < 6 || area.height < 4 {
        return None;
    }
    let s = ShareStrings::get(model.lang);
    let (mirrored, opts) = (model.mirrored(), &model.opts);
    let at = |text: &str, area: Rect, side: Side| label(text, area, side, mirrored, opts);
    let what = match pane.share.kind {
        ShareKind::Article => s.article.to_string(),
        ShareKind::Quote(n) => format!("{} {n}", s.paragraph),
    };
    let edge = |y: u16| Rect::new(area.x + 1, y, area.width - 2, 1);
    let inner = Rect::new(area.x + 2, area.y + 1, area.width - 4, area.height - 2);
    // Asked to scan only a code that is drawn.
    let qr = pane.qr.as_ref().map(|code| {
        let width = code.first().map_or(0, |l| l.chars().count());
        let fits = width as u16 <= inner.width && code.len() as u16 <= inner.height;
        fits.then(|| code.clone())
            .ok_or_else(|| at(s.qr_too_big, inner, Side::Start))
    });
    let keys = share_keys(&rt.keymap, model.lang, qr.as_ref().map(Result::is_ok));
    let text_rows = inner.height - CONTROLS.min(inner.height);
    // What does not fit is counted on the last row, so a long quote is not
    // taken for a cut one: all of it is sent.
    let lines = pane_lines(model, rt);
    let hidden = lines.len().saturating_sub(usize::from(text_rows));
    let shown = if hidden > 0 {
        text_rows.saturating_sub(1)
    } else {
        text_rows
    };
    let more = (hidden > 0 && text_rows > 0).then(|| {
        let row = Rect::new(inner.x, inner.y + shown, inner.width, 1);
        at(
            &format!("… {} {}", hidden + 1, s.more_lines),
            row,
            Side::Start,
        )
    });
    let mut rows =
        (inner.y + text_rows + 1..inner.bottom()).map(|y| Rect::new(inner.x, y, inner.width, 1));
    let formats = rows.next().map(|row| {
        let (text, current) = formats(s, pane.format, mirrored);
        (at(&text, row, Side::Start), current)
    });
    let targets = TARGETS
        .iter()
        .zip(rows)
        .enumerate()
        .map(|(i, (target, row))| at(&format!("{}  {}", i + 1, target.label(s)), row, Side::Start))
        .collect();
    Some(ShareView {
        area,
        title: at(&format!("{} · {what}", s.title), edge(area.y), Side::Start),
        keys: at(&keys, edge(area.bottom() - 1), Side::End),
        qr,
        lines,
        shown: usize::from(shown),
        more,
        formats,
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

/// The help, when it is open and the screen has room for it.
pub fn help(model: &Model, keymap: &Keymap) -> Option<Help> {
    let Overlay::Help { scroll } = model.overlay else {
        return None;
    };
    let (screen_width, screen_height) = model.size;
    let width = screen_width.min(HELP_WIDTH);
    if width < 6 {
        return None;
    }
    let rows = help_rows(model, keymap, width - 4);
    let height = screen_height.saturating_sub(1).min(rows.len() as u16 + 2);
    if height < 3 {
        return None;
    }
    let x = (screen_width - width) / 2;
    let y = (screen_height.saturating_sub(1) - height) / 2;
    let edge = |y| Rect::new(x + 2, y, width - 4, 1);
    let (mirrored, opts) = (model.mirrored(), &model.opts);
    let s = model.strings();
    let close = help_close(keymap, s);
    Some(Help {
        area: Rect::new(x, y, width, height),
        title: label(s.help_title, edge(y), Side::Start, mirrored, opts),
        close: label(&close, edge(y + height - 1), Side::End, mirrored, opts),
        rows,
        scroll,
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
