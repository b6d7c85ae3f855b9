//! A match's card a sports site sets between a report's headline and its
//! lead: the competition, the home side, the score alone on its line, the
//! away side, the match's state and its ground (`دوري نجوم QNB - الجولة
//! 14` / `الدحيل` / `3 - 0` / `الوكرة` / `انتهت` / `استاد …`). None of it
//! is the story's text, and its short lines are no headline or byline.

use super::text_chrome::reads_as_paragraph;

/// The most lines of a card over the lead, and the most words of each.
const CARD_LINES: usize = 8;
const CARD_WORDS: usize = 5;
/// The most words of the competition's line over the card.
const COMPETITION_WORDS: usize = 8;

/// Words that name a competition or its round (`الجولة 14`, `كأس …`).
const COMPETITION: &[&str] = &["الجولة", "دوري", "كأس", "بطولة", "الدوري", "الأسبوع"];

/// Drops the card over the copy's lead from `lines`.
pub fn drop_match_card(lines: &mut Vec<String>) {
    let Some((lead, filled)) = filled_over_lead(lines, CARD_LINES) else {
        return;
    };
    let short = |i: usize| lines[i].split_whitespace().nth(CARD_WORDS).is_none();
    let Some(score) = filled.iter().position(|&i| is_score(&lines[i])) else {
        return;
    };
    let Some(&home) = score.checked_sub(1).and_then(|s| filled.get(s)) else {
        return;
    };
    let rest = &filled[score + 1..];
    if !short(home) || rest.is_empty() || !rest.iter().all(|&i| short(i)) {
        return;
    }
    let competition = |i: usize| {
        let line = &lines[i];
        line.split_whitespace().nth(COMPETITION_WORDS).is_none()
            && line.split_whitespace().any(|w| COMPETITION.contains(&w))
    };
    let start = match score.checked_sub(2).map(|s| filled[s]) {
        Some(above) if competition(above) => above,
        _ => home,
    };
    lines.drain(start..lead);
}

/// Where the copy's lead is, and the filled lines among the `most` over
/// it: where a card between the headline and the lead stands.
pub(super) fn filled_over_lead(lines: &[String], most: usize) -> Option<(usize, Vec<usize>)> {
    let lead = lines.iter().position(|l| reads_as_paragraph(l))?;
    let filled = (lead.saturating_sub(most)..lead)
        .filter(|&i| !lines[i].trim().is_empty())
        .collect();
    Some((lead, filled))
}

/// A match's score alone (`3 - 0`); a time of day (`10:30`) is none.
fn is_score(line: &str) -> bool {
    let Some((a, b)) = line.split_once(['-', '–']) else {
        return false;
    };
    let goals = |s: &str| {
        let s = s.trim();
        (1..=2).contains(&s.chars().count()) && s.chars().all(char::is_numeric)
    };
    goals(a) && goals(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn owned(lines: &[&str]) -> Vec<String> {
        lines.iter().map(|l| (*l).to_owned()).collect()
    }

    const LEAD: &str =
        "فاز الفريق على ضيفه بثلاثة أهداف دون رد في المباراة التي جمعتهما مساء اليوم.";

    #[test]
    fn the_card_between_the_date_and_the_lead_goes() {
        let mut lines = owned(&[
            "الفريق يفوز بثلاثية",
            "23/01/2025",
            "الدوري - الجولة 14",
            "النادي الأول",
            "3 - 0",
            "النادي الثاني",
            "انتهت",
            "استاد المدينة الرياضي",
            LEAD,
        ]);
        drop_match_card(&mut lines);
        assert_eq!(lines, owned(&["الفريق يفوز بثلاثية", "23/01/2025", LEAD]));
    }

    #[test]
    fn a_time_or_a_range_in_the_text_is_no_score() {
        let mut lines = owned(&["الموعد", "10:30", "في القاعة الكبرى", LEAD]);
        let before = lines.clone();
        drop_match_card(&mut lines);
        assert_eq!(lines, before);
        assert!(!is_score("2020-2024"));
        assert!(!is_score("1:2"));
        assert!(is_score("1 – 2"));
    }
}
