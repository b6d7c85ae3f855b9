//! Article text as people copy it from Arabic news sites (tests/data/copied):
//! each site's shape of header, byline, date, paragraphs and furniture.

mod support;

use qari::article::text_import::import_bytes;
use qari::article::{Article, Block};
use support::copied::{assert_header, load};

struct Expect {
    file: &'static str,
    title: &'static str,
    published: Option<&'static str>,
    author: Option<&'static str>,
    source: Option<&'static str>,
    url: Option<&'static str>,
    paragraphs: usize,
    first_starts: &'static str,
    last_ends: &'static str,
}

const COPIED: &[Expect] = &[
    Expect {
        file: "sky_abudhabi.txt",
        title: "الإمارات تطلق برنامجا وطنيا لتدريب 10 آلاف مبرمج خلال عامين",
        published: Some("2020-08-24T09:23"),
        author: None,
        source: Some("سكاي نيوز عربية"),
        url: None,
        paragraphs: 5,
        first_starts: "أعلنت حكومة الإمارات، الإثنين،",
        last_ends: "بحسب بيان رسمي.",
    },
    Expect {
        file: "qafila_magazine.txt",
        title: "المكتبات المنزلية في زمن الشاشات",
        published: Some("2024-03-03"),
        author: Some("فهد الحازمي"),
        source: Some("القافلة"),
        url: None,
        paragraphs: 4,
        first_starts: "لم تعد المكتبة المنزلية",
        last_ends: "معا زمنا طويلا.",
    },
    Expect {
        file: "aden_local.txt",
        title: "ارتفاع أسعار المواد الغذائية في عدن بنسبة تتجاوز 30%",
        published: Some("2020-12-25T01:59"),
        author: Some("محمد علي محسن"),
        source: None,
        url: None,
        paragraphs: 4,
        first_starts: "شهدت أسواق مدينة عدن",
        last_ends: "ومراقبة المحلات المخالفة.",
    },
    Expect {
        file: "okaz_wrapped.txt",
        title: "أمانة جدة تبدأ صيانة 120 حديقة عامة قبل الصيف",
        published: Some("2020-06-03"),
        author: Some("أنور محمد"),
        source: None,
        url: None,
        paragraphs: 4,
        first_starts: "بدأت أمانة محافظة جدة أمس تنفيذ أعمال صيانة شاملة لمئة\u{a0}وعشرين حديقة عامة في أحياء",
        last_ends: "على المرافق العامة.",
    },
    Expect {
        file: "ahram_cairo.txt",
        title: "الحكومة المصرية توافق على مشروع قانون جديد لحماية البيانات الشخصية",
        published: Some("2020-08-24T21:23"),
        author: Some("حسام أبو العلا"),
        source: None,
        url: None,
        paragraphs: 3,
        first_starts: "وافق مجلس الوزراء المصري",
        // Presentation forms in the copy are read as the letters they are.
        last_ends: "وإنه سيدخل حيز التنفيذ بعد ستة أشهر من نشره في الجريدة الرسمية.",
    },
    Expect {
        file: "bayan_uae.txt",
        title: "معرض الشارقة الدولي للكتاب يستقبل مليوني زائر",
        published: Some("2018-04-05T21:43:55+04:00"),
        author: None,
        source: Some("البيان"),
        url: None,
        paragraphs: 3,
        first_starts: "أعلنت هيئة الشارقة للكتاب",
        last_ends: "في كتب الأطفال والروايات.",
    },
    Expect {
        file: "sabah_interview.txt",
        title: "وزيرة الثقافة: المهرجانات الصيفية ستعود بشروط صحية صارمة",
        published: Some("2019-02-08"),
        author: Some("آسيا العتروس"),
        source: None,
        url: None,
        paragraphs: 5,
        first_starts: "في هذا الحوار",
        last_ends: "على موقع الوزارة.",
    },
    Expect {
        file: "bbc_explainer.txt",
        title: "ما الذي نعرفه عن موجة الحر التي تضرب أوروبا؟",
        published: Some("2024-03-03"),
        author: None,
        source: None,
        url: None,
        paragraphs: 4,
        first_starts: "تشهد دول جنوب أوروبا",
        last_ends: "منذ بدء التسجيل.",
    },
    Expect {
        file: "reuters_washington.txt",
        title: "الفيدرالي الأمريكي يبقي أسعار الفائدة دون تغيير",
        published: Some("2020-11-09"),
        author: None,
        source: Some("رويترز"),
        url: Some("https://www.example.com/business/fed-rates-2020"),
        paragraphs: 3,
        first_starts: "أبقى مجلس الاحتياطي الاتحادي",
        last_ends: "أمام العملات الرئيسية.",
    },
    Expect {
        file: "wire_dubai.txt",
        title: "شركات الطيران الخليجية تعلن خطط توسع جديدة",
        published: Some("2017-03-09T12:11:00+01:00"),
        author: None,
        source: Some("وكالات"),
        url: Some("https://news.example.org/ar/2017/03/09/gulf-airlines"),
        paragraphs: 4,
        first_starts: "أعلنت شركات طيران خليجية",
        last_ends: "بنسبة \u{200e}8%\u{200e} هذا العام.",
    },
];

