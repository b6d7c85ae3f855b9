//! Copied pages whose headline sits among captions, mastheads and labels
//! (tests/data/copied): an editorial board's masthead, an editor's column
//! linked at the foot of the page, a picture's alt text above a lead with
//! no headline, a deck above a wire dateline, a picture agency's credit,
//! an outlet in quotes in a meta bullet, a paper's name alone under its
//! masthead's staff lines, and a caption with its agency run on without a
//! dash.

mod support;

use qari::article::Block;
use support::copied::{Expect, check, load};

const COPIED: &[Expect] = &[
    Expect {
        file: "editorial_board_masthead.txt",
        // `مجلس التحرير: …` and the lines of its block down to the blank
        // line are the masthead; the picture's caption, said three times,
        // is dropped wherever it stands.
        title: "وزير الزراعة يفتتح معرض التمور السنوي في البصرة",
        header: [None, None, None],
        paragraphs: &["افتتح وزير الزراعة", "وتجول الوزير", "وأكد أن الوزارة"],
        furniture: &[
            "مجلس التحرير",
            "مرخص",
            "هيئة الإعلام",
            "نشر",
            "وزير الزراعة\n",
        ],
    },
    Expect {
        file: "column_footer_masthead.txt",
        // `مقال رئيس التحرير` at the foot of the page is no masthead; the
        // headline's copy with the caption run onto it, the section run
        // into the date and all after `أضف تعليق` are dropped.
        title: "\"الصناعة\" تطلق برنامجا لدعم المصانع الصغيرة في الصعيد",
        header: [Some("2024-03-12T09:45"), None, None],
        paragraphs: &["أطلقت وزارة الصناعة", "وقال مسؤول في الوزارة"],
        furniture: &[
            "مصنع للنسيج",
            "اقتصاد",
            "أضف تعليق",
            "حكايات",
            "رئيس التحرير",
            "سامي عبد الله",
            "إعلان",
        ],
    },
    Expect {
        file: "deck_wire_dateline.txt",
        // The dateline opens the lead under a deck that ends no sentence.
        title: "ميناء أم قصر يستقبل أول شحنة من القمح المستورد هذا العام",
        header: [None, None, Some("شبكة الرافدين")],
        paragraphs: &[
            "وتبلغ حمولة الشحنة",
            "وصلت إلى ميناء أم قصر",
            "وأضافت الشركة",
            "وقالت الشركة",
        ],
        furniture: &["البصرة (", "(شبكة الرافدين)"],
    },
    Expect {
        file: "alt_text_before_lead.txt",
        // Two words above the lead are the picture's alt text: the copy
        // has no headline, the lead's first words stand for one.
        title: "تأهل المنتخب المغربي إلى نهائي البطولة القارية بعد فوزه على نظيره السنغالي…",
        header: [None, None, None],
        paragraphs: &["تأهل المنتخب المغربي", "سجل هدفي المغرب"],
        furniture: &["قد يهمك", "يهمــــك", "المدرب يعلن", "الجماهير تحتفل"],
    },
    Expect {
        file: "getty_caption.txt",
        // A caption ending with a picture agency's credit in English.
        title: "الحكومة الأردنية تعلن خطة لخفض أسعار الكهرباء للمصانع",
        // `تقرير رويترز`: an agency's report; the agency is the source.
        header: [Some("2023-02-14T10:15:30"), None, Some("رويترز")],
        paragraphs: &["قالت الحكومة الأردنية", "وقال وزير الطاقة"],
        furniture: &["Getty", "AFP", "رئيس الوزراء الأردني", "logo", "تحديث"],
    },
    Expect {
        file: "quoted_outlet_bullet.txt",
        // `• عمّان – "نبض- المال والأعمال"`: a place, a dash, the outlet in
        // quotes with a dash of its own.
        title: "الأردن: قانون جديد للاستثمار يدخل حيز التنفيذ",
        header: [Some("2024-05-02"), None, Some("نبض- المال والأعمال")],
        paragraphs: &["دخل قانون البيئة", "ويمنح القانون"],
        furniture: &["عمّان", "نبض", "•"],
    },
    Expect {
        file: "masthead_paper_name.txt",
        // Staff lines with long names, the paper's name in two scripts,
        // ad slots, a section and a counter above the headline: the
        // masthead's lines are chrome, so the paper's name alone is no
        // headline.
        title: "فوز كبير للنجوم على الساحل في الدوري المحلي",
        header: [Some("2016-03-12T19:20"), None, Some("وكالات")],
        paragraphs: &["سجل النجوم", "وبهذه الخسارة"],
        furniture: &["الوادي نيوز", "رئيس", "مساحة", "رياضة", "315", "alwadi"],
    },
    Expect {
        file: "caption_run_on_credit.txt",
        // A picture's caption with its agency run on without a dash,
        // between the headline and the lead: neither a heading nor a
        // byline.
        title: "تأجيل جلسة البرلمان إلى الأسبوع المقبل بعد خلاف على الميزانية",
        header: [None, None, None],
        paragraphs: &["أعلن رئيس البرلمان", "وقال النائب الأول"],
        furniture: &["مبنى البرلمان", "شؤون عربية"],
    },
];

