//! Share links for sites and apps, with UTF-8 percent-encoding.

use super::format::plain;
use super::{Share, ShareError, Site};

/// The link that shares `share` on `site`. Links carry plain text: the
/// apps they open show text, not Markdown or JSON.
pub fn link(share: &Share, site: Site) -> Result<String, ShareError> {
    let url = share.url.as_deref();
    Ok(match site {
        Site::X => {
            let mut link = format!(
                "https://x.com/intent/post?text={}",
                encode(&plain(share, false))
            );
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
