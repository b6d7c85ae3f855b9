use super::*;

#[test]
fn an_initial_joined_to_a_name_is_spaced() {
    assert_eq!(spaced_initials("ر۔مهران"), "ر. مهران");
    assert_eq!(spaced_initials("ر.مهران"), "ر. مهران");
    assert_eq!(spaced_initials("ر۔ مهران"), "ر. مهران");
    // A word with a stop further in is no initial.
    assert_eq!(spaced_initials("مهران.علي"), "مهران.علي");
}

#[test]
fn a_line_of_an_initial_and_a_name_is_a_writers() {
    assert_eq!(initialed_name("ر۔مهران").as_deref(), Some("ر. مهران"));
    assert_eq!(
        initialed_name("ر. مهران القبلاوي").as_deref(),
        Some("ر. مهران القبلاوي")
    );
    // A title is no initial; a sentence is no name.
    assert_eq!(initialed_name("د. مهران القبلاوي"), None);
    assert_eq!(initialed_name("ر. قال في البيان"), None);
}

#[test]
fn a_name_after_its_titles_letter() {
    for line in [
        "د. مهران القبلاوي",
        "أ.د. ريم بن سالم الساعدي",
        "م.مهران علي",
        "الدكتور مهران القبلاوي",
        "الأستاذة ريم الساعدي",
    ] {
        assert_eq!(titled_name(line).as_deref(), Some(line), "{line}");
    }
    for line in ["د. مهران", "د. قال في البيان", "د. مهران علي 2"] {
        assert_eq!(titled_name(line), None, "{line}");
    }
}

#[test]
fn a_sites_name_is_told_from_a_persons() {
    // Every word with the article is a paper's name, not a person's.
    for site in [
        "صدى السهل",
        "نبض المدينة",
        "همس الجبل",
        "الوادي الأخضر",
        "الضفة الجديدة",
    ] {
        assert!(reads_as_outlet(site), "{site}");
    }
    for person in [
        "معاذ الراشد",
        "سليمان أبو خرمة",
        "مهران القبلاوي",
        "أنور محمد",
        "الطاهر الشريف",
        "المختار السوسي",
    ] {
        assert!(!reads_as_outlet(person), "{person}");
    }
}

#[test]
fn one_test_names_a_site_for_every_byline_shape() {
    // Known, called by an outlet word, or read as a site's name.
    for site in ["رويترز", "شبكة الوادي", "صدى السهل"] {
        assert!(names_a_site(site, false), "{site}");
    }
    // A word alone with the article only where a site may stand alone.
    assert!(names_a_site("الوادي", true));
    assert!(!names_a_site("الوادي", false));
    for other in ["معاذ الراشد", "القاهرة", "قال الوزير في بيان"] {
        assert!(!names_a_site(other, true), "{other}");
    }
}

#[test]
fn a_particle_joins_two_words_of_a_signed_name() {
    for name in [
        "رجائي عبد الله الشطلي",
        "سلمى أبو شقرة",
        "عبد الله أوبلا",
        "أبو بكر سالم",
    ] {
        assert!(is_signed_name(name), "{name}");
    }
    // Four words without one are a line of text.
    assert!(!is_signed_name("رجائي سالم الشطلي الكبير"));
    assert!(!is_signed_name("بن علي الرئيس"));
    assert!(!is_signed_name(""));
}
