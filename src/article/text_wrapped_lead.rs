//! Copies hard-wrapped with no blank lines: whether many lines are cut
//! near the width (the story was wrapped, whatever short lines the copy
//! carries besides), and where the first paragraph starts, wrapped
//! between blank lines or cut near the width.

use super::text_chrome::reads_as_paragraph;
use super::text_shape;

/// The first line of a copy hard-wrapped at `width` with no blank lines
/// that opens a paragraph: a sentence, or a line cut near the width that
/// runs on into one. A headline right over the lead may be taken with
/// it: what is above it is still above the lead.
pub(super) fn run_on_lead(lines: &[String], width: usize) -> Option<usize> {
    (0..lines.len())
        .find(|&at| reads_as_paragraph(&lines[at]) || opens_run_on_paragraph(lines, at, width))
}

/// Whether the line at `at` opens a paragraph hard-wrapped over lines of
/// its own between blank lines (`نجح فريق من الباحثين … تعتمد على` /
/// `الألياف النانوية، …`): the lines joined read as one, its first line
/// ends no sentence, and its last ends one.
pub(super) fn opens_wrapped_paragraph(lines: &[String], at: usize) -> bool {
    let starts_block = at == 0 || lines[at - 1].is_empty();
    let block: Vec<&String> = lines[at..].iter().take_while(|l| !l.is_empty()).collect();
    starts_block
        && block.len() >= 2
        && block[..block.len() - 1]
            .iter()
            .all(|l| !l.ends_with(['.', '!', '?', '؟', ':']))
        && block[0].split_whitespace().count() >= WRAPPED_LINE_WORDS
        && reads_as_paragraph(
            &block
                .iter()
                .map(|l| l.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        )
}

/// Whether the line at `at` opens a paragraph of text hard-wrapped with
/// no blank lines: it and the lines under it are cut open near the width
/// until one ends short, and joined they read as one. A headline wrapped
/// the same way ends on a short line with no sentence's end.
fn opens_run_on_paragraph(lines: &[String], at: usize, width: usize) -> bool {
    let first = &lines[at];
    if first.split_whitespace().count() < WRAPPED_LINE_WORDS
        || !text_shape::is_open_near(first, width)
    {
        return false;
    }
    let mut joined = first.clone();
    for line in &lines[at + 1..] {
        if line.is_empty() {
            return false;
        }
        joined.push(' ');
        joined.push_str(line);
        if !text_shape::is_open_near(line, width) {
            return reads_as_paragraph(&joined);
        }
    }
    false
}

/// The fewest words of a wrapped paragraph's first line.
const WRAPPED_LINE_WORDS: usize = 6;

/// Whether many of a copy's lines run on cut open near the width, however
/// many short open lines (a menu's, a list of headlines) it carries
/// besides: its story was wrapped, though the copy as a whole may not
/// read as [`text_shape::is_hard_wrapped`].
pub(super) fn has_many_cut_lines(lines: &[String]) -> bool {
    let view = text_shape::text_view(lines);
    let width = text_shape::run_width(&view);
    let (cut, all) = text_shape::cut_near(&view, width);
    width <= text_shape::MAX_WRAP_WIDTH && cut >= MANY_CUT_LINES && cut * 4 >= all
}

/// How many lines cut open near the width tell wrapping by themselves.
const MANY_CUT_LINES: usize = 8;
