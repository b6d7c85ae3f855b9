//! More shapes of copied Arabic news pages (tests/data/copied): labels and
//! site names around the headline, a clock time before the date, captions
//! by their ending, credits, counters, embeds and the source at the end.

mod support;

use qari::article::Block;
use support::copied::{Outline, check_outlines};

const COPIED: &[Outline] = &[
    Outline {
        file: "ramallah_kicker.txt",
        // `خبر <place> :` is the site's label, not the headline's.
        title: "البلدية تمدد ساعات عمل المكتبة العامة في رمضان",
        // The clock time comes before the date: `الساعة 09:40 ص|12 مايو 2019`.
        // The site's name on a line of its own under the headline.
        header: [Some("2019-05-12T09:40"), None, Some("القدس اليوم")],
        paragraphs: 3,
        first_starts: "قررت بلدية رام الله",
        last_ends: "بمئات العناوين.",
        furniture: &["الساعة", "القدس اليوم", "خبر"],
    },
    Outline {
        file: "relief_captions.txt",
        title: "منظمة إغاثة تحذر من نقص حاد في مياه الشرب بمخيمات النازحين",
        header: [None, None, Some("وكالة الأنباء")],
        paragraphs: 3,
        first_starts: "حذرت منظمة إغاثة دولية",
        last_ends: "يزداد الطلب على المياه.",
        furniture: &[
            "عرب وعالم",
            "صورة أرشيفية",
            "تصوير",
            "رويترز",
            "0\n",
            "12\n",
            "المصدر",
            "زر الذهاب",
        ],
    },
    Outline {
        file: "album_embed.txt",
        title: "مغنية شابة تطلق \"Midnight Road\".. أول أغاني ألبومها الثاني",
        // An English ordinal day: `3rd, June 2023`.
        header: [Some("2023-06-03"), None, Some("صحيفة الغد")],
        paragraphs: 3,
        first_starts: "أطلقت مغنية شابة",
        last_ends: "كتبت معظمها بنفسها.",
        furniture: &[
            "تاريخ النشر",
            "A post shared by",
            "كلمات دلالية",
            "إقرأ أيضاً",
            "مطرب شهير",
        ],
    },
    Outline {
        file: "watan_oneline_masthead.txt",
        title: "محافظ البحيرة يتفقد أعمال تطوير الكورنيش قبل افتتاحه",
        // The site's clock above its masthead is the day of copying: it
        // never dates the article, even one with no date of its own.
        header: [None, None, None],
        paragraphs: 2,
        first_starts: "تفقد المهندس كمال يوسف",
        last_ends: "دورات المياه العامة.",
        furniture: &["رئيس التحرير", "المحافظات", "google news", "الوطن\n"],
    },
    Outline {
        file: "sports_placeholder.txt",
        title: "المنتخب الأولمبي يواجه نظيره الياباني وديا استعدادا للتصفيات",
        // `1 يناير 1970` is an empty date field, not a date.
        header: [None, None, None],
        paragraphs: 2,
        first_starts: "يلتقي المنتخب الأولمبي",
        last_ends: "بعد المعسكر.",
        furniture: &["No Image", "الرياضية", "Zoom", "1970"],
    },
    Outline {
        file: "newvalley_byline.txt",
        title: "محافظ الوادي الجديد يتفقد محطة مياه جديدة في الخارجة",
        // `province - name:` above the lead.
        header: [Some("2023-02-06T11:20"), Some("هالة منصور"), None],
        paragraphs: 2,
        first_starts: "تفقد محافظ الوادي الجديد، اليوم الاثنين،",
        last_ends: "أربعة ملايين جنيه.",
        furniture: &["إعلان", "هالة منصور", "قد يعجبك"],
    },
    Outline {
        file: "council_badge.txt",
        // A section glued to the breaking-news badge is no headline, and
        // the headline's copies with other quotation marks go.
        title: "المجلس البلدي يقر موازنة “العام المقبل” ويعلن خطة لتوسيع شبكة الحدائق العامة",
        // `كتب:` after a long subtitle is still the byline.
        header: [None, Some("أخبار المدينة"), None],
        // The subtitle over the byline is the page's summary, no
        // paragraph of the story's.
        paragraphs: 2,
        first_starts: "صادق المجلس البلدي",
        last_ends: "وتجديد الحدائق القائمة.",
        // A tag alone after the last paragraph.
        furniture: &["محلياتعاجل", "كتب", "النشرة المحلية", "«العام"],
    },
    Outline {
        file: "tunis_masthead_captions.txt",
        // `رئيس التحرير التنفيذي` is a staff title: its name is masthead.
        title: "وزارة النقل تعلن تشغيل خط حافلات جديد بين العاصمة والضواحي",
        header: [None, None, None],
        paragraphs: 2,
        first_starts: "أعلنت وزارة النقل",
        last_ends: "حتى منتصف الليل.",
        // An alt text and its longer caption, a bare `نشر`, a Markdown
        // image, the app's prompt and its drawn-out slogan.
        furniture: &["ليلى منصور", "وزير النقل\n", "نشر\n", "![", "تطبيق", "ــ"],
    },
    Outline {
        file: "agency_clock_time.txt",
        title: "البلدية تنفي نيتها رفع رسوم المياه خلال الصيف",
        // The date above the headline was the site's clock: the article
        // gives only its time of day.
        // `outlet - ` opening the lead.
        header: [None, None, Some("المرصد الإخباري")],
        paragraphs: 2,
        first_starts: "نفى رئيس البلدية",
        last_ends: "للبلدية فقط.",
        furniture: &["09:15", "2026", "المرصد", "أحدث الأخبار"],
    },
    Outline {
        file: "lead_only_times.txt",
        // No headline in the copy: the lead's first words stand for one,
        // and the lead stays.
        title: "أعلنت هيئة الأرصاد الجوية",
        header: [None, None, None],
        paragraphs: 3,
        first_starts: "أعلنت هيئة الأرصاد الجوية، اليوم الخميس،",
        last_ends: "كميات كافية من الماء.",
        // Other stories, each after its time, whatever their punctuation.
        furniture: &["اشترك", "14:20", "النادي الأهلي", "البنك المركزي", "«غدا»"],
    },
    Outline {
        file: "ministry_yearless.txt",
        title: "الوزير: برنامج وطني لتأهيل المراكز الصحية في القرى",
        // A day and month without a year cannot date the article.
        header: [None, None, None],
        paragraphs: 2,
        first_starts: "أعلن وزير الصحة",
        last_ends: "وتدريب الكوادر الطبية.",
        furniture: &["12 March", "الوزير:"],
    },
    Outline {
        file: "aggregator_credit.txt",
        title: "انطلاق مؤتمر الاستثمار الزراعي بمشاركة عربية واسعة",
        // The name after `كتب` among the dashed parts.
        header: [None, Some("هاني صبري"), None],
        paragraphs: 2,
        first_starts: "انطلقت صباح اليوم",
        last_ends: "والري الحديث.",
        furniture: &["سامي فرج", "الإسكندرية", "كتب"],
    },
    Outline {
        file: "credited_caption.txt",
        // A caption that ends with its credit after a dash is no headline.
        title: "افتتاح معرض الحرف اليدوية في إسطنبول بمشاركة 40 دولة",
        header: [None, None, None],
        paragraphs: 2,
        first_starts: "افتتح معرض الحرف اليدوية",
        last_ends: "عشرة آلاف زائر.",
        // A short label under the headline that is no one's name.
        furniture: &["الأناضول", "الملحق الثقافي", "العاشرة صباحا"],
    },
    Outline {
        file: "byline_first.txt",
        // No headline: the byline is not one, the lead's first words are.
        title: "افتتح وزير الزراعة",
        header: [None, Some("رامي فؤاد"), None],
        paragraphs: 2,
        first_starts: "افتتح وزير الزراعة ، اليوم الثلاثاء،",
        last_ends: "مقارنة بالعام الماضي.",
        furniture: &["كتب"],
    },
    Outline {
        file: "wire_end_mark.txt",
        // One paragraph, longer than any headline: it is the lead, without
        // its outlet (before an en dash) and the agency's end mark.
        title: "انطلقت مساء اليوم فعاليات مهرجان المسرح العربي في دورته العاشرة بمشاركة اثنتي…",
        header: [None, None, Some("وكالة المدينة")],
        paragraphs: 1,
        first_starts: "انطلقت مساء اليوم",
        last_ends: "لأفضل عرض أول.",
        furniture: &["انتهى", "//", "وكالة المدينة"],
    },
    Outline {
        file: "court_label.txt",
        // A single word set apart above the headline is a section's name,
        // whatever the section.
        title: "السجن خمس سنوات لموظف اختلس أموال صندوق التقاعد في بلدية الميناء",
        // An agency's name alone after the last paragraph is the source.
        header: [None, None, Some("وفا")],
        paragraphs: 2,
        first_starts: "قضت محكمة الجنايات",
        last_ends: "غرامة تعادل نصفها.",
        furniture: &["محاكم", "وفا"],
    },
    Outline {
        file: "oil_wire.txt",
        // A city missing from the place table, vouched for by the agency
        // beside it; the title is the lead's first words without them.
        title: "تراجعت أسعار النفط في التعاملات المبكرة اليوم بعد ثلاثة أيام من المكاسب",
        header: [None, None, Some("رويترز")],
        paragraphs: 2,
        first_starts: "تراجعت أسعار النفط",
        last_ends: "للشهر المقبل.",
        furniture: &["أوسلو", "(رويترز)"],
    },
    Outline {
        file: "weather_dateline.txt",
        // A dateline as the first line of a copy without a headline.
        title: "توقعت إدارة الأرصاد الجوية أن يكون الطقس اليوم حارا نهارا ومعتدلا ليلا",
        header: [None, None, Some("الأنباء اليوم")],
        paragraphs: 2,
        first_starts: "توقعت إدارة الأرصاد",
        last_ends: "و46 درجة مئوية.",
        furniture: &["الكويت –"],
    },
];

