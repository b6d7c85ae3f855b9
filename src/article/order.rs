//! The orders a library can be listed in, said once for `qari list --sort`
//! and the reader: newest or oldest first (the published date, else the
//! file's modification time), by title in Arabic alphabetical order, by
//! source, or unread first.

use std::cell::OnceCell;
use std::cmp::{Ordering, Reverse};
use std::path::Path;
use std::time::UNIX_EPOCH;

use super::Article;
use super::epoch::published_seconds;

/// How articles are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortOrder {
    /// Newest first: the default.
    #[default]
    Newest,
    Oldest,
    /// By title, in Arabic alphabetical order after folding, a leading
    /// `ال` ignored.
    Title,
    /// By source (articles without one last), newest first within each.
    Source,
    /// Unread articles first, newest first within each group.
    Unread,
}

impl SortOrder {
    /// Every order, in the order the reader cycles through them.
    pub const ALL: [SortOrder; 5] = [
        SortOrder::Newest,
        SortOrder::Oldest,
        SortOrder::Title,
        SortOrder::Source,
        SortOrder::Unread,
    ];

    /// The name `--sort` takes.
    pub fn name(self) -> &'static str {
        match self {
            SortOrder::Newest => "date",
            SortOrder::Oldest => "oldest",
            SortOrder::Title => "title",
            SortOrder::Source => "source",
            SortOrder::Unread => "unread",
        }
    }

    /// The order named `name` (see [`SortOrder::name`]; `newest` is `date`).
    pub fn from_name(name: &str) -> Option<SortOrder> {
        match name {
            "newest" => Some(SortOrder::Newest),
            _ => SortOrder::ALL.into_iter().find(|o| o.name() == name),
        }
    }

    /// The order after this one, back to the first after the last.
    pub fn next(self) -> SortOrder {
        let at = SortOrder::ALL.iter().position(|&o| o == self).unwrap_or(0);
        SortOrder::ALL[(at + 1) % SortOrder::ALL.len()]
    }
}

/// What the orders compare of an article: a loaded article's, or the
/// fields a list borrows from the library index.
pub trait Ordered {
    fn published(&self) -> Option<&str>;
    /// The article's file, whose modification time stands in for a
    /// missing date.
    fn file(&self) -> Option<&Path>;
    fn title(&self) -> &str;
    fn source(&self) -> Option<&str>;
}

impl Ordered for Article {
    fn published(&self) -> Option<&str> {
        self.published.as_deref()
    }
    fn file(&self) -> Option<&Path> {
        self.path.as_deref()
    }
    fn title(&self) -> &str {
        &self.title
    }
    fn source(&self) -> Option<&str> {
        self.source.as_deref()
    }
}

/// The indices of `articles` in `order`; `is_read` says which are read.
/// Ties keep the articles' own order. Only what `order` compares is worked
/// out: a list sorted once by date does not fold every title and source.
pub fn sorted<A: Ordered + Sync>(
    articles: &[A],
    order: SortOrder,
    is_read: impl Fn(&A) -> bool,
) -> Vec<usize> {
    SortKeys::new(articles).sorted(articles, order, |i| is_read(&articles[i]))
}

/// What each article of a library is ordered by, worked out once: the
/// reader keeps them and sorts again without reading file times again.
/// The dates are read at once (every order falls back on them); titles
/// and sources are folded the first time an order compares them, since
/// folding a hundred thousand titles would hold up the reader's start.
#[derive(Debug, Clone, Default)]
pub struct SortKeys {
    when: Vec<Option<i64>>,
    titles: OnceCell<Vec<String>>,
    sources: OnceCell<Vec<Option<String>>>,
}

impl SortKeys {
    /// Reads the modification time of each article file without a
    /// published date.
    pub fn new<A: Ordered + Sync>(articles: &[A]) -> SortKeys {
        SortKeys {
            when: dates(articles),
            titles: OnceCell::new(),
            sources: OnceCell::new(),
        }
    }

