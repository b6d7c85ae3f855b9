//! The share as text, Markdown or JSON: what is copied, saved or sent.

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

use super::{Share, ShareKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    #[default]
    Text,
    Markdown,
    Json,
}

impl Format {
    pub const ALL: [Format; 3] = [Format::Text, Format::Markdown, Format::Json];

    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Json => "json",
        }
    }

    /// The extension of a saved share.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Markdown => "md",
            Format::Json => "json",
        }
    }

    /// The next format, round the list: how the pane cycles through them.
    pub fn next(self) -> Format {
        match self {
            Format::Text => Format::Markdown,
            Format::Markdown => Format::Json,
            Format::Json => Format::Text,
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Format, String> {
        Format::ALL
            .into_iter()
            .find(|f| f.name() == s || (s == "md" && *f == Format::Markdown))
            .ok_or_else(|| format!("unknown format {s:?}: use text, markdown or json"))
    }
}

/// The share in `format`, without a final line break.
pub fn render(share: &Share, format: Format) -> String {
    match format {
        Format::Text => plain(share, true),
        Format::Markdown => markdown(share),
        Format::Json => json(share),
    }
}

/// The plain-text share; `with_url: false` leaves the URL out for link
/// targets that carry it in a parameter of its own.
pub(crate) fn plain(share: &Share, with_url: bool) -> String {
    let mut lines: Vec<String> = Vec::new();
    match share.kind {
        ShareKind::Article => {
            lines.push(share.title.clone());
            if let Some(by) = byline(share) {
                lines.push(by);
            }
            if !share.text.is_empty() {
                lines.push(String::new());
                lines.push(share.text.clone());
            }
            if with_url && let Some(url) = &share.url {
                lines.push(String::new());
                lines.push(url.clone());
            }
        }
        ShareKind::Quote(_) => {
            lines.push(format!("«{}»", share.text));
            lines.push(format!("— {}", attribution(share, &share.title)));
            if with_url && let Some(url) = &share.url {
                lines.push(url.clone());
            }
        }
    }
    lines.join("\n")
}

fn markdown(share: &Share) -> String {
    let mut out = String::new();
    match share.kind {
        ShareKind::Article => {
            out.push_str(&format!("# {}", md_inline(&share.title)));
            if let Some(by) = byline(share) {
                out.push_str(&format!("\n\n*{}*", md_inline(&by)));
            }
            if !share.text.is_empty() {
                out.push_str(&format!("\n\n{}", md_block(&share.text)));
            }
            if let Some(url) = &share.url {
                out.push_str(&format!("\n\n[{}]({})", md_inline(url), md_target(url)));
            }
        }
        ShareKind::Quote(_) => {
            out.push_str(&format!("> {}", md_block(&share.text)));
            let title = match &share.url {
                Some(url) => format!("[{}]({})", md_inline(&share.title), md_target(url)),
                None => md_inline(&share.title),
            };
            let by = attribution_md(share, &title);
            out.push_str(&format!("\n\n— {by}"));
        }
    }
    out
}

#[derive(Serialize)]
struct JsonShare<'a> {
    kind: &'static str,
    /// 1-based paragraph of a quote.
    #[serde(skip_serializing_if = "Option::is_none")]
    paragraph: Option<usize>,
    title: &'a str,
    author: Option<&'a str>,
    source: Option<&'a str>,
    /// Who said a quote, when the article names them.
    #[serde(skip_serializing_if = "Option::is_none")]
    by: Option<&'a str>,
    url: Option<&'a str>,
    text: &'a str,
}

fn json(share: &Share) -> String {
    let (kind, paragraph) = match share.kind {
        ShareKind::Article => ("article", None),
        ShareKind::Quote(n) => ("quote", Some(n)),
    };
    let value = JsonShare {
        kind,
        paragraph,
        title: &share.title,
        author: share.author.as_deref(),
        source: share.source.as_deref(),
        by: share.speaker.as_deref(),
        url: share.url.as_deref(),
        text: &share.text,
    };
    // Serializing plain strings and numbers cannot fail.
    // C1 and bidi controls go out escaped: the JSON may be shown in a
    // terminal.
    crate::inert::json_pretty(&value).unwrap_or_default()
}

/// "author — source", either alone, or nothing.
fn byline(share: &Share) -> Option<String> {
    match (&share.author, &share.source) {
        (Some(a), Some(s)) if a != s => Some(format!("{a} — {s}")),
        (Some(a), _) => Some(a.clone()),
        (None, Some(s)) => Some(s.clone()),
        (None, None) => None,
    }
}

/// Who a quote is credited to: who said it, else the article's author or
/// source.
fn credited(share: &Share) -> Option<&String> {
    share
        .speaker
        .as_ref()
        .or(share.author.as_ref())
        .or(share.source.as_ref())
}

/// "speaker, title" with the comma of the article's script.
fn attribution(share: &Share, title: &str) -> String {
    let comma = if share.rtl { "، " } else { ", " };
    match credited(share) {
        Some(by) => format!("{by}{comma}{title}"),
        None => title.to_owned(),
    }
}

fn attribution_md(share: &Share, title_md: &str) -> String {
    let comma = if share.rtl { "، " } else { ", " };
    match credited(share) {
        Some(by) => format!("{}{comma}{title_md}", md_inline(by)),
        None => title_md.to_owned(),
    }
}

/// Text that Markdown must not read as markup.
fn md_inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Like `md_inline`, and a paragraph that starts like a list item stays a
/// paragraph.
fn md_block(s: &str) -> String {
    let escaped = md_inline(s);
    let digits = escaped.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &escaped[digits..];
    if (digits > 0 && (rest.starts_with(". ") || rest.starts_with(") ")))
        || ((digits == 0) && (rest.starts_with("- ") || rest.starts_with("+ ")))
    {
        format!("{}\\{}", &escaped[..digits], &escaped[digits..])
    } else {
        escaped
    }
}

/// A link target: what would end it or split it is percent-encoded.
fn md_target(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            ' ' => out.push_str("%20"),
            '(' => out.push_str("%28"),
            ')' => out.push_str("%29"),
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            _ => out.push(c),
        }
    }
    out
}
