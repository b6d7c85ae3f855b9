//! Fetching one page or feed over HTTP or HTTPS, within limits: a few
//! redirects, one time budget for the whole exchange (redirects and body
//! included), and a cap on the body's size enforced while it is read, so a
//! server that never stops sending cannot fill memory.

use std::time::Duration;

use ureq::ResponseExt;

/// The limits one fetch runs within.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// For everything: connecting, every redirect, reading the body.
    pub timeout: Duration,
    /// The most body bytes read (after decompression).
    pub max_bytes: u64,
    pub max_redirects: u32,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            timeout: Duration::from_secs(15),
            max_bytes: 16 * 1024 * 1024,
            max_redirects: 5,
        }
    }
}

/// A response that was read whole.
#[derive(Debug, Clone)]
pub struct Fetched {
    /// Where the body came from, after redirects.
    pub url: String,
    /// The media type of `Content-Type`, lower case, without parameters.
    pub media_type: Option<String>,
    /// The `charset` parameter of `Content-Type`.
    pub charset: Option<String>,
    pub body: Vec<u8>,
}

/// Why a fetch gave no body.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("not an http or https address")]
    NotHttp,
    #[error("not a valid address: {0}")]
    BadUrl(String),
    #[error("the server answered {status}{}", reason(*.status))]
    Status { status: u16 },
    #[error("more than {0} redirects")]
    TooManyRedirects(u32),
    #[error("no answer within {0} s")]
    Timeout(u64),
    #[error("larger than {} MB", .0 / (1024 * 1024))]
    TooLarge(u64),
    #[error("cannot connect: {0}")]
    Connect(String),
    #[error("{0}")]
    Other(String),
}

fn reason(status: u16) -> &'static str {
    match status {
        401 | 403 => " (access refused)",
        404 | 410 => " (no such page)",
        429 => " (too many requests)",
        500..=599 => " (server error)",
        _ => "",
    }
}

/// Whether a command-line argument is an address to fetch rather than a file.
pub fn is_url(arg: &str) -> bool {
    let lower = arg.get(..8).unwrap_or(arg).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// Fetches `url` within `limits`.
pub fn fetch(url: &str, limits: &Limits) -> Result<Fetched, FetchError> {
    if !is_url(url) {
        return Err(FetchError::NotHttp);
    }
    // An address pasted with its Arabic letters raw is percent-encoded here,
    // as a browser would send it.
    let parsed = url::Url::parse(url).map_err(|e| FetchError::BadUrl(e.to_string()))?;
    let url = parsed.as_str();
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(limits.timeout))
        .max_redirects(limits.max_redirects)
        .http_status_as_error(false)
        .user_agent(concat!("qari/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let map = |e: ureq::Error| classify(e, limits);
    let response = agent
        .get(url)
        .header(
            "Accept",
            "application/rss+xml, application/atom+xml, application/feed+json, \
             text/html;q=0.9, application/xhtml+xml;q=0.9, application/xml;q=0.8, \
             text/xml;q=0.8, */*;q=0.5",
        )
        .call()
        .map_err(map)?;
    let status = response.status().as_u16();
    if !(200..300).contains(&status) {
        return Err(FetchError::Status { status });
    }
    let final_url = response.get_uri().to_string();
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let body = response
        .into_body()
        .with_config()
        .limit(limits.max_bytes)
        .read_to_vec()
        .map_err(map)?;
    let (media_type, charset) = content_type
        .as_deref()
        .map_or((None, None), parse_content_type);
    Ok(Fetched {
        url: final_url,
        media_type,
        charset,
        body,
    })
}

fn classify(err: ureq::Error, limits: &Limits) -> FetchError {
    match err {
        ureq::Error::Timeout(_) => FetchError::Timeout(limits.timeout.as_secs().max(1)),
        ureq::Error::TooManyRedirects => FetchError::TooManyRedirects(limits.max_redirects),
        ureq::Error::BodyExceedsLimit(_) => FetchError::TooLarge(limits.max_bytes),
        ureq::Error::HostNotFound => FetchError::Connect("host not found".to_owned()),
        ureq::Error::ConnectionFailed => FetchError::Connect("connection failed".to_owned()),
        ureq::Error::Io(e) if e.kind() == std::io::ErrorKind::TimedOut => {
            FetchError::Timeout(limits.timeout.as_secs().max(1))
        }
        ureq::Error::Io(e) => FetchError::Connect(e.to_string()),
        other => FetchError::Other(other.to_string()),
    }
}

/// `text/html; charset="Windows-1256"` → (`text/html`, `Windows-1256`).
pub fn parse_content_type(value: &str) -> (Option<String>, Option<String>) {
    let mut parts = value.split(';');
    let media = parts
        .next()
        .map(|m| m.trim().to_ascii_lowercase())
        .filter(|m| !m.is_empty());
    let charset = parts.find_map(|p| {
        let (key, val) = p.split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| val.trim().trim_matches(['"', '\'']).to_owned())
            .filter(|c| !c.is_empty())
    });
    (media, charset)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_types_split_into_media_type_and_charset() {
        assert_eq!(
            parse_content_type("text/html; charset=\"Windows-1256\""),
            (Some("text/html".into()), Some("Windows-1256".into()))
        );
        assert_eq!(
            parse_content_type("Application/RSS+XML"),
            (Some("application/rss+xml".into()), None)
        );
        assert_eq!(parse_content_type(""), (None, None));
    }

    #[test]
    fn only_http_addresses_are_fetched() {
        assert!(is_url("https://example.net/feed"));
        assert!(is_url("HTTP://example.net/"));
        assert!(!is_url("feed.xml"));
        assert!(!is_url("file:///etc/passwd"));
        assert!(matches!(
            fetch("ftp://127.0.0.1/", &Limits::default()),
            Err(FetchError::NotHttp)
        ));
    }
}
