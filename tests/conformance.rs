//! Unicode conformance: every case of BidiCharacterTest.txt, with the
//! paragraph level from qari's P2/P3, the levels of each character from
//! qari's resolver (its own W1–I2 for text without explicit formatting,
//! `unicode-bidi` otherwise), and line levels (L1) and visual order (L2)
//! from qari's own reordering: the code the layout engine draws with.

mod support;

use qari::layout::levels::resolve;
use qari::layout::reorder::{first_strong_is_rtl, removed_by_x9, reset_line_levels, visual_order};

use support::unicode_data;

const DATA: &str = "BidiCharacterTest.txt";

struct Case {
    line: usize,
    text: String,
    direction: u8,
    para: u8,
    levels: Vec<Option<u8>>,
    order: Vec<usize>,
}

fn parse(line: usize, row: &str) -> Option<Case> {
    let f: Vec<&str> = row.split(';').collect();
    if f.len() < 5 {
        return None;
    }
    let text = f[0]
        .split_whitespace()
        .map(|h| u32::from_str_radix(h, 16).ok().and_then(char::from_u32))
        .collect::<Option<String>>()?;
    Some(Case {
        line,
        text,
        direction: f[1].trim().parse().ok()?,
        para: f[2].trim().parse().ok()?,
        levels: f[3].split_whitespace().map(|l| l.parse().ok()).collect(),
        order: f[4]
            .split_whitespace()
            .filter_map(|i| i.parse().ok())
            .collect(),
    })
}

/// Runs one case; returns a description of the first difference.
fn check(case: &Case) -> Result<(), String> {
    let para = match case.direction {
        0 => 0,
        1 => 1,
        // Auto: P2/P3, with the test file's left-to-right default.
        _ => u8::from(first_strong_is_rtl(&case.text).unwrap_or(false)),
    };
    if para != case.para {
        return Err(format!("paragraph level {para}, expected {}", case.para));
    }
    let (classes, mut levels) = resolve(&case.text, para);
    reset_line_levels(classes.iter().copied(), &mut levels, para);
    for (i, want) in case.levels.iter().enumerate() {
        if let Some(want) = want
            && levels.get(i) != Some(want)
        {
            return Err(format!(
                "level of character {i} is {:?}, expected {want}",
                levels.get(i)
            ));
        }
    }
    let order: Vec<usize> = visual_order(&levels)
        .into_iter()
        .filter(|&i| !removed_by_x9(classes[i]))
        .collect();
    if order != case.order {
        return Err(format!("visual order {order:?}, expected {:?}", case.order));
    }
    Ok(())
}

#[test]
fn bidi_character_test_passes_through_our_reordering() {
    let Some(data) = unicode_data::read(DATA) else {
        return;
    };
    let mut cases = 0;
    let mut failures = Vec::new();
    for (n, row) in data.lines().enumerate() {
        if row.starts_with('#') || row.trim().is_empty() {
            continue;
        }
        let case =
            parse(n + 1, row).unwrap_or_else(|| panic!("{DATA}:{}: cannot parse {row:?}", n + 1));
        cases += 1;
        if let Err(why) = check(&case) {
            failures.push(format!("{DATA}:{}: {why}", case.line));
        }
    }
    assert!(cases > 90_000, "only {cases} cases in {DATA}");
    assert!(
        failures.is_empty(),
        "{} of {cases} cases fail, first ones:\n{}",
        failures.len(),
        failures[..failures.len().min(10)].join("\n")
    );
}