#[test]
fn every_copied_layout_reads_right() {
    check_outlines(COPIED);
}

/// A speaker before the headline's colon is kept even when its name is
/// also a section's (`الصحة` is the ministry here).
#[test]
fn a_speaker_before_the_colon_stays_in_the_headline() {
    let text = "الصحة: حملة تطعيم جديدة في كل المحافظات\nأعلنت الوزارة اليوم بدء حملة تطعيم تشمل جميع المحافظات.\n";
    let a = qari::article::text_import::import(text, "x".into(), None).expect("imports");
    assert_eq!(a.title, "الصحة: حملة تطعيم جديدة في كل المحافظات");
    let text = "عاجل: الحكومة تعلن عطلة رسمية يوم الخميس\nأعلنت الحكومة اليوم أن الخميس المقبل عطلة رسمية.\n";
    let a = qari::article::text_import::import(text, "x".into(), None).expect("imports");
    assert_eq!(a.title, "الحكومة تعلن عطلة رسمية يوم الخميس");
}

/// A section's name between the headline and the lead, after a caption,
/// is dropped; a one-line section name inside the body is a heading.
#[test]
fn a_section_label_under_the_headline_is_dropped() {
    let lead = "افتتح وزير النقل صباح اليوم الطريق الساحلي الجديد بعد عامين من العمل.";
    let second = "وقال الوزير إن الطريق سيختصر زمن الرحلة إلى النصف.";
    let text =
        format!("افتتاح الطريق الساحلي الجديد\nوزير النقل\nمحافظات\n{lead}\nاقتصاد\n{second}\n");
    let a = qari::article::text_import::import(&text, "x".into(), None).expect("imports");
    let texts: Vec<&str> = a.body.iter().map(Block::text).collect();
    assert_eq!(texts, [lead, "اقتصاد", second]);
    assert!(matches!(a.body[1], Block::Heading(_)));
}

