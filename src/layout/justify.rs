//! Kashida justification: a line is stretched to the full width by
//! inserting tatweel (U+0640, joining type C in ArabicShaping.txt) between
//! two letters that are joined, the way Arabic typesetting lengthens the
//! connection instead of widening spaces.

use unicode_bidi::BidiClass;
use unicode_joining_type::{JoiningType, get_joining_type};

use super::forms::{Form, form_of};
use super::para::Unit;

const TATWEEL: char = '\u{0640}';

/// Whether a (possibly already shaped) letter connects to the letter after
/// it, and to the one before it.
fn joins(c: char) -> (bool, bool) {
    if let Some((_, form)) = form_of(c) {
        return (
            matches!(form, Form::Final | Form::Medial),
            matches!(form, Form::Initial | Form::Medial),
        );
    }
    match c {
        '\u{FEF6}' | '\u{FEF8}' | '\u{FEFA}' | '\u{FEFC}' => return (true, false),
        '\u{FEF5}' | '\u{FEF7}' | '\u{FEF9}' | '\u{FEFB}' => return (false, false),
        _ => {}
    }
    match get_joining_type(c) {
        JoiningType::DualJoining | JoiningType::JoinCausing => (true, true),
        JoiningType::RightJoining => (true, false),
        JoiningType::LeftJoining => (false, true),
        _ => (false, false),
    }
}

fn first_char(text: &str, u: &Unit) -> char {
    text[u.start as usize..].chars().next().unwrap_or(' ')
}

/// A line's text and clusters with tatweel inserted so that it
/// is `width` cells wide. `None` when the line is already full or has no
/// joined pair of letters to stretch.
pub(crate) fn kashida(text: &str, units: &[Unit], width: usize) -> Option<(String, Vec<Unit>)> {
    let used: usize = units.iter().map(|u| usize::from(u.width)).sum();
    let extra = width.checked_sub(used).filter(|&e| e > 0)?;
    let points: Vec<usize> = (0..units.len().saturating_sub(1))
        .filter(|&k| {
            let (_, next) = joins(first_char(text, &units[k]));
            let (prev, _) = joins(first_char(text, &units[k + 1]));
            next && prev
        })
        .collect();
    if points.is_empty() {
        return None;
    }
    let (each, rest) = (extra / points.len(), extra % points.len());
    let mut out = String::with_capacity(text.len() + extra * 2);
    let mut out_units = Vec::with_capacity(units.len() + extra);
    let mut p = 0;
    for (k, u) in units.iter().enumerate() {
        let start = out.len() as u32;
        let s = &text[u.start as usize..u.end as usize];
        out.push_str(s);
        out_units.push(Unit {
            start,
            end: out.len() as u32,
            ..*u
        });
        if points.get(p) == Some(&k) {
            let n = each + usize::from(p < rest);
            for _ in 0..n {
                let start = out.len() as u32;
                out.push(TATWEEL);
                out_units.push(Unit {
                    start,
                    end: out.len() as u32,
                    width: 1,
                    level: u.level,
                    class: BidiClass::AL,
                    src: u.src,
                    plain: Some(TATWEEL),
                });
            }
            p += 1;
        }
    }
    Some((out, out_units))
}
