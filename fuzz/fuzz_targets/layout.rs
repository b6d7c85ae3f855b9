//! The layout engine on arbitrary text, width and options: it must not
//! panic, and what it returns must keep the engine's promises.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use qari::layout::{
    Digits, Direction, Justify, LayoutOptions, Shaping, Tashkeel, display_width, fit_line,
    layout_paragraph,
};

#[derive(Debug, Arbitrary)]
struct Input {
    text: String,
    width: u8,
    direction: u8,
    shaping: bool,
    strip: bool,
    digits: u8,
    kashida: bool,
}

fuzz_target!(|input: Input| {
    let opts = LayoutOptions {
        direction: [Direction::Auto, Direction::Rtl, Direction::Ltr][input.direction as usize % 3],
        shaping: if input.shaping {
            Shaping::On
        } else {
            Shaping::Off
        },
        tashkeel: if input.strip {
            Tashkeel::Strip
        } else {
            Tashkeel::Keep
        },
        digits: [Digits::Keep, Digits::Arabic, Digits::Latin][input.digits as usize % 3],
        justify: if input.kashida {
            Justify::Kashida
        } else {
            Justify::None
        },
    };
    let width = usize::from(input.width);
    let lines = layout_paragraph(&input.text, width, &opts);
    assert!(!lines.is_empty(), "a paragraph gives at least one line");
    for line in &lines {
        assert_eq!(
            line.width,
            display_width(&line.text),
            "width is the drawn width: {line:?}"
        );
        assert_eq!(
            line.cells.len(),
            line.width,
            "one source offset per cell: {line:?}"
        );
        // Only a single grapheme wider than the line may overflow it.
        assert!(
            line.width <= width.max(1) || line.width <= 2,
            "line wider than {width}: {line:?}"
        );
        assert!(line.source.end <= input.text.len());
        for &b in &line.cells {
            assert!(
                input.text.is_char_boundary(b) && b <= input.text.len(),
                "cell offset {b} in {line:?}"
            );
        }
    }
    let one = fit_line(&input.text, width, &opts);
    assert!(
        one.width <= width.max(1) || one.width <= 2,
        "fit_line overflow: {one:?}"
    );
    assert_eq!(one.width, display_width(&one.text));
});
