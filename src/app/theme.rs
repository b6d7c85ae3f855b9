//! Colours and text styles, in one struct so a configuration can replace them.

use ratatui::style::{Color, Modifier, Style};

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
