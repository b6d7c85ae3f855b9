//! What leaves qari is letters, never presentation forms: text saved from a
//! PDF or an old page, with its ligatures and spacing harakat, is shared as
//! the letters another app shapes itself.

mod support;

use std::collections::HashMap;

use qari::article::Article;
use qari::share::logical::unshape;
use qari::share::{Format, compose, render};

use support::article::arabic;
use support::unicode_data;

const DATA: &str = "UnicodeData.txt";

#[test]
fn ligatures_become_their_letters() {
    // ﷲ, the word Allah as one character.
    assert_eq!(unshape("\u{FDF2}"), "الله");
    // ﰀ, yeh with hamza above and jeem.
    assert_eq!(unshape("\u{FC00}"), "ئج");
    // ﷺ, the whole phrase.
    assert_eq!(unshape("\u{FDFA}"), "صلى الله عليه وسلم");
    // ﻻ and ﻷ, lam-alef.
    assert_eq!(unshape("\u{FEFB} \u{FEF7}"), "لا لأ");
}

#[test]
fn a_line_copied_from_a_pdf_reads_as_typed() {
    // "بسم الله الرحمن الرحيم" as a PDF's text layer gives it: each letter
    // in its contextual form, and Allah as its ligature.
    let pdf = "\u{FE91}\u{FEB4}\u{FEE2} \u{FDF2} \u{FE8D}\u{FEDF}\u{FEAE}\u{FEA3}\u{FEE4}\u{FEE6} \
               \u{FE8D}\u{FEDF}\u{FEAE}\u{FEA3}\u{FEF4}\u{FEE2}";
    assert_eq!(unshape(pdf), "بسم الله الرحمن الرحيم");
}

#[test]
fn a_spacing_haraka_joins_the_letter_it_was_drawn_on() {
    // كتابًا with its fathatan as the spacing form U+FE70.
    assert_eq!(
        unshape("\u{FEDB}\u{FE98}\u{FE8E}\u{FE8F}\u{FE70}\u{FE8E}"),
        "كتابًا"
    );
    // On its own, as when a text names the mark, it keeps its space.
    assert_eq!(unshape("(\u{FE70})"), "( \u{064B})");
    // The medial form is a tatweel carrying the mark.
    assert_eq!(unshape("\u{FE92}\u{FE77}"), "\u{0628}\u{0640}\u{064E}");
}

#[test]
fn text_without_forms_is_passed_on_untouched() {
    let plain = "سعر \u{2066}iPhone 15\u{2069} ﴾آية﴿ \u{FEFF}";
    assert!(matches!(unshape(plain), std::borrow::Cow::Borrowed(_)));
    assert_eq!(unshape(plain), plain);
}

#[test]
fn a_shared_article_carries_no_ligature_in_any_format() {
    let article = Article {
        author: Some("\u{FC00}\u{FE8E}\u{FEA9}".into()),
        ..arabic(
            "pdf",
            "\u{FDF2} \u{FE8D}\u{FEDF}\u{FEE4}\u{FEB4}\u{FE98}\u{FECC}\u{FE8E}\u{FEE5}",
            "\u{FEB7}\u{FEDC}\u{FEAE}\u{FE8D}\u{FE70} \u{FDFA}",
        )
    };
    for quote in [None, Some(1)] {
        let share = compose(&article, quote).unwrap();
        for format in Format::ALL {
            let out = render(&share, format);
            let forms: Vec<char> = out
                .chars()
                .filter(|c| matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}'))
                .collect();
            assert!(forms.is_empty(), "{format}: {forms:?} in {out}");
            assert!(out.contains("الله"), "{format}: {out}");
            assert!(out.contains("شكراً صلى الله عليه وسلم"), "{format}: {out}");
        }
    }
}

/// Each code point's decomposition in UnicodeData.txt: its tag (`""` for a
/// canonical one) and what it decomposes to.
fn decompositions(data: &str) -> HashMap<u32, (&str, Vec<u32>)> {
    data.lines()
        .filter_map(|row| {
            let f: Vec<&str> = row.split(';').collect();
            let code = u32::from_str_radix(f.first()?, 16).ok()?;
            let mut parts = f.get(5)?.split_whitespace().peekable();
            let tag = parts.next_if(|p| p.starts_with('<')).unwrap_or("");
            let to: Vec<u32> = parts.map(|h| u32::from_str_radix(h, 16).unwrap()).collect();
            (!to.is_empty()).then_some((code, (tag, to)))
        })
        .collect()
}

/// The full compatibility decomposition, leaving canonical ones composed.
fn nfkc_letters(code: u32, table: &HashMap<u32, (&str, Vec<u32>)>) -> String {
    let mut out = String::new();
    for &c in &table[&code].1 {
        match table.get(&c) {
            Some((tag, _)) if !tag.is_empty() => out.push_str(&nfkc_letters(c, table)),
            _ => out.push(char::from_u32(c).unwrap()),
        }
    }
    out
}

#[test]
fn every_presentation_form_in_unicode_data_is_mapped() {
    let Some(data) = unicode_data::read(DATA) else {
        return;
    };
    let table = decompositions(&data);
    let mut checked = 0;
    for code in (0xFB50..=0xFDFF).chain(0xFE70..=0xFEFF) {
        let Some(c) = char::from_u32(code) else {
            continue;
        };
        let alone = c.to_string();
        let tag = table.get(&code).map_or("", |(tag, _)| *tag);
        if ["<isolated>", "<final>", "<initial>", "<medial>"].contains(&tag) {
            // On its own: exactly the decomposition, space and all.
            assert_eq!(unshape(&alone), nfkc_letters(code, &table), "U+{code:04X}");
            checked += 1;
        } else {
            assert_eq!(unshape(&alone), alone, "U+{code:04X} has no letters");
        }
    }
    assert!(checked > 700, "only {checked} forms found in {DATA}");
}
