//! Article text as people copy it from Arabic news sites (tests/data/copied):
//! each site's shape of header, byline, date, paragraphs and furniture.

mod support;

use qari::article::text_import::import_bytes;
use qari::article::{Article, Block};
use support::copied::{Outline, check_outlines, load};

const COPIED: &[Outline] = &[
    Outline {
        file: "sky_abudhabi.txt",
        title: "الإمارات تطلق برنامجا وطنيا لتدريب 10 آلاف مبرمج خلال عامين",
        header: [Some("2020-08-24T09:23"), None, Some("سكاي نيوز عربية")],
        paragraphs: 5,
        first_starts: "أعلنت حكومة الإمارات، الإثنين،",
        last_ends: "بحسب بيان رسمي.",
        furniture: &[],
    },
    Outline {
        file: "qafila_magazine.txt",
        title: "المكتبات المنزلية في زمن الشاشات",
        header: [Some("2024-03-03"), Some("فهد الحازمي"), Some("القافلة")],
        paragraphs: 4,
        first_starts: "لم تعد المكتبة المنزلية",
        last_ends: "معا زمنا طويلا.",
        furniture: &[],
    },
    Outline {
        file: "aden_local.txt",
        title: "ارتفاع أسعار المواد الغذائية في عدن بنسبة تتجاوز 30%",
        header: [Some("2020-12-25T01:59"), Some("محمد علي محسن"), None],
        paragraphs: 4,
        first_starts: "شهدت أسواق مدينة عدن",
        last_ends: "ومراقبة المحلات المخالفة.",
        furniture: &[],
    },
    Outline {
        file: "okaz_wrapped.txt",
        title: "أمانة جدة تبدأ صيانة 120 حديقة عامة قبل الصيف",
        header: [Some("2020-06-03"), Some("أنور محمد"), None],
        paragraphs: 4,
        first_starts: "بدأت أمانة محافظة جدة أمس تنفيذ أعمال صيانة شاملة لمئة\u{a0}وعشرين حديقة عامة في أحياء",
        last_ends: "على المرافق العامة.",
        furniture: &[],
    },
    Outline {
        file: "ahram_cairo.txt",
        title: "الحكومة المصرية توافق على مشروع قانون جديد لحماية البيانات الشخصية",
        header: [Some("2020-08-24T21:23"), Some("حسام أبو العلا"), None],
        paragraphs: 3,
        first_starts: "وافق مجلس الوزراء المصري",
        // Presentation forms in the copy are read as the letters they are.
        last_ends: "وإنه سيدخل حيز التنفيذ بعد ستة أشهر من نشره في الجريدة الرسمية.",
        furniture: &[],
    },
    Outline {
        file: "bayan_uae.txt",
        title: "معرض الشارقة الدولي للكتاب يستقبل مليوني زائر",
        header: [Some("2018-04-05T21:43:55+04:00"), None, Some("البيان")],
        paragraphs: 3,
        first_starts: "أعلنت هيئة الشارقة للكتاب",
        last_ends: "في كتب الأطفال والروايات.",
        furniture: &[],
    },
    Outline {
        file: "sabah_interview.txt",
        title: "وزيرة الثقافة: المهرجانات الصيفية ستعود بشروط صحية صارمة",
        header: [Some("2019-02-08"), Some("آسيا العتروس"), None],
        paragraphs: 5,
        first_starts: "في هذا الحوار",
        last_ends: "على موقع الوزارة.",
        furniture: &[],
    },
    Outline {
        file: "bbc_explainer.txt",
        title: "ما الذي نعرفه عن موجة الحر التي تضرب أوروبا؟",
        header: [Some("2024-03-03"), None, None],
        paragraphs: 4,
        first_starts: "تشهد دول جنوب أوروبا",
        last_ends: "منذ بدء التسجيل.",
        furniture: &[],
    },
    Outline {
        file: "reuters_washington.txt",
        title: "الفيدرالي الأمريكي يبقي أسعار الفائدة دون تغيير",
        header: [Some("2020-11-09"), None, Some("رويترز")],
        paragraphs: 3,
        first_starts: "أبقى مجلس الاحتياطي الاتحادي",
        last_ends: "أمام العملات الرئيسية.",
        furniture: &[],
    },
    Outline {
        file: "wire_dubai.txt",
        title: "شركات الطيران الخليجية تعلن خطط توسع جديدة",
        header: [Some("2017-03-09T12:11:00+01:00"), None, Some("وكالات")],
        paragraphs: 4,
        first_starts: "أعلنت شركات طيران خليجية",
        last_ends: "بنسبة \u{200e}8%\u{200e} هذا العام.",
        furniture: &[],
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
    check_outlines(COPIED);
}

/// A link to the article itself in the copied text is its address.
#[test]
fn the_articles_own_link_is_its_url() {
    for (file, url) in [
        (
            "reuters_washington.txt",
            "https://www.example.com/business/fed-rates-2020",
        ),
        (
            "wire_dubai.txt",
            "https://news.example.org/ar/2017/03/09/gulf-airlines",
        ),
    ] {
        assert_eq!(load(file).url.as_deref(), Some(url), "{file}");
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
