//! Share links for sites and apps, with UTF-8 percent-encoding.

use unicode_segmentation::UnicodeSegmentation;

use super::excerpt;
use super::format::plain;
use super::{Share, ShareError, Site};

/// The link that shares `share` on `site`. Links carry plain text: the
/// apps they open show text, not Markdown or JSON.
pub fn link(share: &Share, site: Site) -> Result<String, ShareError> {
    let url = share.url.as_deref();
    Ok(match site {
        Site::X => {
            let mut link = format!("https://x.com/intent/post?text={}", encode(&x_text(share)));
            if let Some(url) = url {
                link.push_str(&format!("&url={}", encode(url)));
            }
            link
        }
        Site::WhatsApp => format!("https://wa.me/?text={}", encode(&plain(share, true))),
        Site::Telegram => telegram(share, url)?,
        Site::Facebook => {
            let url = url.ok_or(ShareError::NoUrl)?;
            format!(
                "https://www.facebook.com/sharer/sharer.php?u={}",
                encode(url)
            )
        }
        Site::Email => {
            // RFC 6068: line breaks in a mailto body are CRLF.
            let body = plain(share, true).replace('\n', "\r\n");
            format!(
                "mailto:?subject={}&body={}",
                encode(&share.title),
                encode(&body)
            )
        }
    })
}

/// What X counts a post at most, and a link in it whatever its length
/// (after a space).
pub const X_LIMIT: usize = 280;
pub const X_LINK: usize = 23;

/// How X counts `text`: one for each character of the scripts it weighs
/// light (Latin, Arabic, Hebrew and the rest up to U+10FF, and some
/// punctuation), two for any other (CJK, emoji), as twitter-text does.
pub fn x_weight(text: &str) -> usize {
    text.chars()
        .map(|c| match u32::from(c) {
            0..=0x10FF | 0x2000..=0x200D | 0x2010..=0x201F | 0x2032..=0x2037 => 1,
            _ => 2,
        })
        .sum()
}

/// The post's text: the plain share, its excerpt or quote shortened at a
/// word so that it fits X's limit with the link X adds after it.
pub fn x_text(share: &Share) -> String {
    let budget = match share.url {
        Some(_) => X_LIMIT - X_LINK - 1,
        None => X_LIMIT,
    };
    let text = plain(share, false);
    if x_weight(&text) <= budget {
        return text;
    }
    // The longest excerpt that fits: fewer graphemes never weigh more.
    let whole = share.text.graphemes(true).count();
    let (mut fits, mut over) = (0, whole);
    while fits + 1 < over {
        let mid = (fits + over) / 2;
        let shorter = Share {
            text: excerpt(&share.text, mid),
            ..share.clone()
        };
        if x_weight(&plain(&shorter, false)) <= budget {
            fits = mid;
        } else {
            over = mid;
        }
    }
    let shorter = Share {
        text: excerpt(&share.text, fits),
        ..share.clone()
    };
    plain(&shorter, false)
}

/// Telegram's share link, `t.me/share/url?url=…&text=…`. Telegram puts
/// `url` first in the message it prepares and `text`, when given, on the
/// next line; `url` must not be empty and must not start with `@` (Telegram
/// would take the message for an inline bot's query and drop it). So with a
/// URL the text goes in `text`; without one the text itself is `url`, and
/// is the whole message, with no `text` to leave an empty line after it.
fn telegram(share: &Share, url: Option<&str>) -> Result<String, ShareError> {
    let text = plain(share, false);
    Ok(match url {
        Some(url) => format!(
            "https://t.me/share/url?url={}&text={}",
            encode(url),
            encode(&text)
        ),
        None if text.trim_start().starts_with('@') => return Err(ShareError::TelegramAt),
        None => format!("https://t.me/share/url?url={}", encode(&text)),
    })
}

/// RFC 3986 percent-encoding of a query value: every byte of the UTF-8
/// text except the unreserved `A-Z a-z 0-9 - . _ ~` becomes `%XX`.
pub fn encode(s: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(s.len() * 3);
    for &b in s.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 0xF)] as char);
        }
    }
    out
}
