//! Line breaking (UAX #14) on the shaped paragraph in logical order, by
//! display width, with greedy fill.
//!
//! Only the break opportunities near each line's end decide where it
//! ends, so `wrap` looks for them there alone, starting UAX #14 afresh at
//! a nearby pair of characters after which no rule looks further back
//! (`unicode_linebreak::split_at_safe`). `wrap_full` finds every
//! opportunity of the paragraph; a test checks that both agree.

use unicode_linebreak::{BreakClass, BreakOpportunity, break_property, linebreaks, split_at_safe};

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

/// Whether a space at byte `i - 1` is followed by an infix separator at
/// `i`: the tailored opportunity of `opportunities`.
fn is_infix_after_space(text: &str, i: usize) -> bool {
    text[i..]
        .chars()
        .next()
        .is_some_and(|c| break_property(c as u32) == BreakClass::InfixSeparator)
}

/// UAX #14 break opportunities, with one tailoring: after a space, a
/// break is also allowed before an infix separator (IS: "." "," "،" ":"
/// ";"), as UAX #14 LB15c already allows before " .5". Saved pages often
/// carry a stray " ." or " ، "; treating it as a word of its own keeps
/// lines filled instead of gluing it to the word before the space.
fn opportunities(text: &str) -> impl Iterator<Item = (usize, BreakOpportunity)> + '_ {
    let mut extra = text
        .match_indices(' ')
        .map(|(i, _)| i + 1)
        .filter(move |&i| is_infix_after_space(text, i))
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

/// How far back from a position `scan_from` looks for a place to start
/// UAX #14 afresh: pairs that allow it are nearly everywhere (two letters,
/// a letter and a space), so this is reached only by text made of long
/// runs of spaces and marks, which `wrap` then hands to `wrap_full`.
const LOOKBACK: usize = 256;

/// Calls `f` with the break opportunities (as `opportunities` gives them)
/// after byte `from`, in order, until `f` returns false. `None` when there
/// is no place within `LOOKBACK` bytes before `from` to start from.
fn scan_from(
    text: &str,
    from: usize,
    mut f: impl FnMut(usize, BreakOpportunity) -> bool,
) -> Option<()> {
    let mut start = from.saturating_sub(LOOKBACK);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let (before, _) = split_at_safe(&text[start..from]);
    if before.is_empty() && start > 0 {
        return None;
    }
    let restart = start + before.len();
    let bytes = text.as_bytes();
    let mut spaces_from = from;
    for (p, kind) in linebreaks(&text[restart..]) {
        let p = p + restart;
        if p <= from {
            continue;
        }
        // The tailored opportunities before this one: after a space that
        // is followed by an infix separator.
        for i in memchr::memchr_iter(b' ', &bytes[spaces_from..p]) {
            let e = spaces_from + i + 1;
            if e < p && is_infix_after_space(text, e) && !f(e, BreakOpportunity::Allowed) {
                return Some(());
            }
        }
        spaces_from = p;
        if !f(p, kind) {
            return Some(());
        }
    }
    Some(())
}

/// Greedy line filling, one break opportunity at a time: each line takes
/// as many whole segments (text between two opportunities) as fit in
/// `width` cells, not counting the whitespace at its end. A segment wider
/// than the whole line is broken between grapheme clusters, so no line is
/// wider than `width` unless a single cluster is. Opportunities that fall
/// inside a grapheme cluster are ignored.
struct Filler<'a> {
    text: &'a str,
    units: &'a [Unit],
    width: usize,
    lines: Vec<LineSpan>,
    line_start: usize,
    content_end: usize,
    /// Width of `line_start..content_end`.
    line_w: usize,
    /// Width of the whitespace after `content_end`.
    pending: usize,
    seg_start: usize,
}

impl<'a> Filler<'a> {
    fn new(text: &'a str, units: &'a [Unit], width: usize) -> Self {
        Filler {
            text,
            units,
            width,
            lines: Vec::new(),
            line_start: 0,
            content_end: 0,
            line_w: 0,
            pending: 0,
            seg_start: 0,
        }
    }

