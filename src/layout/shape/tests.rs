use super::*;

fn shaped(s: &str) -> String {
    shape(s, &LayoutOptions::default()).text
}

#[test]
fn letters_take_contextual_forms() {
    // ب ت ب: initial, medial, final
    assert_eq!(shaped("بتب"), "\u{FE91}\u{FE98}\u{FE90}");
    // a lone letter is isolated
    assert_eq!(shaped("ب"), "\u{FE8F}");
    // dal joins only to the right: the letter after it starts afresh
    assert_eq!(shaped("بدب"), "\u{FE91}\u{FEAA}\u{FE8F}");
}

#[test]
fn lam_alef_ligature_also_across_harakat() {
    assert_eq!(shaped("لا"), "\u{FEFB}");
    assert_eq!(shaped("بلا"), "\u{FE91}\u{FEFC}");
    // lam, shadda, alef: ligature, then the mark
    assert_eq!(shaped("ل\u{651}ا"), "\u{FEFB}\u{651}");
    assert_eq!(shaped("لأ"), "\u{FEF7}");
}

#[test]
fn harakat_are_kept_and_transparent() {
    // كَتَبَ: the fatha does not stop kaf from joining
    assert_eq!(
        shaped("كَتَبَ"),
        "\u{FEDB}\u{64E}\u{FE98}\u{64E}\u{FE90}\u{64E}"
    );
}

#[test]
fn zwj_and_zwnj_are_honoured_then_dropped() {
    assert_eq!(shaped("ب\u{200C}ب"), "\u{FE8F}\u{FE8F}");
    assert_eq!(shaped("ب\u{200D}"), "\u{FE91}");
}

#[test]
fn tatweel_joins_both_sides() {
    assert_eq!(shaped("بـب"), "\u{FE91}\u{640}\u{FE90}");
}

#[test]
fn persian_and_urdu_letters_use_forms_a() {
    // پ گ ی
    assert_eq!(shaped("پگی"), "\u{FB58}\u{FB95}\u{FBFD}");
    // ے at the end of a word: final form
    assert_eq!(shaped("بے"), "\u{FE91}\u{FBAF}");
    // U+06C2 has no presentation forms: it stays, and still joins
    assert_eq!(shaped("ب\u{6C2}"), "\u{FE91}\u{6C2}");
}

#[test]
fn no_allah_ligature() {
    assert_eq!(shaped("الله"), "\u{FE8D}\u{FEDF}\u{FEE0}\u{FEEA}");
}

#[test]
fn options_strip_harakat_and_map_digits() {
    let opts = LayoutOptions {
        tashkeel: Tashkeel::Strip,
        digits: Digits::Arabic,
        shaping: Shaping::Off,
        ..LayoutOptions::default()
    };
    assert_eq!(shape("كَتَبَ 2024", &opts).text, "كتب ٢٠٢٤");
    let latin = LayoutOptions {
        digits: Digits::Latin,
        ..opts
    };
    assert_eq!(shape("٢٠٢٤ ۱۴۰۳", &latin).text, "2024 1403");
}

#[test]
fn controls_never_reach_the_output() {
    assert_eq!(
        shape("a\u{1b}[2Jb\tc\u{85}", &LayoutOptions::default()).text,
        "a\u{241B}[2Jb c "
    );
}

#[test]
fn ascii_never_joins() {
    // `join` lets ASCII through without looking it up.
    for c in '\0'..='\u{7F}' {
        assert_eq!(get_joining_type(c), JoiningType::NonJoining, "{c:?}");
        assert!((0..4).all(|f| {
            presentation_form(
                c,
                [Form::Isolated, Form::Final, Form::Initial, Form::Medial][f],
            )
            .is_none()
        }));
    }
}

#[test]
fn no_separator_survives_cleaning() {
    // Drawing applies UAX #9 L1 to line ends alone, relying on this.
    use unicode_bidi::BidiClass::{B, S};
    for c in ('\0'..='\u{FFFF}').chain('\u{10000}'..='\u{10FFFF}') {
        let class = unicode_bidi::bidi_class(clean(c));
        assert!(!matches!(class, S | B), "{c:?} stays {class:?}");
    }
}

#[test]
fn every_byte_maps_to_its_source() {
    let s = shape("لا ب", &LayoutOptions::default());
    assert_eq!(s.text, "\u{FEFB} \u{FE8F}");
    assert_eq!(s.src, vec![0, 4, 5]);
}
