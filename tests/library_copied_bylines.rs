//! Bylines and dates in shapes the plain two-part byline misses
//! (tests/data/copied): a city, a writer and an agency set off by
//! slashes, a city with its country in parentheses before the agency's,
//! a city run into its agency round a dash under a picture's credit, a
//! site's name and its newsroom word set off by a bar, an outlet's own
//! story marked `(خاص)` opening the lead, and dates written with dots.

mod support;

use support::copied::{Expect, check};

const COPIED: &[Expect] = &[
    Expect {
        file: "slashed_three_part_byline.txt",
        // City / writer / agency; the date with dots, day first.
        title: "افتتاح جسر جديد فوق النهر في وسط المدينة",
        published: Some("2021-03-14"),
        author: Some("سامر الخطيب"),
        source: Some("وكالة الرافد"),
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
        published: Some("2022-11-05"),
        author: None,
        source: Some("وكالة الساحل"),
        paragraphs: &["أقر المجلس البلدي", "وقال رئيس المجلس"],
        furniture: &["قابس", "تونس", "2022.11.05", "إعلان"],
    },
    Expect {
        file: "credit_before_glued_dateline.txt",
        // The agency alone under the headline is the picture's credit:
        // the dateline's agency is the source.
        title: "افتتاح معرض للكتاب في المدينة القديمة بمشاركة مئة دار نشر",
        published: None,
        author: None,
        source: Some("وكالة الرافد"),
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
        published: Some("2024-03-12T10:15"),
        author: None,
        source: Some("نبض الوادي"),
        paragraphs: &["انقطعت الكهرباء", "وقال مسؤول"],
        furniture: &["متابعات", "أخبار محلية"],
    },
    Expect {
        file: "outlet_own_story_lead.txt",
        title: "مصادر: تأجيل افتتاح الميناء الجديد إلى الربيع",
        published: Some("2021-09-14T08:20"),
        author: None,
        source: Some("مرآة الساحل"),
        paragraphs: &["قالت مصادر مطلعة", "وأضافت المصادر", "وكان الميناء"],
        furniture: &["خاص", "مرآة الساحل"],
    },
];

#[test]
fn bylines_in_less_usual_shapes_give_the_author_and_source() {
    check(COPIED, false);
}