/// A date inside the lead is the event's, not the article's; `كتب –` with
/// a dash gives the name; an outlet before a colon opening the lead is the
/// source; `أظهر المزيد` and a short-link label with its link are dropped.
#[test]
fn header_lines_and_a_lead_that_only_look_like_them() {
    let head = "وزارة التعليم تحدد موعد بدء العام الدراسي";
    let lead = "أعلنت الوزارة أن العام الدراسي يبدأ يوم الأحد 7 سبتمبر 2025 في جميع المدارس.";
    let second = "وقال المتحدث إن الكتب ستوزع قبل أسبوع من بدء الدراسة.";
    let text = format!(
        "{head}\nكتب – سامر عادل\n{lead}\n{second}\nأظهر المزيد\nالرابط المختصر للخبر:\nhttps://example.com/s/abc\n"
    );
    let a = qari::article::text_import::import(&text, "x".into(), None).expect("imports");
    assert_eq!(a.published, None);
    assert_eq!(a.author.as_deref(), Some("سامر عادل"));
    assert_eq!(a.url.as_deref(), Some("https://example.com/s/abc"));
    let texts: Vec<&str> = a.body.iter().map(Block::text).collect();
    assert_eq!(texts, [lead, second]);
    let text = format!("{head}\nمدار نيوز: {lead}\n{second}\n");
    let a = qari::article::text_import::import(&text, "x".into(), None).expect("imports");
    assert_eq!(a.source.as_deref(), Some("مدار نيوز"));
    let texts: Vec<&str> = a.body.iter().map(Block::text).collect();
    assert_eq!(texts, [lead, second]);
}

