//! What a share holds and how it reads in each format: always the article's
//! logical text, never shaped or reordered.

use proptest::prelude::*;
use qari::article::{Article, Block};
use qari::layout::Direction;
use qari::share::{Format, Share, ShareError, ShareKind, compose, excerpt, render};
use unicode_segmentation::UnicodeSegmentation;

fn article() -> Article {
    Article {
        id: "gaza-ceasefire".into(),
        title: "هدنة في غزة".into(),
        author: Some("سارة علي".into()),
        source: Some("الجزيرة".into()),
        url: Some("https://example.com/ar/news/1".into()),
        published: None,
        lang: Some("ar".into()),
        dir: Direction::Rtl,
        tags: vec![],
        reading_minutes: 2,
        body: vec![
            Block::Heading("الخلفية".into()),
            Block::Paragraph("بدأت الهدنة صباح الأحد.".into()),
            Block::Paragraph("وقال مسؤول إن الاتفاق يشمل تبادل الأسرى.".into()),
            Block::Quote {
                text: "السلام ممكن".into(),
                by: Some("وزير".into()),
            },
        ],
        links: Vec::new(),
        path: None,
    }
}

#[test]
fn an_article_share_holds_title_byline_url_and_the_first_paragraph() {
    let share = compose(&article(), None).unwrap();
    assert_eq!(share.kind, ShareKind::Article);
    assert_eq!(share.title, "هدنة في غزة");
    assert_eq!(share.author.as_deref(), Some("سارة علي"));
    assert_eq!(share.source.as_deref(), Some("الجزيرة"));
    assert_eq!(share.url.as_deref(), Some("https://example.com/ar/news/1"));
    assert_eq!(
        share.text, "بدأت الهدنة صباح الأحد.",
        "the heading is skipped"
    );
}

#[test]
fn a_quote_counts_paragraphs_and_quotes_but_not_headings() {
    let second = compose(&article(), Some(2)).unwrap();
    assert_eq!(second.kind, ShareKind::Quote(2));
    assert_eq!(second.text, "وقال مسؤول إن الاتفاق يشمل تبادل الأسرى.");
    assert_eq!(compose(&article(), Some(3)).unwrap().text, "السلام ممكن");
}

#[test]
fn a_missing_paragraph_is_an_error_that_says_how_many_there_are() {
    for n in [0, 4, 100] {
        let err = compose(&article(), Some(n)).unwrap_err();
        assert!(matches!(err, ShareError::NoParagraph { wanted, count: 3 } if wanted == n));
        assert!(err.to_string().contains("it has 3"), "{err}");
    }
}

#[test]
fn text_format_of_an_article() {
    let text = render(&compose(&article(), None).unwrap(), Format::Text);
    assert_eq!(
        text,
        "هدنة في غزة\nسارة علي — الجزيرة\n\nبدأت الهدنة صباح الأحد.\n\nhttps://example.com/ar/news/1"
    );
}

#[test]
fn text_format_of_a_quote_uses_guillemets_and_the_arabic_comma() {
    let text = render(&compose(&article(), Some(2)).unwrap(), Format::Text);
    assert_eq!(
        text,
        "«وقال مسؤول إن الاتفاق يشمل تبادل الأسرى.»\n— سارة علي، هدنة في غزة\nhttps://example.com/ar/news/1"
    );
}

#[test]
fn a_left_to_right_article_gets_a_latin_comma() {
    let mut a = article();
    a.dir = Direction::Ltr;
    a.title = "Truce in Gaza".into();
    a.author = Some("Sara Ali".into());
    let text = render(&compose(&a, Some(1)).unwrap(), Format::Text);
    assert!(text.contains("— Sara Ali, Truce in Gaza"), "{text}");
}

#[test]
fn markdown_has_a_heading_a_blockquote_and_links() {
    let md = render(&compose(&article(), None).unwrap(), Format::Markdown);
    assert_eq!(
        md,
        "# هدنة في غزة\n\n*سارة علي — الجزيرة*\n\nبدأت الهدنة صباح الأحد.\n\n\
         [https://example.com/ar/news/1](https://example.com/ar/news/1)"
    );
    let quote = render(&compose(&article(), Some(2)).unwrap(), Format::Markdown);
    assert_eq!(
        quote,
        "> وقال مسؤول إن الاتفاق يشمل تبادل الأسرى.\n\n\
         — سارة علي، [هدنة في غزة](https://example.com/ar/news/1)"
    );
}

#[test]
fn markdown_escapes_markup_in_the_text() {
    let mut a = article();
    a.title = "*عاجل* [تحديث]".into();
    a.body = vec![Block::Paragraph("1. أولًا_ثم".into())];
    let md = render(&compose(&a, None).unwrap(), Format::Markdown);
    assert!(md.starts_with("# \\*عاجل\\* \\[تحديث\\]"), "{md}");
    assert!(md.contains("\n1\\. أولًا\\_ثم"), "{md}");
}

#[test]
fn json_holds_title_author_url_and_text() {
    let json = render(&compose(&article(), Some(2)).unwrap(), Format::Json);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["kind"], "quote");
    assert_eq!(v["paragraph"], 2);
    assert_eq!(v["title"], "هدنة في غزة");
    assert_eq!(v["author"], "سارة علي");
    assert_eq!(v["url"], "https://example.com/ar/news/1");
    assert_eq!(v["text"], "وقال مسؤول إن الاتفاق يشمل تبادل الأسرى.");
    assert!(
        json.contains("هدنة"),
        "Arabic is written as is, not as \\u escapes"
    );
}

