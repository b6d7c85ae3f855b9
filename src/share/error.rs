use std::path::PathBuf;

/// Why a share could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ShareError {
    #[error("the article has no paragraph {wanted}: it has {count} (headings are not counted)")]
    NoParagraph { wanted: usize, count: usize },

    #[error(
        "Facebook shares a link and this article has no URL; \
         try x, whatsapp, telegram or email instead"
    )]
    NoUrl,

    #[error(
        "Telegram ignores a shared message that starts with @ (it reads it as a bot's name), \
         and this article has no URL to put first; try x, whatsapp or email"
    )]
    TelegramAt,

    #[error(
        "the text is {bytes} bytes, too long for a QR code (at most {max}); {hint}",
        hint = qr_hint(.quote)
    )]
    TooLongForQr {
        bytes: usize,
        max: usize,
        /// A quote was shared: the article's excerpt is shorter.
        quote: bool,
    },

    #[error(
        "standard output is not a terminal, so the clipboard cannot be reached \
         (OSC 52 goes through the terminal); run it in a terminal, or use --to stdout or --to file"
    )]
    NotATerminal,

    #[error(
        "tmux is set to drop a program's clipboard copy (set-clipboard external or off, \
         allow-passthrough off); run `tmux set -s set-clipboard on` (or put it in ~/.tmux.conf) \
         and copy again"
    )]
    TmuxDropsClipboard,

    #[error(
        "no folder for shared files: set [share] folder in the configuration, or use --to file:PATH"
    )]
    NoFolder,

    #[error(
        "{}: every numbered name up to {max} is taken",
        crate::article::sanitize::inline(&.path.to_string_lossy())
    )]
    NamesTaken { path: PathBuf, max: usize },

    #[error(
        "{}: a device or special file, not a place to save a share; name a file or folder",
        crate::article::sanitize::inline(&.path.to_string_lossy())
    )]
    Special { path: PathBuf },

    /// The path only: the reason is the source, which `{:#}` adds once.
    #[error("{}", crate::article::sanitize::inline(&.path.to_string_lossy()))]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

fn qr_hint(quote: &bool) -> &'static str {
    if *quote {
        "share the article instead (its excerpt is about 280 characters), or quote a shorter paragraph"
    } else {
        "a code of an article with a URL carries only the URL; try --format text for a shorter one"
    }
}
