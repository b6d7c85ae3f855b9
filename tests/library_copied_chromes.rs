//! The same articles under different sites' page chrome: every story is
//! copied inside every chrome below, and each copy must give the story's
//! headline, date, author or source and paragraphs, whatever the site put
//! around them. The chromes' words (site names, menus, widgets, counters)
//! are made up and in no phrase table: the header is told by its shape.

mod support;

use qari::article::{Article, Block};
use support::copied::import_text;

/// An article as its writer sent it.
struct Story {
    title: &'static str,
    /// The byline line, in one of the shapes pages print.
    byline: &'static str,
    /// The date line, in one of the forms pages print.
    dateline: &'static str,
    /// A line under the headline that ends no sentence, if any: the body's
    /// first block.
    deck: Option<&'static str>,
    /// What opens the lead before its first word (a writer's name and a
    /// colon), when the byline is there.
    lead_opener: &'static str,
    paragraphs: &'static [&'static str],
    published: &'static str,
    author: Option<&'static str>,
    source: Option<&'static str>,
}

const STORIES: &[Story] = &[
    Story {
        title: "بلدية الساحل تفتتح جسرا جديدا فوق وادي الرمان",
        byline: "كتب: سالم الحداد",
        dateline: "الأحد 12 مارس 2023",
        deck: None,
        lead_opener: "",
        paragraphs: &[
            "افتتحت بلدية الساحل صباح اليوم جسرا جديدا يربط ضفتي وادي الرمان بعد عامين من العمل المتواصل في موقع المشروع.",
            "وقال رئيس البلدية إن الجسر سيختصر طريق المزارعين إلى الأسواق بنحو نصف ساعة في كل اتجاه.",
            "وأضاف أن البلدية تخطط لإنارة الطريق المؤدي إلى الجسر قبل نهاية الصيف المقبل.",
        ],
        published: "2023-03-12",
        author: Some("سالم الحداد"),
        source: None,
    },
    Story {
        title: "ارتفاع أسعار الزيتون في الأسواق الشمالية مع بداية الموسم",
        byline: "عمان - نور الهدى ياسين",
        dateline: "2023/10/05 - 09:30",
        deck: None,
        lead_opener: "",
        paragraphs: &[
            "شهدت الأسواق الشمالية ارتفاعا ملحوظا في أسعار الزيتون مع بداية موسم القطاف هذا الأسبوع.",
            "ويعزو التجار الارتفاع إلى قلة الأمطار في الربيع الماضي وتراجع المحصول في عدد من القرى.",
            "ويتوقع المزارعون أن تستقر الأسعار بعد أسبوعين حين تصل كميات أكبر إلى المعاصر.",
        ],
        published: "2023-10-05T09:30",
        author: Some("نور الهدى ياسين"),
        source: None,
    },
    Story {
        title: "فريق المدينة يحرز كأس البطولة الإقليمية للمرة الثالثة",
        byline: "بقلم: ليلى منصور",
        dateline: "نشر في: 7 يوليو 2022",
        deck: None,
        lead_opener: "",
        paragraphs: &[
            "أحرز فريق المدينة كأس البطولة الإقليمية مساء أمس بعد فوزه في المباراة النهائية بهدفين مقابل هدف واحد.",
            "وسجل المهاجم الشاب الهدفين في الشوط الثاني وسط تشجيع آلاف المشجعين في الملعب البلدي.",
            "وهذه هي المرة الثالثة التي يحرز فيها الفريق الكأس في تاريخه الممتد لأربعين عاما.",
        ],
        published: "2022-07-07",
        author: Some("ليلى منصور"),
        source: None,
    },
    Story {
        title: "افتتاح مكتبة عامة في الحي القديم بعد ترميم مبناها التاريخي",
        byline: "القاهرة - صحيفة الوادي",
        dateline: "2024-01-20",
        deck: None,
        lead_opener: "",
        paragraphs: &[
            "افتتحت وزارة الثقافة مكتبة عامة في الحي القديم بعد ترميم مبناها الذي يعود إلى القرن التاسع عشر.",
            "وتضم المكتبة أكثر من عشرين ألف كتاب وقاعة للأطفال وأخرى للمطالعة الهادئة.",
        ],
        published: "2024-01-20",
        author: None,
        source: Some("صحيفة الوادي"),
    },
    Story {
        title: "المهندسون يبدأون صيانة خط المياه الرئيسي في الضاحية الشرقية",
        byline: "",
        dateline: "الخميس، 3 أغسطس 2023 - 04:15 م",
        deck: Some("الأعمال تستمر أسبوعا وصهاريج تغطي الأحياء المتأثرة"),
        lead_opener: "هالة سليم: ",
        paragraphs: &[
            "بدأت فرق الصيانة صباح اليوم العمل على خط المياه الرئيسي الذي يغذي الضاحية الشرقية منذ ثلاثين عاما.",
            "وقالت مصلحة المياه إن الصهاريج ستصل إلى الأحياء المتأثرة مرتين في اليوم طوال مدة الأعمال.",
        ],
        published: "2023-08-03T16:15",
        author: Some("هالة سليم"),
        source: None,
    },
];