#[test]
fn without_author_or_url_nothing_is_left_dangling() {
    let mut a = article();
    a.author = None;
    a.source = None;
    a.url = None;
    let text = render(&compose(&a, None).unwrap(), Format::Text);
    assert_eq!(text, "هدنة في غزة\n\nبدأت الهدنة صباح الأحد.");
    let quote = render(&compose(&a, Some(1)).unwrap(), Format::Text);
    assert_eq!(quote, "«بدأت الهدنة صباح الأحد.»\n— هدنة في غزة");
}

fn is_presentation_form(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

#[test]
fn every_format_is_logical_unicode_in_the_stored_order() {
    let a = article();
    for quote in [None, Some(2)] {
        let share = compose(&a, quote).unwrap();
        for format in Format::ALL {
            let out = render(&share, format);
            assert!(!out.chars().any(is_presentation_form), "{format}: {out}");
            assert!(!out.chars().any(is_bidi_control), "{format}: {out}");
            // Stored order, not visual: the first word comes first.
            let first = if quote.is_some() {
                "وقال مسؤول"
            } else {
                "بدأت الهدنة"
            };
            assert!(out.contains(first), "{format}: {out}");
            assert!(out.contains("هدنة في غزة"), "{format}: {out}");
        }
    }
}

#[test]
fn bidi_controls_the_author_wrote_are_kept_and_none_added() {
    let mut a = article();
    a.body = vec![Block::Paragraph(
        "سعر \u{2066}iPhone 15\u{2069} ارتفع".into(),
    )];
    let out = render(&compose(&a, None).unwrap(), Format::Text);
    let controls: Vec<char> = out.chars().filter(|&c| is_bidi_control(c)).collect();
    assert_eq!(controls, ['\u{2066}', '\u{2069}']);
}

#[test]
fn a_short_paragraph_is_the_whole_excerpt() {
    assert_eq!(excerpt("  كلمة واحدة  ", 280), "كلمة واحدة");
    assert_eq!(excerpt("abc def", 7), "abc def");
}

#[test]
fn a_long_paragraph_is_cut_before_a_word_with_an_ellipsis() {
    assert_eq!(excerpt("one two three four", 10), "one two…");
    assert_eq!(excerpt("مرحبا بكم في قارئ الأخبار", 12), "مرحبا بكم في…");
    assert_eq!(
        excerpt("أولًا، ثانيًا، ثالثًا", 14),
        "أولًا، ثانيًا…",
        "no comma before …"
    );
}

#[test]
fn marks_count_with_their_letter_and_are_never_cut_off() {
    // Three graphemes a word but six code points: every letter carries a
    // haraka. Thirteen graphemes hold three words and their spaces; counted
    // in code points they would hold two.
    let word = "كَتَبَ";
    let text = [word; 5].join(" ");
    assert_eq!(excerpt(&text, 13), format!("{word} {word} {word}…"));
    // A cut never leaves a haraka behind without its letter.
    for max in 1..text.len() {
        let cut = excerpt(&text, max);
        let kept = cut.strip_suffix('…').unwrap_or(&cut);
        assert!(kept.split(' ').all(|w| w == word), "{max}: {cut:?}");
    }
}

#[test]
fn a_first_word_longer_than_the_limit_is_kept_whole() {
    let long = "ا".repeat(300);
    assert_eq!(excerpt(&format!("{long} ب"), 280), format!("{long}…"));
    assert_eq!(excerpt(&long, 280), long);
}

#[test]
fn the_article_excerpt_is_about_280_characters() {
    let mut a = article();
    let sentence = "وقال مسؤول إن الاتفاق يشمل تبادل الأسرى والمحتجزين. ";
    a.body = vec![Block::Paragraph(sentence.repeat(20))];
    let share: Share = compose(&a, None).unwrap();
    let n = share.text.graphemes(true).count();
    assert!((250..=281).contains(&n), "{n} graphemes");
    assert!(share.text.ends_with('…'));
}

fn arabic_words() -> impl Strategy<Value = String> {
    let word = "[\u{0628}-\u{064A}][\u{0628}-\u{064A}\u{064B}-\u{0652}]{0,12}";
    prop::collection::vec(word, 1..80).prop_map(|w| w.join(" "))
}

proptest! {
    #[test]
    fn an_excerpt_is_whole_words_from_the_start(text in arabic_words(), max in 1usize..300) {
        let cut = excerpt(&text, max);
        let kept = cut.strip_suffix('…').unwrap_or(&cut);
        prop_assert!(text.starts_with(kept));
        let rest = &text[kept.len()..];
        prop_assert!(rest.is_empty() || rest.starts_with(' '), "cut inside a word: {:?}", rest);
        if cut.ends_with('…') {
            prop_assert!(!rest.is_empty());
            let words_kept = kept.split(' ').count();
            prop_assert!(kept.graphemes(true).count() <= max || words_kept == 1);
        } else {
            prop_assert_eq!(kept, text.as_str());
        }
    }
}

#[test]
fn presentation_forms_in_a_stored_article_leave_as_letters() {
    let mut a = article();
    // "مرحبا بالعالم" and "لا" typed as presentation forms, as a PDF gives them.
    a.title = "\u{FEE3}\u{FEAE}\u{FEA3}\u{FE92}\u{FE8E} \u{FEFB}".into();
    a.author = Some("\u{FEF7}\u{FEE3}\u{FEF4}\u{FEAE}".into());
    a.body = vec![Block::Paragraph(
        "\u{FEE3}\u{FEAE}\u{FEA3}\u{FE92}\u{FE8E} iPhone".into(),
    )];
    let share = compose(&a, None).unwrap();
    assert_eq!(share.title, "مرحبا لا");
    assert_eq!(share.author.as_deref(), Some("لأمير"));
    assert_eq!(share.text, "مرحبا iPhone");
    for format in Format::ALL {
        let out = render(&share, format);
        assert!(!out.chars().any(is_presentation_form), "{format}: {out}");
    }
}
