//! A picture framed with its caption and nothing else, as old layouts
//! set a story's photo in a table cell: the caption is the picture's, not
//! the story's.

use dom_query::NodeRef;

/// Whether an element is a picture with its caption and nothing else:
/// a table, cell or box that holds an image and a few words, no paragraph
/// (`<td><img …><br><span class="small">محل … (يمن برس)</span></td>`), as
/// old layouts frame a story's photo. An icon or an emoji's image beside
/// text is no picture.
pub fn is_picture_box(node: &NodeRef) -> bool {
    let Some(tag) = node.node_name() else {
        return false;
    };
    // Readability makes a cell of inline content a paragraph: one that
    // sets its words under the picture with a line break is a caption.
    let paragraph = tag.eq_ignore_ascii_case("p");
    let boxed = ["table", "td", "center", "div"]
        .iter()
        .any(|t| tag.eq_ignore_ascii_case(t));
    if !(boxed || paragraph) || !super::holds_at_most(node, CAPTION_CHARS) {
        return false;
    }
    let mut picture = false;
    let mut broken = !paragraph;
    for n in node.descendants_it() {
        let Some(name) = n.node_name() else {
            continue;
        };
        broken |= picture && super::is_line_break(&n);
        if ["p", "h1", "h2", "h3", "h4", "li", "blockquote"]
            .iter()
            .any(|t| name.eq_ignore_ascii_case(t))
        {
            return false;
        }
        picture |= name.eq_ignore_ascii_case("img") && !is_icon(&n);
    }
    picture && broken
}

/// Whether a paragraph is a picture's caption set under it in a
/// paragraph of its own: centred, all of its text in italics, right after
/// a paragraph that holds the picture alone (`<p><img …></p><p
/// style="text-align:center"><em>زوارق الصيد … (الموقع)</em></p>`).
pub fn is_caption_under_picture(node: &NodeRef) -> bool {
    let is = |n: &NodeRef, tags: &[&str]| {
        n.node_name()
            .is_some_and(|name| tags.iter().any(|t| name.eq_ignore_ascii_case(t)))
    };
    if !is(node, &["p"]) || !super::holds_at_most(node, CAPTION_CHARS) {
        return false;
    }
    let centred = node
        .attr("style")
        .is_some_and(|s| s.replace(' ', "").contains("text-align:center"))
        || node
            .attr("align")
            .is_some_and(|a| a.eq_ignore_ascii_case("center"));
    let children = node.element_children();
    let italic = matches!(children.as_slice(), [only] if is(only, &["em", "i"])
        && only.text().trim() == node.text().trim());
    let under_picture = node.prev_element_sibling().is_some_and(|prev| {
        prev.text().trim().is_empty()
            && prev
                .descendants_it()
                .any(|n| is(&n, &["img"]) && !is_icon(&n))
    });
    centred && italic && under_picture && !node.text().trim().is_empty()
}

/// An image too small to be a picture (`width="16"`), or an emoji's.
fn is_icon(img: &NodeRef) -> bool {
    let small = |attr: &str| {
        img.attr(attr)
            .and_then(|v| v.trim_end_matches("px").trim().parse::<u32>().ok())
            .is_some_and(|v| v < ICON_PIXELS)
    };
    small("width")
        || small("height")
        || img
            .attr("class")
            .is_some_and(|c| c.contains("emoji") || c.contains("smiley"))
}

/// The most characters of a caption beside its picture, and the largest
/// side of an icon.
const CAPTION_CHARS: usize = 250;
const ICON_PIXELS: u32 = 64;
