//! Colours and text styles, in one struct so a configuration can replace them.

use ratatui::style::{Color, Modifier, Style};

use super::display::Background;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    pub text: Style,
    pub title: Style,
    pub heading: Style,
    pub byline: Style,
    pub quote: Style,
    pub dim: Style,
    pub selected: Style,
    pub unread: Style,
    pub bookmark: Style,
    pub focused_header: Style,
    pub header: Style,
    pub separator: Style,
    pub scrollbar: Style,
    pub status: Style,
    pub message: Style,
    pub warning: Style,
    pub search: Style,
    pub match_: Style,
    pub current_match: Style,
    pub overlay: Style,
}

impl Default for Theme {
    fn default() -> Self {
        Theme::dark()
    }
}

impl Theme {
    /// The colours for a terminal with this background.
    pub fn for_background(background: Background) -> Theme {
        match background {
            Background::Dark => Theme::dark(),
            Background::Light => Theme::light(),
        }
    }

    /// For a light background: no text in white, light grey or yellow,
    /// which a white background swallows; the terminal's own foreground
    /// where colour says nothing.
    pub fn light() -> Theme {
        let bold = Modifier::BOLD;
        Theme {
            heading: Style::new().fg(Color::Blue).add_modifier(bold),
            byline: Style::new().fg(Color::DarkGray),
            quote: Style::new()
                .fg(Color::Magenta)
                .add_modifier(Modifier::ITALIC),
            dim: Style::new().fg(Color::DarkGray),
            unread: Style::new().fg(Color::Blue).add_modifier(bold),
            bookmark: Style::new().fg(Color::Red).add_modifier(bold),
            focused_header: Style::new()
                .fg(Color::White)
                .bg(Color::Blue)
                .add_modifier(bold),
            header: Style::new().fg(Color::Black).bg(Color::Gray),
            separator: Style::new().fg(Color::DarkGray),
            scrollbar: Style::new().fg(Color::Blue),
            status: Style::new().fg(Color::DarkGray),
            message: Style::new().fg(Color::Black).add_modifier(bold),
            warning: Style::new().fg(Color::Red).add_modifier(bold),
            search: Style::new().fg(Color::Black).add_modifier(bold),
            overlay: Style::new().fg(Color::Black).bg(Color::White),
            ..Theme::dark()
        }
    }

