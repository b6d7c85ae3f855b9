//! Bylines naming a site the outlet tables do not know: told from a
//! writer's name by its shape (a noun and the noun it belongs to, no given
//! name), beside a city or a writer, with the writer in parentheses or
//! after an agency's short name, and a paper's credit line with its desk;
//! sites named for news round the clock, and a station relaying a wire.

mod support;

use qari::article::byline::{leading, parse};
use support::copied::{by, check_lines};

#[test]
fn a_site_no_table_knows_beside_a_city_or_a_writer_is_the_source() {
    for (line, want) in [
        ("صدى السهل – حمص", by(None, Some("صدى السهل"), Some("حمص"))),
        ("حمص - صدى السهل", by(None, Some("صدى السهل"), Some("حمص"))),
        (
            "نبض السهل – مهران علي",
            by(Some("مهران علي"), Some("نبض السهل"), None),
        ),
        (
            "سليمان أبو زيتون - همس الجبل",
            by(Some("سليمان أبو زيتون"), Some("همس الجبل"), None),
        ),
        // A writer's name in parentheses after the site and its city.
        (
            "نبض السهل - إدلب (مهران القبلاوي)",
            by(Some("مهران القبلاوي"), Some("نبض السهل"), Some("إدلب")),
        ),
        // A city, an agency's short name no table knows, the writer.
        (
            "بغداد - ربا - ريم الساعدي",
            by(Some("ريم الساعدي"), Some("ربا"), Some("بغداد")),
        ),
        // A paper's credit line: the desk is no writer.
        ("> «السهل» غرفة الأخبار", by(None, Some("السهل"), None)),
        ("«السهل» قسم الأخبار", by(None, Some("السهل"), None)),
    ] {
        assert_eq!(parse(line), Some(want), "{line}");
    }
}

#[test]
fn a_writers_name_beside_a_city_stays_the_author() {
    for (line, want) in [
        // A given name, a family name in `ـي`, or a name's particle.
        (
            "فهد الزيتون - جدة",
            by(Some("فهد الزيتون"), None, Some("جدة")),
        ),
        (
            "القاهرة - مهران القبلاوي",
            by(Some("مهران القبلاوي"), None, Some("القاهرة")),
        ),
        (
            "عمرو بن الوادي – حمص",
            by(Some("عمرو بن الوادي"), None, Some("حمص")),
        ),
        // A paper's desk beside its city is its staff, as before.
        (
            "لندن - أسرة التحرير",
            by(Some("أسرة التحرير"), None, Some("لندن")),
        ),
    ] {
        assert_eq!(parse(line), Some(want), "{line}");
    }
    // Two names that both read as people's give no byline.
    assert_eq!(parse("مهران علي - فهد الزيتون"), None);
    // A quotation mark with no desk after the paper is no credit.
    assert_eq!(parse("> «السهل» يفتتح موسمه"), None);
}

#[test]
fn a_dateline_with_the_agency_in_guillemets_leaves_the_lead() {
    let (b, rest) = leading("عمان - «وكالات» : افتتحت البلدية السوق الجديد أمس.").expect("dateline");
    assert_eq!(b, by(None, Some("وكالات"), Some("عمان")));
    assert_eq!(rest, "افتتحت البلدية السوق الجديد أمس.");
    // A city no table knows, or no mark after the guillemets: a sentence.
    assert!(leading("زيتونة - «وكالات» : افتتحت البلدية السوق.").is_none());
    assert!(leading("حمص - «السهل» نشرت الخبر أمس.").is_none());
}

#[test]
fn a_dateline_with_a_writing_verb_names_the_writer() {
    let (b, rest) =
        leading("القاهرة - كتب مهران القبلاوي - افتتحت البلدية السوق.").expect("dateline");
    assert_eq!(b, by(Some("مهران القبلاوي"), None, Some("القاهرة")));
    assert_eq!(rest, "افتتحت البلدية السوق.");
    let (b, _) = leading("حمص - كتبت ريم الساعدي - قالت البلدية إن السوق جاهز.").expect("dateline");
    assert_eq!(b.author.as_deref(), Some("ريم الساعدي"));
    assert_eq!(b.source, None);
}

const HEAD: &str = "افتتاح سوق جديد للمزارعين في المدينة";
const LEAD: &str =
    "افتتحت البلدية صباح اليوم سوقا جديدا للمزارعين يفتح أبوابه كل جمعة أمام الباعة.";

#[test]
fn the_sites_line_under_the_headline_gives_the_source_and_leaves_the_body() {
    for (line, author, source) in [
        ("صدى السهل – حمص", None, "صدى السهل"),
        ("نبض السهل – مهران علي", Some("مهران علي"), "نبض السهل"),
    ] {
        check_lines(
            &[HEAD, "", line, LEAD],
            HEAD,
            [None, author, Some(source)],
            &["افتتحت البلدية"],
        );
    }
}

