//! Copied pages whose header holds the site's own furniture
//! (tests/data/copied): the site's links under its clock, a picture's
//! caption under a copy of the headline, a section's label above a
//! question, a writer's name before the colon opening the lead, the
//! outlet's name run into the date, a widget's prompt after the last
//! paragraph, a comment section named after a social network, a section
//! with its country, a picture's credit under the headline's copy, a date
//! label's line with counters, widgets' readings around the site's clock, a
//! dated byline under the clock, a picture agency's English caption, a
//! time told with its zone, a views counter, a time counted back from now,
//! the font-size button, and a most-read widget above the headline with
//! an update line and a caption under it.

mod support;

use qari::article::text_import::import;
use support::copied::{Expect, check};

const COPIED: &[Expect] = &[
    Expect {
        file: "site_links_clock.txt",
        // The date above `أعلن معنا` / `اتصل بنا` is the site's clock;
        // font buttons, a share widget and an ad's slot are dropped.
        title: "وزير النقل: تشغيل القطار السريع بين المدينتين مطلع الصيف",
        header: [None, None, Some("واس")],
        paragraphs: &["أعلن وزير النقل", "وقال الوزير"],
        furniture: &["أعلن معنا", "اتصل بنا", "أ أ", "addtoany", "اعلان"],
    },
    Expect {
        file: "caption_under_copy.txt",
        // The line under the headline's copy is the picture's caption;
        // the outlet and its country open the lead, closed by a full stop.
        title: "موسم الحصاد يبدأ مبكرا في السهول الشمالية",
        header: [None, Some("سعاد بن علي"), Some("أفريقيا برس")],
        paragraphs: &["بدأ المزارعون", "ويقول المزارعون"],
        furniture: &["مزارعون يجمعون", "14", "تونس."],
    },
    Expect {
        file: "question_headline_writer.txt",
        // A section's label above a headline that asks; a messaging app's
        // prompt; the writer's name before the colon opening the lead.
        title: "لماذا أغلقت المكتبة العامة أبوابها يوم الجمعة؟",
        header: [None, Some("سليم الحداد"), None],
        paragraphs: &["البلدية تشرح", "أغلقت المكتبة العامة", "وطالب قراء"],
        furniture: &["تلغرام", "للإشتراك", "سليم الحداد"],
    },
    Expect {
        file: "outlet_glued_date.txt",
        // The logo's alt text, the outlet run into the date and alone with
        // a dash, an ad's slot, and the widgets before the comments.
        title: "المتحف الوطني يعرض مخطوطات نادرة لأول مرة .. ما قصتها؟",
        header: [Some("2024-03-14"), None, Some("الوكيل")],
        paragraphs: &["افتتح المتحف الوطني"],
        furniture: &["logo", "الوكيل", "اعلان", "Orange", "جرب", "اكتشف"],
    },
    Expect {
        file: "facebook_comments.txt",
        // The comment section starts at `تعليقات فيسبوك`.
        title: "وزير الري: مخزون السدود يكفي حتى نهاية الصيف",
        header: [None, None, None],
        paragraphs: &["أكد وزير الري", "وأضاف أن الوزارة"],
        furniture: &["فيسبوك", "اترك", "بريدك"],
    },
    Expect {
        file: "section_place_label.txt",
        // `أخبار مصر`, a section with its country, under the headline.
        title: "البرلمان يقر قانون الإيجارات الجديد بعد جلسة طويلة",
        header: [Some("2025-02-10T09:15"), None, None],
        paragraphs: &["أقر مجلس النواب", "وقال رئيس المجلس"],
        furniture: &["أخبار مصر", "الأخبار"],
    },
    Expect {
        file: "caption_credit_under_copy.txt",
        // Under the headline's copy a name and a credit in parentheses is
        // the picture's caption, not a byline; the font buttons go too.
        title: "اجتماع طارئ لمجلس البلدية... من غاب؟",
        header: [Some("2025-05-12T10:40"), None, None],
        paragraphs: &["ترأست رئيسة البلدية", "وغاب عن الاجتماع"],
        furniture: &["قاعة المجلس", "(الرأي)", "Smaller"],
    },
    Expect {
        file: "meta_line_counters.txt",
        // The date label's line goes on with counters and the section.
        title: "افتتاح معرض الكتاب في دورته العشرين بمشاركة مئتي دار نشر",
        header: [Some("2019-10-03T18:15"), None, None],
        paragraphs: &["افتتح وزير الثقافة", "ويستمر المعرض"],
        furniture: &["تاريخ الإضافة", "عدد الزيارات"],
    },
    Expect {
        file: "widget_readings_clock.txt",
        // Weather and currency readings around the site's clock, and the
        // search button, above the headline.
        title: "طلاب الجامعة ينظمون حملة لتنظيف الحدائق العامة",
        header: [None, None, None],
        paragraphs: &["نظم مئات من طلاب", "وقال منسق الحملة"],
        furniture: &["°", "دولار", "يورو", "بحث"],
    },
    Expect {
        file: "dated_byline_clock.txt",
        // A dateline with the byline under the site's clock dates the
        // article; the copy has no headline, the lead stands for one.
        title: "نظمت الجمعية الثقافية العربية في باريس مساء أمس أمسية موسيقية حضرها مئات…",
        header: [Some("2025-02-05"), Some("أسرة التحرير"), None],
        paragraphs: &["نظمت الجمعية الثقافية", "وقال رئيس الجمعية"],
        furniture: &["Text Size", "Feb", "باريس -"],
    },
    Expect {
        file: "english_caption_relayed.txt",
        // A picture agency's caption in English, then the site and
        // `متابعة` with a slash, then the lead.
        title: "تعقد الحكومة الجديدة اليوم الثلاثاء أولى جلساتها في القصر الحكومي برئاسة رئيس…",
        header: [None, None, Some("الغد")],
        paragraphs: &["تعقد الحكومة الجديدة", "وقالت مصادر حكومية"],
        furniture: &["AFP", "Photo", "متابعة"],
    },
    Expect {
        file: "zoned_time_staff.txt",
        // A badge alone, a reporter's kicker, the time told in Greenwich
        // time under the day, the outlet's staff under the summary.
        title: "جماهير المدينة تحتفل بعودة الفريق بعد الفوز بالكأس",
        header: [Some("2025-03-24T06:50+00:00"), None, Some("المدينة")],
        paragraphs: &["احتفل آلاف المشجعين", "خرج المشجعون", "وقال مدرب الفريق"],
        furniture: &["عاجل", "مراسلة", "بتوقيت", "مراسلون"],
    },
    Expect {
        file: "views_counter.txt",
        // A views counter between the headline and the byline.
        title: "صيف بلا كهرباء في الحي القديم",
        header: [Some("2024-05-12"), Some("هالة مراد"), None],
        paragraphs: &["انقطعت الكهرباء", "ونحن لا نطلب"],
        furniture: &["مشاهدة", "2870"],
    },
    Expect {
        file: "relative_time_top.txt",
        // A time counted back from now above a copy with no headline:
        // the page's clock, neither the title nor a date.
        title: "افتتحت مديرية التربية في المحافظة صباح اليوم أربع مدارس جديدة في الأحياء…",
        header: [None, None, None],
        paragraphs: &["افتتحت مديرية التربية", "وقال مدير التربية"],
        furniture: &["منذ", "ساعات"],
    },
    Expect {
        file: "font_size_button.txt",
        // The font-size button under the outlet's line is no writer.
        title: "الدفاع المدني يخمد حريقا في سوق الأقمشة القديم",
        header: [None, None, Some("وكالة الساحل")],
        paragraphs: &["أخمدت فرق الدفاع المدني", "وقال متحدث"],
        furniture: &["حجم الخط"],
    },
    Expect {
        file: "widget_above_headline.txt",
        // A most-read widget (its date in the order the page showed it, a
        // teaser ending a sentence), a live label, a programme's name, a
        // section; under the headline the update line in that order too,
        // and the picture's caption saying the headline's words again.
        title: "افتتاح المكتبة البلدية الكبرى في وسط المدينة",
        header: [Some("2023-09-21T10:05"), None, None],
        paragraphs: &["افتتح رئيس البلدية"],
        furniture: &[
            "قال مدير المستشفى",
            "البث المباشر",
            "Morning",
            "استماع",
            "محليات",
        ],
    },
];

