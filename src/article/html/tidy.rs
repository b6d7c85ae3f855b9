//! The blocks of an article tidied: furniture dropped by its phrases, lists
//! of links and trailing promotions left out, and what markup or
//! character references the text still holds cleaned.

use std::sync::LazyLock;

use super::block_rules::{BlockRules, Verdict};
use super::{Body, decode_references, sanitize, strip_tags};
use crate::article::{Block, Link};

/// The block rules, built once: folding every phrase of the tables costs
/// more than judging the blocks of a feed entry.
pub fn block_rules() -> &'static BlockRules {
    static RULES: LazyLock<BlockRules> = LazyLock::new(BlockRules::new);
    &RULES
}

/// Drops furniture blocks (by phrase, and lists of nothing but links after
/// a dropped heading), and cleans what markup or references the text still
/// holds. Links follow their blocks.
pub fn tidy(body: Body) -> Body {
    let rules = block_rules();
    let link_share = link_shares(&body);
    let mut keep = vec![true; body.blocks.len()];
    let mut after_dropped_lead = false;
    for (i, block) in body.blocks.iter().enumerate() {
        let wholly_linked = link_share[i] >= 0.8;
        match rules.judge(block.text()) {
            Verdict::End => {
                keep[i..].iter_mut().for_each(|k| *k = false);
                break;
            }
            Verdict::Drop => {
                keep[i] = false;
                after_dropped_lead = true;
                continue;
            }
            Verdict::Keep if after_dropped_lead && wholly_linked => keep[i] = false,
            Verdict::Keep => after_dropped_lead = false,
        }
    }
    drop_link_lists(&body.blocks, &link_share, &mut keep);
    drop_trailing_promos(&body.blocks, &link_share, &mut keep);

    let mut out = Body::default();
    let mut links = body.links.into_iter().peekable();
    for (i, block) in body.blocks.into_iter().enumerate() {
        let mine: Vec<Link> = std::iter::from_fn(|| links.next_if(|l| l.block == i)).collect();
        if !keep[i] {
            continue;
        }
        let (block, changed) = clean_block(block);
        if !block.text().chars().any(char::is_alphanumeric) {
            continue;
        }
        let index = out.blocks.len();
        if !changed {
            out.links
                .extend(mine.into_iter().map(|l| Link { block: index, ..l }));
        }
        out.blocks.push(block);
    }
    // A field's label left last with nothing under it (`المرفقات:`, its
    // files dropped as links) introduces nothing of the story.
    while out.blocks.len() > 1 && out.blocks.last().is_some_and(|b| is_lone_label(b.text())) {
        out.blocks.pop();
        let last = out.blocks.len();
        out.links.retain(|l| l.block < last);
    }
    out
}

/// A word or two and a colon, and nothing else.
fn is_lone_label(text: &str) -> bool {
    text.trim_end()
        .strip_suffix([':', '：'])
        .is_some_and(|label| (1..=2).contains(&label.split_whitespace().count()))
}

/// For each block, the share of its characters inside links (0 to 1).
fn link_shares(body: &Body) -> Vec<f32> {
    let mut linked = vec![0usize; body.blocks.len()];
    for l in &body.links {
        linked[l.block] += l.end - l.start;
    }
    body.blocks
        .iter()
        .zip(linked)
        .map(|(b, n)| n as f32 / b.text().len().max(1) as f32)
        .collect()
}

/// Two or more list items in a row that are each nothing but a link are a
/// list of other articles, not part of this one.
fn drop_link_lists(blocks: &[Block], link_share: &[f32], keep: &mut [bool]) {
    let mut i = 0;
    while i < blocks.len() {
        let run = blocks[i..]
            .iter()
            .zip(&link_share[i..])
            .take_while(|(b, s)| matches!(b, Block::ListItem(_)) && **s >= 0.8)
            .count();
        if run >= 2 {
            keep[i..i + run].iter_mut().for_each(|k| *k = false);
        }
        i += run.max(1);
    }
}

/// How many blocks at the end of an article are looked at for promotions.
const TAIL_BLOCKS: usize = 3;

/// A short block that is nothing but a link, among the last ones of an
/// article of several blocks, is a promotion of another page ("أخبار
/// البورصة" in big letters under the story), not the story's end.
fn drop_trailing_promos(blocks: &[Block], link_share: &[f32], keep: &mut [bool]) {
    let kept: Vec<usize> = (0..blocks.len()).filter(|&i| keep[i]).collect();
    if kept.len() < 3 {
        return;
    }
    for &i in kept.iter().skip(1).rev().take(TAIL_BLOCKS) {
        if link_share[i] >= 0.8 && blocks[i].text().split_whitespace().nth(6).is_none() {
            keep[i] = false;
        }
    }
}

/// A paragraph a word processor set as a list's item, its bullet drawn
/// in a symbol font before some spaces (`·   تقييم التجارب …`): the
/// item's text.
fn word_bullet(text: &str) -> Option<&str> {
    let rest = text.strip_prefix(['·', '•', '▪', '●', '◦', '§'])?;
    let item = rest.trim_start_matches(|c: char| c.is_whitespace());
    (item.len() < rest.len() && item.chars().any(char::is_alphanumeric)).then_some(item)
}

/// A block's text with character references decoded and stray tags
/// removed; true when that changed the text (its link offsets are then
/// stale).
fn clean_block(block: Block) -> (Block, bool) {
    let fix = |t: &str| -> Option<String> {
        if !t.contains(['&', '<']) {
            return None;
        }
        // Text escaped n times needs n passes; each pass shortens it.
        let mut decoded = decode_references(t);
        loop {
            let again = decode_references(&decoded);
            if again == decoded {
                break;
            }
            decoded = again;
        }
        let cleaned = sanitize::inline(&strip_tags(&decoded));
        (cleaned != t).then_some(cleaned)
    };
    match block {
        Block::Heading(t) => {
            fix(&t).map_or((Block::Heading(t), false), |c| (Block::Heading(c), true))
        }
        Block::Paragraph(t) => {
            let (text, changed) = fix(&t).map_or((t, false), |c| (c, true));
            match word_bullet(&text) {
                Some(item) => (Block::ListItem(item.to_owned()), true),
                None => (Block::Paragraph(text), changed),
            }
        }
        Block::ListItem(t) => {
            fix(&t).map_or((Block::ListItem(t), false), |c| (Block::ListItem(c), true))
        }
        Block::Quote { text, by } => {
            let by = by.map(|b| fix(&b).unwrap_or(b));
            match fix(&text) {
                Some(c) => (Block::Quote { text: c, by }, true),
                None => (Block::Quote { text, by }, false),
            }
        }
    }
}