/// A copy with no headline that opens with the byline line: the lead's
/// first words stand for the title, not the byline.
#[test]
fn a_byline_line_over_a_copy_without_a_headline_is_not_its_title() {
    let title = "افتتحت البلدية صباح اليوم سوقا جديدا للمزارعين يفتح أبوابه كل جمعة أمام…";
    for (line, author, source) in [
        (
            "نبض السهل - إدلب (مهران القبلاوي)",
            "مهران القبلاوي",
            "نبض السهل",
        ),
        ("بغداد - ربا - ريم الساعدي", "ريم الساعدي", "ربا"),
    ] {
        let lines = [line, LEAD, "وأضاف أن البلدية أعدت المكان."];
        check_lines(
            &lines,
            title,
            [None, Some(author), Some(source)],
            &["افتتحت البلدية", "وأضاف"],
        );
    }
    let lines = [
        "> «السهل» غرفة الأخبار",
        LEAD,
        "وأضاف أن البلدية أعدت المكان.",
    ];
    check_lines(
        &lines,
        title,
        [None, None, Some("السهل")],
        &["افتتحت البلدية", "وأضاف"],
    );
}

#[test]
fn a_short_sites_name_without_the_article_opening_the_lead_is_the_source() {
    let lead = "قالت البلدية اليوم إن السوق الجديد سيفتح أبوابه كل جمعة أمام المزارعين.";
    let opened = format!("سهل – {lead}");
    let (b, rest) = leading(&opened).expect("outlet");
    assert_eq!(b, by(None, Some("سهل"), None));
    assert_eq!(rest, lead);
    // A known city, a word no name has, a short line or a long word: not
    // a site's name.
    for opener in ["حمص", "أمس", "مدينتنا"] {
        let b = leading(&format!("{opener} – {lead}")).map(|(b, _)| b);
        assert!(
            b.as_ref().is_none_or(|b| b.source.is_none()),
            "{opener}: {b:?}"
        );
    }
    assert!(leading("سهل – قالت البلدية إن السوق جاهز.").is_none());
    // A list's dash names no one.
    assert!(leading(&format!("- {lead}")).is_none());
}

#[test]
fn a_wires_dateline_with_the_day_in_digits_before_the_agency() {
    let (b, rest) =
        leading("الكويت - 2 - 8 (كونا) -- افتتحت البلدية السوق الجديد أمس.").expect("dateline");
    assert_eq!(b, by(None, Some("كونا"), Some("الكويت")));
    assert_eq!(rest, "افتتحت البلدية السوق الجديد أمس.");
    // A day in words after a comma, and a place no table knows beside a
    // known wire.
    let (b, rest) = leading("مخيم السلام ، 16 ديسمبر 2024 (واص) - انطلقت الحملة الوطنية للتلقيح.")
        .expect("dateline");
    assert_eq!(b, by(None, Some("واص"), Some("مخيم السلام")));
    assert_eq!(rest, "انطلقت الحملة الوطنية للتلقيح.");
    // Words that are no site, or a place no table knows beside a site no
    // table knows either, make no dateline.
    assert!(leading("الكويت - 2 - 8 (الأرقام الأولى) -- افتتحت البلدية السوق.").is_none());
    assert!(leading("زيتونة - 2 - 8 (صدى السهل) -- افتتحت البلدية السوق.").is_none());
    // Nor does a bracket after words that are no day.
    assert!(leading("الكويت - السوق الجديد (كونا) -- افتتحت البلدية السوق.").is_none());
}

#[test]
fn a_source_line_in_brackets_with_a_note_names_the_source() {
    let text = "افتتاح السوق الجديد في المدينة القديمة\nافتتحت البلدية السوق الجديد أمس بحضور المحافظ وعدد من التجار.\nوقال المحافظ إن السوق يخدم أكثر من عشرة آلاف أسرة في الأحياء القديمة.\nالمصدر (صحيفة الرافد، بتصرّف)\n";
    let a = qari::article::text_import::import(text, "x".into(), None).expect("imports");
    assert_eq!(a.source.as_deref(), Some("صحيفة الرافد"));
    assert_eq!(a.body.len(), 2, "{:#?}", a.body);
}

#[test]
fn a_site_and_its_relay_word_after_a_dash_name_the_source() {
    let text = "افتتاح السوق الجديد في المدينة القديمة\nجبا - متابعة:\nافتتحت البلدية السوق الجديد أمس بحضور المحافظ وعدد من التجار.\nوقال المحافظ إن السوق يخدم أكثر من عشرة آلاف أسرة في الأحياء القديمة.\n";
    let a = qari::article::text_import::import(text, "x".into(), None).expect("imports");
    assert_eq!(
        (a.author.as_deref(), a.source.as_deref()),
        (None, Some("جبا"))
    );
    assert_eq!(a.body.len(), 2, "{:#?}", a.body);
    // A place before the relay word is where the copy was gathered.
    let b = qari::article::byline::relayed_slash("القاهرة - متابعات");
    assert_eq!(b, None);
}

