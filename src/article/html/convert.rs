//! A parsed HTML tree to article blocks: headings, paragraphs, quotations
//! (with their author), list items, and the links inside their text.
//!
//! The tree is walked with an explicit stack, so depth costs memory rather
//! than the call stack. Text is tidied as it is appended (whitespace runs
//! become one space, control characters go), so a link's offsets, taken
//! while the text grows, stay right.

use dom_query::NodeRef;

use super::furniture::{SKIPPED_TAGS, is_furniture};
use super::picture_box::is_picture_box;
use super::url;
use crate::article::{Block, Link};

/// An article body: its blocks and the links inside them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Body {
    pub blocks: Vec<Block>,
    pub links: Vec<Link>,
}

/// Where the text being collected goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Paragraph,
    Heading,
    Item,
    Quote,
}

struct Walker<'b> {
    base: Option<&'b str>,
    body: Body,
    text: String,
    links: Vec<(usize, usize, String)>,
    /// Open `<a href>`s: where each started in `text`, and its target.
    open_links: Vec<(usize, Option<String>)>,
    headings: usize,
    quotes: usize,
    /// One entry per open list: the next number for `<ol>`, `None` for `<ul>`.
    lists: Vec<Option<u32>>,
    items: usize,
    /// Text of an open `<cite>`/`<footer>` inside a quotation.
    cite: Option<String>,
    /// The attribution found for the innermost open quotation.
    quote_by: Option<String>,
    /// Index of the first block of the innermost open quotation.
    quote_start: usize,
}

enum Step<'a> {
    Enter(NodeRef<'a>),
    Leave(NodeRef<'a>),
}

/// Converts the children of `root` to blocks. `base` is the page's
/// address, against which relative links are resolved.
pub fn convert(root: &NodeRef, base: Option<&str>) -> Body {
    let mut w = Walker {
        base,
        body: Body::default(),
        text: String::new(),
        links: Vec::new(),
        open_links: Vec::new(),
        headings: 0,
        quotes: 0,
        lists: Vec::new(),
        items: 0,
        cite: None,
        quote_by: None,
        quote_start: 0,
    };
    let mut stack: Vec<Step> = root.children_it(true).map(Step::Enter).collect();
    while let Some(step) = stack.pop() {
        match step {
            Step::Enter(node) => {
                if node.is_text() {
                    w.push_text(&node.immediate_text());
                } else if node.is_element() && w.enter(&node) {
                    stack.push(Step::Leave(node));
                    stack.extend(node.children_it(true).map(Step::Enter));
                }
            }
            Step::Leave(node) => w.leave(&node),
        }
    }
    w.flush();
    w.body
}

/// The account a video embedded from TikTok is by, from the address it
/// cites (`https://www.tiktok.com/@name/video/…`): its quotation is
/// signed as an embedded post's (`TikTok (@name)`), where a tweet's
/// signs itself under its text.
fn embed_author(node: &NodeRef) -> Option<String> {
    if !node
        .attr("class")
        .is_some_and(|c| c.contains("tiktok-embed"))
    {
        return None;
    }
    let cite = node.attr("cite")?;
    let handle = cite.split('/').find_map(|part| part.strip_prefix('@'))?;
    (!handle.is_empty()).then(|| format!("TikTok (@{handle})"))
}

fn is_block_tag(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "section"
            | "article"
            | "main"
            | "header"
            | "address"
            | "center"
            | "pre"
            | "table"
            | "tr"
            | "td"
            | "th"
            | "dl"
            | "dt"
            | "dd"
            | "hr"
            | "br"
            | "details"
            | "summary"
            | "body"
            | "html"
    )
}

