//! What a copy has after its last paragraph: the writer's byline, the
//! page's date (its weekday with or without the article), the label of a
//! box of links in Latin letters. Each goes to the header or away, never
//! into the body.

mod support;

use support::copied::check_lines;

const HEAD: &str = "المجلس البلدي يقر موازنة العام المقبل بعد نقاش طويل";
const LEAD: &str = "أقر المجلس البلدي في جلسته المسائية موازنة العام المقبل بأغلبية الأعضاء بعد نقاش استمر ثلاث ساعات.";
const NEXT: &str = "وقال رئيس المجلس إن الموازنة تخصص ثلث الإنفاق لصيانة الطرق والحدائق العامة.";
const STARTS: [&str; 2] = ["أقر المجلس", "وقال رئيس"];

/// A column or a story signed at its end: the label, a colon, a dash or a
/// slash with or without spaces, the name.
#[test]
fn a_byline_at_the_foot_gives_the_author() {
    for (foot, name) in [
        ("كتب : سالم الحداد", "سالم الحداد"),
        ("كتب: سالم الحداد", "سالم الحداد"),
        ("كتبت :هالة منصور", "هالة منصور"),
        ("بقلم - نور الهدى ياسين", "نور الهدى ياسين"),
        ("بقلم/ نور الهدى ياسين", "نور الهدى ياسين"),
        ("بواسطة: هالة منصور", "هالة منصور"),
        // With nothing between, the label's words are a name's.
        ("كتب سالم الحداد", "سالم الحداد"),
        ("إعداد: قسم الأخبار المحلية", "قسم الأخبار المحلية"),
    ] {
        let header = [None, Some(name), None];
        check_lines(&[HEAD, "", LEAD, "", NEXT, "", foot], HEAD, header, &STARTS);
    }
}

/// A last sentence that starts with the verb `كتب` is text: no colon or
/// dash sets a name off in it.
#[test]
fn a_last_sentence_that_starts_with_the_verb_stays() {
    for last in [
        "كتب الشاعر قصيدته الأخيرة عن المدينة قبل رحيله بأيام.",
        "كتب الشاعر قصيدته",
    ] {
        let starts = ["أقر المجلس", "وقال رئيس", "كتب الشاعر"];
        check_lines(&[HEAD, LEAD, NEXT, last], HEAD, [None; 3], &starts);
    }
}

/// The page's date at the foot, its weekday with or without the article
/// and set off by a comma or not.
#[test]
fn the_date_at_the_foot_is_read_with_a_bare_weekday() {
    for (foot, date) in [
        ("أربعاء, 10/12/2025 - 15:51", "2025-12-10T15:51"),
        ("خميس، 11/12/2025 - 09:05", "2025-12-11T09:05"),
        ("الخميس 11/12/2025 - 09:05", "2025-12-11T09:05"),
        ("سبت 13 ديسمبر 2025", "2025-12-13"),
        ("إثنين - 15/12/2025", "2025-12-15"),
    ] {
        let header = [Some(date), None, None];
        check_lines(&[HEAD, LEAD, NEXT, "", foot], HEAD, header, &STARTS);
    }
}

/// The head of a box of tags or links in Latin letters after an Arabic
/// story is the page's, as is a run of them.
#[test]
fn latin_labels_after_the_text_are_the_pages() {
    for foot in [
        &["In this article"][..],
        &["Related topics", "Share"],
        &["Most popular"],
    ] {
        let lines: Vec<&str> = [HEAD, LEAD, NEXT]
            .into_iter()
            .chain(foot.iter().copied())
            .collect();
        check_lines(&lines, HEAD, [None; 3], &STARTS);
    }
}

/// A page in Latin letters keeps its short last line: it is its text.
#[test]
fn a_latin_page_keeps_its_last_line() {
    let head = "Council approves next year's budget";
    let lead = "The council approved next year's budget on Monday after a long debate.";
    let starts = ["The council", "Thank you"];
    check_lines(&[head, lead, "Thank you all"], head, [None; 3], &starts);
}

