//! Line breaking (UAX #14) on the shaped paragraph in logical order, by
//! display width, with greedy fill.
//!
//! Only the break opportunities near each line's end decide where it
//! ends, so `wrap` looks for them there alone (`breaks::scan_from`);
//! `wrap_full` takes every opportunity of the paragraph; a test checks
//! that both agree.

use unicode_linebreak::BreakOpportunity;

use super::breaks::{opportunities, scan_from};
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
/// Whitespace characters are all drawn as they are, so such a cluster has
/// its character in `plain` (a test in `props` checks it).
fn is_hanging(u: &Unit) -> bool {
    matches!(u.plain, Some(c) if c.is_whitespace())
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
    /// How far the last opportunity's cluster was looked for: opportunities
    /// come in order, so the next search goes on from there (not from
    /// `seg_start`, which opportunities inside clusters do not move).
    cursor: usize,
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
            cursor: 0,
        }
    }

    /// Whether an opportunity at `byte` falls between clusters (or at or
    /// past the start of the last one, where it acts as the end).
    fn between_clusters(&self, byte: usize) -> bool {
        self.cluster_at(byte).is_some()
    }

    /// The index of the cluster that starts at `byte` (the number of
    /// clusters at or past the start of the last one), if any.
    fn cluster_at(&self, byte: usize) -> Option<usize> {
        let k = self.units.partition_point(|u| (u.start as usize) < byte);
        (k == self.units.len() || self.units[k].start as usize == byte).then_some(k)
    }

    /// `feed` for an opportunity before cluster `seg_end` that keeps a
    /// line with content going, knowing the width `total` of
    /// `line_start..seg_end`: only the whitespace hanging before it is
    /// looked at, not the whole segment.
    fn feed_fit(&mut self, seg_end: usize, total: usize) {
        let mut seg_content = seg_end;
        let mut ww = 0;
        while seg_content > self.seg_start && is_hanging(&self.units[seg_content - 1]) {
            seg_content -= 1;
            ww += usize::from(self.units[seg_content].width);
        }
        if seg_content == self.seg_start {
            self.pending = total - self.line_w;
        } else {
            self.line_w = total - ww;
            self.content_end = seg_content;
            self.pending = ww;
        }
        self.seg_start = seg_end;
    }

    /// The cluster an opportunity at `byte` falls before, or `None` when
    /// it falls inside a cluster.
    fn segment_end(&mut self, byte: usize) -> Option<usize> {
        let units = self.units;
        let mut seg_end = self.seg_start.max(self.cursor);
        if seg_end > self.seg_start && units[seg_end - 1].start as usize >= byte {
            seg_end = self.seg_start;
        }
        while seg_end < units.len() && (units[seg_end].start as usize) < byte {
            seg_end += 1;
        }
        self.cursor = seg_end;
        (seg_end == units.len() || units[seg_end].start as usize == byte).then_some(seg_end)
    }

    /// Ends the line being filled at `content_end`, with the whitespace up
    /// to `end` hanging, and starts the next at `end`.
    fn push_line(&mut self, content_end: usize, end: usize) {
        self.lines.push(LineSpan {
            start: self.line_start,
            content_end,
            end,
        });
        self.line_start = end;
        self.line_w = 0;
        self.pending = 0;
    }

    /// Breaks a token wider than the line between its clusters
    /// `from..to`: every line but the last is full, the last is left
    /// filling.
    fn split_token(&mut self, from: usize, to: usize) {
        let mut acc = 0;
        for u in from..to {
            let w = usize::from(self.units[u].width);
            if acc + w > self.width && acc > 0 {
                self.push_line(u, u);
                acc = 0;
            }
            acc += w;
        }
        self.line_w = acc;
    }

    fn feed(&mut self, byte: usize, kind: BreakOpportunity) {
        let Some(seg_end) = self.segment_end(byte) else {
            return;
        };
        let units = self.units;
        let seg_start = self.seg_start;
        let mut seg_content = seg_end;
        while seg_content > seg_start && is_hanging(&units[seg_content - 1]) {
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
        if has_content && self.line_w + self.pending + cw > self.width {
            self.push_line(self.content_end, seg_start);
        }
        if self.line_w + self.pending + cw > self.width {
            // A token wider than the line: split it between clusters.
            self.split_token(seg_start, seg_content);
        } else {
            self.line_w += self.pending + cw;
        }
        self.content_end = seg_content;
        self.pending = ww;
        self.seg_start = seg_end;
        if kind == BreakOpportunity::Mandatory && seg_end < units.len() {
            self.push_line(seg_content, seg_end);
            self.content_end = seg_end;
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
        let (limit, used) = fill(units, filler.line_start, width);
        let hi = units.get(limit).map_or(text.len(), |u| u.start as usize);
        let seg_byte = |f: &Filler| {
            units
                .get(f.seg_start)
                .map_or(text.len(), |u| u.start as usize)
        };
        if filler.content_end <= filler.line_start
            && hi > seg_byte(&filler)
            && lead_in(&mut filler, hi).is_none()
        {
            return wrap_full(text, units, width);
        }
        if limit == units.len() {
            filler.feed(text.len(), BreakOpportunity::Mandatory);
            return filler.finish();
        }
        let lo = seg_byte(&filler);
        // One scan from a little before `hi`: the last opportunity up to
        // `hi` keeps the line going, the ones after it end the line.
        let line = filler.line_start;
        // Most opportunities follow a space: start at the last one.
        let mut from = match memchr::memrchr(b' ', &text.as_bytes()[lo.min(hi)..hi]) {
            Some(k) => lo + k,
            None => hi.saturating_sub(WINDOW).max(lo),
        };
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        let (mut last, mut past_hi, mut further_back, mut ended) = (None, false, false, false);
        let scanned = scan_from(text, from, |p, kind| {
            if p <= hi {
                if let Some(k) = filler.cluster_at(p) {
                    last = Some((p, k));
                }
                return true;
            }
            if !past_hi {
                past_hi = true;
                if last.is_none() && from > lo {
                    further_back = true;
                    return false;
                }
                match last {
                    Some((_, k)) if filler.content_end > filler.line_start => {
                        let after: usize =
                            units[k..limit].iter().map(|u| usize::from(u.width)).sum();
                        filler.feed_fit(k, used - after);
                    }
                    Some((l, _)) => filler.feed(l, BreakOpportunity::Allowed),
                    None => {}
                }
            }
            filler.feed(p, kind);
            ended = filler.line_start != line;
            !ended
        });
        if scanned.is_none() {
            return wrap_full(text, units, width);
        }
        if further_back {
            match further_back_from(&mut filler, line, lo, (from, hi)) {
                Some(end) => ended = end,
                None => return wrap_full(text, units, width),
            }
        }
        if !ended {
            return filler.finish();
        }
    }
}

/// Whitespace that leads a line without content is drawn, and whitespace
/// after content hangs: feeds the opportunities from the segment's start one by one
/// until the line has content, since merging would blur the two. `None`
/// when `scan_from` finds no place to start.
fn lead_in(filler: &mut Filler, hi: usize) -> Option<()> {
    let from = filler
        .units
        .get(filler.seg_start)
        .map_or(filler.text.len(), |u| u.start as usize);
    scan_from(filler.text, from, |p, kind| {
        if p > hi {
            return false;
        }
        filler.feed(p, kind);
        filler.content_end <= filler.line_start
    })
    .map(|_| ())
}

/// No opportunity near `hi`: looks further back, between `lo` and `from`,
/// then goes on from `hi`. Whether the line that started at `line` ended,
/// or `None` when
/// `scan_from` finds no place to start.
fn further_back_from(
    filler: &mut Filler,
    line: usize,
    lo: usize,
    (from, hi): (usize, usize),
) -> Option<bool> {
    if let Some(p) = last_between_clusters(filler, lo, from)? {
        filler.feed(p, BreakOpportunity::Allowed);
    }
    let mut ended = false;
    scan_from(filler.text, hi.max(lo), |p, kind| {
        filler.feed(p, kind);
        ended = filler.line_start != line;
        !ended
    })?;
    Some(ended)
}

/// The first cluster from `start` that no longer fits in `width` cells
/// (or the number of clusters) and the width of those before it. Eight
/// clusters at a time while they fit, summed without a branch on each.
fn fill(units: &[Unit], start: usize, width: usize) -> (usize, usize) {
    let (mut limit, mut used) = (start, 0);
    while let Some(chunk) = units.get(limit..limit + 8) {
        let w: usize = chunk.iter().map(|u| usize::from(u.width)).sum();
        if used + w > width {
            break;
        }
        used += w;
        limit += 8;
    }
    while let Some(u) = units.get(limit) {
        let w = usize::from(u.width);
        if used + w > width {
            break;
        }
        used += w;
        limit += 1;
    }
    (limit, used)
}

/// How far before the first cluster that does not fit the search for the
/// line's last break opportunity starts: a word or two.
const WINDOW: usize = 32;

/// The last opportunity in `lo + 1..=hi` that falls between clusters,
/// looked for in windows going back from `hi`. `None` when `scan_from`
/// finds no place to start.
fn last_between_clusters(filler: &Filler, lo: usize, mut hi: usize) -> Option<Option<usize>> {
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
pub(crate) mod tests;