impl Walker<'_> {
    /// Opens an element; false when it (and what it holds) is skipped.
    fn enter(&mut self, node: &NodeRef) -> bool {
        let Some(name) = node.node_name() else {
            return false;
        };
        let name = name.to_ascii_lowercase();
        // A quotation's `<footer>` names its author: read, not skipped.
        let quote_footer = name == "footer" && self.quotes > 0;
        if !quote_footer && SKIPPED_TAGS.contains(&name.as_str())
            || is_furniture(node)
            || is_picture_box(node)
            || node.has_attr("hidden")
        {
            return false;
        }
        match name.as_str() {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.flush();
                self.headings += 1;
            }
            "ul" | "ol" => {
                self.flush();
                let start = node.attr("start").and_then(|s| s.trim().parse().ok());
                self.lists
                    .push((name == "ol").then_some(start.unwrap_or(1)));
            }
            "li" => {
                self.flush();
                self.items += 1;
                if let Some(Some(n)) = self.lists.last_mut() {
                    self.text.push_str(&format!("{n}. "));
                    *n = n.saturating_add(1);
                }
            }
            "blockquote" => {
                self.flush();
                self.quotes += 1;
                self.quote_by = embed_author(node);
                self.quote_start = self.body.blocks.len();
            }
            "cite" | "footer" if self.quotes > 0 && self.cite.is_none() => {
                self.cite = Some(String::new());
            }
            "a" => {
                let href = node.attr("href");
                let target = href.and_then(|h| url::resolve(self.base, &h));
                self.open_links.push((self.text.len(), target));
            }
            "wbr" if super::is_line_break(node) => self.flush(),
            // A paragraph inside an item (`<li><p>…</p></li>`) goes on
            // after the item's number.
            n if is_block_tag(n) => {
                let numbered =
                    self.items > 0
                        && self.text.trim().strip_suffix('.').is_some_and(|d| {
                            !d.is_empty() && d.chars().all(|c| c.is_ascii_digit())
                        });
                if !numbered {
                    self.flush();
                }
            }
            _ => {}
        }
        true
    }

    fn leave(&mut self, node: &NodeRef) {
        let Some(name) = node.node_name() else {
            return;
        };
        match name.to_ascii_lowercase().as_str() {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.flush();
                self.headings = self.headings.saturating_sub(1);
            }
            "ul" | "ol" => {
                self.flush();
                self.lists.pop();
            }
            "li" => {
                self.flush();
                self.items = self.items.saturating_sub(1);
            }
            "blockquote" => {
                self.flush();
                self.quotes = self.quotes.saturating_sub(1);
                self.close_quote();
            }
            "cite" | "footer" if self.cite.is_some() => {
                let cite = self.cite.take().unwrap_or_default();
                let cite = cite.trim().trim_start_matches(['—', '–', '-', ' ']).trim();
                if !cite.is_empty() {
                    self.quote_by = Some(cite.to_owned());
                }
            }
            "a" => {
                if let Some((start, Some(url))) = self.open_links.pop() {
                    let end = self.text.trim_end().len();
                    let start = start.min(end);
                    // Leading space collapsed into the link belongs before it.
                    let start = start + self.text[start..end].len()
                        - self.text[start..end].trim_start().len();
                    if start < end {
                        self.links.push((start, end, url));
                    }
                }
            }
            n if is_block_tag(n) => self.flush(),
            _ => {}
        }
    }

    /// The attribution of a closed quotation goes on its last block; a
    /// last block of `— name` is the attribution itself.
    fn close_quote(&mut self) {
        let first = self.quote_start;
        let blocks = &mut self.body.blocks;
        let mut by = self.quote_by.take();
        // A post whose text was left out (in a language not the page's)
        // leaves its signature alone: no quotation.
        if by.is_none()
            && blocks.len() == first + 1
            && let Some(Block::Quote { text, .. }) = blocks.last()
            && attribution(text).is_some_and(|name| name.contains("(@"))
        {
            blocks.pop();
            self.body.links.retain(|l| l.block < blocks.len());
            return;
        }
        if by.is_none()
            && blocks.len() > first + 1
            && let Some(Block::Quote { text, .. }) = blocks.last()
            && let Some(name) = attribution(text)
        {
            by = Some(name.to_owned());
            blocks.pop();
            self.body.links.retain(|l| l.block < blocks.len());
        }
        // A post embedded from a social network (`— name (@handle) date`)
        // is one quotation, whatever lines its text was broken into.
        if by.as_deref().is_some_and(|b| b.contains("(@")) {
            self.join_quotes(first);
        }
        let blocks = &mut self.body.blocks;
        if let Some(by) = by
            && blocks.len() > first
            && let Some(Block::Quote { by: slot, .. }) = blocks.last_mut()
        {
            *slot = Some(by);
        }
    }

    /// Joins the quotation blocks from `first` on into one, their lines
    /// set apart by a space, their links moved with their text.
    fn join_quotes(&mut self, first: usize) {
        let blocks = &mut self.body.blocks;
        let all_quotes = blocks
            .get(first..)
            .is_some_and(|b| b.len() > 1 && b.iter().all(|b| matches!(b, Block::Quote { .. })));
        if !all_quotes {
            return;
        }
        let mut joined = String::new();
        for (at, block) in blocks.drain(first..).enumerate() {
            let Block::Quote { text, .. } = block else {
                continue;
            };
            if !joined.is_empty() {
                joined.push(' ');
            }
            let shift = joined.len();
            for link in self.body.links.iter_mut().filter(|l| l.block == first + at) {
                link.block = first;
                link.start += shift;
                link.end += shift;
            }
            joined.push_str(&text);
        }
        blocks.push(Block::Quote {
            text: joined,
            by: None,
        });
    }

    fn push_text(&mut self, raw: &str) {
        let target = self.cite.as_mut().unwrap_or(&mut self.text);
        for c in raw.chars() {
            // A no-break space is kept inside text, not at its start.
            if c.is_whitespace() && (c != '\u{A0}' || target.is_empty()) {
                if !target.is_empty() && !target.ends_with(' ') {
                    target.push(' ');
                }
            } else if !c.is_control() {
                target.push(c);
            }
        }
    }

    fn kind(&self) -> Kind {
        if self.headings > 0 {
            Kind::Heading
        } else if self.quotes > 0 {
            Kind::Quote
        } else if self.items > 0 {
            Kind::Item
        } else {
            Kind::Paragraph
        }
    }

    /// Ends the block being collected, if it holds any words.
    fn flush(&mut self) {
        let text = std::mem::take(&mut self.text);
        let links = std::mem::take(&mut self.links);
        // A link still open goes on in the next block, from its start.
        for open in &mut self.open_links {
            open.0 = 0;
        }
        let text = text.trim_end();
        if !text.chars().any(char::is_alphanumeric) {
            return;
        }
        let index = self.body.blocks.len();
        for (start, end, url) in links {
            let end = end.min(text.len());
            if start < end {
                self.body.links.push(Link {
                    block: index,
                    start,
                    end,
                    url,
                });
            }
        }
        let text = text.to_owned();
        self.body.blocks.push(match self.kind() {
            Kind::Heading => Block::Heading(text),
            Kind::Item => Block::ListItem(text),
            Kind::Quote => Block::Quote { text, by: None },
            Kind::Paragraph => Block::Paragraph(text),
        });
    }
}

/// `— name` closing a quotation.
pub fn attribution(text: &str) -> Option<&str> {
    let rest = text
        .strip_prefix('—')
        .or_else(|| text.strip_prefix('–'))
        .or_else(|| text.strip_prefix("- "))?
        .trim();
    (!rest.is_empty() && rest.split_whitespace().nth(12).is_none()).then_some(rest)
}
