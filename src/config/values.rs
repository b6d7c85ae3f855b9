//! The values a setting can take, and how they are spelled in the file,
//! the environment and `qari config`.

use crate::article::order::SortOrder;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use ratatui::style::Color;

use crate::article::scan::LibraryLinks;
use crate::i18n::UiLang;
use crate::layout::{Digits, Justify, Shaping, Tashkeel};

/// A setting with a fixed set of spellings.
pub trait Choice: Copy + PartialEq + Sized + 'static {
    const NAMES: &'static [(&'static str, Self)];

    fn parse(s: &str) -> Result<Self, String> {
        let wanted = s.trim().to_ascii_lowercase();
        Self::NAMES
            .iter()
            .find(|(name, _)| *name == wanted)
            .map(|(_, v)| *v)
            .ok_or_else(|| format!("`{s}` is not one of {}", Self::spellings()))
    }

    fn name(&self) -> &'static str {
        Self::NAMES
            .iter()
            .find(|(_, v)| v == self)
            .map(|(name, _)| *name)
            .unwrap_or("?")
    }

    fn spellings() -> String {
        let names: Vec<&str> = Self::NAMES.iter().map(|(n, _)| *n).collect();
        names.join(", ")
    }
}

/// The interface language; `Auto` follows the locale (LC_ALL, LC_MESSAGES, LANG).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ui {
    Auto,
    Lang(UiLang),
}

impl Choice for Ui {
    const NAMES: &'static [(&'static str, Self)] = &[
        ("auto", Ui::Auto),
        ("ar", Ui::Lang(UiLang::Ar)),
        ("en", Ui::Lang(UiLang::En)),
    ];
}

/// Which side the list goes: `Auto` mirrors for the Arabic interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mirror {
    Auto,
    /// List on the right, reading pane on the left.
    Mirrored,
    /// List on the left.
    Unmirrored,
}

impl Choice for Mirror {
    const NAMES: &'static [(&'static str, Self)] = &[
        ("auto", Mirror::Auto),
        ("mirrored", Mirror::Mirrored),
        ("unmirrored", Mirror::Unmirrored),
    ];
}

/// Who shapes Arabic: qari (`On`), the terminal (`Off`), or whichever suits
/// the terminal qari finds itself in (`Auto`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ShapeSetting {
    Auto,
    On,
    Off,
}

impl ShapeSetting {
    /// The engine's shaping for this setting. `Auto` shapes: whichever way
    /// qari's rows go to the terminal, they are in visual order, and a
    /// terminal that joins letters itself (mlterm) would join them across
    /// the wrong neighbours.
    pub fn shaping(self) -> Shaping {
        match self {
            ShapeSetting::On | ShapeSetting::Auto => Shaping::On,
            ShapeSetting::Off => Shaping::Off,
        }
    }
}

impl Choice for ShapeSetting {
    const NAMES: &'static [(&'static str, Self)] = &[
        ("auto", ShapeSetting::Auto),
        ("on", ShapeSetting::On),
        ("off", ShapeSetting::Off),
    ];
}

/// Who runs a bidi algorithm on the screen: `Qari` alone (the terminal
/// draws cells as given), or the `Terminal` too, on every row, so qari
/// marks its rows to keep their order; `Auto` goes by the terminal found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum BidiSetting {
    Auto,
    Qari,
    Terminal,
}

impl Choice for BidiSetting {
    const NAMES: &'static [(&'static str, Self)] = &[
        ("auto", BidiSetting::Auto),
        ("qari", BidiSetting::Qari),
        ("terminal", BidiSetting::Terminal),
    ];
}

/// The reader's colours: for a light or a dark background, or `Auto`, from
/// what the terminal says its background is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ThemeSetting {
    Auto,
    Light,
    Dark,
}

impl Choice for ThemeSetting {
    const NAMES: &'static [(&'static str, Self)] = &[
        ("auto", ThemeSetting::Auto),
        ("light", ThemeSetting::Light),
        ("dark", ThemeSetting::Dark),
    ];
}

impl Choice for Tashkeel {
    const NAMES: &'static [(&'static str, Self)] =
        &[("keep", Tashkeel::Keep), ("strip", Tashkeel::Strip)];
}

