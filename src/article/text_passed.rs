//! Lines at the top of a copied article that are never its headline,
//! whatever their length: a site's navigation menu, a line in Latin
//! letters over an Arabic text (a widget's teaser, another story's
//! title), and the page's fields in a bar. The headline's rules pass
//! over them; a copy left with no other line starts with its lead, whose
//! first words stand for the headline.

use super::text_blocks;
use super::text_chrome;
use super::text_foot::has_other_letters;
use super::text_headline_features::is_paragraph;

/// Which of `lines` the headline's rules pass over, from `start` (the end
/// of the site's chrome) on.
pub fn passed_over(lines: &[String], start: usize) -> Vec<bool> {
    let mut passed = text_blocks::menu_lines(lines);
    let lead = lines.iter().position(|l| is_paragraph(l));
    // A copy whose lead is in Latin letters is an English one: its
    // headline is in them too.
    let arabic = lead.is_some_and(|at| has_other_letters(&lines[at]));
    let top = start.min(lead.unwrap_or(lines.len()));
    let end = lead.unwrap_or(lines.len());
    for at in top..end {
        let line = &lines[at];
        // The page's fields in a bar (`المحرر: | عدد المشاهدات: 8`).
        let fields = text_chrome::is_bar(line) && line.contains(':');
        passed[at] |= (arabic && is_latin_text(line)) || fields;
    }
    passed
}

/// A line of words in Latin letters and no others: in an Arabic copy, a
/// widget's teaser or a link's title, never the story's headline.
fn is_latin_text(line: &str) -> bool {
    line.split_whitespace().count() >= 2
        && line.chars().any(|c| c.is_ascii_alphabetic())
        && !has_other_letters(line)
        && !line.contains("://")
}