/// A byline at the foot with the date after the name, a name and a date
/// alone, or a label of two words, gives the author and the date.
#[test]
fn a_dated_byline_at_the_foot_gives_the_author_and_date() {
    for (foot, name, date) in [
        (
            "كتب: سالم الحداد - 10/12/2025",
            "سالم الحداد",
            Some("2025-12-10"),
        ),
        ("بقلم الكاتب: نور الهدى ياسين", "نور الهدى ياسين", None),
        ("المحرر: هالة منصور", "هالة منصور", None),
        (
            "سالم الحداد | 12 مارس 2023",
            "سالم الحداد",
            Some("2023-03-12"),
        ),
    ] {
        let header = [date, Some(name), None];
        check_lines(&[HEAD, LEAD, NEXT, foot], HEAD, header, &STARTS);
    }
}

/// The agency the story came from, alone after it, bare or in
/// parentheses, is its source and no paragraph.
#[test]
fn an_agency_alone_at_the_foot_is_the_source() {
    for (foot, agency) in [
        ("أ ف ب", "أ ف ب"),
        ("(أ ف ب)", "أ ف ب"),
        ("رويترز", "رويترز"),
        ("(رويترز)", "رويترز"),
        ("(الأناضول)", "الأناضول"),
    ] {
        let header = [None, None, Some(agency)];
        check_lines(&[HEAD, LEAD, NEXT, foot], HEAD, header, &STARTS);
    }
}

/// The site's list of its other articles after the text, under its label
/// (also with the site's name after it), and a story's one keyword: the
/// page's, never the body's.
#[test]
fn the_sites_other_articles_and_a_lone_keyword_are_dropped() {
    // Teasers cut by the site mid-phrase, as long as a paragraph's start.
    let teasers = [
        "افتتحت البلدية صباح اليوم حديقة عامة جديدة على الواجهة البحرية للمدينة هي الأكبر من نوعها في",
        "تسلم رئيس المجلس البلدي مساء أمس رسائل تهنئة من عدد كبير من رؤساء البلديات المجاورة بمناسبة",
    ];
    for label in [
        "آخر المقالات من صحيفة الساحل",
        "أحدث المقالات",
        "المزيد من المقالات",
    ] {
        let lines = [HEAD, LEAD, NEXT, label, teasers[0], teasers[1]];
        check_lines(&lines, HEAD, [None; 3], &STARTS);
    }
    for keyword in ["الكلمة المفتاحية: الموازنة", "كلمة مفتاحية : المجلس البلدي"]
    {
        check_lines(&[HEAD, LEAD, NEXT, keyword], HEAD, [None; 3], &STARTS);
    }
}

/// A table of figures, its cells set apart by bars (with the divider line
/// a page's text gives) or by tabs, is the article's: kept row by row as
/// lines of text, also when it ends the copy, and never taken for the
/// headlines of other articles or for headings.
#[test]
fn a_table_of_figures_is_kept_to_its_last_row() {
    for (sep, divider) in [(" | ", Some("---|---|---|---|")), ("\t", None)] {
        let row = |cells: [&str; 4]| cells.join(sep);
        let header = row(["البند", "2022", "2023", "التغير"]);
        let rows = [
            row(["الإيرادات", "120.5", "150.2", "24.6 %"]),
            row(["صافي الربح", "30.1", "41.7", "38.5 %"]),
        ];
        let mut lines = vec![HEAD, LEAD, NEXT, header.as_str()];
        lines.extend(divider);
        lines.extend(rows.iter().map(String::as_str));
        let a = support::copied::import_text(&lines.join("\n"));
        let texts: Vec<&str> = a.body.iter().map(qari::article::Block::text).collect();
        assert_eq!(texts.len(), 5, "{sep:?}: {texts:#?}");
        assert!(
            texts[2].starts_with("البند") && texts[4].starts_with("صافي الربح"),
            "{texts:#?}"
        );
        assert!(
            a.body[2..]
                .iter()
                .all(|b| matches!(b, qari::article::Block::Paragraph(_))),
            "{sep:?}: {:#?}",
            a.body
        );
    }
}
