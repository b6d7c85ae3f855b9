//! Where a share goes.

use std::fmt;
use std::path::PathBuf;
use std::str::FromStr;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Stdout,
    /// The terminal's clipboard, through OSC 52.
    Clipboard,
    /// A new file: in the share folder, or at (or in) the path given.
    File(Option<PathBuf>),
    Link(Site),
    Qr,
}

/// The sites and apps a share link is made for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Site {
    X,
    WhatsApp,
    Telegram,
    Facebook,
    Email,
}

impl Site {
    pub const ALL: [Site; 5] = [
        Site::X,
        Site::WhatsApp,
        Site::Telegram,
        Site::Facebook,
        Site::Email,
    ];

    /// The name used by `--to`.
    pub fn name(self) -> &'static str {
        match self {
            Site::X => "x",
            Site::WhatsApp => "whatsapp",
            Site::Telegram => "telegram",
            Site::Facebook => "facebook",
            Site::Email => "email",
        }
    }

    /// The name people know it by.
    pub fn label(self) -> &'static str {
        match self {
            Site::X => "X",
            Site::WhatsApp => "WhatsApp",
            Site::Telegram => "Telegram",
            Site::Facebook => "Facebook",
            Site::Email => "Email",
        }
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Target::Stdout => f.write_str("stdout"),
            Target::Clipboard => f.write_str("clipboard"),
            Target::File(None) => f.write_str("file"),
            Target::File(Some(p)) => write!(f, "file:{}", p.display()),
            Target::Link(site) => f.write_str(site.name()),
            Target::Qr => f.write_str("qr"),
        }
    }
}

impl FromStr for Target {
    type Err = String;

    fn from_str(s: &str) -> Result<Target, String> {
        if let Some(path) = s.strip_prefix("file:") {
            if path.is_empty() {
                return Err("file: needs a path after the colon, e.g. file:quote.md".into());
            }
            return Ok(Target::File(Some(PathBuf::from(path))));
        }
        match s {
            "stdout" | "-" => Ok(Target::Stdout),
            "clipboard" => Ok(Target::Clipboard),
            "file" => Ok(Target::File(None)),
            "qr" => Ok(Target::Qr),
            _ => Site::ALL
                .into_iter()
                .find(|site| site.name() == s)
                .map(Target::Link)
                .ok_or_else(|| {
                    format!(
                        "unknown target {s:?}: use stdout, clipboard, file, file:PATH, \
                         x, whatsapp, telegram, facebook, email or qr"
                    )
                }),
        }
    }
}
