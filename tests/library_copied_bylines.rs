//! Bylines and dates in shapes the plain two-part byline misses
//! (tests/data/copied): a city, a writer and an agency set off by
//! slashes, a city with its country in parentheses before the agency's,
//! a city run into its agency round a dash under a picture's credit, a
//! site's name and its newsroom word set off by a bar, an outlet's own
//! story marked `(خاص)` opening the lead, a columnist's name through the
//! father's line with a footnote's asterisks, an outlet alone on its line
//! with the dash that set it off from the text, a byline's name ended by a
//! bar before the site's counter, and dates written with dots;
//! and the site's own name on a line of its own near the headline, given
//! as the source when the text cites it as an outlet or it has an outlet
//! word, or is said again from the masthead, or names the site after its
//! country (`… العربي`).

mod support;

use qari::article::text_import::import;
use support::copied::{Expect, check, check_lines};

const COPIED: &[Expect] = &[
    Expect {
        file: "slashed_three_part_byline.txt",
        // City / writer / agency; the date with dots, day first.
        title: "افتتاح جسر جديد فوق النهر في وسط المدينة",
        header: [
            Some("2021-03-14"),
            Some("سامر الخطيب"),
            Some("وكالة الرافد"),
        ],
        paragraphs: &[
            "بحضور المحافظ",
            "افتتح محافظ المدينة",
            "وقال المحافظ",
            "وأضاف أن العمل",
        ],
        furniture: &["14.03.2021", "الموصل", "Mosul", "محليات"],
    },
    Expect {
        file: "country_parens_wire.txt",
        // A city the place table lacks, vouched for by its country; the
        // date with dots, year first.
        title: "المجلس البلدي يقر ميزانية العام المقبل بعد جلسة طويلة",
        header: [Some("2022-11-05"), None, Some("وكالة الساحل")],
        paragraphs: &["أقر المجلس البلدي", "وقال رئيس المجلس"],
        furniture: &["قابس", "تونس", "2022.11.05", "إعلان"],
    },
    Expect {
        file: "credit_before_glued_dateline.txt",
        // The agency alone under the headline is the picture's credit:
        // the dateline's agency is the source.
        title: "افتتاح معرض للكتاب في المدينة القديمة بمشاركة مئة دار نشر",
        header: [None, None, Some("وكالة الرافد")],
        paragraphs: &[
            "افتتح في المدينة القديمة",
            "وقال مدير المعرض",
            "ويستمر المعرض",
        ],
        furniture: &["شينخوا", "حمص"],
    },
    Expect {
        file: "outlet_bar_newsroom.txt",
        title: "انقطاع الكهرباء عن أحياء الشرق لساعات بسبب عطل في محطة التحويل",
        header: [Some("2024-03-12T10:15"), None, Some("نبض الوادي")],
        paragraphs: &["انقطعت الكهرباء", "وقال مسؤول"],
        furniture: &["متابعات", "أخبار محلية"],
    },
    Expect {
        file: "outlet_own_story_lead.txt",
        title: "مصادر: تأجيل افتتاح الميناء الجديد إلى الربيع",
        header: [Some("2021-09-14T08:20"), None, Some("مرآة الساحل")],
        paragraphs: &["قالت مصادر مطلعة", "وأضافت المصادر", "وكان الميناء"],
        furniture: &["خاص", "مرآة الساحل"],
    },
    Expect {
        file: "column_writer_lineage.txt",
        // A columnist's name through the father's line, four words, with
        // the asterisks of a footnote about the writer after it.
        title: "\"المكتبة\".. نافذة على المدينة",
        header: [None, Some("سالم بن ناصر الهاشمي"), None],
        paragraphs: &["المكتبة العامة", "هكذا هي المكتبة"],
        furniture: &["الهاشمي", "*"],
    },
    Expect {
        file: "outlet_line_dashed.txt",
        // The outlet alone with a trailing dash, under the headline's
        // copy and over the text it opens: the source, not a caption.
        title: "سوق الجمعة يعود إلى الحي القديم",
        header: [None, None, Some("أخبار الوادي")],
        paragraphs: &["عاد سوق الجمعة", "ويقول الباعة", "وقالت البلدية"],
        furniture: &["أخبار الوادي"],
    },
    Expect {
        file: "byline_bar_counter.txt",
        // The site's views counter after a bar on the byline's line: the
        // name ends at the bar.
        title: "مجلس البلدية يقر موازنة العام المقبل بعد جلسة طويلة",
        header: [None, Some("سامي العطار"), None],
        paragraphs: &["أقر مجلس البلدية", "وقال رئيس المجلس"],
        furniture: &["المشاهدات", "120"],
    },
    Expect {
        file: "editor_label_empty.txt",
        // The editor's label with no name before the bar names no one.
        title: "لجنة الطاقة تستضيف وزير النفط الأسبوع المقبل",
        header: [None, None, None],
        paragraphs: &["أعلنت لجنة الطاقة", "وقال المتحدث"],
        furniture: &["المحرر", "المشاهدات"],
    },
];