#[test]
fn captions_mastheads_and_labels_around_the_headline() {
    check(COPIED, true);
}

/// A heading said once stays; only a short line said again is a caption.
#[test]
fn a_heading_said_once_stays_in_the_body() {
    let text = "المدارس تفتح أبوابها للعام الدراسي الجديد\n\
        استقبلت المدارس اليوم آلاف الطلاب في أول أيام العام الدراسي الجديد وسط إجراءات تنظيمية مشددة.\n\
        استعدادات مبكرة\n\
        وكانت الوزارة قد أنهت صيانة المباني وتوزيع الكتب قبل أسبوع من بدء الدراسة.\n";
    let a = qari::article::text_import::import(text, "x".into(), None).expect("import");
    let texts: Vec<&str> = a.body.iter().map(Block::text).collect();
    assert!(texts.contains(&"استعدادات مبكرة"), "{texts:#?}");
}

/// A masthead's block ends at a headline that is followed by its lead
/// without a blank line: the headline is never taken for the masthead.
#[test]
fn a_masthead_block_stops_before_a_headline_that_runs_into_its_lead() {
    let text = "رئيس التحرير: خالد منصور\n\
        الحكومة تقر موازنة العام المقبل\n\
        أقرت الحكومة في جلستها اليوم مشروع موازنة العام المقبل بعجز أقل من العام الحالي بحسب وزير المالية.\n";
    let a = qari::article::text_import::import(text, "x".into(), None).expect("import");
    assert_eq!(a.title, "الحكومة تقر موازنة العام المقبل");
}

/// `9/4/2022` reads both ways; the copy says the camp opens "18 September,
/// this month", so the site wrote the month first: 4 September.
#[test]
fn a_date_that_reads_both_ways_is_settled_by_the_current_month() {
    let copy = |month: &str| {
        format!(
            "المنتخب يبدأ معسكره الإعدادي في إسبانيا\n\n  • 9/4/2022\n  • 00:00\n\n\
             أعلن الاتحاد أن المعسكر الإعدادي للمنتخب يبدأ في مدينة ملقة يوم 18 {month} الجاري، \
             ويخوض خلاله مباراتين وديتين قبل البطولة.\n"
        )
    };
    let import = |text: &str| qari::article::text_import::import(text, "x".into(), None);
    let a = import(&copy("سبتمبر")).expect("import");
    assert_eq!(a.published.as_deref(), Some("2022-09-04"));
    let a = import(&copy("أبريل")).expect("import");
    assert_eq!(a.published.as_deref(), Some("2022-04-09"));
}

/// A headline run into its lead, an aggregator's wrapper around the
/// headline, two words set apart above it (a section's label), and a media
/// centre's name in a dateline: file, title, source, and the start of each
/// block.
const LEADS: &[(&str, &str, Option<&str>, &[&str])] = &[
    (
        "glued_headline_lead.txt",
        "البلدية تعيد فتح السوق القديمة بعد أعمال الترميم في المدينة",
        None,
        &["أعادت بلدية المدينة", "وقال رئيس البلدية", "وأضاف أن السوق"],
    ),
    (
        "aggregator_wrapper.txt",
        "المنتخب الأولمبي يبدأ معسكره في العاصمة استعدادا للبطولة الإقليمية",
        None,
        &["بدأ المنتخب الأولمبي", "وقال المدير الفني"],
    ),
    (
        "two_word_label.txt",
        "المدن الذكية تبدأ من إشارات المرور",
        None,
        &["لم تعد إشارات المرور", "ويقول مهندسو النقل"],
    ),
    (
        "media_centre_byline.txt",
        "أغلقت السلطات المحلية اليوم الطريق الرئيسي المؤدي إلى المدينة لساعات",
        Some("المركز العربي للإعلام"),
        &["أغلقت السلطات المحلية", "وقالت البلدية"],
    ),
];

#[test]
fn headlines_run_into_leads_or_wrapped_and_media_centres() {
    for &(file, title, source, starts) in LEADS {
        let a = load(file);
        assert_eq!(a.title, title, "{file}: title");
        assert_eq!(a.source.as_deref(), source, "{file}: source");
        assert_eq!(a.author, None, "{file}: author");
        let texts: Vec<&str> = a.body.iter().map(Block::text).collect();
        assert_eq!(texts.len(), starts.len(), "{file}: {texts:#?}");
        for (text, start) in texts.iter().zip(starts) {
            assert!(text.starts_with(start), "{file}: {text:?} for {start:?}");
        }
        for bit in ["Ad", "شكرا", "تفاصيل الخبر", "المدينةأعادت", "نابلس"]
        {
            assert!(!texts.join("\n").contains(bit), "{file}: kept {bit:?}");
        }
    }
}

/// A taa marbuta run into a letter further into a lead is a typing slip,
/// not a headline: a first line whose first part has a comma stays whole.
#[test]
fn a_slip_inside_a_lead_is_no_headline() {
    let lead = "قالت الوزارة، في بيان اليوم، إن الحملةستبدأ الأسبوع المقبل في جميع المحافظات وتستمر شهرا كاملا حتى نهاية العام.";
    let a = qari::article::text_import::import(lead, "x".into(), None).expect("import");
    assert_eq!(a.body[0].text(), lead);
}
