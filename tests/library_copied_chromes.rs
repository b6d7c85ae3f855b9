//! The same articles under different sites' page chrome: every story is
//! copied inside every chrome below, and each copy must give the story's
//! headline, date, author or source and paragraphs, whatever the site put
//! around them. The chromes' words (site names, menus, widgets, counters)
//! are made up and in no phrase table: the header is told by its shape.

mod support;

use qari::article::Block;
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
