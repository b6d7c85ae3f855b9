//! Arabic-aware search: what a reader typing without harakat expects to find.

use proptest::prelude::*;
use qari::search::{
    Compact, CompactQuery, Folded, FoldedQuery, FoldedTexts, contains, find_all, fold,
};

#[test]
fn bare_alef_finds_hamzated_and_madda_alef() {
    assert!(contains("التقى أحمد بصديقه", "احمد"));
    assert!(contains("إسلام", "اسلام"));
    assert!(contains("القرآن", "القران"));
    assert!(contains("ٱلرحمن", "الرحمن"));
}

#[test]
fn ta_marbuta_and_alef_maqsura_fold() {
    assert!(contains("ذهب إلى المدرسة", "مدرسه"));
    assert!(contains("ذهب إلى المدرسة", "الي"));
    assert!(contains("مستشفى", "مستشفي"));
}

#[test]
fn harakat_and_tatweel_are_ignored_on_both_sides() {
    assert!(contains("قالَ أَحْمَدُ", "احمد"));
    assert!(contains("العـــربية", "العربية"));
    assert!(contains("العربية", "العَرَبِيّة"));
}

#[test]
fn arabic_indic_and_persian_digits_match_latin() {
    assert!(contains("في عام ٢٠٠٦", "2006"));
    assert!(contains("سال ۱۴۰۳", "1403"));
    assert!(contains("عام 2006", "٢٠٠٦"));
}

#[test]
fn latin_is_case_insensitive() {
    assert!(contains("أطلقت Apple نظام iOS", "apple"));
    assert!(contains("نظام iOS 17", "IOS 17"));
}

#[test]
fn empty_query_matches_nothing() {
    assert!(find_all("أي نص", "").is_empty());
    assert!(!contains("أي نص", ""));
    // A query of marks alone folds to nothing.
    assert!(find_all("قالَ", "\u{064E}").is_empty());
}

#[test]
fn ranges_point_into_the_original_text() {
    let text = "قال أَحْمَدُ: إن أحمد هنا";
    let found = find_all(text, "احمد");
    let words: Vec<&str> = found.iter().map(|r| &text[r.clone()]).collect();
    // The first match covers the harakat of its last letter too.
    assert_eq!(words, vec!["أَحْمَدُ", "أحمد"]);
}

#[test]
fn ranges_are_char_boundaries_in_long_mixed_text() {
    let text = "Rust ١٢٣ مـدرسـة MADRASA مدرسة".repeat(50);
    for r in find_all(&text, "مدرسه") {
        assert_eq!(&text[r.clone()].replace('ـ', ""), "مدرسة");
    }
    assert_eq!(find_all(&text, "madrasa").len(), 50);
    assert_eq!(find_all(&text, "123").len(), 50);
}

#[test]
fn fold_spells_out_the_rules() {
    assert_eq!(fold("أإآٱ ة ى ی ک ٣ ۴ ABC ـَ"), "اااا ه ي ي ك 3 4 abc ");
}

#[test]
fn folded_text_can_be_searched_many_times() {
    let f = Folded::new("وقال أندريه لانكوف، خبير شؤون كوريا");
    assert!(f.contains("اندريه"));
    assert!(!f.contains("موسكو"));
    assert_eq!(f.find("لانكوف").len(), 1);
}

#[test]
fn the_compact_form_finds_what_the_text_search_finds() {
    let title = "وتقول الولايات المتحدة (US) إن كوريا الشمالية ستدفع الثمن";
    let body = "قال أندريه لانكوف، خبير شؤون كوريا في جامعة كوكمين بسول، إن عام ٢٠٢٣ مختلف.";
    let compact = Compact::new([title, body]);
    for query in ["اندريه لانكوف", "الثمن", "us", "2023", "كوريا", "جامعه"]
    {
        assert!(compact.contains(&CompactQuery::new(query)), "{query}");
    }
    for query in ["موسكو", "الثمن قال", "2024"] {
        assert!(!compact.contains(&CompactQuery::new(query)), "{query}");
    }
}

