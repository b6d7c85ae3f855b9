//! Line breaks that the page's reader would otherwise lose.
//!
//! Readability drops a `<br>` whose next *element* is a paragraph, even
//! when a line of text stands between them (`- أولًا<br>- ثانيًا<p>…`): the
//! two lines run together. A lone break that opens a line of text is
//! renamed to a `<wbr>` of qari's own class before Readability reads the
//! page; Readability counts it as inline content, as it did the `<br>`,
//! and the walker breaks the line there. Runs of breaks are left as they
//! are: Readability makes paragraphs of them, of the inline content after
//! them. It does not count a `<font>` as inline (it renames old fonts to
//! `<span>` only later), so the paragraph a run opens before one stays
//! empty and the line before runs into the font's text; a font after a
//! run is renamed first.

use dom_query::{Document, NodeRef};

/// The class that marks a renamed line break.
const CLASS: &str = "qari-br";

/// Renames each lone `<br>` that a line of text follows.
pub(super) fn keep(doc: &Document) {
    let lone: Vec<NodeRef> = doc
        .select("br")
        .nodes()
        .iter()
        .filter(|br| {
            let after_break =
                significant(br.prev_sibling(), NodeRef::prev_sibling).is_some_and(|n| is_break(&n));
            let before_text =
                significant(br.next_sibling(), NodeRef::next_sibling).is_some_and(|n| n.is_text());
            !after_break && before_text
        })
        .copied()
        .collect();
    for br in lone {
        br.rename("wbr");
        br.set_attr("class", CLASS);
    }
    let fonts: Vec<NodeRef> = doc
        .select("font")
        .nodes()
        .iter()
        .filter(|font| {
            significant(font.prev_sibling(), NodeRef::prev_sibling)
                .filter(is_break)
                .and_then(|br| significant(br.prev_sibling(), NodeRef::prev_sibling))
                .is_some_and(|n| is_break(&n))
        })
        .copied()
        .collect();
    for font in fonts {
        font.rename("span");
    }
}

/// Whether `node` breaks the line: a `<br>`, or one [`keep`] renamed.
pub(super) fn is_line_break(node: &NodeRef) -> bool {
    node.node_name().is_some_and(|t| {
        t.eq_ignore_ascii_case("br") || t.eq_ignore_ascii_case("wbr") && node.has_class(CLASS)
    })
}

fn is_break(node: &NodeRef) -> bool {
    node.node_name()
        .is_some_and(|t| t.eq_ignore_ascii_case("br"))
}

/// The first node from `node` on (going by `step`) that is an element or
/// text with more than white space.
fn significant<'a>(
    node: Option<NodeRef<'a>>,
    step: fn(&NodeRef<'a>) -> Option<NodeRef<'a>>,
) -> Option<NodeRef<'a>> {
    let mut next = node;
    while let Some(n) = next {
        if n.is_element() || n.is_text() && !n.text().trim().is_empty() {
            return Some(n);
        }
        next = step(&n);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(html: &str) -> String {
        let doc = Document::from(html);
        keep(&doc);
        doc.select("body").html().to_string()
    }

    #[test]
    fn a_lone_break_before_text_is_kept_and_a_run_is_left() {
        let html = kept("<body><p>أ<br>ب<br><br>ج<br>\n<br>د<br><b>ه</b></p></body>");
        assert_eq!(html.matches("<wbr class=\"qari-br\">").count(), 1, "{html}");
        assert_eq!(html.matches("<br>").count(), 5, "{html}");
    }

    #[test]
    fn a_font_after_a_run_of_breaks_is_inline() {
        let html = kept("<body><td>أ<br><br><font>ب</font><br><font>ج</font></td></body>");
        assert_eq!(html.matches("<span>").count(), 1, "{html}");
        assert_eq!(html.matches("<font>").count(), 1, "{html}");
    }

    #[test]
    fn a_renamed_break_still_breaks_the_line() {
        let doc = Document::from("<body><p>أ<br>ب<br>ج</p></body>");
        keep(&doc);
        let breaks = doc
            .select("p")
            .nodes()
            .first()
            .map(|p| p.children().iter().filter(|n| is_line_break(n)).count());
        assert_eq!(breaks, Some(2));
    }
}