    /// Whether an opportunity at `byte` falls between clusters (or at or
    /// past the start of the last one, where it acts as the end).
    fn between_clusters(&self, byte: usize) -> bool {
        let k = self.units.partition_point(|u| (u.start as usize) < byte);
        k == self.units.len() || self.units[k].start as usize == byte
    }

    fn feed(&mut self, byte: usize, kind: BreakOpportunity) {
        let (text, units, width) = (self.text, self.units, self.width);
        // Map the opportunity to a cluster index; skip those inside a cluster.
        let mut seg_end = self.seg_start;
        while seg_end < units.len() && (units[seg_end].start as usize) < byte {
            seg_end += 1;
        }
        if seg_end < units.len() && units[seg_end].start as usize != byte {
            return;
        }
        let seg_start = self.seg_start;
        let mut seg_content = seg_end;
        while seg_content > seg_start && is_hanging(text, &units[seg_content - 1]) {
            seg_content -= 1;
        }
        let has_content = self.content_end > self.line_start;
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
            self.pending += ww;
            self.seg_start = seg_end;
            return;
        }
        if has_content && self.line_w + self.pending + cw > width {
            self.lines.push(LineSpan {
                start: self.line_start,
                content_end: self.content_end,
                end: seg_start,
            });
            self.line_start = seg_start;
            self.line_w = 0;
            self.pending = 0;
        }
        if self.line_w + self.pending + cw > width {
            // A token wider than the line: split it between clusters.
            let mut acc = 0;
            for (u, unit) in units.iter().enumerate().take(seg_content).skip(seg_start) {
                let w = usize::from(unit.width);
                if acc + w > width && acc > 0 {
                    self.lines.push(LineSpan {
                        start: self.line_start,
                        content_end: u,
                        end: u,
                    });
                    self.line_start = u;
                    acc = 0;
                }
                acc += w;
            }
            self.line_w = acc;
        } else {
            self.line_w += self.pending + cw;
        }
        self.content_end = seg_content;
        self.pending = ww;
        self.seg_start = seg_end;
        if kind == BreakOpportunity::Mandatory && seg_end < units.len() {
            self.lines.push(LineSpan {
                start: self.line_start,
                content_end: seg_content,
                end: seg_end,
            });
            self.line_start = seg_end;
            self.content_end = seg_end;
            self.line_w = 0;
            self.pending = 0;
        }
    }

    fn finish(mut self) -> Vec<LineSpan> {
        if self.lines.is_empty() || self.line_start < self.units.len() {
            self.lines.push(LineSpan {
                start: self.line_start,
                content_end: self.content_end,
                end: self.units.len(),
            });
        }
        self.lines
    }
}

/// Greedy filling over every break opportunity of the paragraph.
pub(crate) fn wrap_full(text: &str, units: &[Unit], width: usize) -> Vec<LineSpan> {
    let mut filler = Filler::new(text, units, width);
    for (byte, kind) in opportunities(text) {
        filler.feed(byte, kind);
    }
    filler.finish()
}

