//! Bylines of sites no table knows: each shape of byline, with writers,
//! cities and outlets of every kind, under the headline and signing the
//! story at its foot, gives the same author and source. A new site is
//! mostly a known shape with names nobody listed.

use qari::article::text_import::import;

const HEADLINE: &str = "افتتاح جسر جديد فوق النهر يربط شطري المدينة";
const LEAD: &str = "افتتح المحافظ صباح اليوم جسرا جديدا فوق النهر يربط شطري المدينة بعد ثلاث سنوات من العمل المتواصل.";
const SECOND: &str = "وقال المهندس المشرف على المشروع إن الجسر يخفف الزحام عن الطرق القديمة ويختصر الرحلة إلى النصف.";

/// Writers: a particle, a family name in ـي, a given name the Maghreb
/// writes with the article, and names no table lists.
const WRITERS: [&str; 4] = [
    "سلمى أبو شقرة",
    "وليد الكبيسي",
    "الطاهر بن يوسف",
    "رامي عوض",
];
/// Outlets: an outlet word, a paper's name of articled words, a network.
const OUTLETS: [&str; 4] = [
    "صحيفة الرافد",
    "الضفة الجديدة",
    "شبكة الوادي",
    "منصة الساحل",
];
const CITIES: [&str; 2] = ["الخرطوم", "نواكشوط"];

/// A shape, and whether it names the writer and the outlet.
const SHAPES: [(&str, bool, bool); 17] = [
    ("{o} / {n}", true, true),
    ("{n} / {o}", true, true),
    ("{o} | {n}", true, true),
    ("{n} | {o}", true, true),
    ("{o} ـ {n}", true, true),
    ("{c} / {o}", false, true),
    ("{c} ـ {o}", false, true),
    ("{c} - {o}", false, true),
    ("{o} - {c}", false, true),
    // Ended with a full stop, as a dateline is.
    ("{o} – {c}.", false, true),
    ("{n} - {c}.", true, false),
    ("({c} - {o})", false, true),
    ("{c} - {o} - {n}", true, true),
    ("{n} - {c}", true, false),
    ("الكاتب: {n}", true, false),
    ("كتبه: {n}", true, false),
    ("الكاتب / {n}", true, false),
];

fn cases() -> impl Iterator<Item = (String, Option<&'static str>, Option<&'static str>)> {
    SHAPES
        .iter()
        .enumerate()
        .flat_map(|(i, &(shape, by, from))| {
            (0..4).map(move |j| {
                let (n, o, c) = (WRITERS[(i + j) % 4], OUTLETS[j], CITIES[(i + j) % 2]);
                let line = shape.replace("{n}", n).replace("{o}", o).replace("{c}", c);
                (line, by.then_some(n), from.then_some(o))
            })
        })
}

fn read(text: &str) -> qari::article::Article {
    import(text, "x".into(), None).expect("imports")
}

/// `text`, holding the byline `line`, gives `author` and `source` and the
/// story's two paragraphs, the byline in neither.
fn reads_as(text: &str, line: &str, author: Option<&str>, source: Option<&str>) {
    let a = read(text);
    assert_eq!(
        (a.author.as_deref(), a.source.as_deref()),
        (author, source),
        "{line}"
    );
    assert_eq!(a.body.len(), 2, "{line}: {:#?}", a.body);
}

#[test]
fn a_byline_under_the_headline() {
    for (line, author, source) in cases() {
        let text = format!("{HEADLINE}\n{line}\n{LEAD}\n{SECOND}\n");
        assert_eq!(read(&text).title, HEADLINE, "{line}");
        reads_as(&text, &line, author, source);
    }
}

#[test]
fn a_byline_signing_the_story_at_its_foot() {
    for (line, author, source) in cases() {
        reads_as(
            &format!("{HEADLINE}\n{LEAD}\n{SECOND}\n{line}\n"),
            &line,
            author,
            source,
        );
    }
}

#[test]
fn a_last_line_of_text_is_no_signature() {
    // Short lines that end a story and are no byline: they stay its text.
    for last in [
        "المرحلة الأولى - المرحلة الثانية",
        "الرئيس - الحكومة - البرلمان",
        "الحرب في غزة - اليوم الأول",
    ] {
        let a = read(&format!("{HEADLINE}\n{LEAD}\n{SECOND}\n{last}\n"));
        assert_eq!(
            (a.author.as_deref(), a.source.as_deref()),
            (None, None),
            "{last}"
        );
        assert_eq!(a.body.last().map(|b| b.text()), Some(last), "{last}");
    }
}