#[test]
fn a_site_no_table_knows_before_its_writer_is_the_source() {
    for (line, writer, site) in [
        ("أثير – سيف بن خميس الرواحي", "سيف بن خميس الرواحي", "أثير"),
        (
            "منارة الجنوب - خالد المحمود",
            "خالد المحمود",
            "منارة الجنوب",
        ),
    ] {
        assert_eq!(
            parse(line),
            Some(by(Some(writer), Some(site), None)),
            "{line}"
        );
    }
    // A given name on the left may open a person's name: no byline.
    assert_eq!(parse("علي الأحمد - خالد المحمود"), None);
    // Before a colon an unknown word is no site: the place the writer
    // files from, when a person's name follows (`ملاحظة: …` says none).
    assert_eq!(
        parse("منارة: خالد المحمود"),
        Some(by(Some("خالد المحمود"), None, Some("منارة")))
    );
}

#[test]
fn a_wires_dateline_with_the_day_in_figures_gives_the_agency() {
    for (lead, place, agency) in [
        (
            "بورتسودان 5-11-2024 (سونا)- دشنت الوزارة الحملة اليوم.",
            "بورتسودان",
            "سونا",
        ),
        (
            "رام الله 12-3-2025 وفا- سجل المؤشر ارتفاعا طفيفا.",
            "رام الله",
            "وفا",
        ),
        (
            "بغداد 14/05/2024 واع - أعلنت الوزارة خطتها.",
            "بغداد",
            "واع",
        ),
    ] {
        let (b, rest) = leading(lead).unwrap_or_else(|| panic!("dateline: {lead}"));
        assert_eq!(b.place.as_deref(), Some(place), "{lead}");
        assert_eq!(b.source.as_deref(), Some(agency), "{lead}");
        assert!(
            !rest.starts_with(['-', ' ']) && rest.len() > 10,
            "{lead}: {rest}"
        );
    }
    // A sentence with a figure and a dash in it is no dateline: the word
    // before the dash is no agency.
    assert!(leading("غزة 12-3-2025 يوم صعب- قال السكان إن القصف لم يتوقف.").is_none());
}

#[test]
fn a_dateline_with_the_outlet_in_straight_quotation_marks_leaves_the_lead() {
    for lead in [
        "طوباس - \"الأيام\": بدأ مزارعو الأغوار حصاد البطاطا المبكرة.",
        "طوباس - “الأيام”: بدأ مزارعو الأغوار حصاد البطاطا المبكرة.",
    ] {
        let (b, rest) = leading(lead).unwrap_or_else(|| panic!("dateline: {lead}"));
        assert_eq!(b, by(None, Some("الأيام"), Some("طوباس")), "{lead}");
        assert_eq!(rest, "بدأ مزارعو الأغوار حصاد البطاطا المبكرة.");
    }
    // Words in quotation marks after a place and a dash that end no
    // dateline (no mark after them) are the sentence's.
    assert!(leading("طوباس - \"الأيام\" صعبة على المزارعين هذا الموسم.").is_none());
}

#[test]
fn a_rural_province_before_a_writer_is_the_place() {
    assert_eq!(
        parse("ريف دمشق - ميساء العلي"),
        Some(by(Some("ميساء العلي"), None, Some("ريف دمشق")))
    );
}

#[test]
fn a_byline_with_no_mark_between_its_parts() {
    assert_eq!(
        parse("واس الرياض"),
        Some(by(None, Some("واس"), Some("الرياض")))
    );
    assert_eq!(
        parse("الرياض واس"),
        Some(by(None, Some("واس"), Some("الرياض")))
    );
    assert_eq!(
        parse("عادل الحسيني من لندن"),
        Some(by(Some("عادل الحسيني"), None, Some("لندن")))
    );
    // A paper named with the article after a country is one name.
    assert_ne!(
        parse("الأردن اليوم").and_then(|b| b.source),
        Some("اليوم".into())
    );
}

/// A site named for news round the clock (`… 24`), and a station's name
/// before the agency whose copy it runs: the agency is the source.
#[test]
fn a_round_the_clock_site_and_a_station_relaying_an_agency() {
    for (line, want) in [
        (
            "بنغازي – أخبار المدينة 24",
            by(None, Some("أخبار المدينة 24"), Some("بنغازي")),
        ),
        ("إذاعة الشرق الدولية / أ ف ب", by(None, Some("أ ف ب"), None)),
        ("صدى24/ أ ف ب", by(None, Some("أ ف ب"), None)),
        ("الرياض - واس", by(None, Some("واس"), Some("الرياض"))),
    ] {
        assert_eq!(parse(line), Some(want), "{line}");
    }
    // A town no table knows, with its day and a listed agency.
    let (found, rest) = leading("صحم في 16 يوليو /العمانية/ بدأ الموسم.").expect("dateline");
    assert_eq!(found, by(None, Some("العمانية"), Some("صحم")));
    assert_eq!(rest, "بدأ الموسم.");
    let (found, rest) = leading("الشارقة 24: أطلقت البلدية مبادرتها السنوية.").expect("dateline");
    assert_eq!(found, by(None, Some("الشارقة 24"), None));
    assert_eq!(rest, "أطلقت البلدية مبادرتها السنوية.");
}
