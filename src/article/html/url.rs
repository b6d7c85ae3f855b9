//! Link targets made absolute against the page's address.

/// The host of an absolute address, without its port and `www.`
/// (`azilal-online.com` for `https://www.azilal-online.com/2023/…`).
pub fn host(url: &str) -> Option<&str> {
    let (_, rest) = url.split_once("://")?;
    let host = rest.split(['/', '?', '#', ':']).next().unwrap_or(rest);
    Some(host.strip_prefix("www.").unwrap_or(host)).filter(|h| !h.is_empty())
}

/// `href` as an absolute `http(s)`/`mailto` address, resolved against
/// `base` when it is relative. `None` for in-page anchors, scripts, data
/// and relative links with no base to resolve them against.
pub fn resolve(base: Option<&str>, href: &str) -> Option<String> {
    let href = href.trim();
    if href.is_empty() || href.starts_with('#') {
        return None;
    }
    if let Some(scheme) = scheme_of(href) {
        let keep = ["http", "https", "mailto"]
            .iter()
            .any(|s| s.eq_ignore_ascii_case(scheme));
        return keep.then(|| href.to_owned());
    }
    let base = base.filter(|b| scheme_of(b).is_some_and(|s| s.starts_with("http")))?;
    let (scheme, rest) = base.split_once("://")?;
    if let Some(net) = href.strip_prefix("//") {
        return Some(format!("{scheme}://{net}"));
    }
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let origin = &base[..scheme.len() + 3 + host_end];
    let base_path = &rest[host_end..];
    let base_path = &base_path[..base_path.find(['?', '#']).unwrap_or(base_path.len())];
    let joined = if href.starts_with('/') {
        href.to_owned()
    } else if href.starts_with('?') {
        format!(
            "{}{href}",
            if base_path.is_empty() { "/" } else { base_path }
        )
    } else {
        let dir = &base_path[..base_path.rfind('/').map_or(0, |i| i + 1)];
        let dir = if dir.is_empty() { "/" } else { dir };
        format!("{dir}{href}")
    };
    Some(format!("{origin}{}", remove_dots(&joined)))
}

/// The scheme of an absolute address (`https` of `https://…`).
fn scheme_of(s: &str) -> Option<&str> {
    let colon = s.find(':')?;
    let scheme = &s[..colon];
    let valid = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then_some(scheme)
}

/// Resolves `.` and `..` segments of a path (before its query).
fn remove_dots(path: &str) -> String {
    let (path, tail) = path.split_at(path.find(['?', '#']).unwrap_or(path.len()));
    let mut out: Vec<&str> = Vec::new();
    let segments: Vec<&str> = path.split('/').skip(1).collect();
    for (i, seg) in segments.iter().enumerate() {
        let last = i + 1 == segments.len();
        match *seg {
            "." => {
                if last {
                    out.push("");
                }
            }
            ".." => {
                out.pop();
                if last {
                    out.push("");
                }
            }
            s => out.push(s),
        }
    }
    format!("/{}{tail}", out.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: Option<&str> = Some("https://news.example/world/2024/story.html?x=1");

    #[test]
    fn the_host_without_its_port_and_www() {
        assert_eq!(
            host("https://www.azilal-online.com/2023/01/x/"),
            Some("azilal-online.com")
        );
        assert_eq!(host("http://news.example:8080?a=1"), Some("news.example"));
        assert_eq!(host("/relative/path"), None);
    }

    #[test]
    fn relative_links_resolve_against_the_page() {
        assert_eq!(
            resolve(BASE, "other.html").as_deref(),
            Some("https://news.example/world/2024/other.html")
        );
        assert_eq!(
            resolve(BASE, "../../sport/").as_deref(),
            Some("https://news.example/sport/")
        );
        assert_eq!(
            resolve(BASE, "/tag/%D9%85%D8%B5%D8%B1").as_deref(),
            Some("https://news.example/tag/%D9%85%D8%B5%D8%B1")
        );
        assert_eq!(
            resolve(BASE, "//cdn.example/a").as_deref(),
            Some("https://cdn.example/a")
        );
        assert_eq!(
            resolve(Some("https://news.example"), "a").as_deref(),
            Some("https://news.example/a")
        );
    }

    #[test]
    fn anchors_scripts_and_unresolvable_links_are_dropped() {
        assert_eq!(resolve(BASE, "#top"), None);
        assert_eq!(resolve(BASE, "javascript:void(0)"), None);
        assert_eq!(resolve(BASE, "data:text/html,x"), None);
        assert_eq!(resolve(None, "other.html"), None);
        assert_eq!(
            resolve(None, "HTTPS://x.example/").as_deref(),
            Some("HTTPS://x.example/")
        );
    }
}