/// Lines of site furniture that the fixtures hold somewhere.
const FURNITURE: &[&str] = &[
    "Share on",
    "whatsapp",
    "Tweet",
    "إقرأ أيضاً",
    "اقرأ أيضا",
    "دبي تستضيف معرضا",
    "22 أغسطس 2020",
    "مهرجان قرطاج يكشف",
    "الكلمات الدالة",
    "المكتبات\n",
    "أسعار الفائدة\n",
    "التعليق على الصورة",
    "صدر الصورة",
    "Getty",
    "إعلان",
    "قصص مقترحة",
    "ضربة الشمس",
    "الأكثر تصفحاً",
    "مطار دبي يسجل",
    "استطلاع الرأي",
    "هل تثق",
    "عرض النتائج",
    "لا أعرف",
    "إضافة تعليق",
    "اسمك",
    "تعليقك",
    "jQuery",
    "function",
    "_gaq",
    "});",
    "https://",
    "المصدر",
    "سكاي نيوز",
    "آسيا العتروس",
    "2020/12/25",
    "أبوظبي - البيان",
    "(رويترز)",
];

fn paragraphs(a: &Article) -> Vec<&str> {
    a.paragraphs().map(Block::text).collect()
}

#[test]
fn every_copied_article_reads_right() {
    for e in COPIED {
        let a = load(e.file);
        let f = e.file;
        assert_header(&a, f, e.title, [e.published, e.author, e.source]);
        assert_eq!(a.url.as_deref(), e.url, "{f}: url");
        let p = paragraphs(&a);
        assert_eq!(p.len(), e.paragraphs, "{f}: paragraphs {p:#?}");
        assert!(p[0].starts_with(e.first_starts), "{f}: first {:?}", p[0]);
        let last = p[p.len() - 1];
        assert!(last.ends_with(e.last_ends), "{f}: last {last:?}");
        assert!(
            a.body.iter().all(|b| matches!(b, Block::Paragraph(_))),
            "{f}: {:#?}",
            a.body
        );
    }
}

#[test]
fn a_windows_1256_copy_reads_like_utf8() {
    let a = load("qna_windows1256.txt");
    assert_eq!(a.title, "قطر تستضيف مؤتمرا إقليميا عن الأمن الغذائي");
    assert_eq!(a.source.as_deref(), Some("قنا"));
    assert_eq!(a.published.as_deref(), Some("2020-01-05"));
    let p = paragraphs(&a);
    assert_eq!(p.len(), 3, "{p:#?}");
    assert!(p[0].starts_with("تستضيف الدوحة الأسبوع المقبل"));
    assert!(p[2].ends_with("في ختام أعماله."));
}

#[test]
fn iso_8859_6_and_utf16_copies_read_too() {
    let text = std::fs::read_to_string("tests/data/copied/aden_local.txt").expect("fixture");
    // ISO-8859-6 has no Persian letters: the copy has plain Arabic ones.
    let plain = text.replace('ی', "ي").replace('ک', "ك");
    let (iso, _, lossy) = encoding_rs::ISO_8859_6.encode(&plain);
    assert!(!lossy);
    let a = import_bytes(&iso, "x".into(), None).expect("ISO-8859-6 imports");
    assert_eq!(a.author.as_deref(), Some("محمد علي محسن"));
    assert_eq!(paragraphs(&a).len(), 4);
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let b = import_bytes(&utf16, "x".into(), None).expect("UTF-16 imports");
    assert_eq!(b.body, load("aden_local.txt").body);
}

#[test]
fn binary_bytes_are_refused_not_guessed() {
    let png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR";
    let err = import_bytes(png, "x".into(), None).expect_err("not text");
    assert_eq!((err.line, err.column), (Some(1), Some(1)));
}

#[test]
fn no_furniture_survives() {
    for e in COPIED {
        let a = load(e.file);
        let text: String = a.body.iter().map(|b| format!("{}\n", b.text())).collect();
        for f in FURNITURE {
            assert!(!text.contains(f), "{}: kept {f:?}", e.file);
        }
    }
}

#[test]
fn invisible_characters_do_not_reach_the_text() {
    let a = load("bbc_explainer.txt");
    assert!(paragraphs(&a).iter().all(|p| !p.contains('\u{FEFF}')));
    let a = load("ahram_cairo.txt");
    let presentation = |c: char| matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}');
    assert!(paragraphs(&a).iter().all(|p| !p.chars().any(presentation)));
}

#[test]
fn hashtags_emoji_and_handles_stay_where_they_were() {
    let a = load("qafila_magazine.txt");
    assert!(paragraphs(&a)[2].ends_with("آبائهم. #القراءة #الكتب 📚"));
    let a = load("wire_dubai.txt");
    let p = paragraphs(&a);
    assert!(p[1].ends_with("مدن جديدة ✈\u{fe0f}."), "{:?}", p[1]);
    assert!(p[2].contains("@ceo_example"));
}

#[test]
fn interview_questions_are_paragraphs_not_list_items() {
    let a = load("sabah_interview.txt");
    let p = paragraphs(&a);
    assert_eq!(p[1], "هل ستقام المهرجانات الصيفية هذا العام؟");
    assert_eq!(p[3], "وماذا عن الفنانين الذين توقفت أعمالهم؟");
}
