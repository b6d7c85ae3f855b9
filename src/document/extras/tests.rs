use super::*;
use crate::layout::{Direction, LayoutOptions, layout_paragraph};

fn link(block: usize, start: usize, end: usize) -> Link {
    Link {
        block,
        start,
        end,
        url: "https://example.com".into(),
    }
}

#[test]
fn a_long_url_keeps_its_site_and_its_end() {
    let url = "https://www.example.com/news/2024/05/01/a-very-long-article-name-here";
    let short = shorten(url, 40);
    assert_eq!(display_width(&short), 40, "{short}");
    assert!(short.starts_with("https://www.example.com/"), "{short}");
    assert!(short.ends_with("-name-here"), "{short}");
    assert_eq!(short.matches('…').count(), 1);
    assert_eq!(shorten(url, 200), url);
    assert_eq!(shorten("https://a.b/c", 3), "h…c");
    assert_eq!(shorten("abc", 0), "");
}

#[test]
fn shortening_counts_cells_of_wide_and_arabic_graphemes() {
    let url = "https://ar.example.net/أخبار/مقالة-طويلة-جدا-عن-الاقتصاد";
    for cells in 5..60 {
        let short = shorten(url, cells);
        assert!(display_width(&short) <= cells, "{cells}: {short}");
    }
}

#[test]
fn the_source_line_fits_its_width_in_both_languages() {
    let url = "https://www.example.com/news/2024/05/01/a-very-long-article-name-here";
    for lang in UiLang::ALL {
        for width in [10, 30, 60, 120] {
            let line = source_line(url, lang, width);
            assert!(display_width(&line) <= width, "{width}: {line}");
            assert!(line.contains(LRI) && line.ends_with(PDI));
        }
    }
    assert!(source_line(url, UiLang::En, 120).starts_with("Source: \u{2066}https://"));
}

#[test]
fn numbers_follow_the_linked_words_and_map_back() {
    let text = "قال الوزير إن الأسعار سترتفع";
    let end = "قال الوزير".len();
    let links = [link(0, 0, end), link(0, text.len() - 6, text.len())];
    let n = numbered(text, links.iter(), 3).unwrap();
    assert_eq!(n.text, "قال الوزير~~~ إن الأسعار سترتفع~~~");
    // Every byte of the block's text maps back to itself.
    let mut back: Vec<usize> = n.text.char_indices().map(|(i, _)| n.original(i)).collect();
    back.dedup();
    let own: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    let mut with_ends = own.clone();
    with_ends.push(text.len());
    assert_eq!(back, with_ends);
    assert_eq!(n.original(n.text.len()), text.len());
}

/// Lays out `text` with numbers after `words` both ways: isolated
/// (`LRI [n] PDI`, through the layout engine's general path) and as
/// `Numbered` lays them out; the visual lines must be the same.
fn both_ways(text: &str, words: &[&str], width: usize, opts: &LayoutOptions) {
    let links: Vec<Link> = words
        .iter()
        .map(|w| {
            let start = text.find(w).unwrap();
            link(0, start, start + w.len())
        })
        .collect();
    let mut isolated = text.to_string();
    for (i, l) in links.iter().enumerate().rev() {
        isolated.insert_str(l.end, &format!("{LRI}[{}]{PDI}", i + 1));
    }
    let oracle: Vec<String> = layout_paragraph(&isolated, width, opts)
        .into_iter()
        .map(|l| l.text.replace([LRI, PDI], ""))
        .collect();
    let n = numbered(text, links.iter(), 1).unwrap();
    let ours: Vec<String> = layout_paragraph(&n.text, width, opts)
        .into_iter()
        .map(|mut l| {
            n.finish(&mut l, opts.digits);
            l.text
        })
        .collect();
    assert_eq!(ours, oracle, "{text} at {width} ({:?})", opts.direction);
}

#[test]
fn numbers_are_laid_out_as_isolated_numbers_would_be() {
    let cases: [(&str, &[&str]); 7] = [
        (
            "وقال أندريه لانكوف، خبير شؤون كوريا الشمالية في جامعة كوكمين في سيول، إن كيم يرغب في ذلك.",
            &["أندريه لانكوف", "جامعة كوكمين"],
        ),
        (
            "قالت OPEC+ Brent في بيانها إن الإنتاج 2024 سيرتفع 5%",
            &["OPEC+", "بيانها"],
        ),
        ("ارتفع المؤشر 12% في عام 2023 وفق الهيئة", &["12%", "2023"]),
        (
            "The minister said «الأسعار سترتفع» on Monday in Riyadh",
            &["الأسعار سترتفع", "Riyadh"],
        ),
        ("Prices rose by 5% says أوبك", &["أوبك"]),
        (
            "وزير الطاقة (Energy Minister) قال ذلك، وأضاف: «سنواصل».",
            &["Energy Minister", "سنواصل"],
        ),
        (
            "نص بلا فواصل بين الكلمات الطويلة جدا جدا جدا",
            &["الكلمات", "جدا جدا"],
        ),
    ];
    for (text, words) in cases {
        for direction in [Direction::Rtl, Direction::Ltr, Direction::Auto] {
            for digits in [Digits::Keep, Digits::Arabic] {
                let opts = LayoutOptions {
                    direction,
                    digits,
                    ..LayoutOptions::default()
                };
                for width in [9, 14, 23, 40, 200] {
                    both_ways(text, words, width, &opts);
                }
            }
        }
    }
}

#[test]
fn a_link_off_a_character_boundary_is_left_unnumbered() {
    let text = "قال";
    assert_eq!(numbered(text, [link(0, 0, 1)].iter(), 1), None);
    assert_eq!(numbered(text, std::iter::empty(), 1), None);
}