    /// How many articles the keys are for.
    pub fn len(&self) -> usize {
        self.when.len()
    }

    pub fn is_empty(&self) -> bool {
        self.when.is_empty()
    }

    /// Whether the titles were folded (by a sort by title).
    pub fn has_titles(&self) -> bool {
        self.titles.get().is_some()
    }

    /// The indices of `articles`, the articles the keys were made for, in
    /// `order`; `is_read(i)` says whether article `i` is read. Ties keep
    /// the articles' own order.
    pub fn sorted<A: Ordered>(
        &self,
        articles: &[A],
        order: SortOrder,
        is_read: impl Fn(usize) -> bool,
    ) -> Vec<usize> {
        let when = &self.when;
        let newest = |i: usize, j: usize| when[j].cmp(&when[i]);
        let sort_by = |compare: &dyn Fn(usize, usize) -> Ordering| {
            let mut indices: Vec<usize> = (0..when.len()).collect();
            indices.sort_by(|&i, &j| compare(i, j));
            indices
        };
        match order {
            // By date alone, the keys are sorted beside their indices: no
            // two are equal, and no comparison looks elsewhere.
            SortOrder::Newest => by_key(when, |i, when| (Reverse(when), i)),
            // Articles with no date at all stay last either way.
            SortOrder::Oldest => by_key(when, |i, when| (when.is_none(), when, i)),
            SortOrder::Title => {
                let titles = self.titles.get_or_init(|| {
                    let titles = articles.iter().map(|a| title_key(a.title()));
                    let padded = titles.chain(std::iter::repeat_with(String::new));
                    padded.take(when.len()).collect()
                });
                sort_by(&|i, j| titles[i].cmp(&titles[j]).then_with(|| newest(i, j)))
            }
            SortOrder::Source => {
                let sources = self.sources.get_or_init(|| {
                    let sources = articles.iter().map(|a| a.source().map(title_key));
                    sources
                        .chain(std::iter::repeat(None))
                        .take(when.len())
                        .collect()
                });
                sort_by(&|i, j| last_if_none(&sources[i], &sources[j]).then_with(|| newest(i, j)))
            }
            SortOrder::Unread => {
                let read: Vec<bool> = (0..when.len()).map(is_read).collect();
                sort_by(&|i, j| read[i].cmp(&read[j]).then_with(|| newest(i, j)))
            }
        }
    }
}

/// The indices of `when` sorted by `key(index, date)`, which must differ
/// for each index.
fn by_key<K: Ord>(when: &[Option<i64>], key: impl Fn(usize, Option<i64>) -> K) -> Vec<usize> {
    let mut keyed: Vec<(K, usize)> = when
        .iter()
        .enumerate()
        .map(|(i, &w)| (key(i, w), i))
        .collect();
    keyed.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    keyed.into_iter().map(|(_, i)| i).collect()
}

