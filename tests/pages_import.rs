//! Saved web pages (`.html`, `.htm`, `.mhtml`) read into articles: the
//! article's own text and facts, without the site around it.

use std::fs;
use std::path::{Path, PathBuf};

use qari::article::{Article, Block, scan};
use qari::layout::Direction;

fn page(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/pages")
        .join(name)
}

fn load(name: &str) -> Article {
    let mut all = scan::load_file(&page(name)).unwrap_or_else(|p| panic!("{p}"));
    assert_eq!(all.len(), 1);
    all.remove(0)
}

/// Every word of the article's body, to look for furniture in.
fn all_text(a: &Article) -> String {
    let mut s = String::new();
    for b in &a.body {
        s.push_str(b.text());
        s.push('\n');
        if let Block::Quote { by: Some(by), .. } = b {
            s.push_str(by);
        }
    }
    s
}

fn assert_no_furniture(a: &Article, phrases: &[&str]) {
    let text = all_text(a);
    for p in phrases {
        assert!(!text.contains(p), "furniture {p:?} kept in:\n{text}");
    }
}

fn linked(a: &Article, block: usize) -> Vec<(&str, &str)> {
    let text = a.body[block].text();
    a.links_of(block)
        .map(|l| (&text[l.start..l.end], l.url.as_str()))
        .collect()
}

#[test]
fn json_ld_gives_the_facts_and_the_body_keeps_only_the_article() {
    let a = load("ministry-json-ld.html");
    assert_eq!(a.title, "وزارة الصحة تفتتح ثلاثة مستشفيات جديدة في الصعيد");
    assert_eq!(a.author.as_deref(), Some("هبة عبد الرحمن، كريم سليمان"));
    assert_eq!(a.source.as_deref(), Some("بوابة النهار"));
    assert_eq!(
        a.url.as_deref(),
        Some("https://alnahar.example/news/health/2024/03/12/hospitals")
    );
    // JSON-LD's local time, not OpenGraph's UTC one.
    assert_eq!(a.published.as_deref(), Some("2024-03-12T09:30:00+02:00"));
    assert_eq!(a.lang.as_deref(), Some("ar-EG"));
    assert_eq!(a.tags, ["وزارة الصحة", "الصعيد", "مستشفيات"]);
    assert_eq!(a.dir, Direction::Rtl);
    let kinds: Vec<&str> = a
        .body
        .iter()
        .map(|b| match b {
            Block::Heading(_) => "h",
            Block::Paragraph(_) => "p",
            Block::ListItem(_) => "li",
            Block::Quote { .. } => "q",
        })
        .collect();
    assert_eq!(kinds, ["p", "p", "h", "p", "li", "li", "li", "q", "p"]);
    assert_eq!(a.body[2], Block::Heading("تجهيزات حديثة".into()));
    assert_eq!(
        a.body[7],
        Block::Quote {
            text: "هدفنا ألا يضطر أي مريض في الصعيد إلى السفر للقاهرة من أجل العلاج".into(),
            by: Some("وزير الصحة والسكان".into()),
        }
    );
    assert_eq!(
        linked(&a, 0),
        [(
            "وزارة الصحة والسكان",
            "https://alnahar.example/tag/وزارة-الصحة"
        )]
    );
    assert_eq!(
        linked(&a, 8),
        [(
            "وكالة أنباء الشرق الأوسط",
            "https://agency.example/ar/news/98765"
        )]
    );
    assert_no_furniture(
        &a,
        &[
            "Facebook",
            "شارك",
            "تصوير",
            "اقرأ",
            "إعلان",
            "الكلمات المفتاحية",
            "ذات صلة",
            "محافظ سوهاج",
            "التعليقات",
            "الأكثر قراءة",
            "الحقوق",
            "عاجل",
            "الرئيسية",
            "صورة أرشيفية",
            "سياسة",
        ],
    );
}

#[test]
fn opengraph_and_meta_tags_give_the_facts_when_there_is_no_json_ld() {
    let a = load("economy-opengraph.html");
    assert_eq!(
        a.title,
        "البنك المركزي يثبت أسعار الفائدة للمرة الثالثة على التوالي"
    );
    assert_eq!(a.author.as_deref(), Some("سارة المنصوري"));
    assert_eq!(a.source.as_deref(), Some("الشرق نيوز"));
    assert_eq!(
        a.url.as_deref(),
        Some("https://asharq-news.example/economy/central-bank-rates")
    );
    assert_eq!(a.published.as_deref(), Some("2023-11-02T14:05:00+03:00"));
    assert_eq!(a.lang.as_deref(), Some("ar"));
    assert_eq!(a.tags, ["البنك المركزي", "الفائدة"]);
    assert_eq!(a.body.len(), 5, "{:#?}", a.body);
    assert!(a.body[0].text().starts_with("قررت لجنة السياسة النقدية"));
    assert_eq!(
        a.body[3],
        Block::Quote {
            text: "«التثبيت كان متوقعا، والأسواق استوعبت القرار مسبقا»".into(),
            by: Some("محمد الشامي، كبير الاقتصاديين في بنك استثمار محلي".into()),
        }
    );
    assert_eq!(
        linked(&a, 1),
        [(
            "بيان رسمي",
            "https://asharq-news.example/economy/statement-nov-2023"
        )]
    );
    assert_no_furniture(
        &a,
        &[
            "Share",
            "استطلاع",
            "هل تتوقع",
            "النشرة البريدية",
            "وسوم",
            "أسرار",
            "تعليق",
            "بريدك",
            "أرشيف",
            "إقرأ",
            "التضخم يتراجع",
            "تسجيل الدخول",
            "بقلم",
        ],
    );
}