const SITE_NAMES: &[Expect] = &[
    Expect {
        file: "site_name_cited.txt",
        // Two words that read as a person's name, but the text tells the
        // site something (`لصدى الوادي`): the source, not the author.
        title: "ارتفاع أسعار الخضار في أسواق المدينة مع بداية الشهر",
        header: [None, None, Some("صدى الوادي")],
        paragraphs: &["ارتفعت أسعار الخضار", "وقال تاجر"],
        furniture: &[],
    },
    Expect {
        file: "site_word_under_copy.txt",
        // One word under the headline's copy, quoted in the lead.
        title: "بلدية الشمال تزرع ألف شجرة على طريق المطار",
        header: [None, None, Some("الوادي")],
        paragraphs: &["زرعت بلدية الشمال", "وقال رئيس البلدية"],
        furniture: &[],
    },
    Expect {
        file: "paper_site_line.txt",
        title: "وزارة التربية تعلن مواعيد الامتحانات النهائية",
        header: [Some("2024-03-12"), None, Some("الرافدين الإلكترونية")],
        paragraphs: &["أعلنت وزارة التربية", "وقال المتحدث"],
        furniture: &["الرافدين"],
    },
    Expect {
        file: "site_masthead_repeated.txt",
        // The site's name tops the masthead and is said again under the
        // headline: the story's source, not the staff's names.
        title: "تشييد جسر للمشاة فوق الطريق السريع في حي الزيتون",
        header: [None, None, Some("بوابة الساحل الإلكترونية")],
        paragraphs: &["بدأت البلدية", "وقال مهندس المشروع"],
        furniture: &["بوابة الساحل", "رئيس التحرير", "هالة منصور"],
    },
    Expect {
        file: "regional_site_name.txt",
        // A site named after its country and the Arab world, under the
        // section's name: the source, not a place.
        title: "انقطاع الكهرباء عن أحياء واسعة في العاصمة",
        header: [None, None, Some("الأردن العربي")],
        paragraphs: &["أفادت مصادر محلية", "وقالت شركة الكهرباء"],
        furniture: &["أخبار محلية", "الأردن العربي"],
    },
];

#[test]
fn bylines_in_less_usual_shapes_give_the_author_and_source() {
    check(COPIED, false);
}

#[test]
fn the_sites_own_name_near_the_headline_is_the_source() {
    check(SITE_NAMES, true);
}