#[test]
fn a_dateline_opening_the_lead_with_a_site_no_table_knows() {
    for (opener, place, source) in [
        ("الخرطوم - الضفة الجديدة: ", "الخرطوم", "الضفة الجديدة"),
        ("نواكشوط - شبكة الوادي: ", "نواكشوط", "شبكة الوادي"),
        ("الخرطوم/منصة الساحل: ", "الخرطوم", "منصة الساحل"),
        ("صحيفة الرافد - نواكشوط: ", "نواكشوط", "صحيفة الرافد"),
    ] {
        let a = read(&format!("{HEADLINE}\n{opener}{LEAD}\n{SECOND}\n"));
        assert_eq!(a.source.as_deref(), Some(source), "{opener}");
        assert_eq!(a.author, None, "{opener}");
        assert_eq!(a.body[0].text(), LEAD, "{opener}: {place}");
    }
    let a = read(&format!("{HEADLINE}\n(شبكة الوادي) - {LEAD}\n{SECOND}\n"));
    assert_eq!(a.source.as_deref(), Some("شبكة الوادي"));
    assert_eq!(a.body[0].text(), LEAD);
    // Two cities, or no city, before a colon: the sentence's own words.
    for first in [
        "الخرطوم - نواكشوط: رحلة جوية جديدة بين العاصمتين تبدأ الشهر المقبل.",
        "الضفة الجديدة - شبكة الوادي: خلاف على حقوق البث بين الموقعين.",
    ] {
        let a = read(&format!("{HEADLINE}\n{first}\n{SECOND}\n"));
        assert_eq!(a.source, None, "{first}");
        assert_eq!(a.body[0].text(), first, "{first}");
    }
}

#[test]
fn labels_and_marks_around_a_writer_or_a_site() {
    for (line, author, source) in [
        ("كتب: رامي عوض - الخرطوم", Some("رامي عوض"), None),
        ("كتب: نواكشوط - سلمى أبو شقرة", Some("سلمى أبو شقرة"), None),
        ("متابعات - شبكة الوادي", None, Some("شبكة الوادي")),
        ("متابعات - صحيفة الرافد", None, Some("صحيفة الرافد")),
        ("خاص - الضفة الجديدة", None, Some("الضفة الجديدة")),
    ] {
        reads_as(
            &format!("{HEADLINE}\n{line}\n{LEAD}\n{SECOND}\n"),
            line,
            author,
            source,
        );
    }
}

#[test]
fn a_papers_name_in_guillemets_beside_its_city() {
    for line in [
        "الخرطوم: «الضفة الجديدة»",
        "الخرطوم - «الضفة الجديدة»",
        "«الضفة الجديدة» - الخرطوم",
    ] {
        let a = read(&format!("{HEADLINE}\n{line}\n{LEAD}\n{SECOND}\n"));
        assert_eq!(a.source.as_deref(), Some("الضفة الجديدة"), "{line}");
        assert_eq!(a.author, None, "{line}");
        assert_eq!(a.body.len(), 2, "{line}: {:#?}", a.body);
    }
}

#[test]
fn a_writers_name_alone_under_the_last_paragraph_signs_the_story() {
    for name in ["رغد دحام", "سلمى أبو شقرة", "حيدر الكبيسي"] {
        let a = read(&format!("{HEADLINE}\n{LEAD}\n{SECOND}\n{name}\n"));
        assert_eq!(a.author.as_deref(), Some(name), "{name}");
        assert_eq!(a.body.len(), 2, "{name}: {:#?}", a.body);
    }
    // A closing line that names no one stays the story's.
    for last in ["دمتم بخير", "للحديث بقية", "والله الموفق"] {
        let a = read(&format!("{HEADLINE}\n{LEAD}\n{SECOND}\n{last}\n"));
        assert_eq!(a.author, None, "{last}");
    }
}

#[test]
fn a_wires_by_line_names_the_writer() {
    let a = read(&format!("{HEADLINE}\nمن رامي عوض\n{LEAD}\n{SECOND}\n"));
    assert_eq!(a.author.as_deref(), Some("رامي عوض"));
    assert_eq!(a.body.len(), 2, "{:#?}", a.body);
    // `من` opening a short line that names no one is not a byline.
    let a = read(&format!("{HEADLINE}\nمن أجل المدينة\n{LEAD}\n{SECOND}\n"));
    assert_eq!(a.author, None);
}

#[test]
fn a_byline_set_as_a_list_item_or_after_a_town_no_table_knows() {
    for (line, author) in [
        ("- كتب: رامي عوض", "رامي عوض"),
        ("• بقلم: سلمى أبو شقرة", "سلمى أبو شقرة"),
        ("الضعين: حيدر الكبيسي", "حيدر الكبيسي"),
    ] {
        let a = read(&format!("{HEADLINE}\n{line}\n{LEAD}\n{SECOND}\n"));
        assert_eq!(a.author.as_deref(), Some(author), "{line}");
        assert_eq!(a.body.len(), 2, "{line}: {:#?}", a.body);
        // Over a copy without a headline too.
        let a = read(&format!("{line}\n{LEAD}\n{SECOND}\n"));
        assert_eq!(a.author.as_deref(), Some(author), "{line}");
        assert_eq!(a.body.len(), 2, "{line}: {:#?}", a.body);
    }
}

#[test]
fn a_writers_name_run_onto_the_last_paragraph_signs_the_story() {
    let signed = format!("{SECOND}..سلمى أبو شقرة");
    let a = read(&format!("{HEADLINE}\n{LEAD}\n{signed}\n"));
    assert_eq!(a.author.as_deref(), Some("سلمى أبو شقرة"));
    assert_eq!(
        a.body.last().map(|b| b.text()),
        Some(format!("{SECOND}..").as_str())
    );
    // A title's abbreviation before a name ends no sentence: the text stays.
    let quoted = "وقال المهندس المشرف على المشروع إن الجسر جاهز بحسب د.وليد الكبيسي";
    let a = read(&format!("{HEADLINE}\n{LEAD}\n{quoted}\n"));
    assert_eq!(a.author, None);
    assert_eq!(a.body.last().map(|b| b.text()), Some(quoted));
}
