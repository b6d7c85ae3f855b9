//! Where each pane goes for a terminal size: pure arithmetic shared by
//! drawing and by `update` (page sizes, mouse clicks, layout width).

use ratatui::layout::Rect;

use crate::app::model::Pane;

/// From this width on, both panes are shown side by side.
pub const WIDE: u16 = 100;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Panes {
    pub list: Option<Rect>,
    pub reader: Option<Rect>,
    /// The column between the panes when both are shown.
    pub separator: Option<Rect>,
    /// The bottom row: hints, messages, the search line.
    pub status: Option<Rect>,
    /// Arabic interface: list on the right, scrollbar on the left.
    pub mirrored: bool,
}

/// Splits the screen: panes side by side from `WIDE` columns (list on the
/// right when mirrored), else only the focused one; the last row is status.
pub fn panes((width, height): (u16, u16), mirrored: bool, focus: Pane) -> Panes {
    let mut out = Panes {
        list: None,
        reader: None,
        separator: None,
        status: None,
        mirrored,
    };
    if width == 0 || height == 0 {
        return out;
    }
    out.status = Some(Rect::new(0, height - 1, width, 1));
    let body_height = height - 1;
    if body_height == 0 {
        return out;
    }
    if width >= WIDE {
        let list_width = (width * 2 / 5).clamp(30, 60);
        let reader_width = width - list_width - 1;
        let (list_x, sep_x, reader_x) = if mirrored {
            (reader_width + 1, reader_width, 0)
        } else {
            (0, list_width, list_width + 1)
        };
        out.list = Some(Rect::new(list_x, 0, list_width, body_height));
        out.separator = Some(Rect::new(sep_x, 0, 1, body_height));
        out.reader = Some(Rect::new(reader_x, 0, reader_width, body_height));
    } else {
        let whole = Rect::new(0, 0, width, body_height);
        match focus {
            Pane::List => out.list = Some(whole),
            Pane::Reader => out.reader = Some(whole),
        }
    }
    out
}

fn below_header(rect: Rect) -> Option<Rect> {
    (rect.height >= 2 && rect.width > 0)
        .then(|| Rect::new(rect.x, rect.y + 1, rect.width, rect.height - 1))
}

fn header(rect: Rect) -> Option<Rect> {
    (rect.height >= 2 && rect.width > 0).then(|| Rect::new(rect.x, rect.y, rect.width, 1))
}

impl Panes {
    pub fn list_header(&self) -> Option<Rect> {
        self.list.and_then(header)
    }

    /// The list's rows, two per article.
    pub fn list_rows(&self) -> Option<Rect> {
        self.list.and_then(below_header)
    }

    /// Cells for a row's text, after margins and the unread dot.
    pub fn list_text_width(&self) -> Option<usize> {
        let list = self.list?;
        (list.width > 0).then(|| (list.width as usize).saturating_sub(4).max(1))
    }

    pub fn reader_header(&self) -> Option<Rect> {
        self.reader.and_then(header)
    }

    /// The article's text: below the header, inside a margin on one side
    /// and the scrollbar on the other.
    pub fn reader_text(&self) -> Option<Rect> {
        let body = self.reader.and_then(below_header)?;
        if body.width < 4 {
            return Some(body);
        }
        Some(Rect::new(body.x + 1, body.y, body.width - 2, body.height))
    }

    pub fn reader_text_width(&self) -> Option<usize> {
        self.reader_text().map(|r| r.width as usize)
    }

    /// The scroll indicator's column, at the screen's outer edge.
    pub fn reader_scrollbar(&self) -> Option<Rect> {
        let body = self.reader.and_then(below_header)?;
        if body.width < 4 {
            return None;
        }
        let x = if self.mirrored {
            body.x
        } else {
            body.x + body.width - 1
        };
        Some(Rect::new(x, body.y, 1, body.height))
    }

    /// Which pane a screen position falls in.
    pub fn pane_at(&self, column: u16, row: u16) -> Option<Pane> {
        let inside = |r: Option<Rect>| {
            r.is_some_and(|r| {
                column >= r.x && column < r.x + r.width && row >= r.y && row < r.y + r.height
            })
        };
        if inside(self.list) {
            Some(Pane::List)
        } else if inside(self.reader) {
            Some(Pane::Reader)
        } else {
            None
        }
    }

    /// The pane drawn on the left (`left`) or right of the screen; with one
    /// pane at a time, the one that would be there when both are shown.
    pub fn pane_on_side(&self, left: bool) -> Pane {
        if left != self.mirrored {
            Pane::List
        } else {
            Pane::Reader
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_screens_show_both_panes_mirrored_for_arabic() {
        let en = panes((120, 30), false, Pane::List);
        let ar = panes((120, 30), true, Pane::List);
        assert_eq!(en.list.map(|r| r.x), Some(0));
        assert!(en.reader.is_some_and(|r| r.x > 0));
        assert_eq!(ar.reader.map(|r| r.x), Some(0));
        assert!(ar.list.is_some_and(|r| r.x + r.width == 120));
        assert_eq!(en.pane_on_side(true), Pane::List);
        assert_eq!(ar.pane_on_side(true), Pane::Reader);
    }

    #[test]
    fn narrow_screens_show_the_focused_pane() {
        let p = panes((80, 24), false, Pane::Reader);
        assert!(p.list.is_none());
        assert_eq!(p.reader, Some(Rect::new(0, 0, 80, 23)));
        assert_eq!(p.status, Some(Rect::new(0, 23, 80, 1)));
    }

    #[test]
    fn tiny_screens_have_no_panes() {
        assert!(panes((1, 1), true, Pane::List).list.is_none());
        let zero = panes((0, 0), false, Pane::List);
        assert!(zero.status.is_none() && zero.list.is_none());
    }
}
