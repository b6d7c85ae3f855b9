//! What a copy picked up of the page's code rather than its text: lines
//! of script or style, an attribute or a link left without its tag, a
//! lone CSS class name.

/// Whether a line is left-over script or style code: mostly Latin letters
/// and code punctuation, with a mark of code (`function(`, `});`, `var x =`).
pub fn is_code(line: &str) -> bool {
    const MARKS: &[&str] = &[
        "function(",
        "function (",
        "});",
        "})",
        "jquery(",
        "$(",
        "document.",
        "window.",
        "var ",
        "let ",
        "const ",
        "=>",
        "<script",
        "</script",
        "<style",
        "googletag",
        ".push(",
        "adsbygoogle",
        "return ",
        "if (",
        "!important",
    ];
    if !line.contains(['{', '}', '(', ';', '=']) {
        return false;
    }
    let text: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    if text.is_empty() {
        return false;
    }
    if matches!(text.as_str(), "{" | "}" | "};" | "});" | "})();" | "});});") {
        return true;
    }
    let total = text.chars().count();
    let ascii = text.chars().filter(char::is_ascii).count();
    let code_marks = text.chars().filter(|c| "{}();=<>[]$".contains(*c)).count();
    let lower = line.to_lowercase();
    let marked = MARKS.iter().any(|m| lower.contains(m));
    ascii * 10 >= total * 8 && code_marks >= 2 && (marked || code_marks * 8 >= total)
}

/// Page code that leaked into a copy: an HTML attribute name (`alt=`,
/// `data-src=`) or a site name followed by a run of slashes (`موقع24///`),
/// the remains of a link or image the copy lost.
pub fn is_leaked_markup(line: &str) -> bool {
    if line.contains(' ') {
        return false;
    }
    if let Some(name) = line.strip_suffix('=') {
        return !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':'));
    }
    let name = line.trim_end_matches('/');
    line.len() - name.len() >= 2 && !name.is_empty() && !name.contains('/')
}

/// A lone Latin slug (`news-picture`): a page's CSS class or link name
/// that the copy picked up.
pub fn is_slug(line: &str) -> bool {
    !line.contains(' ')
        && line.contains(['-', '_'])
        && line
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_'))
        && line.chars().any(|c| c.is_ascii_lowercase())
}