/// Characters that fold in every way: hamzated alefs, ta marbuta, harakat,
/// tatweel, both digit sets, Latin of both cases, Persian letters, a CJK
/// character and an accented one that take the long form, bidi controls.
fn mixed_text() -> impl Strategy<Value = String> {
    let alphabet: Vec<char> =
        "اأإآٱبةهىيیکكلمن ٠١٢۳0123aAbBéÉ中\u{064E}\u{0651}\u{0640}\u{200F}\u{2067}ـ،."
            .chars()
            .collect();
    proptest::collection::vec(proptest::sample::select(alphabet), 0..40)
        .prop_map(|v| v.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// The list filter's compact form agrees with folding both sides and
    /// comparing strings, on every field, for any query.
    #[test]
    fn compact_contains_agrees_with_folded_contains(
        fields in proptest::collection::vec(mixed_text(), 1..4),
        query in mixed_text(),
        cut in 0usize..40,
    ) {
        // Half the time the query is a piece of a field, so matches happen.
        let query = if cut % 2 == 0 {
            let f: Vec<char> = fields[cut % fields.len()].chars().collect();
            let start = (cut / 2).min(f.len());
            f[start..(start + 1 + cut % 7).min(f.len())].iter().collect()
        } else {
            query
        };
        let expected = fields.iter().any(|f| contains(f, &query));
        let compact = Compact::new(fields.iter().map(String::as_str));
        prop_assert_eq!(compact.contains(&CompactQuery::new(&query)), expected);
    }
}

/// Arabic as articles carry it: hamza forms, harakat and Quranic marks,
/// tatweel, presentation forms (which fold as themselves), Persian letters,
/// both digit sets, Latin with a letter whose lower case is two characters
/// (İ), bidi and zero-width marks, and a line feed.
fn article_text() -> impl Strategy<Value = String> {
    let alphabet: Vec<char> = "ءأإآؤئٱاةهىيیکك في ٠١۳0aAİé中\u{064B}\u{064E}\u{0651}\u{0652}\u{0670}\u{06DF}\u{0640}\u{FE8D}\u{FEDF}\u{FEFB}\u{FEF3}\u{200D}\u{200F}\u{202E}\u{2067}\u{FEFF}\n"
        .chars()
        .collect();
    proptest::collection::vec(proptest::sample::select(alphabet), 0..120)
        .prop_map(|v| v.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// An article folded once finds exactly the ranges `find_all` finds in
    /// each of its texts, for any query.
    #[test]
    fn folded_texts_find_what_find_all_finds(
        texts in proptest::collection::vec(article_text(), 1..5),
        query in article_text(),
        cut in 0usize..200,
    ) {
        // Mostly the query is a piece of a text, so matches happen.
        let query: String = if cut % 3 != 0 {
            let t: Vec<char> = texts[cut % texts.len()].chars().collect();
            let start = (cut / 3).min(t.len());
            t[start..(start + 1 + cut % 5).min(t.len())].iter().collect()
        } else {
            query.chars().take(1 + cut % 6).collect()
        };
        let expected: Vec<(usize, std::ops::Range<usize>)> = texts
            .iter()
            .enumerate()
            .flat_map(|(i, t)| find_all(t, &query).into_iter().map(move |r| (i, r)))
            .collect();
        let folded = FoldedTexts::new(texts.iter().map(String::as_str));
        let found = folded.find(&FoldedQuery::new(&query), |i| texts[i].as_str());
        prop_assert_eq!(found, expected);
    }

    /// The same over texts long enough to be placed from checkpoints, with
    /// runs of marks that fold to nothing.
    #[test]
    fn folded_texts_agree_on_long_texts(
        pieces in proptest::collection::vec((article_text(), 0usize..400), 1..30),
        query in "(في|ا|ال|ـ|ة|a|İ)",
    ) {
        let text: String = pieces
            .iter()
            .map(|(t, tatweel)| format!("{t}{}", "\u{0640}".repeat(*tatweel)))
            .collect();
        let folded = FoldedTexts::new([text.as_str()]);
        let found: Vec<_> = folded
            .find(&FoldedQuery::new(&query), |_| text.as_str())
            .into_iter()
            .map(|(_, r)| r)
            .collect();
        prop_assert_eq!(found, find_all(&text, &query));
    }
}