/// The story's own lines: headline, byline, date, paragraphs.
fn story_lines(s: &Story) -> Vec<String> {
    let mut lines = vec![s.title.to_owned()];
    lines.extend(s.deck.map(str::to_owned));
    lines.extend(header_and_body(s));
    lines
}

/// The story's lines under the headline: byline, date, paragraphs.
fn header_and_body(s: &Story) -> Vec<String> {
    let mut lines: Vec<String> = [s.byline, s.dateline]
        .iter()
        .filter(|l| !l.is_empty())
        .map(|l| (*l).to_owned())
        .collect();
    for (i, p) in s.paragraphs.iter().enumerate() {
        let opener = if i == 0 { s.lead_opener } else { "" };
        lines.push(format!("{opener}{p}"));
    }
    lines
}

fn owned(lines: &[&str]) -> Vec<String> {
    lines.iter().map(|l| (*l).to_owned()).collect()
}

/// A site's page around a story, one paragraph a line.
type Chrome = fn(&Story) -> Vec<String>;

const CHROMES: &[(&str, Chrome)] = &[
    ("bare", story_lines),
    ("menu of short lines and the site's clock", |s| {
        let mut lines = owned(&[
            "شبكة النخيل",
            "الخميس 16 مارس 2023",
            "الواجهة",
            "الأقاليم",
            "ملاعب",
            "ثقافة وفنون",
            "مال وأعمال",
            "حوارات",
        ]);
        lines.extend(story_lines(s));
        lines
    }),
    ("breadcrumb with > and a clock time", |s| {
        let mut lines = owned(&["10:42", "دليل المسافر", "الواجهة > الأقاليم"]);
        lines.extend(story_lines(s));
        lines
    }),
    ("breadcrumb with / ending in the headline", |s| {
        let mut lines = owned(&["منصة الغدير", "16.03.2023 | 09:05"]);
        lines.push(format!("الواجهة / الأقاليم / {}", s.title));
        lines.extend(story_lines(s));
        lines
    }),
    ("section label, headline repeated in a share card", |s| {
        let mut lines = owned(&["مدونة السنديان", "بيئة ومجتمع"]);
        lines.push(s.title.to_owned());
        lines.extend(s.deck.map(str::to_owned));
        lines.push("انشر | أرسل لصديق".to_owned());
        lines.push(s.title.to_owned());
        lines.push("صورة من المكان".to_owned());
        lines.extend(header_and_body(s));
        lines
    }),
    ("counters, Latin links and a list at the foot", |s| {
        let mut lines = owned(&["EN | FR", "Login", "الفجر الجديد", "1,245", "37"]);
        lines.extend(story_lines(s));
        lines.extend(owned(&[
            "من أرشيف الفجر",
            "مهرجان الربيع يعود إلى الساحة الكبرى",
            "أمطار غزيرة تغلق طريق الجبل",
        ]));
        lines
    }),
    ("clocks and widgets, a column's name after them", |s| {
        let mut lines = owned(&[
            "09:05 ص",
            "الخميس، 16 مارس 2023",
            "شبكة الريف",
            "الطقس 21° غائم",
            "الدولار 3.75",
            "زوايا",
        ]);
        lines.extend(story_lines(s));
        lines
    }),
    ("menu repeated at the foot", |s| {
        let menu = ["الواجهة", "ملاعب", "ثقافة وفنون", "حوارات"];
        let mut lines = owned(&["شبكة الريف"]);
        lines.extend(owned(&menu));
        lines.extend(story_lines(s));
        lines.extend(owned(&menu));
        lines.push("جميع الحقوق محفوظة © 2023 شبكة الريف".to_owned());
        lines
    }),
    ("counters in a bar under the headline", |s| {
        let mut lines = owned(&["منصة القرية"]);
        lines.push(s.title.to_owned());
        lines.push("1,532 | 48".to_owned());
        lines.extend(s.deck.map(str::to_owned));
        lines.extend(header_and_body(s));
        lines
    }),
    ("a ticker cut by a bar above the headline", |s| {
        let mut lines = owned(&["منصة الريف", "الآن | أمطار غزيرة على المرتفعات الشرقية"]);
        lines.extend(story_lines(s));
        lines
    }),
    ("breadcrumb with › ending in the headline", |s| {
        let mut lines = owned(&["منصة الريف", "12:30"]);
        lines.push(format!("الواجهة › الأقاليم › {}", s.title));
        lines.extend(story_lines(s));
        lines
    }),
];