    /// For a dark background.
    pub fn dark() -> Theme {
        let bold = Modifier::BOLD;
        Theme {
            text: Style::new(),
            title: Style::new().add_modifier(bold),
            heading: Style::new().fg(Color::Cyan).add_modifier(bold),
            byline: Style::new().fg(Color::Gray),
            quote: Style::new()
                .fg(Color::Yellow)
                .add_modifier(Modifier::ITALIC),
            dim: Style::new().fg(Color::DarkGray),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            unread: Style::new().fg(Color::Green).add_modifier(bold),
            bookmark: Style::new().fg(Color::Yellow).add_modifier(bold),
            focused_header: Style::new()
                .fg(Color::Black)
                .bg(Color::Cyan)
                .add_modifier(bold),
            header: Style::new().fg(Color::Black).bg(Color::DarkGray),
            separator: Style::new().fg(Color::DarkGray),
            scrollbar: Style::new().fg(Color::Cyan),
            status: Style::new().fg(Color::Gray),
            message: Style::new().fg(Color::White).add_modifier(bold),
            warning: Style::new().fg(Color::Yellow).add_modifier(bold),
            search: Style::new().fg(Color::White).add_modifier(bold),
            match_: Style::new().fg(Color::Black).bg(Color::Yellow),
            current_match: Style::new()
                .fg(Color::Black)
                .bg(Color::LightRed)
                .add_modifier(bold),
            overlay: Style::new().fg(Color::White).bg(Color::Black),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// xterm's default palette, the one a user sees the issue in.
    fn rgb(color: Color, default: [u8; 3]) -> [u8; 3] {
        const PALETTE: [[u8; 3]; 16] = [
            [0, 0, 0],
            [0xcd, 0, 0],
            [0, 0xcd, 0],
            [0xcd, 0xcd, 0],
            [0, 0, 0xee],
            [0xcd, 0, 0xcd],
            [0, 0xcd, 0xcd],
            [0xe5, 0xe5, 0xe5],
            [0x7f, 0x7f, 0x7f],
            [0xff, 0, 0],
            [0, 0xff, 0],
            [0xff, 0xff, 0],
            [0x5c, 0x5c, 0xff],
            [0xff, 0, 0xff],
            [0, 0xff, 0xff],
            [0xff, 0xff, 0xff],
        ];
        let index = match color {
            Color::Reset => return default,
            Color::Rgb(r, g, b) => return [r, g, b],
            Color::Black => 0,
            Color::Red => 1,
            Color::Green => 2,
            Color::Yellow => 3,
            Color::Blue => 4,
            Color::Magenta => 5,
            Color::Cyan => 6,
            Color::Gray => 7,
            Color::DarkGray => 8,
            Color::LightRed => 9,
            Color::LightGreen => 10,
            Color::LightYellow => 11,
            Color::LightBlue => 12,
            Color::LightMagenta => 13,
            Color::LightCyan => 14,
            Color::White => 15,
            Color::Indexed(i) => usize::from(i).min(15),
        };
        PALETTE[index]
    }

    /// WCAG 2 contrast ratio of two colours.
    fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
        let lum = |c: [u8; 3]| {
            let lin = |v: u8| {
                let v = f64::from(v) / 255.0;
                if v <= 0.03928 {
                    v / 12.92
                } else {
                    ((v + 0.055) / 1.055).powf(2.4)
                }
            };
            0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2])
        };
        let (x, y) = (lum(a), lum(b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }

    fn styles(t: &Theme) -> Vec<(&'static str, Style)> {
        vec![
            ("text", t.text),
            ("title", t.title),
            ("heading", t.heading),
            ("byline", t.byline),
            ("quote", t.quote),
            ("dim", t.dim),
            ("selected", t.selected),
            ("unread", t.unread),
            ("bookmark", t.bookmark),
            ("focused_header", t.focused_header),
            ("header", t.header),
            ("separator", t.separator),
            ("scrollbar", t.scrollbar),
            ("status", t.status),
            ("message", t.message),
            ("warning", t.warning),
            ("search", t.search),
            ("match", t.match_),
            ("current_match", t.current_match),
            ("overlay", t.overlay),
        ]
    }

    /// Every style's text against what it is drawn on, with the terminal's
    /// own colours where the style leaves them: at least 3:1 (WCAG's
    /// minimum for large or bold text).
    fn assert_readable(theme: &Theme, fg: [u8; 3], bg: [u8; 3]) {
        for (name, style) in styles(theme) {
            let mut pair = (
                rgb(style.fg.unwrap_or(Color::Reset), fg),
                rgb(style.bg.unwrap_or(Color::Reset), bg),
            );
            if style.add_modifier.contains(Modifier::REVERSED) {
                pair = (pair.1, pair.0);
            }
            let ratio = contrast(pair.0, pair.1);
            assert!(ratio >= 3.0, "{name}: {pair:?} has contrast {ratio:.2}");
        }
    }

    #[test]
    fn the_light_theme_reads_on_white() {
        assert_readable(&Theme::light(), [0, 0, 0], [0xff, 0xff, 0xff]);
    }

    #[test]
    fn the_dark_theme_reads_on_black() {
        assert_readable(&Theme::dark(), [0xff, 0xff, 0xff], [0, 0, 0]);
    }

    #[test]
    fn the_dark_theme_on_white_is_what_the_light_one_is_for() {
        // The search line and the status line vanish on white: the reason
        // for a light theme at all.
        let dark = Theme::dark();
        let on_white = |s: Style| contrast(rgb(s.fg.unwrap_or(Color::Reset), [0; 3]), [0xff; 3]);
        assert!(on_white(dark.search) < 1.5);
        assert!(on_white(dark.status) < 1.5);
    }
}