impl Choice for Digits {
    const NAMES: &'static [(&'static str, Self)] = &[
        ("keep", Digits::Keep),
        ("arabic", Digits::Arabic),
        ("latin", Digits::Latin),
    ];
}

impl Choice for LibraryLinks {
    const NAMES: &'static [(&'static str, Self)] = &[
        ("inside", LibraryLinks::Inside),
        ("follow", LibraryLinks::Follow),
    ];
}

impl Choice for Justify {
    const NAMES: &'static [(&'static str, Self)] =
        &[("none", Justify::None), ("kashida", Justify::Kashida)];
}

/// `date` is what `qari list --sort` calls newest first; `newest` is
/// understood too.
impl Choice for SortOrder {
    const NAMES: &'static [(&'static str, Self)] = &[
        ("date", SortOrder::Newest),
        ("newest", SortOrder::Newest),
        ("oldest", SortOrder::Oldest),
        ("title", SortOrder::Title),
        ("source", SortOrder::Source),
        ("unread", SortOrder::Unread),
    ];
}

/// A theme colour as written (`"cyan"`, `"#1e90ff"`) and as drawn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Colour {
    pub spelling: String,
    pub color: Color,
}

const COLOUR_NAMES: &[(&str, Color)] = &[
    ("default", Color::Reset),
    ("black", Color::Black),
    ("red", Color::Red),
    ("green", Color::Green),
    ("yellow", Color::Yellow),
    ("blue", Color::Blue),
    ("magenta", Color::Magenta),
    ("cyan", Color::Cyan),
    ("gray", Color::Gray),
    ("darkgray", Color::DarkGray),
    ("lightred", Color::LightRed),
    ("lightgreen", Color::LightGreen),
    ("lightyellow", Color::LightYellow),
    ("lightblue", Color::LightBlue),
    ("lightmagenta", Color::LightMagenta),
    ("lightcyan", Color::LightCyan),
    ("white", Color::White),
];

impl Colour {
    /// A terminal colour name (`light-blue`, `dark_gray` and `grey` are
    /// accepted too) or `#rrggbb`.
    pub fn parse(s: &str) -> Result<Colour, String> {
        let t = s.trim();
        if let Some(hex) = t.strip_prefix('#') {
            let ok = hex.len() == 6 && hex.bytes().all(|b| b.is_ascii_hexdigit());
            let channel = |i: usize| {
                ok.then(|| u8::from_str_radix(&hex[i..i + 2], 16).ok())
                    .flatten()
            };
            return match (channel(0), channel(2), channel(4)) {
                (Some(r), Some(g), Some(b)) => Ok(Colour {
                    spelling: format!("#{}", hex.to_ascii_lowercase()),
                    color: Color::Rgb(r, g, b),
                }),
                _ => Err(format!("`{s}` is not a #rrggbb colour")),
            };
        }
        let key: String = t
            .to_ascii_lowercase()
            .chars()
            .filter(|c| !matches!(c, '-' | '_' | ' '))
            .collect::<String>()
            .replace("grey", "gray");
        COLOUR_NAMES
            .iter()
            .find(|(name, _)| *name == key)
            .map(|(name, color)| Colour {
                spelling: (*name).to_string(),
                color: *color,
            })
            .ok_or_else(|| {
                format!("`{s}` is not a colour: use #rrggbb or a terminal colour name such as cyan, lightblue, darkgray")
            })
    }
}

/// One key, as written in `[keys]`: `"u"`, `"G"`, `"ctrl-d"`, `"alt-x"`,
/// `"enter"`, `"esc"`, `"tab"`, `"space"`, `"backspace"`, arrows
/// (`"up"`, ...), `"pgup"`, `"pgdn"`, `"home"`, `"end"`, `"f1"`..`"f12"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyChord {
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
}

