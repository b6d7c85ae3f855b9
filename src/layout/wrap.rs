//! Line breaking (UAX #14) on the shaped paragraph in logical order, by
//! display width, with greedy fill.

use unicode_linebreak::{BreakClass, BreakOpportunity, break_property, linebreaks};

use super::para::Unit;

/// One line as a range of the paragraph's clusters: `start..content_end`
/// is drawn, `content_end..end` is whitespace hanging past the line's end
/// (it takes no room, UAX #14 LB7/LB18).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct LineSpan {
    pub start: usize,
    pub content_end: usize,
    pub end: usize,
}

/// Whitespace that may hang at the end of a line: a cluster of one
/// whitespace character (a space carrying a mark is visible content).
fn is_hanging(text: &str, u: &Unit) -> bool {
    let s = &text[u.start as usize..u.end as usize];
    let mut chars = s.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_whitespace())
}

/// UAX #14 break opportunities, with one tailoring: after a space, a
/// break is also allowed before an infix separator (IS: "." "," "،" ":"
/// ";"), as UAX #14 LB15c already allows before " .5". Saved pages often
/// carry a stray " ." or " ، "; treating it as a word of its own keeps
/// lines filled instead of gluing it to the word before the space.
fn opportunities(text: &str) -> impl Iterator<Item = (usize, BreakOpportunity)> + '_ {
    // Spaces are frequent: look for a space before a likely separator
    // byte first ("." "," ":" ";" or a lead byte of "،" and kin).
    let any = text.as_bytes().windows(3).any(|w| {
        w[0] == b' '
            && (matches!(w[1], b'.' | b',' | b':' | b';' | 0xCD | 0xD6 | 0xDF | 0xEF)
                || (w[1] == 0xD8 && matches!(w[2], 0x8C | 0x8D))
                || (w[1] == 0xE2 && w[2] == 0x81))
    }) || [" .", " ,", " :", " ;"].iter().any(|e| text.ends_with(e));
    let mut extra = text
        .match_indices(' ')
        .filter(move |_| any)
        .map(|(i, _)| i + 1)
        .filter(move |&i| {
            text[i..]
                .chars()
                .next()
                .is_some_and(|c| break_property(c as u32) == BreakClass::InfixSeparator)
        })
        .peekable();
    let mut standard = linebreaks(text).peekable();
    std::iter::from_fn(
        move || match (extra.peek().copied(), standard.peek().copied()) {
            (Some(e), Some((s, _))) if e < s => {
                extra.next().map(|i| (i, BreakOpportunity::Allowed))
            }
            (Some(e), Some((s, _))) if e == s => {
                extra.next();
                standard.next()
            }
            _ => standard.next(),
        },
    )
}

/// Greedy line filling over UAX #14 break opportunities: each line takes
/// as many whole segments (text between two opportunities) as fit in
/// `width` cells, not counting the whitespace at its end. A segment wider
/// than the whole line is broken between grapheme clusters, so no line is
/// wider than `width` unless a single cluster is. Opportunities that fall
/// inside a grapheme cluster are ignored.
pub(crate) fn wrap(text: &str, units: &[Unit], width: usize) -> Vec<LineSpan> {
    let mut lines = Vec::new();
    let mut line_start = 0;
    let mut content_end = 0;
    let mut line_w = 0; // width of start..content_end
    let mut pending = 0; // width of the whitespace after content_end
    let mut seg_start = 0;
    for (byte, kind) in opportunities(text) {
        // Map the opportunity to a cluster index; skip those inside a cluster.
        let mut seg_end = seg_start;
        while seg_end < units.len() && (units[seg_end].start as usize) < byte {
            seg_end += 1;
        }
        if seg_end < units.len() && units[seg_end].start as usize != byte {
            continue;
        }
        let mut seg_content = seg_end;
        while seg_content > seg_start && is_hanging(text, &units[seg_content - 1]) {
            seg_content -= 1;
        }
        let has_content = content_end > line_start;
        if seg_content == seg_start && !has_content {
            // Whitespace leading the paragraph is indentation: it is drawn.
            seg_content = seg_end;
        }
        let cw: usize = units[seg_start..seg_content]
            .iter()
            .map(|u| usize::from(u.width))
            .sum();
        let ww: usize = units[seg_content..seg_end]
            .iter()
            .map(|u| usize::from(u.width))
            .sum();
        if seg_content == seg_start {
            // More whitespace after the content: it hangs too.
            pending += ww;
            seg_start = seg_end;
            continue;
        }
        if has_content && line_w + pending + cw > width {
            lines.push(LineSpan {
                start: line_start,
                content_end,
                end: seg_start,
            });
            line_start = seg_start;
            line_w = 0;
            pending = 0;
        }
        if line_w + pending + cw > width {
            // A token wider than the line: split it between clusters.
            let mut acc = 0;
            for (u, unit) in units.iter().enumerate().take(seg_content).skip(seg_start) {
                let w = usize::from(unit.width);
                if acc + w > width && acc > 0 {
                    lines.push(LineSpan {
                        start: line_start,
                        content_end: u,
                        end: u,
                    });
                    line_start = u;
                    acc = 0;
                }
                acc += w;
            }
            line_w = acc;
        } else {
            line_w += pending + cw;
        }
        content_end = seg_content;
        pending = ww;
        seg_start = seg_end;
        if kind == BreakOpportunity::Mandatory && seg_end < units.len() {
            lines.push(LineSpan {
                start: line_start,
                content_end,
                end: seg_end,
            });
            line_start = seg_end;
            content_end = seg_end;
            line_w = 0;
            pending = 0;
        }
    }
    if lines.is_empty() || line_start < units.len() {
        lines.push(LineSpan {
            start: line_start,
            content_end,
            end: units.len(),
        });
    }
    lines
}
