//! Presentation forms back to letters. Text pasted from a PDF or an old web
//! page may hold Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF);
//! a share carries the letters they stand for, which every app shapes
//! itself. Everything else is passed on exactly as stored.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

use crate::layout::{Form, presentation_form};

/// `s` with each single-letter presentation form and each lam-alef
/// ligature replaced by its letters.
pub fn unshape(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_form) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if let Some(alef) = lam_alef(c) {
            out.push('\u{0644}');
            out.push(alef);
        } else {
            out.push(bases().get(&c).copied().unwrap_or(c));
        }
    }
    Cow::Owned(out)
}

fn is_form(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// The alef of a lam-alef ligature (U+FEF5–U+FEFC).
fn lam_alef(c: char) -> Option<char> {
    match c {
        '\u{FEF5}' | '\u{FEF6}' => Some('\u{0622}'),
        '\u{FEF7}' | '\u{FEF8}' => Some('\u{0623}'),
        '\u{FEF9}' | '\u{FEFA}' => Some('\u{0625}'),
        '\u{FEFB}' | '\u{FEFC}' => Some('\u{0627}'),
        _ => None,
    }
}

/// Form to letter, inverted from the layout engine's table.
fn bases() -> &'static HashMap<char, char> {
    static BASES: OnceLock<HashMap<char, char>> = OnceLock::new();
    BASES.get_or_init(|| {
        let forms = [Form::Isolated, Form::Final, Form::Initial, Form::Medial];
        ('\u{0621}'..='\u{06D3}')
            .flat_map(|base| {
                forms
                    .iter()
                    .filter_map(move |&f| presentation_form(base, f).map(|form| (form, base)))
            })
            .collect()
    })
}
