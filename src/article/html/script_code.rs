//! A page without its scripts' code and its style sheets: the part of a
//! saved page qari never reads, and often most of its bytes (a news
//! site's trackers, ads and frameworks). Taken out before the page is
//! parsed, so the parser need not read it character by character. The
//! elements stay, empty; the structured data qari reads
//! (`<script type="application/ld+json">`) stays whole, and so does a
//! comment, which may hold a tag the page never opens.

use memchr::memmem;

/// `html` with the code of its scripts and the rules of its style sheets
/// left out; the same text when it has neither.
pub fn without_code(html: &str) -> std::borrow::Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut at = 0;
    while let Some(found) = memchr::memchr(b'<', &bytes[at..]) {
        let open = at + found;
        let rest = &bytes[open..];
        if rest.starts_with(b"<!--") {
            // Past the comment whole.
            at = memmem::find(&rest[4..], b"-->").map_or(bytes.len(), |end| open + 4 + end + 3);
            continue;
        }
        let Some(name) = [&b"script"[..], &b"style"[..]]
            .into_iter()
            .find(|n| opens(rest, n))
        else {
            at = open + 1;
            continue;
        };
        let Some(tag_end) = memchr::memchr(b'>', rest).map(|e| open + e + 1) else {
            break;
        };
        let Some(close) = closing(&bytes[tag_end..], name).map(|c| tag_end + c) else {
            break;
        };
        if !is_data(&bytes[open..tag_end]) && close > tag_end {
            let kept = out.get_or_insert_with(|| String::with_capacity(html.len()));
            kept.push_str(&html[copied..tag_end]);
            copied = close;
        }
        at = close;
    }
    match out {
        Some(mut kept) => {
            kept.push_str(&html[copied..]);
            kept.into()
        }
        None => html.into(),
    }
}

/// Whether `rest` opens an element named `name` (`<script>`, `<SCRIPT
/// src=…>`), not one whose name only starts so (`<scripts>`).
fn opens(rest: &[u8], name: &[u8]) -> bool {
    rest.len() > name.len() + 1
        && rest[1..=name.len()].eq_ignore_ascii_case(name)
        && matches!(
            rest[name.len() + 1],
            b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r' | b'\x0c'
        )
}

/// Where the element's end tag starts in `after` (what follows its start
/// tag): a script's code ends at the first `</script`, whatever it says.
fn closing(after: &[u8], name: &[u8]) -> Option<usize> {
    let mut from = 0;
    while let Some(found) = memmem::find(&after[from..], b"</") {
        let at = from + found;
        let tail = &after[at + 2..];
        if tail.len() >= name.len() && tail[..name.len()].eq_ignore_ascii_case(name) {
            return Some(at);
        }
        from = at + 2;
    }
    None
}

/// Whether a start tag is structured data's (`type="application/ld+json"`),
/// which qari reads.
fn is_data(tag: &[u8]) -> bool {
    tag.windows(b"ld+json".len())
        .any(|w| w.eq_ignore_ascii_case(b"ld+json"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_and_style_go_and_their_elements_and_data_stay() {
        let page = "<head><style>p{color:red}</style><SCRIPT src=a.js>var a = '<p>x</p>';</SCRIPT>\
             <script type=\"application/ld+json\">{\"headline\":\"h\"}</script></head>\
             <body><p>نص</p><scripts>kept</scripts><script>if (a</b) {}</script></body>";
        assert_eq!(
            without_code(page),
            "<head><style></style><SCRIPT src=a.js></SCRIPT>\
             <script type=\"application/ld+json\">{\"headline\":\"h\"}</script></head>\
             <body><p>نص</p><scripts>kept</scripts><script></script></body>"
        );
    }

    #[test]
    fn a_script_tag_in_a_comment_leaves_the_page_after_it_whole() {
        let page = "<!-- <script> --><p>نص الخبر</p><script>x()</script>";
        assert_eq!(
            without_code(page),
            "<!-- <script> --><p>نص الخبر</p><script></script>"
        );
    }

    #[test]
    fn a_page_cut_inside_a_script_is_left_as_it_is() {
        let page = "<p>نص</p><script>var a = 1;";
        assert_eq!(without_code(page), page);
    }
}