#[test]
fn the_visible_dateline_and_the_title_without_the_site_name() {
    let a = load("sport-dateline.html");
    assert_eq!(a.title, "المنتخب الوطني يتأهل إلى نهائيات كأس آسيا");
    assert_eq!(a.published.as_deref(), Some("2024-11-14T22:15"));
    assert_eq!(a.url, None);
    assert_eq!(
        &a.body[3..5],
        [
            Block::ListItem("1. المنتخب الوطني — 16 نقطة".into()),
            Block::ListItem("2. منتخب الضيوف — 11 نقطة".into()),
        ]
    );
    assert_eq!(a.body.len(), 6);
    assert_no_furniture(&a, &["نشر في", "Share", "شاهد", "Cable", "الرئيسية"]);
}

#[test]
fn a_single_file_page_reads_like_the_page_and_keeps_its_address() {
    let m = load("sport-single-file.mhtml");
    let h = load("sport-dateline.html");
    assert_eq!(
        (&m.title, &m.body, &m.published),
        (&h.title, &h.body, &h.published)
    );
    assert_eq!(
        m.url.as_deref(),
        Some("https://arabic.cnn.example/sport/article/2024/11/14/asian-cup-qualifier")
    );
    assert_eq!(m.id, "sport-single-file");
}

/// The legacy page's bytes in `encoding`, saved as `.html` with no charset
/// declared anywhere.
fn legacy_copy(dir: &Path, encoding: &'static encoding_rs::Encoding) -> PathBuf {
    let text = fs::read_to_string(page("legacy-no-charset.html")).unwrap();
    assert!(!text.to_ascii_lowercase().contains("charset"));
    let (bytes, _, unmappable) = encoding.encode(&text);
    assert!(!unmappable, "{} cannot hold the page", encoding.name());
    assert!(std::str::from_utf8(&bytes).is_err());
    let path = dir.join(format!("{}.html", encoding.name()));
    fs::write(&path, &bytes).unwrap();
    path
}

#[test]
fn legacy_arabic_code_pages_with_no_charset_read_as_arabic() {
    let dir = tempfile::tempdir().unwrap();
    let utf8 = load("legacy-no-charset.html");
    assert_eq!(utf8.title, "ارتفاع أسعار الذهب في الأسواق المحلية");
    assert_eq!(utf8.published.as_deref(), Some("2021-05-17T11:20"));
    assert_eq!(utf8.body.len(), 3);
    for encoding in [encoding_rs::WINDOWS_1256, encoding_rs::ISO_8859_6] {
        let path = legacy_copy(dir.path(), encoding);
        let a = scan::load_file(&path).unwrap().remove(0);
        assert_eq!(
            (&a.title, &a.body),
            (&utf8.title, &utf8.body),
            "{}",
            encoding.name()
        );
        assert_eq!(a.published, utf8.published);
    }
}

#[test]
fn a_declared_charset_is_followed() {
    let dir = tempfile::tempdir().unwrap();
    let text = fs::read_to_string(page("legacy-no-charset.html"))
        .unwrap()
        .replace("<head>", "<head><meta charset=\"windows-1256\">");
    let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(&text);
    let path = dir.path().join("declared.htm");
    fs::write(&path, &bytes).unwrap();
    let a = scan::load_file(&path).unwrap().remove(0);
    assert_eq!(a.title, "ارتفاع أسعار الذهب في الأسواق المحلية");
}

#[test]
fn a_library_folder_of_pages_loads_them_all() {
    let lib = qari::article::Library::scan(Some(&page("")), &[]);
    assert!(lib.problems.is_empty(), "{:?}", lib.problems);
    let mut ids: Vec<&str> = lib.articles.iter().map(|a| a.id.as_str()).collect();
    ids.sort_unstable();
    assert_eq!(
        ids,
        [
            "court-br-paragraphs",
            "desk-signed-byline-list",
            "desk-zone-dateline",
            "drupal-label-hidden",
            "economy-opengraph",
            "legacy-no-charset",
            "ministry-json-ld",
            "nextjs-camel-classes",
            "site-signed-katab",
            "site-tag-lead",
            "sport-dateline",
            "sport-single-file",
            "webforms-no-meta",
            "wire-dateline-microdata",
            "wire-signoff-glued-dateline",
            "wordpress-quoted-dateline"
        ]
    );
}

#[test]
fn a_page_of_br_separated_text_with_no_meta_tags() {
    let a = load("court-br-paragraphs.html");
    // The site's name, given nowhere but the title, comes off by the <h1>.
    assert_eq!(
        a.title,
        "محكمة الجنايات تؤجل نظر قضية الآثار الكبرى إلى جلسة يناير"
    );
    assert_eq!(a.author.as_deref(), Some("محمد علي"));
    assert_eq!(a.published.as_deref(), Some("2020-12-25T01:59"));
    let starts: Vec<String> = a
        .body
        .iter()
        .map(|b| {
            b.text()
                .split_whitespace()
                .take(2)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    assert_eq!(
        starts,
        ["أجلت محكمة", "وكانت النيابة", "وأكدت تحريات", "وطالب دفاع"],
        "{:#?}",
        a.body
    );
    assert_no_furniture(
        &a,
        &[
            "التعليق على الصورة",
            "Share",
            "الكلمات الدالة",
            "اقرأ",
            "ضبط عصابة",
            "الحقوق",
            "كتب",
        ],
    );
}
