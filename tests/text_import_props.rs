//! Copied text on generated input: whatever the lines, import gives an
//! article or an error, never a panic, and its blocks are tidy text.

use proptest::prelude::*;
use qari::article::byline;
use qari::article::dates;
use qari::article::text_import::{import, import_bytes};

/// Pieces copied text is made of, hostile ones included: bylines, dates,
/// furniture, bullets, links, marks, presentation forms and controls.
fn line() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => "[ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإةىیکـ]{1,8}",
        2 => "[a-zA-Z0-9٠-٩۰-۹]{1,6}",
        4 => Just(" ".to_string()),
        2 => "[.,،؛:!?()«»“”%/\\-–—ـ•*{};=]",
        2 => prop::sample::select(vec![
            "أبوظبي - سكاي نيوز عربية", "عدن: ", "(أبوظبي - البيان)", "واشنطن (رويترز)",
            "2020/12/25 - 1:59 صباحًا", "Thu, 05 Apr 2018 21:43:55 +0400", "3 مارس/ آذار 2024",
            "الإثنين، 24 أغسطس 2020 09:23 ص", "2017-03-09T12:11:00+01:00", "٣١ ديسمبر ٩٩٩٩",
            "إقرأ أيضاً", "الكلمات الدالة :", "Share on FacebookShare on Twitterwhatsapp",
            "صدر الصورة،", "jQuery(document).ready(function(){", "});", "https://x.example/a",
            "المصدر: ", "اسمك", "1. ", "• ", "ﺳﻴﺪﺧﻞ", "\u{FEFF}", "\u{200F}", "\u{202D}",
            "\u{00A0}", "\u{200B}", "\u{1b}[2J", "\u{9b}", "30 فبراير 2020", "99:99 م",
        ])
        .prop_map(str::to_owned),
    ];
    prop::collection::vec(piece, 0..10).prop_map(|v| v.concat())
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(line(), 0..14).prop_map(|lines| lines.join("\n"))
}

/// A line with no words of its own (`عدن: ` once its byline is read) above
/// the lead, among header lines, once made the importer index an empty list.
#[test]
fn a_header_line_with_no_words_left_imports() {
    let text = "ف\n(أبوظبي - البيان)/\nعدن: \nالإثنين، 24 أغسطس 2020 09:23 صیی";
    assert!(import(text, "x".into(), None).is_ok());
}

proptest! {
    #[test]
    fn import_never_panics_and_blocks_are_tidy(text in text()) {
        if let Ok(a) = import(&text, "x".into(), None) {
            prop_assert!(!a.title.is_empty());
            for b in &a.body {
                let t = b.text();
                prop_assert!(!t.is_empty());
                prop_assert!(!t.chars().any(char::is_control), "{:?}", t);
                let bom = '\u{FEFF}';
                prop_assert!(!t.contains(bom), "BOM in {:?}", t);
                prop_assert_eq!(t.trim(), t);
            }
            if let Some(date) = &a.published {
                prop_assert!(date.len() >= 10 && date.as_bytes()[4] == b'-', "{}", date);
            }
        }
    }

    #[test]
    fn bytes_in_any_encoding_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = import_bytes(&bytes, "x".into(), None);
    }

    #[test]
    fn dates_and_bylines_never_panic(line in line()) {
        if let Some(found) = dates::find(&line) {
            prop_assert!(line.is_char_boundary(found.range.start));
            prop_assert!(line.is_char_boundary(found.range.end));
        }
        let _ = dates::dateline(&line);
        let _ = byline::parse(&line);
        let _ = byline::leading(&line);
    }
}