fn last_if_none(a: &Option<String>, b: &Option<String>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => a.cmp(b),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// [`when`] of each article: on every core for a large library, whose
/// dates are read before the reader's first frame.
fn dates<A: Ordered + Sync>(articles: &[A]) -> Vec<Option<i64>> {
    let cores = crate::cores();
    if cores < 2 || articles.len() < 4096 {
        return articles.iter().map(when).collect();
    }
    let chunk = articles.len().div_ceil(cores.min(4));
    std::thread::scope(|s| {
        let mut parts = articles.chunks(chunk);
        let first = parts.next().unwrap_or_default();
        let later: Vec<_> = parts
            .map(|part| s.spawn(|| part.iter().map(when).collect::<Vec<_>>()))
            .collect();
        let mut all = Vec::with_capacity(articles.len());
        all.extend(first.iter().map(when));
        for part in later {
            match part.join() {
                Ok(dates) => all.extend(dates),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        all
    })
}

/// When the article appeared, in seconds since the Unix epoch (UTC): its
/// published date, else its file's modification time; `None` for a
/// built-in sample without a date.
pub fn when<A: Ordered + ?Sized>(a: &A) -> Option<i64> {
    a.published().and_then(published_seconds).or_else(|| {
        let modified = std::fs::metadata(a.file()?).ok()?.modified().ok()?;
        let since = modified.duration_since(UNIX_EPOCH).ok()?;
        i64::try_from(since.as_secs()).ok()
    })
}

/// What a title is ordered by: folded for search (harakat, tatweel and
/// hamza forms do not count, letters in lower case), any leading
/// punctuation and a leading definite article `ال` left out. Arabic
/// letters' code points run in alphabetical order once folded (ة is ه, ى
/// is ي), so comparing these strings orders titles alphabetically.
pub fn title_key(title: &str) -> String {
    let title = title.trim_start_matches(|c: char| !c.is_alphanumeric());
    let title = match title.strip_prefix("ال") {
        Some(rest) if rest.chars().take_while(|c| c.is_alphabetic()).count() >= 2 => rest,
        _ => title,
    };
    crate::search::fold(title)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dated(n: usize, published: Option<String>) -> Article {
        Article {
            id: n.to_string(),
            title: format!("عنوان {}", n % 13),
            author: None,
            source: None,
            url: None,
            published,
            lang: None,
            dir: crate::layout::Direction::Auto,
            tags: Vec::new(),
            reading_minutes: 1,
            body: Vec::new(),
            links: Vec::new(),
            path: None,
        }
    }

    #[test]
    fn a_large_library_sorts_by_date_as_a_stable_sort_of_its_dates_does() {
        // Enough articles for the dates to be read on several threads;
        // many share a date, and some have none.
        let articles: Vec<Article> = (0..6000)
            .map(|n| {
                let published = (n % 7 != 0).then(|| format!("2024-03-{:02}", n % 29 + 1));
                dated(n, published)
            })
            .collect();
        let dates: Vec<Option<i64>> = articles.iter().map(when).collect();
        assert!(dates.iter().any(Option::is_none));
        let keys = SortKeys::new(&articles);
        let mut newest: Vec<usize> = (0..articles.len()).collect();
        newest.sort_by(|&i, &j| dates[j].cmp(&dates[i]));
        assert_eq!(keys.sorted(&articles, SortOrder::Newest, |_| false), newest);
        let mut oldest: Vec<usize> = (0..articles.len()).collect();
        oldest.sort_by(|&i, &j| match (dates[i], dates[j]) {
            (Some(a), Some(b)) => a.cmp(&b),
            (a, b) => b.cmp(&a),
        });
        assert_eq!(keys.sorted(&articles, SortOrder::Oldest, |_| false), oldest);
        let last = &oldest[oldest.len() - 3..];
        assert!(last.iter().all(|&i| dates[i].is_none()), "undated last");
        assert!(last.windows(2).all(|w| w[0] < w[1]), "in their own order");
    }

    #[test]
    fn a_leading_definite_article_and_hamza_do_not_count_in_titles() {
        assert_eq!(title_key("الاقتصاد"), title_key("اقتصاد"));
        assert_eq!(title_key("«الأسواق» اليوم"), title_key("أسواق» اليوم"));
        // Too short to be an article: «ال» alone, or «الم».
        assert_eq!(title_key("الم"), "الم");
        assert!(title_key("بيروت") < title_key("الحرب"), "ب before ح");
        assert!(title_key("الحرب") < title_key("مدينة"), "ح before م");
        assert!(title_key("أمطار") < title_key("بيروت"), "أ is ا");
    }

    #[test]
    fn the_orders_have_names_and_cycle() {
        for order in SortOrder::ALL {
            assert_eq!(SortOrder::from_name(order.name()), Some(order));
        }
        assert_eq!(SortOrder::Unread.next(), SortOrder::Newest);
        assert_eq!(SortOrder::from_name("newest"), Some(SortOrder::Newest));
        assert_eq!(SortOrder::from_name("size"), None);
    }
}
