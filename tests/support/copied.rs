//! Copied article text (`tests/data/copied`): reading a fixture as `qari
//! import` does, and the check of what a copy's header and body give.

use std::path::Path;

use qari::article::byline::Byline;
use qari::article::text_import::import_bytes;
use qari::article::{Article, Block};

/// The fixture `file` of `tests/data/copied`, imported.
pub fn load(file: &str) -> Article {
    let path = Path::new("tests/data/copied").join(file);
    let bytes = std::fs::read(&path).expect("fixture");
    import_bytes(&bytes, "x".into(), Some(&path)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// The copy `file` gave `a` the headline `title` and, in this order, the
/// date, author and source `[published, author, source]`.
pub fn assert_header(a: &Article, file: &str, title: &str, fields: [Option<&str>; 3]) {
    let [published, author, source] = fields;
    assert_eq!(a.title, title, "{file}: title");
    assert_eq!(a.published.as_deref(), published, "{file}: date");
    assert_eq!(a.author.as_deref(), author, "{file}: author");
    assert_eq!(a.source.as_deref(), source, "{file}: source");
}

/// What a copy must give.
pub struct Expect {
    pub file: &'static str,
    pub title: &'static str,
    /// The date, author and source, in this order.
    pub header: [Option<&'static str>; 3],
    /// How each block starts, all of them, in order.
    pub paragraphs: &'static [&'static str],
    /// Text of the copy that must not reach the body.
    pub furniture: &'static [&'static str],
}

/// Every copy in `cases` gives its title, date, author and source, its
/// blocks (all of them paragraphs when `paragraphs_only`), and none of its
/// furniture.
pub fn check(cases: &[Expect], paragraphs_only: bool) {
    for e in cases {
        let a = load(e.file);
        let f = e.file;
        assert_header(&a, f, e.title, e.header);
        let texts = texts(&a);
        assert_starts(f, &texts, e.paragraphs);
        assert!(
            !paragraphs_only || a.body.iter().all(|b| matches!(b, Block::Paragraph(_))),
            "{f}: {:#?}",
            a.body
        );
        assert_none_kept(f, &texts, e.furniture);
    }
}

/// The texts of `a`'s blocks, in order.
pub fn texts(a: &Article) -> Vec<&str> {
    a.body.iter().map(Block::text).collect()
}

/// What a copy of paragraphs only must give, told by its outline.
pub struct Outline {
    pub file: &'static str,
    pub title: &'static str,
    /// The date, author and source, in this order.
    pub header: [Option<&'static str>; 3],
    pub paragraphs: usize,
    pub first_starts: &'static str,
    pub last_ends: &'static str,
    /// Text of the copy that must not reach the body.
    pub furniture: &'static [&'static str],
}

/// Every copy in `cases` gives its title, date, author and source, only
/// paragraphs, as many as it should, the first and last as they should
/// start and end, and none of its furniture.
pub fn check_outlines(cases: &[Outline]) {
    for e in cases {
        let a = load(e.file);
        let f = e.file;
        assert_header(&a, f, e.title, e.header);
        let p = texts(&a);
        assert_eq!(p.len(), e.paragraphs, "{f}: paragraphs {p:#?}");
        assert!(p[0].starts_with(e.first_starts), "{f}: first {:?}", p[0]);
        let last = p[p.len() - 1];
        assert!(last.ends_with(e.last_ends), "{f}: last {last:?}");
        assert!(
            a.body.iter().all(|b| matches!(b, Block::Paragraph(_))),
            "{f}: {:#?}",
            a.body
        );
        assert_none_kept(f, &p, e.furniture);
    }
}

/// None of `furniture` is in the blocks `texts` of the copy `what`.
fn assert_none_kept(what: &str, texts: &[&str], furniture: &[&str]) {
    let text: String = texts.iter().map(|t| format!("{t}\n")).collect();
    for bit in furniture {
        assert!(!text.contains(bit), "{what}: kept {bit:?}");
    }
}

/// The blocks `texts` of the copy `what` start, all of them in order, with
/// `starts`.
fn assert_starts(what: &str, texts: &[&str], starts: &[&str]) {
    assert_eq!(texts.len(), starts.len(), "{what}: blocks {texts:#?}");
    for (text, start) in texts.iter().zip(starts) {
        assert!(text.starts_with(start), "{what}: {text:?} for {start:?}");
    }
}

/// The copy made of `lines` gives the headline `title` and, in this order,
/// the date, author and source `fields`, and its blocks start, all of them
/// in order, with `starts`.
pub fn check_lines(lines: &[&str], title: &str, fields: [Option<&str>; 3], starts: &[&str]) {
    let a = import_text(&lines.join("\n"));
    let what = lines.first().copied().unwrap_or_default();
    assert_header(&a, what, title, fields);
    assert_starts(what, &texts(&a), starts);
}

/// The short [`story`] under `above` (a copy's top: a masthead, a menu,
/// a ticker) gives its headline, its date and its two paragraphs, and
/// nothing of `above`.
pub fn check_under(above: &[&str]) {
    use story::{DATE, HEAD, LEAD, NEXT};
    let lines: Vec<&str> = above
        .iter()
        .copied()
        .chain([HEAD, DATE, LEAD, NEXT])
        .collect();
    check_lines(
        &lines,
        HEAD,
        [Some("2024-10-03"), None, None],
        &[LEAD, NEXT],
    );
}

/// `text` imported as a copied article, as `qari import` reads a file.
pub fn import_text(text: &str) -> Article {
    import_bytes(text.as_bytes(), "x".into(), None).unwrap_or_else(|e| panic!("{e}: {text}"))
}

/// A byline as the parser gives it, from its three parts.
pub fn by(author: Option<&str>, source: Option<&str>, place: Option<&str>) -> Byline {
    Byline {
        author: author.map(str::to_owned),
        source: source.map(str::to_owned),
        place: place.map(str::to_owned),
    }
}

/// A short story for tests of one header or furniture shape: its
/// headline, a date line, its lead and the paragraph after it.
pub mod story {
    pub const HEAD: &str = "مزارعو الزيتون يخشون موسما بلا أسواق هذا العام";
    pub const DATE: &str = "2024/10/03";
    pub const LEAD: &str = "مع بدء موسم قطاف الزيتون يتخوف مزارعون من تراجع الأسعار بعد إغلاق المعابر أمام التصدير هذا العام.";
    pub const NEXT: &str = "ويقدر مزارعون أن إنتاج الموسم الحالي يفوق حاجة السوق المحلية بكثير.";
}

/// A town's tree-planting story of three paragraphs under its headline,
/// for copies whose furniture above and below a test writes.
pub mod trees {
    /// The story's headline.
    pub const HEAD: &str =
        "البلدية تطلق حملة لتشجير الأحياء الجديدة بمشاركة المتطوعين وطلبة المدارس";
    /// Its paragraphs, in order.
    pub const STORY: [&str; 3] = [
        "أطلقت البلدية، صباح اليوم، حملة واسعة لتشجير الأحياء السكنية الجديدة، بمشاركة مئات المتطوعين وطلبة المدارس، ضمن خطتها لزيادة المساحات الخضراء في المدينة.",
        "وأوضح مدير الحدائق أن الحملة تستهدف زراعة خمسة آلاف شجرة محلية قليلة الاستهلاك للمياه على امتداد الطرق الرئيسية والساحات العامة خلال الأسابيع المقبلة.",
        "ودعت البلدية السكان إلى المشاركة في رعاية الأشجار المزروعة أمام منازلهم، مؤكدة أن فرقها ستتولى الري خلال الأشهر الأولى حتى تثبت جذورها.",
    ];

    /// The copy: the lines `top`, the story, the lines `foot`.
    pub fn with_story(top: &[&str], foot: &[&str]) -> String {
        let mut all: Vec<&str> = top.to_vec();
        all.extend(STORY);
        all.extend(foot);
        all.join("\n")
    }
}
