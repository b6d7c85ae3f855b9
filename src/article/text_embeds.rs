//! A post embedded from a social network, as a copy keeps it: the
//! account's name and handle perhaps, the post's text (hashtags, emoji, a
//! picture's link), then its signature, `— name (@handle) date`. The
//! lines of the post become one quotation signed with the signature; the
//! account's name and handle over it go.

use super::Block;

/// How many blocks over its signature a post may take.
const POST_BLOCKS: usize = 5;

/// Makes the blocks over the signature `by` of an embedded post one
/// quotation signed `by`. False (and nothing changed) when the block
/// right over it cannot be the post's.
pub fn close_post(blocks: &mut Vec<Block>, by: &str) -> bool {
    let name = by.split(" (@").next().unwrap_or(by).trim();
    let mut parts: Vec<String> = Vec::new();
    let mut taken = 0;
    while let Some(last) = blocks.last() {
        let (Block::Paragraph(text) | Block::Heading(text)) = last else {
            break;
        };
        // The post's last block is its text whatever it looks like; those
        // over it only when they read as the post's.
        let furniture = text == name || is_handle(text);
        if taken > 0 && !furniture && !reads_as_post(text) {
            break;
        }
        if taken >= POST_BLOCKS {
            break;
        }
        if !furniture {
            parts.push(text.clone());
        }
        blocks.pop();
        taken += 1;
    }
    if parts.is_empty() {
        return false;
    }
    parts.reverse();
    blocks.push(Block::Quote {
        text: parts.join(" "),
        by: Some(by.to_owned()),
    });
    true
}

/// An account's handle alone (`@GCWS_Libya`).
fn is_handle(text: &str) -> bool {
    text.strip_prefix('@')
        .is_some_and(|h| !h.is_empty() && h.chars().all(|c| c.is_alphanumeric() || c == '_'))
}

/// A line as posts are written and news paragraphs are not: with a
/// hashtag, a picture's short link, or ending with an emoji.
fn reads_as_post(text: &str) -> bool {
    let hashtag = text
        .split_whitespace()
        .any(|w| w.starts_with('#') && w.chars().count() > 1);
    hashtag
        || text.contains("pic.twitter.com/")
        || text
            .trim_end()
            .chars()
            .next_back()
            .is_some_and(super::text_pictographs::is_pictograph)
}