/// Every story under every chrome gives the story's header and its
/// paragraphs, and nothing of the chrome in the body.
#[test]
fn every_story_under_every_chrome() {
    let mut wrong = Vec::new();
    let total = STORIES.len() * CHROMES.len();
    for (name, chrome) in CHROMES {
        for s in STORIES {
            let text = chrome(s).join("\n");
            let a = import_text(&text);
            let header = a.title == s.title
                && a.published.as_deref() == Some(s.published)
                && a.author.as_deref() == s.author
                && a.source.as_deref() == s.source;
            let texts: Vec<&str> = a.body.iter().map(Block::text).collect();
            // A deck is the article's own text: it stays, before the lead.
            let blocks: Vec<&str> = s.deck.iter().chain(s.paragraphs).copied().collect();
            let body_right = texts == blocks;
            if !header || !body_right {
                wrong.push(format!(
                    "{name} / {}: title {:?}, date {:?}, author {:?}, source {:?}, body {texts:#?}",
                    s.title, a.title, a.published, a.author, a.source
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {total} copies wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

/// Imports the copy made of `lines` and checks its headline and date;
/// gives it back with its blocks' texts for the rest.
fn copy_with(lines: &[&str], title: &str, published: Option<&str>) -> (Article, Vec<String>) {
    let a = import_text(&lines.join("\n"));
    assert_eq!(a.title, title);
    assert_eq!(a.published.as_deref(), published);
    let texts = a.body.iter().map(|b| b.text().to_owned()).collect();
    (a, texts)
}

/// A headline of three words over its deck, with no chrome around it, is
/// the headline: three words may be a menu's item or a headline, and
/// without a menu in sight the copy's first line is its headline.
#[test]
fn a_short_headline_over_its_deck() {
    let lines = [
        "حريق في المرفأ",
        "فرق الإطفاء تسيطر على النيران بعد ساعتين",
        "كتب: سالم الحداد",
        "الأحد 12 مارس 2023",
        "اندلع حريق كبير في أحد مستودعات المرفأ فجر اليوم وامتدت النيران إلى مستودعين مجاورين.",
        "وقال مدير الدفاع المدني إن أحدا لم يصب وإن التحقيق في أسباب الحريق بدأ.",
    ];
    let (a, texts) = copy_with(&lines, "حريق في المرفأ", Some("2023-03-12"));
    assert_eq!(a.author.as_deref(), Some("سالم الحداد"));
    assert_eq!(texts.len(), 3, "{texts:#?}");
    assert!(texts[0].starts_with("فرق الإطفاء"), "{texts:#?}");
}

/// The day printed at the top of the page, above the section's name, dates
/// a copy that gives no other date: it is the site's clock or the
/// article's own day, and a copy is made on the day it is read.
#[test]
fn the_top_date_dates_a_copy_that_gives_no_other() {
    let lines = [
        "السبت 8 أبريل 2023",
        "شؤون محلية",
        "",
        "مجلس البلدية يقر خطة لتوسيع الحديقة العامة",
        "",
        "أقر مجلس البلدية في جلسته الأسبوعية خطة لتوسيع الحديقة العامة نحو الأرض المجاورة للسوق القديم.",
        "وقال أحد الأعضاء إن الأعمال تبدأ في الخريف وتنتهي قبل الصيف التالي.",
    ];
    let title = "مجلس البلدية يقر خطة لتوسيع الحديقة العامة";
    let (_, texts) = copy_with(&lines, title, Some("2023-04-08"));
    assert_eq!(texts.len(), 2, "{texts:#?}");
    assert!(texts[0].starts_with("أقر مجلس البلدية"), "{texts:#?}");
}

/// A site's name of three words in an outlet's shape over the headline is
/// the site's, not a short headline over its deck.
#[test]
fn an_outlet_named_in_three_words_over_the_headline() {
    let lines = [
        "واحة الجنوب أون لاين",
        "",
        "مزارعو الوادي يبدؤون حصاد القمح قبل موعده بأسبوعين",
        "",
        "صورة من الحقول",
        "الوادي - مراسلنا",
        "",
        "بدأ مزارعو الوادي حصاد القمح هذا الأسبوع بعد موجة حر عجلت نضج السنابل في معظم الحقول.",
        "",
        "ويقول المزارعون إن المحصول جيد رغم قلة الأمطار في الشتاء الماضي.",
    ];
    let title = "مزارعو الوادي يبدؤون حصاد القمح قبل موعده بأسبوعين";
    let (_, texts) = copy_with(&lines, title, None);
    assert!(
        texts.iter().any(|t| t.starts_with("بدأ مزارعو الوادي")),
        "{texts:#?}"
    );
}

/// A headline's own quotation marks and a picture gallery's bullets under
/// it are no ticker: only a short label before a bar makes one.
#[test]
fn a_headline_in_guillemets_over_a_gallery_is_the_headline() {
    let lines = [
        "جميع الأخبار",
        "",
        "الوزارة تطلق «بطاقة المسافر» الجديدة للطلاب",
        "",
        "كتب: سالم الحداد",
        "  • عرض 5 صور",
        "    حفل إطلاق البطاقة في القاعة الكبرى",
        "",
        "أطلقت الوزارة اليوم بطاقة جديدة تمنح الطلاب خصما على تذاكر الحافلات والقطارات طوال العام.",
        "وقالت الوزارة إن البطاقة تصدر خلال أسبوع من تقديم الطلب.",
    ];
    let title = "الوزارة تطلق «بطاقة المسافر» الجديدة للطلاب";
    let (a, _) = copy_with(&lines, title, None);
    assert_eq!(a.author.as_deref(), Some("سالم الحداد"));
}

/// Other stories' teasers at the top of the page, each cut off with an
/// ellipsis (one with a bullet and a kicker run into it), over an article
/// with no headline: its lead's first words stand for one, and no teaser
/// is left in the body.
#[test]
fn teasers_cut_with_an_ellipsis_above_a_copy_are_chrome() {
    let lines = [
        "أعلنت مديرية الصحة في المحافظة، أمس، عن حملة واسعة لتطعيم الأطفال في المدارس الابتدائية، مؤكدة أن الحملة تشمل كل البلديات وأن الفرق...",
        "رفعت الحكومة، سعر الخبز المدعم بنسبة طفيفة هي الأولى منذ عشر سنوات، في قرار قالت إنه يهدف إلى الحفاظ على استمرار الدعم للأسر...",
        "* موسم الزيتون يبدأ مبكرا توقع مزارعون في الجبال الشمالية، أمس الأحد، أن يكون محصول هذا العام أكبر من المواسم الثلاثة الماضية بسبب…",
        "زار وزير النقل، اليوم الأربعاء، ورشة الطريق السريع الجديد بين المدينتين، واطلع على تقدم الأشغال التي بلغت نسبتها سبعين بالمئة، ووعد بافتتاح الطريق قبل نهاية السنة المقبلة.",
        "",
    ];
    let title = "زار وزير النقل، اليوم الأربعاء، ورشة الطريق السريع الجديد بين المدينتين، واطلع…";
    let (_, texts) = copy_with(&lines, title, None);
    assert_eq!(texts.len(), 1, "{texts:#?}");
    assert!(texts[0].starts_with("زار وزير النقل"), "{texts:#?}");
}

/// One line cut with an ellipsis at the top is the lead trailing off, not
/// a list of teasers: it stays the copy's first paragraph.
#[test]
fn one_line_cut_with_an_ellipsis_is_the_lead() {
    let lines = [
        "قال المدرب بعد المباراة إن فريقه لعب جيدا في الشوط الأول لكنه فقد تركيزه في الدقائق الأخيرة، وأضاف أن الموسم ما زال طويلا...",
        "وكان الفريق قد خسر مباراتين متتاليتين قبل هذه المباراة على أرضه.",
    ];
    let title = "قال المدرب بعد المباراة إن فريقه لعب جيدا في الشوط الأول لكنه…";
    let (_, texts) = copy_with(&lines, title, None);
    assert_eq!(texts.len(), 2, "{texts:#?}");
}

/// Other stories' headlines stacked right above the lead, no blank line
/// between them: none is the headline, unless the lowest shares a word
/// with the lead, when it is the article's own under the site's list; of
/// two, the one that does not speak of the lead is another story's.
#[test]
fn other_stories_headlines_stacked_above_the_lead_are_chrome() {
    let list = [
        "وزارة المالية تعلن موازنة العام المقبل بزيادة في الإنفاق",
        "3 نصائح لتجنب الزحام في الأسواق قبل العيد",
        "افتتاح معرض الكتاب في دورته الجديدة بمشاركة واسعة",
        "ارتفاع درجات الحرارة في المناطق الساحلية نهاية الأسبوع",
    ];
    let lead = "تواصلت الاشتباكات بين الفصائل المسلحة في ضواحي المدينة الشمالية منذ فجر اليوم، وسمع دوي انفجارات متفرقة قرب الميناء.";
    let next = "وفي الضاحية الشرقية، تقدمت القوات الحكومية نحو الجسر الرئيسي، فيما أغلقت السلطات الطرق المؤدية إلى المطار.";
    let last = "موعد صرف الدفعة الجديدة من دعم الأسر المحتاجة";
    let own = "اشتباكات عنيفة في ضواحي المدينة الشمالية";
    for (lowest, title) in [
        (
            last,
            "تواصلت الاشتباكات بين الفصائل المسلحة في ضواحي المدينة الشمالية منذ فجر اليوم",
        ),
        (own, own),
    ] {
        let lines: Vec<&str> = list.iter().copied().chain([lowest, lead, next]).collect();
        let (_, texts) = copy_with(&lines, title, None);
        assert_eq!(texts.len(), 2, "{texts:#?}");
        assert!(texts[0].starts_with("تواصلت"), "{texts:#?}");
    }
    // Two: the upper speaks of another story, the lower of the lead's.
    let other = "ارتفاع أسعار الوقود للمرة الثانية هذا العام";
    let (_, texts) = copy_with(&[other, own, lead, next], own, None);
    assert_eq!(texts.len(), 2, "{texts:#?}");
}