impl KeyChord {
    pub fn parse(s: &str) -> Result<KeyChord, String> {
        let mut modifiers = KeyModifiers::NONE;
        let mut rest = s;
        loop {
            let lower = rest.to_ascii_lowercase();
            let (prefix_len, m) = if lower.starts_with("ctrl-") {
                (5, KeyModifiers::CONTROL)
            } else if lower.starts_with("alt-") {
                (4, KeyModifiers::ALT)
            } else {
                break;
            };
            if rest.len() == prefix_len {
                break;
            }
            modifiers |= m;
            rest = &rest[prefix_len..];
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) if !c.is_control() => KeyCode::Char(c),
            _ => named_key(&rest.to_ascii_lowercase()).ok_or_else(|| {
                format!("`{s}` is not a key: use a character, ctrl-x, alt-x, enter, esc, tab, space, backspace, up, down, left, right, pgup, pgdn, home, end or f1..f12")
            })?,
        };
        Ok(KeyChord { code, modifiers })
    }

    /// The spelling `parse` reads back.
    pub fn spelling(&self) -> String {
        let key = match self.code {
            KeyCode::Char(' ') => "space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::F(n) => format!("f{n}"),
            other => NAMED_KEYS
                .iter()
                .find(|(_, k)| *k == other)
                .map(|(n, _)| (*n).to_string())
                .unwrap_or_else(|| format!("{other:?}").to_lowercase()),
        };
        let mut out = String::new();
        if self.modifiers.contains(KeyModifiers::CONTROL) {
            out.push_str("ctrl-");
        }
        if self.modifiers.contains(KeyModifiers::ALT) {
            out.push_str("alt-");
        }
        out + &key
    }
}

const NAMED_KEYS: &[(&str, KeyCode)] = &[
    ("enter", KeyCode::Enter),
    ("esc", KeyCode::Esc),
    ("tab", KeyCode::Tab),
    ("backtab", KeyCode::BackTab),
    ("backspace", KeyCode::Backspace),
    ("delete", KeyCode::Delete),
    ("insert", KeyCode::Insert),
    ("up", KeyCode::Up),
    ("down", KeyCode::Down),
    ("left", KeyCode::Left),
    ("right", KeyCode::Right),
    ("pgup", KeyCode::PageUp),
    ("pgdn", KeyCode::PageDown),
    ("home", KeyCode::Home),
    ("end", KeyCode::End),
];

fn named_key(name: &str) -> Option<KeyCode> {
    match name {
        "space" => return Some(KeyCode::Char(' ')),
        "escape" => return Some(KeyCode::Esc),
        "return" => return Some(KeyCode::Enter),
        "pageup" => return Some(KeyCode::PageUp),
        "pagedown" => return Some(KeyCode::PageDown),
        _ => {}
    }
    if let Some(n) = name.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()) {
        return (1..=12).contains(&n).then_some(KeyCode::F(n));
    }
    NAMED_KEYS.iter().find(|(n, _)| *n == name).map(|(_, k)| *k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_read_their_spellings_and_reject_others() {
        assert_eq!(Digits::parse("Arabic"), Ok(Digits::Arabic));
        assert_eq!(Digits::Arabic.name(), "arabic");
        let err = ShapeSetting::parse("sideways").unwrap_err();
        assert!(err.contains("auto, on, off"), "{err}");
    }

    #[test]
    fn colours_by_name_or_hex() {
        assert_eq!(Colour::parse("cyan").unwrap().color, Color::Cyan);
        assert_eq!(Colour::parse("Light-Blue").unwrap().color, Color::LightBlue);
        assert_eq!(Colour::parse("dark_grey").unwrap().color, Color::DarkGray);
        assert_eq!(
            Colour::parse("#1E90ff").unwrap(),
            Colour {
                spelling: "#1e90ff".into(),
                color: Color::Rgb(0x1e, 0x90, 0xff)
            }
        );
        assert!(Colour::parse("#12345").is_err());
        assert!(Colour::parse("#12345g").is_err());
        assert!(Colour::parse("chartreuse").is_err());
    }

    #[test]
    fn keys_round_trip_through_their_spelling() {
        for s in [
            "u",
            "G",
            "ctrl-d",
            "alt-x",
            "enter",
            "space",
            "pgdn",
            "f5",
            "ctrl-alt-k",
            "-",
        ] {
            let chord = KeyChord::parse(s).unwrap();
            assert_eq!(chord.spelling(), s, "{s}");
        }
        assert_eq!(
            KeyChord::parse("ctrl-c").unwrap(),
            KeyChord {
                code: KeyCode::Char('c'),
                modifiers: KeyModifiers::CONTROL
            }
        );
        assert!(KeyChord::parse("hyper-q").is_err());
        assert!(KeyChord::parse("").is_err());
        assert!(KeyChord::parse("f13").is_err());
    }
}
