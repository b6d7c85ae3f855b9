//! The presentation-form table compiled into qari is exactly what
//! UnicodeData.txt says: every `<isolated>`, `<final>`, `<initial>` and
//! `<medial>` decomposition of a single Arabic letter, and nothing else.

mod support;

use qari::layout::{Form, presentation_form};

use support::unicode_data;

const DATA: &str = "UnicodeData.txt";

#[test]
fn presentation_forms_match_unicode_data() {
    let Some(data) = unicode_data::read(DATA) else {
        return;
    };
    let mut expected = std::collections::HashMap::new();
    for row in data.lines() {
        let f: Vec<&str> = row.split(';').collect();
        let Some((tag, rest)) = f.get(5).and_then(|d| d.split_once(' ')) else {
            continue;
        };
        let form = match tag {
            "<isolated>" => Form::Isolated,
            "<final>" => Form::Final,
            "<initial>" => Form::Initial,
            "<medial>" => Form::Medial,
            _ => continue,
        };
        let parts: Vec<&str> = rest.split_whitespace().collect();
        let (Ok(code), [base]) = (u32::from_str_radix(f[0], 16), &parts[..]) else {
            continue;
        };
        let Ok(base) = u32::from_str_radix(base, 16) else {
            continue;
        };
        if (0x0600..=0x06FF).contains(&base) {
            expected.insert((base, form as u8), code);
        }
    }
    assert!(
        expected.len() > 200,
        "only {} forms read from {DATA}",
        expected.len()
    );
    for base in 0x0600..=0x06FFu32 {
        let Some(c) = char::from_u32(base) else {
            continue;
        };
        for form in [Form::Isolated, Form::Final, Form::Initial, Form::Medial] {
            let want = expected.get(&(base, form as u8)).copied();
            let got = presentation_form(c, form).map(|f| f as u32);
            assert_eq!(got, want, "U+{base:04X} {form:?}");
        }
    }
}