/// The lines of `wrap_full`, found from the opportunities near each line's
/// end. Every opportunity up to the first cluster that no longer fits on
/// the line keeps the line going, and once the line has content, feeding
/// the filler only the last of them leaves it as feeding them all would
/// (their segments add up to the same widths); the ones after that
/// cluster end the line. `text` is a
/// shaped paragraph: it has no mandatory breaks but its end (`shape`
/// turns line and paragraph separators into spaces).
pub(crate) fn wrap(text: &str, units: &[Unit], width: usize) -> Vec<LineSpan> {
    let mut filler = Filler::new(text, units, width);
    loop {
        let mut limit = filler.line_start;
        let mut used = 0;
        while limit < units.len() {
            used += usize::from(units[limit].width);
            if used > width {
                break;
            }
            limit += 1;
        }
        let hi = units.get(limit).map_or(text.len(), |u| u.start as usize);
        let seg_byte = |f: &Filler| {
            units
                .get(f.seg_start)
                .map_or(text.len(), |u| u.start as usize)
        };
        if filler.content_end <= filler.line_start && hi > seg_byte(&filler) {
            // Whitespace that leads a line without content is drawn, and
            // whitespace after content hangs: feed one by one until the
            // line has content, since merging would blur the two.
            let scanned = scan_from(text, seg_byte(&filler), |p, kind| {
                if p > hi {
                    return false;
                }
                filler.feed(p, kind);
                filler.content_end <= filler.line_start
            });
            if scanned.is_none() {
                return wrap_full(text, units, width);
            }
        }
        if limit == units.len() {
            filler.feed(text.len(), BreakOpportunity::Mandatory);
            return filler.finish();
        }
        let lo = seg_byte(&filler);
        if hi > lo {
            match last_between_clusters(&filler, lo, hi) {
                Some(Some(p)) => filler.feed(p, BreakOpportunity::Allowed),
                Some(None) => {}
                None => return wrap_full(text, units, width),
            }
        }
        let line = filler.line_start;
        let mut ended = false;
        let scanned = scan_from(text, hi.max(lo), |p, kind| {
            filler.feed(p, kind);
            ended = filler.line_start != line;
            !ended
        });
        if scanned.is_none() {
            return wrap_full(text, units, width);
        }
        if !ended {
            return filler.finish();
        }
    }
}

/// The last opportunity in `lo + 1..=hi` that falls between clusters,
/// looked for in windows going back from `hi`. `None` when `scan_from`
/// finds no place to start.
fn last_between_clusters(filler: &Filler, lo: usize, mut hi: usize) -> Option<Option<usize>> {
    const WINDOW: usize = 64;
    let text = filler.text;
    loop {
        let mut from = hi.saturating_sub(WINDOW).max(lo);
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        let mut last = None;
        scan_from(text, from, |p, _| {
            if p > hi {
                return false;
            }
            if filler.between_clusters(p) {
                last = Some(p);
            }
            true
        })?;
        if last.is_some() || from <= lo {
            return Some(last);
        }
        hi = from;
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::layout::LayoutOptions;
    use crate::layout::para::Prepared;

    fn text() -> impl Strategy<Value = String> {
        prop::collection::vec(
            prop_oneof![
                4 => "[ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإةى]{1,12}",
                3 => "[a-zA-Z]{1,14}",
                2 => "[0-9]{1,6}",
                4 => "[ ]{1,3}",
                1 => "[\u{A0}\u{2003}\u{3000}\u{200B}\u{2060}\u{AD}]",
                1 => "[ًٌٍَُِّْ\u{301}]{1,3}",
                2 => r#"[.,،؛:;!?()\[\]«»“”\\"'%$€/‐–—-]{1,2}"#,
                1 => "[中文字한국]{1,3}",
                1 => "[😀👍🏽🇸🇦]",
            ],
            0..80,
        )
        .prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// The fast path's lines are those of filling over every
        /// opportunity.
        #[test]
        fn near_the_end_search_gives_the_full_search_lines(text in text(), width in 1usize..40) {
            let p = Prepared::new(&text, &LayoutOptions::default());
            prop_assert_eq!(wrap(&p.shaped.text, &p.units, width), wrap_full(&p.shaped.text, &p.units, width));
        }

        /// A scan started anywhere finds the opportunities a scan of the
        /// whole text finds after that point.
        #[test]
        fn scans_from_inside_agree_with_the_whole(text in text(), at in 0usize..400) {
            let mut from = at.min(text.len());
            while !text.is_char_boundary(from) {
                from -= 1;
            }
            let mut got = Vec::new();
            if scan_from(&text, from, |p, k| { got.push((p, k)); true }).is_some() {
                let want: Vec<_> = opportunities(&text).filter(|&(p, _)| p > from).collect();
                prop_assert_eq!(got, want);
            }
        }
    }

    #[test]
    fn runs_of_marks_and_spaces_fall_back_to_the_full_search() {
        let text = " \u{301}".repeat(2000);
        let p = Prepared::new(&text, &LayoutOptions::default());
        assert_eq!(
            wrap(&p.shaped.text, &p.units, 7),
            wrap_full(&p.shaped.text, &p.units, 7)
        );
    }
}
