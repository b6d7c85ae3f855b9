//! The text importer on the seed article (as saved from the news site) and
//! on variants of the same kind of page.

use qari::article::text_import::import;
use qari::article::{Article, Block};

const SEED: &str = include_str!("../assets/000_8cd855bd8944e8de.txt");

fn seed() -> Article {
    import(SEED, "seed".into(), None).expect("the seed imports")
}

fn headings(a: &Article) -> Vec<&str> {
    a.body
        .iter()
        .filter_map(|b| match b {
            Block::Heading(h) => Some(h.as_str()),
            _ => None,
        })
        .collect()
}

fn all_text(a: &Article) -> String {
    a.body
        .iter()
        .map(Block::text)
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn seed_title_author_and_reading_time() {
    let a = seed();
    assert_eq!(
        a.title,
        "وتقول الولايات المتحدة إن كوريا الشمالية “ستدفع ثمن” أي إمدادات أسلحة لروسيا"
    );
    assert_eq!(a.author.as_deref(), Some("فريق التحرير"));
    assert_eq!(a.reading_minutes, 2);
    assert_eq!(a.dir, qari::layout::Direction::Rtl);
}

#[test]
fn seed_has_one_heading_then_ten_paragraphs() {
    let a = seed();
    assert_eq!(headings(&a), vec!["التعاون الدفاعي بين موسكو وبيونغ يانغ"]);
    assert!(matches!(a.body[0], Block::Heading(_)));
    let paragraphs: Vec<&Block> = a.paragraphs().collect();
    assert_eq!(paragraphs.len(), 10);
    assert!(paragraphs.iter().all(|b| matches!(b, Block::Paragraph(_))));
    assert!(paragraphs[0].text().starts_with("وقال مسؤول بوزارة الدفاع"));
    assert!(paragraphs[9].text().starts_with("انضمت روسيا إلى الصين"));
    assert!(paragraphs[9].text().ends_with("في عام 2006."));
}

#[test]
fn seed_keeps_nothing_of_the_header_or_comment_form() {
    let text = all_text(&seed());
    for furniture in [
        "شارك المقال",
        "اترك تعليق",
        "لن يتم نشر",
        "بريدك الإلكتروني",
        "الحقول الإلزامية",
        "دقيقة للقراءة",
        "كتب فريق التحرير",
    ] {
        assert!(!text.contains(furniture), "{furniture:?} was kept");
    }
}

#[test]
fn seed_stray_full_stop_is_dropped() {
    let a = seed();
    let p = a.paragraphs().nth(5).expect("sixth paragraph").text();
    assert!(p.ends_with("مع روسيا."), "{p}");
}

#[test]
fn crlf_bom_blank_runs_and_trailing_spaces_change_nothing() {
    let messy = format!(
        "\u{FEFF}\r\n\r\n{}",
        SEED.lines()
            .map(|l| format!("{l}   \t"))
            .collect::<Vec<_>>()
            .join("\r\n\r\n\r\n")
    );
    let a = import(&messy, "seed".into(), None).expect("imports");
    assert_eq!(a.body, seed().body);
    assert_eq!(a.title, seed().title);
    assert_eq!(a.author, seed().author);
    assert_eq!(a.reading_minutes, 2);
}

#[test]
fn reading_time_in_arabic_indic_digits_and_plural() {
    for (line, minutes) in [
        ("٣ دقائق للقراءة", 3),
        ("كتب فريق التحرير ٥ دقائق", 5),
        ("12 دقيقة", 12),
        ("دقيقتان للقراءة", 2),
        ("۴ دقیقه", 4),
    ] {
        let text = format!("عنوان الخبر\n\n{line}\n\nفقرة أولى طويلة بما يكفي لتكون فقرة.\n");
        let a = import(&text, "x".into(), None).expect("imports");
        assert_eq!(a.reading_minutes, minutes, "{line}");
        assert_eq!(a.body.len(), 1, "{line}: {:?}", a.body);
    }
}

#[test]
fn byline_prefixes_and_header_dates() {
    let text = "عنوان\nبقلم: سارة أحمد\nالمصدر: رويترز\n11 سبتمبر 2023\n\nنص الخبر هنا.\n";
    let a = import(text, "x".into(), None).expect("imports");
    assert_eq!(a.author.as_deref(), Some("سارة أحمد"));
    assert_eq!(a.source.as_deref(), Some("رويترز"));
    assert_eq!(a.published.as_deref(), Some("2023-09-11"));
    assert_eq!(a.body, vec![Block::Paragraph("نص الخبر هنا.".into())]);

    let levantine = "عنوان\n١ تشرين الثاني ٢٠٢٣\n\nنص.\n";
    let a = import(levantine, "x".into(), None).expect("imports");
    assert_eq!(a.published.as_deref(), Some("2023-11-01"));
}

#[test]
fn headings_need_text_after_them() {
    let text = "العنوان\n\nفقرة أولى.\n\nعنوان فرعي\n\nفقرة ثانية.\n\nسطر أخير بلا نقطة\n";
    let a = import(text, "x".into(), None).expect("imports");
    assert_eq!(
        a.body,
        vec![
            Block::Paragraph("فقرة أولى.".into()),
            Block::Heading("عنوان فرعي".into()),
            Block::Paragraph("فقرة ثانية.".into()),
            Block::Paragraph("سطر أخير بلا نقطة".into()),
        ]
    );
}

#[test]
fn quotations_and_their_attribution() {
    let text = "العنوان\n\nقال الوزير كلامًا.\n\n«لن نتراجع عن هذا القرار».\n— وزير الخارجية\n\nوانتهى المؤتمر.\n";
    let a = import(text, "x".into(), None).expect("imports");
    assert_eq!(
        a.body[1],
        Block::Quote {
            text: "لن نتراجع عن هذا القرار".into(),
            by: Some("وزير الخارجية".into()),
        }
    );
    assert_eq!(a.body.len(), 3);
}

#[test]
fn hard_wrapped_paragraphs_are_joined() {
    let text = "العنوان\n\nهذه فقرة طويلة\nكسرها الموقع على سطرين.\n\nوفقرة أخرى.\n";
    let a = import(text, "x".into(), None).expect("imports");
    assert_eq!(
        a.body[0],
        Block::Paragraph("هذه فقرة طويلة كسرها الموقع على سطرين.".into())
    );
}

#[test]
fn other_comment_forms_end_the_article() {
    let text =
        "العنوان\n\nنص الخبر.\n\nشارك\n\nأضف تعليقاً\nالاسم\nالبريد الإلكتروني\nتعليق من قارئ.\n";
    let a = import(text, "x".into(), None).expect("imports");
    assert_eq!(a.body, vec![Block::Paragraph("نص الخبر.".into())]);
}

#[test]
fn empty_or_blank_text_is_an_error() {
    assert!(import("", "x".into(), None).is_err());
    assert!(import("\u{FEFF}\n \r\n\t\n", "x".into(), None).is_err());
}

#[test]
fn control_characters_never_survive_import() {
    let text = "عنوان\x1b]2;owned\x07\n\n\x1b[2Jفقرة\u{9b}31m.\n";
    let a = import(text, "x".into(), None).expect("imports");
    assert_eq!(a.title, "عنوان]2;owned");
    assert_eq!(a.body, vec![Block::Paragraph("[2Jفقرة31m.".into())]);
}