/// A list typed with its dashes run into the first word (`–الوزير`,
/// `-سالم`), the way many Arabic copies have them, is a list like one with
/// a space after the dash; a minus sign before a figure is no bullet.
#[test]
fn dashes_run_into_the_first_word_make_a_list() {
    let text = "الوفد المرافق للرئيس في القمة\n\n\
        رافق الرئيس إلى القمة الإقليمية وفد ضم عددا من الوزراء والمستشارين، وعاد معه مساء اليوم إلى العاصمة.\n\
        –وزير الخارجية والتعاون، سالم الحداد،\n\
        - وزير المالية، نادر العلي،\n\
        -هالة مراد، مستشارة الرئيس،\n\
        -5 درجات كانت الحرارة عند عودة الوفد في المساء.\n";
    let a = qari::article::text_import::import(text, "x".into(), None).expect("import");
    assert_eq!(
        a.body[1..4],
        [
            Block::ListItem("وزير الخارجية والتعاون، سالم الحداد،".into()),
            Block::ListItem("وزير المالية، نادر العلي،".into()),
            Block::ListItem("هالة مراد، مستشارة الرئيس،".into()),
        ]
    );
    assert!(
        matches!(&a.body[4], Block::Paragraph(p) if p.starts_with("-5")),
        "{:?}",
        a.body
    );
}

/// A copy that is a headline and a list of sentences, with no paragraph
/// before the list, keeps the list: only short labels under a headline
/// (a writer, a date, a section) are the page's meta bullets.
#[test]
fn a_headline_over_a_list_of_sentences_keeps_the_list() {
    let items = [
        "تبدأ الجمعيات الزراعية في القرى صرف حصص الأسمدة للمزارعين اعتبارا من الأسبوع المقبل.",
        "يلتزم كل مزارع بتقديم بطاقة الحيازة عند الاستلام، ولا تصرف حصة بغيرها.",
        "تتابع لجان من المديريات عمليات الصرف يوميا وترفع تقاريرها إلى الوزير.",
    ];
    for bullet in ["- ", "• ", "-"] {
        let list: String = items.iter().map(|i| format!("{bullet}{i}\n")).collect();
        let text = format!(
            "وزارة الزراعة تعلن مواعيد صرف الأسمدة للموسم الجديد\n• سامر عادل\n• 12 مايو 2024\n{list}"
        );
        let a = qari::article::text_import::import(&text, "x".into(), None).expect("imports");
        assert_eq!(
            a.title,
            "وزارة الزراعة تعلن مواعيد صرف الأسمدة للموسم الجديد"
        );
        assert_eq!(a.published.as_deref(), Some("2024-05-12"), "{bullet:?}");
        let want: Vec<Block> = items.iter().map(|i| Block::ListItem((*i).into())).collect();
        assert_eq!(a.body, want, "{bullet:?}");
    }
}

/// An interview's highlights under its byline are its list, the first of
/// them too: short as a meta bullet, it tells the header nothing, and an
/// item under it says a sentence.
#[test]
fn an_interviews_highlights_keep_their_first_item() {
    let lines = [
        "وزيرة الثقافة في حوار مع «الصحيفة»: المكتبات العامة ستفتح أبوابها مساء",
        "",
        "أجرى الحوار سامر الخطيب",
        "",
        "  • خطة لفتح المكتبات العامة في المساء طوال أيام الأسبوع",
        "  • الكتاب الورقي ما زال يجد قراءه.. والرقمي لا يغني عنه في المدارس والجامعات",
        "  • نعمل على قانون جديد لحماية حقوق المؤلفين",
        "",
        "قالت وزيرة الثقافة إن المكتبات العامة ستفتح أبوابها في المساء ابتداء من الشهر المقبل، استجابة لطلب الطلاب والعاملين.",
    ];
    let a =
        qari::article::text_import::import(&lines.join("\n"), "x".into(), None).expect("imports");
    assert_eq!(a.author.as_deref(), Some("سامر الخطيب"));
    let items: Vec<&str> = a
        .body
        .iter()
        .filter_map(|b| match b {
            Block::ListItem(t) => Some(t.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(items.len(), 3, "{:#?}", a.body);
    assert!(items[0].starts_with("خطة لفتح"), "{items:?}");
    assert_eq!(a.body.len(), 4, "{:#?}", a.body);
}
