//! The list filter's search: ranking, narrowing as a query is typed on,
//! and the ranked query finding what the plain one finds.

use super::*;

fn article(title: &str, body: &str) -> Article {
    Article {
        id: title.into(),
        title: title.into(),
        author: None,
        source: None,
        url: None,
        published: None,
        lang: None,
        dir: crate::layout::Direction::Auto,
        tags: Vec::new(),
        reading_minutes: 1,
        body: vec![crate::article::Block::Paragraph(body.into())],
        links: Vec::new(),
        path: None,
    }
}

#[test]
fn title_matches_come_first_each_group_in_list_order() {
    let articles = vec![
        article("سوق", "ارتفع سعر الذهب"),
        article("الذهب اليوم", "نص"),
        article("طقس", "لا شيء"),
        article("ذهب", "نص"),
    ];
    let index = ListIndex::build(&articles);
    let query = CompactQuery::new("ذهب");
    assert_eq!(index.search(&query, &[3, 2, 1, 0]), vec![3, 1, 0]);
    assert_eq!(index.search(&query, &[0, 1, 2, 3]), vec![1, 3, 0]);
}

#[test]
fn a_longer_query_narrows_and_a_shorter_one_searches_again() {
    let articles = vec![
        article("أ", "الذهب"),
        article("ب", "الذهبي"),
        article("ج", "ذ"),
    ];
    let index = ListIndex::build(&articles);
    let all = [0, 1, 2];
    assert_eq!(index.search(&CompactQuery::new("ذ"), &all), vec![0, 1, 2]);
    assert_eq!(index.search(&CompactQuery::new("ذهبي"), &all), vec![1]);
    assert_eq!(index.search(&CompactQuery::new("ذه"), &all), vec![0, 1]);
    assert_eq!(
        index.search(&CompactQuery::new("ذه"), &[2]),
        Vec::<usize>::new()
    );
    assert_eq!(
        index.search(&CompactQuery::new("\u{064E}"), &all),
        Vec::<usize>::new()
    );
    assert_eq!(index.search(&CompactQuery::new("ذ"), &all), vec![0, 1, 2]);
}

#[test]
fn a_query_typed_on_finds_what_lies_past_the_first_place_of_the_shorter_one() {
    let articles = vec![
        article("ذهاب", "ثم ذهب"),
        article("طقس", "اهب ذهب"),
        article("ذهب", "نص"),
    ];
    let index = ListIndex::build(&articles);
    let all = [0, 1, 2];
    let query = |q: &str| index.query(q);
    assert_eq!(index.search(&query("ذه"), &all), vec![0, 2, 1]);
    // ذهب is in the first article's body only, past its title's ذه.
    assert_eq!(index.search(&query("ذهب"), &all), vec![2, 0, 1]);
    // Typed at the front: هب, then ذهب around it.
    assert_eq!(index.search(&query("هب"), &all), vec![2, 0, 1]);
    assert_eq!(index.search(&query("اهب"), &all), vec![1]);
    assert_eq!(index.search(&query("هب"), &all), vec![2, 0, 1]);
    assert_eq!(index.search(&query("ذهب"), &all), vec![2, 0, 1]);
}

#[test]
fn a_ranked_query_finds_what_the_plain_one_finds() {
    let articles = vec![
        article("الذهب", "ارتفع سعر الذهب في الاسواق"),
        article("النفط", "تراجع سعر النفط"),
        article("Gold", "the price of gold, 2024"),
    ];
    let index = ListIndex::build(&articles);
    let all = [0, 1, 2];
    for q in ["ال", "سعر ال", "النفط", "الاسواق", "gold", "2024", "ف"] {
        let plain: Vec<usize> = all
            .iter()
            .copied()
            .filter(|&i| index.matches(i, &CompactQuery::new(q)))
            .collect();
        let mut ranked = index.search(&index.query(q), &all);
        ranked.sort_unstable();
        assert_eq!(ranked, plain, "{q}");
    }
}

#[test]
fn a_few_articles_left_are_searched_in_the_lists_order() {
    // Forty articles: narrowed to two, the search looks at them alone.
    let mut articles: Vec<Article> = (0..40)
        .map(|n| article(&format!("نص {n}"), "خبر"))
        .collect();
    articles[4] = article("طقس", "سعر الذهب");
    articles[15] = article("الذهب", "نص");
    let index = ListIndex::build(&articles);
    let order: Vec<usize> = (0..40).rev().collect();
    assert_eq!(index.search(&index.query("ذ"), &order), vec![15, 4]);
    assert_eq!(index.search(&index.query("ذهب"), &order), vec![15, 4]);
    assert_eq!(index.search(&index.query("الذهب"), &order), vec![15, 4]);
    assert_eq!(index.search(&index.query("سعر الذهب"), &order), vec![4]);
    assert_eq!(index.search(&index.query("خبر"), &order).len(), 38);
}

mod against_a_plain_scan {
    use proptest::prelude::*;

    use super::*;

    fn words() -> impl Strategy<Value = String> {
        // Few letters, so that words meet in titles and bodies.
        let chars = prop::sample::select(vec!['ا', 'ل', 'ز', 'ن', 'ذ', 'ه', 'ب', 'a', ' ']);
        prop::collection::vec(chars, 0..30).prop_map(|c| c.into_iter().collect())
    }

    /// Title matches first, then the others, each in the order of `all`,
    /// by reading every text whole.
    fn plain(texts: &[Compact], all: &[usize], q: &str) -> Vec<usize> {
        let query = CompactQuery::new(q);
        let hit = |i: &usize| query.find_in(texts[*i].as_bytes());
        let title = all.iter().filter(|i| hit(i) == Some(Hit::Title));
        let later = all.iter().filter(|i| hit(i) == Some(Hit::Later));
        title.chain(later).copied().collect()
    }

    proptest! {
        /// Queries typed on, cut back and typed anew, as at the keyboard:
        /// what the signatures and the narrowing find is what reading
        /// every text finds.
        #[test]
        fn the_search_finds_what_reading_every_text_finds(
            docs in prop::collection::vec((words(), words()), 1..40),
            typed in prop::collection::vec(words(), 1..4),
        ) {
            let articles: Vec<Article> = docs.iter().map(|(t, b)| article(t, b)).collect();
            let texts: Vec<Compact> = articles.iter().map(|a| fold_with_body(a, &a.body)).collect();
            let index = ListIndex::build(&articles);
            let all: Vec<usize> = (0..articles.len()).rev().collect();
            for word in &typed {
                let chars: Vec<char> = word.chars().collect();
                for k in 1..=chars.len() {
                    let q: String = chars[..k].iter().collect();
                    let found = index.search(&index.query(&q), &all);
                    prop_assert_eq!(found, plain(&texts, &all, &q), "{:?}", q);
                }
            }
        }
    }
}