#[test]
fn a_section_a_place_or_a_caption_near_the_headline_is_no_source() {
    for (label, lead) in [
        // A section, even quoted in the text.
        ("اقتصاد", "قال \"اقتصاد\" البلد"),
        // A place, even in parentheses.
        ("الخليل", "قالت مصادر في (الخليل)"),
        // A caption named in the text without quotes.
        ("سامر الخطيب", "قال سامر الخطيب"),
    ] {
        let text = format!(
            "افتتاح سوق جديد للمزارعين في المدينة\n\nافتتاح سوق جديد للمزارعين في المدينة\n\n{label}\n\n{lead} إن السوق سيفتح كل جمعة أمام المزارعين والباعة.\n\nوأضاف أن البلدية أعدت المكان.\n"
        );
        let a = import(&text, "x".into(), None).expect("imports");
        assert_eq!(a.source, None, "{label}");
        assert_eq!(a.body.len(), 2, "{label}: {:?}", a.body);
    }
}

/// The outlet's line with the story's own mark (`خاص`, `حصري`) before or
/// after it, set off by a colon or a dash, perhaps with a place no table
/// knows: the outlet is the source, and nothing of the line, the mark
/// included, is left in the body or taken for a writer.
#[test]
fn the_outlets_line_with_the_storys_own_mark_gives_the_source() {
    let head = "افتتاح سوق جديد للمزارعين في المدينة";
    let lead = "افتتحت البلدية صباح اليوم سوقا جديدا للمزارعين يفتح أبوابه كل جمعة أمام الباعة.";
    for (line, source) in [
        ("خاص - الرصيف", "الرصيف"),
        ("الرصيف - خاص", "الرصيف"),
        ("خاص: الرصيف", "الرصيف"),
        ("بوابة الساحل - حصري", "بوابة الساحل"),
        (
            "خاص: بوابة الساحل الإخبارية - المدينة القديمة",
            "بوابة الساحل الإخبارية",
        ),
    ] {
        let lines = [head, "", line, "", lead];
        check_lines(
            &lines,
            head,
            [None, None, Some(source)],
            &["افتتحت البلدية"],
        );
    }
}

/// A tatweel set apart by spaces stands for a dash between a byline's
/// parts and after the last one (`وكالات ـ الساحل ـ`): the line gives the
/// source as with hyphens, and no writer.
#[test]
fn a_spaced_tatweel_is_a_bylines_dash() {
    let head = "افتتاح سوق جديد للمزارعين في المدينة";
    let lead = "افتتحت البلدية صباح اليوم سوقا جديدا للمزارعين يفتح أبوابه كل جمعة أمام الباعة.";
    for line in ["وكالات ـ الساحل ـ", "وكالات - الساحل -", "وكالات ـ الساحل"]
    {
        let lines = [head, line, lead];
        check_lines(
            &lines,
            head,
            [None, None, Some("وكالات")],
            &["افتتحت البلدية"],
        );
    }
}

/// A summary under the headline after its label and a colon (`حول الخبر:
/// …`, `باختصار: …`) names no writer: the label is no one's name.
#[test]
fn a_summarys_label_before_its_colon_is_no_writer() {
    let head = "افتتاح سوق جديد للمزارعين في المدينة";
    let lead = "افتتحت البلدية صباح اليوم سوقا جديدا للمزارعين يفتح أبوابه كل جمعة أمام الباعة.";
    for label in ["حول الخبر", "باختصار", "ملخص الخبر"] {
        let summary =
            format!("{label}: بلغت كلفة السوق أكثر من مليون دينار في أكبر مشروع للبلدية هذا العام");
        let lines = [head, "", summary.as_str(), "", lead];
        let a = support::copied::import_text(&lines.join("\n"));
        assert_eq!(a.title, head);
        assert_eq!(a.author, None, "{label}");
        assert!(
            a.body
                .iter()
                .any(|b| b.text().starts_with("افتتحت البلدية")),
            "{label}: {:#?}",
            a.body
        );
    }
}