#[test]
fn the_sites_own_furniture_around_the_headline() {
    check(COPIED, false);
}

/// A speaker named by an office before the colon, or a quotation after
/// it, opens a lead that keeps all its words: only a name is a writer.
#[test]
fn a_speaker_before_a_colon_is_no_writer() {
    for lead in [
        "وزير المالية: الحكومة ستخفض الضرائب على الشركات الصغيرة ابتداء من الشهر المقبل في كل المحافظات.",
        "سليم الحداد: \"لن نغلق المكتبة مرة أخرى قبل أن نبلغ القراء بأسبوع على الأقل\" كما قال للصحفيين.",
    ] {
        let text = format!("المكتبة العامة تعود إلى العمل\n\n{lead}\n");
        let a = import(&text, "x".into(), None).expect("import");
        assert_eq!(a.author, None, "{lead}");
        assert_eq!(a.body[0].text(), lead);
    }
}

/// A weekday before a date is no outlet, and a date read above the
/// headline with no site's links under it stays the article's.
#[test]
fn a_weekday_before_the_date_is_no_source() {
    let text = "الإثنين 6 يناير 2025\n\
        افتتاح جسر جديد فوق النهر\n\
        السبت 4/يناير/2025 - 10:30 ص\n\
        افتتح المحافظ اليوم الجسر الجديد الذي يربط ضفتي النهر بعد عامين من العمل.\n";
    let a = import(text, "x".into(), None).expect("import");
    assert_eq!(a.source, None);
    assert_eq!(a.title, "افتتاح جسر جديد فوق النهر");
    let text = "الإثنين 6 يناير 2025\n\
        افتتاح جسر جديد فوق النهر\n\
        افتتح المحافظ اليوم الجسر الجديد الذي يربط ضفتي النهر بعد عامين من العمل.\n";
    let a = import(text, "x".into(), None).expect("import");
    assert_eq!(a.published.as_deref(), Some("2025-01-06"));
}

