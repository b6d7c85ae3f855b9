//! Pages saved "as a single file" (`.mhtml`, `.mht`): a MIME message whose
//! first `text/html` part is the page, quoted-printable or base64 encoded,
//! with its charset and address (`Content-Location`) in its headers.
//!
//! Only what a saved page needs is read: headers (folded lines joined),
//! the multipart boundary, and the two transfer encodings browsers write.

use std::path::Path;

use base64::Engine;

use super::super::Article;
use super::super::error::ParseError;
use super::page;

/// Imports a saved single-file page.
pub fn import_bytes(bytes: &[u8], id: String, path: Option<&Path>) -> Result<Article, ParseError> {
    let part = html_part(bytes)?;
    let html = decode_transfer(part.body, part.header("content-transfer-encoding"));
    let content_type = part.header("content-type").unwrap_or_default();
    let charset = param(&content_type, "charset");
    let url = part
        .header("content-location")
        .or_else(|| part.outer_location.clone());
    page::import_bytes(&html, charset.as_deref(), id, path, url.as_deref())
}

/// Header names and values, in order.
type Headers = Vec<(String, String)>;

struct Part<'a> {
    headers: Headers,
    body: &'a [u8],
    /// `Snapshot-Content-Location` of the whole message (Chrome's).
    outer_location: Option<String>,
}

impl Part<'_> {
    fn header(&self, name: &str) -> Option<String> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.clone())
    }
}

fn not_mhtml(why: &str) -> ParseError {
    ParseError::new(format!("not a saved single-file page (MHTML): {why}"))
}

/// The first `text/html` part of the message (or the message itself when
/// it is not multipart).
fn html_part(bytes: &[u8]) -> Result<Part<'_>, ParseError> {
    let (headers, body) = split_headers(bytes).ok_or_else(|| not_mhtml("no MIME headers"))?;
    let outer = Part {
        headers,
        body,
        outer_location: None,
    };
    let content_type = outer
        .header("content-type")
        .ok_or_else(|| not_mhtml("no Content-Type header"))?;
    let location = outer
        .header("snapshot-content-location")
        .or_else(|| outer.header("content-location"));
    if !content_type.to_ascii_lowercase().starts_with("multipart/") {
        return if content_type.to_ascii_lowercase().starts_with("text/html") {
            Ok(Part {
                outer_location: location,
                ..outer
            })
        } else {
            Err(not_mhtml("no text/html part"))
        };
    }
    let boundary = param(&content_type, "boundary").ok_or_else(|| not_mhtml("no boundary"))?;
    let delimiter = format!("--{boundary}");
    let finder = memchr::memmem::Finder::new(delimiter.as_bytes());
    let starts: Vec<usize> = finder.find_iter(body).collect();
    for (i, &start) in starts.iter().enumerate() {
        let from = start + delimiter.len();
        if body[from..].starts_with(b"--") {
            break;
        }
        let end = starts.get(i + 1).copied().unwrap_or(body.len());
        let Some((headers, part_body)) = split_headers(skip_line_end(&body[from..end])) else {
            continue;
        };
        let part = Part {
            headers,
            body: trim_line_end(part_body),
            outer_location: location.clone(),
        };
        let is_html = part
            .header("content-type")
            .is_some_and(|t| t.to_ascii_lowercase().starts_with("text/html"));
        if is_html {
            return Ok(part);
        }
    }
    Err(not_mhtml("no text/html part"))
}

fn skip_line_end(b: &[u8]) -> &[u8] {
    b.strip_prefix(b"\r\n")
        .or_else(|| b.strip_prefix(b"\n"))
        .unwrap_or(b)
}

/// The line break before a boundary belongs to the boundary.
fn trim_line_end(b: &[u8]) -> &[u8] {
    b.strip_suffix(b"\r\n")
        .or_else(|| b.strip_suffix(b"\n"))
        .unwrap_or(b)
}

/// Headers up to the first empty line (continuation lines joined) and
/// what follows them.
fn split_headers(bytes: &[u8]) -> Option<(Headers, &[u8])> {
    let mut headers: Headers = Vec::new();
    let mut at = 0;
    loop {
        let rest = &bytes[at..];
        let len = memchr::memchr(b'\n', rest).unwrap_or(rest.len());
        let line = String::from_utf8_lossy(&rest[..len]);
        let line = line.trim_end_matches('\r');
        at += (len + 1).min(rest.len());
        if line.is_empty() {
            return (!headers.is_empty()).then_some((headers, &bytes[at.min(bytes.len())..]));
        }
        if line.starts_with([' ', '\t']) {
            let (_, value) = headers.last_mut()?;
            value.push(' ');
            value.push_str(line.trim());
        } else {
            let (name, value) = line.split_once(':')?;
            if name.is_empty() || name.contains(' ') {
                return None;
            }
            headers.push((name.trim().to_owned(), value.trim().to_owned()));
        }
        if at >= bytes.len() {
            return None;
        }
    }
}

/// A parameter of a header value: `boundary` of `multipart/related;
/// boundary="----abc"`.
fn param(value: &str, name: &str) -> Option<String> {
    value.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case(name)
            .then(|| v.trim().trim_matches('"').to_owned())
            .filter(|v| !v.is_empty())
    })
}

/// A part's body decoded from its transfer encoding.
fn decode_transfer(body: &[u8], encoding: Option<String>) -> Vec<u8> {
    match encoding.map(|e| e.to_ascii_lowercase()).as_deref() {
        Some("quoted-printable") => quoted_printable(body),
        Some("base64") => {
            let clean: Vec<u8> = body
                .iter()
                .copied()
                .filter(|b| !b.is_ascii_whitespace())
                .collect();
            base64::engine::general_purpose::STANDARD
                .decode(&clean)
                .or_else(|_| base64::engine::general_purpose::STANDARD_NO_PAD.decode(&clean))
                .unwrap_or_default()
        }
        _ => body.to_vec(),
    }
}

/// Quoted-printable: `=XX` is a byte, `=` at a line's end joins lines.
fn quoted_printable(body: &[u8]) -> Vec<u8> {
    let hex = |b: u8| (b as char).to_digit(16);
    let mut out = Vec::with_capacity(body.len());
    let mut i = 0;
    while i < body.len() {
        let b = body[i];
        if b != b'=' {
            out.push(b);
            i += 1;
            continue;
        }
        let next = &body[i + 1..];
        if next.starts_with(b"\r\n") {
            i += 3;
        } else if next.starts_with(b"\n") {
            i += 2;
        } else if let [h, l, ..] = next
            && let (Some(h), Some(l)) = (hex(*h), hex(*l))
        {
            out.push((h * 16 + l) as u8);
            i += 3;
        } else {
            out.push(b'=');
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_printable_joins_soft_breaks_and_decodes_bytes() {
        assert_eq!(
            quoted_printable(b"<p>=D9=85=D8=B1=\r\n=D8=AD=D8=A8=D8=A7 a=3Db =zz</p>"),
            "<p>مرحبا a=b =zz</p>".as_bytes()
        );
    }

    #[test]
    fn parameters_are_read_quoted_or_not() {
        let v = "multipart/related; type=\"text/html\"; boundary=\"----MultipartBoundary--x\"";
        assert_eq!(
            param(v, "boundary").as_deref(),
            Some("----MultipartBoundary--x")
        );
        assert_eq!(
            param("text/html; charset=windows-1256", "charset").as_deref(),
            Some("windows-1256")
        );
    }
}