/// A blog's byline ends with the post's date and its category, `غير مصنف`
/// when it has none: the date is read and the category is no part of the
/// writer's name.
#[test]
fn a_blogs_unfiled_category_after_the_byline_is_no_name() {
    let head = "افتتاح سوق جديد للمزارعين في المدينة";
    let lead = "افتتحت البلدية صباح اليوم سوقا جديدا للمزارعين يفتح أبوابه كل جمعة أمام الباعة.";
    for (line, name) in [
        (
            "بواسطة Rana Haddad on 6 ديسمبر 2012 غير مصنف",
            "Rana Haddad",
        ),
        ("بواسطة رنا حداد في 6 ديسمبر 2012 Uncategorized", "رنا حداد"),
    ] {
        let lines = [head, line, lead];
        check_lines(
            &lines,
            head,
            [Some("2012-12-06"), Some(name), None],
            &["افتتحت البلدية"],
        );
    }
}

/// A writer's bare name under a deck that ends on a quoted phrase is the
/// byline, as it is under a plain deck: the quotation mark ends no
/// sentence.
#[test]
fn a_bare_name_under_a_deck_ending_in_quotes_is_the_writer() {
    let head = "العرب في المهجر";
    let lead = "تعد ظاهرة الهجرة من الظواهر التي عرفتها البشرية منذ أقدم العصور، وقد تناولها كتاب جديد صدر هذا الشهر.";
    for deck in [
        "الغربة طريق طويل و\"المدن الجديدة تختبر القادمين\"",
        "الغربة طريق طويل و”المدن الجديدة تختبر القادمين”",
        "الغربة طريق طويل والمدن الجديدة تختبر القادمين",
    ] {
        let lines = [head, "", deck, "", "سامر الحداد", "", lead];
        let a = support::copied::import_text(&lines.join("\n"));
        assert_eq!(a.title, head, "{deck}");
        assert_eq!(a.author.as_deref(), Some("سامر الحداد"), "{deck}");
        let texts: Vec<&str> = a.body.iter().map(qari::article::Block::text).collect();
        assert_eq!(texts.last(), Some(&lead), "{deck}");
        assert!(!texts.contains(&"سامر الحداد"), "{deck}: {texts:#?}");
    }
}

/// A site named after its city or country (`حمص الاقتصادي :`) with a
/// colon alone above a copy's lead is the source: no one is named after a
/// place. A writer's name in the same place stays the author.
#[test]
fn a_site_named_after_its_place_above_the_lead_is_the_source() {
    let lead = "افتتحت البلدية صباح اليوم سوقا جديدا للمزارعين يفتح أبوابه كل جمعة أمام الباعة في وسط المدينة القديمة.";
    let next = "وقال رئيس البلدية إن السوق يخدم مئات الأسر.";
    for (line, author, source) in [
        ("حمص الاقتصادي :", None, Some("حمص الاقتصادي")),
        ("سامر الحداد :", Some("سامر الحداد"), None),
    ] {
        let a = support::copied::import_text(&[line, " ", "", lead, next].join("\n"));
        assert_eq!(a.author.as_deref(), author, "{line}");
        assert_eq!(a.source.as_deref(), source, "{line}");
        let texts: Vec<&str> = a.body.iter().map(qari::article::Block::text).collect();
        assert_eq!(texts, [lead, next], "{line}");
    }
}

/// A byline's label said from a place (`حاوره في حمص / …`, `كتب من حمص:
/// …`): the place is no part of the writer's name.
#[test]
fn the_place_a_byline_was_written_from_is_no_part_of_the_name() {
    let head = "افتتاح سوق جديد للمزارعين في المدينة";
    let lead = "افتتحت البلدية صباح اليوم سوقا جديدا للمزارعين يفتح أبوابه كل جمعة أمام الباعة.";
    for line in [
        "حاوره في حمص / سامر الحداد -",
        "حاوره في حمص: سامر الحداد",
        "كتب من حمص - سامر الحداد",
    ] {
        let lines = [head, line, lead];
        check_lines(
            &lines,
            head,
            [None, Some("سامر الحداد"), None],
            &["افتتحت البلدية"],
        );
    }
}