/// The site's clock at the top in two lines, the day and then the time
/// told with its zone after a label and a comma: neither is the headline,
/// and the day is the clock's, not the article's.
#[test]
fn a_labelled_clock_with_its_zone_above_the_headline() {
    let text = "الخميس، 14 مارس 2024\n\
        التوقيت 08:15 ص , بتوقيت المنامة\n\n\
        وزير النقل: افتتاح ثلاث محطات جديدة للحافلات هذا العام\n\n\
        أعلن وزير النقل اليوم أن الوزارة ستفتتح ثلاث محطات جديدة للحافلات قبل نهاية العام في الأحياء الشمالية.\n\n\
        وقال الوزير إن المحطات ستخدم آلاف الركاب كل يوم.\n";
    let a = import(text, "x".into(), None).expect("import");
    assert_eq!(
        a.title,
        "وزير النقل: افتتاح ثلاث محطات جديدة للحافلات هذا العام"
    );
    assert_eq!(a.published, None);
    assert_eq!(a.body.len(), 2, "{:?}", a.body);
}

/// A section's name run into the date and a bar, above the headline, is
/// the header's date line, not the headline.
#[test]
fn a_section_run_into_the_date_above_the_headline() {
    let text = "سياسة 26-03-2023, 23:19 | --\n\n\n\
        البلدية تفتتح حديقة جديدة في الحي الشرقي\n\n\
        المدينة اليوم- المدينة\n\n\
        افتتحت البلدية اليوم حديقة جديدة في الحي الشرقي بعد عامين من الأشغال المتواصلة في المكان.\n\n\
        وقال رئيس البلدية إن الحديقة مفتوحة للجميع.\n";
    let a = import(text, "x".into(), None).expect("import");
    assert_eq!(a.title, "البلدية تفتتح حديقة جديدة في الحي الشرقي");
    assert_eq!(a.published.as_deref(), Some("2023-03-26T23:19"));
    assert_eq!(a.body.len(), 2, "{:?}", a.body);
}
