//! A headline the `<title>` says in part, or in other words, that a
//! title cell or large type shows whole: the whole one.

/// A headline the `<title>` cut short that a title cell or large type
/// shows whole (`… لكلية الزراعة` / `… لكلية الزراعة حول الأمن
/// الغذائي`): the whole one.
pub fn whole_in_large_type(title: Option<String>, large: Option<&str>) -> Option<String> {
    // Also after the site's name (`الوسط - «البلدي» يوافق على …`).
    let opens = |t: &str, l: &str| {
        l.starts_with(t)
            || super::microdata::SEPARATORS
                .iter()
                .flat_map(|sep| t.split(sep))
                .map(str::trim)
                .any(|part| {
                    part.split_whitespace().count() >= SHOWN_PART_WORDS && l.starts_with(part)
                })
    };
    match (title, large) {
        (Some(t), Some(l))
            if l.len() > t.len()
                && (opens(&t, l) || says_with_more(&t, l) || says_most_of(&t, l)) =>
        {
            Some(l.to_owned())
        }
        (title, _) => title,
    }
}

/// Whether `large` says two in three of the words of the headline part
/// of `title` or more (`ماء الشرب ينقطع 3 أسابيع عن كفر الشيخ سليم` for
/// `مياه الشرب مقطوعة منذ 3 أسابيع عن كفر الشيخ سليم بالمنوفية…`): the
/// page shows its headline reworded from the draft its `<title>` kept.
fn says_most_of(title: &str, large: &str) -> bool {
    let part = super::microdata::SEPARATORS
        .iter()
        .flat_map(|sep| title.split(sep))
        .map(str::trim)
        .max_by_key(|p| p.split_whitespace().count())
        .unwrap_or(title);
    let shown: Vec<String> = large.split_whitespace().map(crate::search::fold).collect();
    let words: Vec<String> = part.split_whitespace().map(crate::search::fold).collect();
    let said = words.iter().filter(|w| shown.contains(w)).count();
    words.len() >= REWORDED_WORDS && said * 3 >= words.len() * 2 && shown.len() > words.len()
}

/// The fewest words of a `<title>`'s headline read as reworded.
const REWORDED_WORDS: usize = 5;

/// The most words a title cell adds to the `<title>`'s headline.
const ADDED_WORDS: usize = 3;

/// Whether `large` says every word of `title`, in order, with a word or
/// three more among them (`… في السوق المركزي بعمان مع …` for `… في
/// السوق المركزي مع …`): the headline whole, the `<title>` shortened.
fn says_with_more(title: &str, large: &str) -> bool {
    let said: Vec<&str> = title.split_whitespace().collect();
    let whole: Vec<&str> = large.split_whitespace().collect();
    let mut rest = whole.iter();
    let in_order = said.iter().all(|w| rest.any(|l| l == w));
    said.len() >= SHOWN_PART_WORDS && in_order && whole.len() <= said.len() + ADDED_WORDS
}

/// The fewest words of a cut headline beside the site's name in a
/// `<title>`.
const SHOWN_PART_WORDS: usize = 3;
