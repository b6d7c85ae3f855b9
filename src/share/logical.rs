//! Presentation forms back to letters. Text pasted from a PDF or an old web
//! page may hold Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF):
//! single-letter forms, lam-alef, ligatures such as U+FC00 or U+FDF2 (the
//! word Allah), and spacing forms of the harakat. A share carries the
//! letters they stand for, which every app shapes itself. Everything else is
//! passed on exactly as stored.

use std::borrow::Cow;

use super::forms::FORMS;

/// `s` with every presentation form replaced by its letters: the Unicode
/// compatibility decomposition (`forms.rs`), canonically composed.
///
/// One exception: a spacing form of a haraka (U+FE70 "fathatan isolated
/// form", U+FC5E "shadda with dammatan") decomposes to a space and the
/// mark. Right after a letter, it was drawn on that letter, so the mark
/// joins the letter and the space is left out; elsewhere the space stays,
/// so the mark is still shown on its own.
pub fn unshape(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| letters(c).is_some()) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + s.len() / 2);
    for c in s.chars() {
        match letters(c) {
            Some(letters) => {
                let after_letter = out.chars().next_back().is_some_and(char::is_alphabetic);
                match letters.strip_prefix(' ') {
                    Some(mark) if after_letter => out.push_str(mark),
                    _ => out.push_str(letters),
                }
            }
            None => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// The letters of presentation form `c`, if it is one.
fn letters(c: char) -> Option<&'static str> {
    if !matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}') {
        return None;
    }
    FORMS
        .binary_search_by_key(&c, |&(form, _)| form)
        .ok()
        .map(|i| FORMS[i].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_so_it_can_be_searched() {
        assert!(FORMS.windows(2).all(|w| w[0].0 < w[1].0));
    }
}
