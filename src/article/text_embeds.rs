//! A post embedded from a social network, as a copy keeps it: the
//! account's name and handle perhaps, the post's text (hashtags, emoji, a
//! picture's link), then its signature, `— name (@handle) date`. The
//! lines of the post become one quotation signed with the signature; the
//! account's name and handle over it go.

use super::Block;

/// How many blocks over its signature a post may take.
const POST_BLOCKS: usize = 5;

/// The most characters of a post's text a network lets its writers
/// post.
const POST_CHARS: usize = 280;

/// Makes the blocks over the signature `by` of an embedded post one
/// quotation signed `by`. False (and nothing changed) when the block
/// right over it cannot be the post's.
pub fn close_post(blocks: &mut Vec<Block>, by: &str) -> bool {
    let name = by.split(" (@").next().unwrap_or(by).trim();
    // The blocks the post takes, counted from the last; its text among them.
    let mut taken = 0;
    let mut parts: Vec<String> = Vec::new();
    for block in blocks.iter().rev().take(POST_BLOCKS) {
        let (Block::Paragraph(text) | Block::Heading(text)) = block else {
            break;
        };
        // The post's last block is its text whatever it looks like; those
        // over it only when they read as the post's.
        let furniture = text == name || is_handle(text);
        // A post is short: a longer block over it is the story's, whatever
        // hashtag it names.
        let story = text.chars().count() > POST_CHARS;
        if taken > 0 && !furniture && (story || !reads_as_post(text)) {
            break;
        }
        if !furniture {
            parts.push(text.clone());
        }
        taken += 1;
    }
    if parts.is_empty() {
        return false;
    }
    blocks.truncate(blocks.len() - taken);
    parts.reverse();
    blocks.push(Block::Quote {
        text: parts.join(" "),
        by: Some(by.to_owned()),
    });
    true
}

/// A post's signature with no dash before it (`نادي السد (@AlsaddSC)
/// March 12, 2024`): the copy lost the post's text, or kept it as a line
/// the story quotes; the signature alone is the embed's frame.
pub fn is_bare_signature(line: &str) -> bool {
    let Some((name, rest)) = line.split_once(" (@") else {
        return false;
    };
    let Some((handle, date)) = rest.split_once(')') else {
        return false;
    };
    // A dash before the name signs the post over it: the blocks read it.
    let dashed = name.trim_start().starts_with(['—', '–', '-']);
    !dashed
        && !name.trim().is_empty()
        && name.split_whitespace().nth(6).is_none()
        && is_handle(&format!("@{handle}"))
        && super::dates::dateline(date.trim()).is_some()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signature_alone_is_the_embed_frame() {
        assert!(is_bare_signature(
            "نادي السد الرياضي (@AlsaddSC) March 12, 2024"
        ));
        assert!(!is_bare_signature("قال النادي (@AlsaddSC) إنه سيعود"));
        assert!(!is_bare_signature("نادي السد الرياضي (@AlsaddSC)"));
    }

    #[test]
    fn an_account_name_alone_over_the_signature_is_left_as_it_was() {
        let by = "وحدة الطوارئ (@Unit_DRM) March 12, 2024";
        let mut blocks = vec![
            Block::Paragraph("فقرة من الخبر تنتهي هنا.".into()),
            Block::Paragraph("وحدة الطوارئ".into()),
        ];
        let before = blocks.clone();
        assert!(!close_post(&mut blocks, by));
        assert_eq!(blocks, before);
    }
}
