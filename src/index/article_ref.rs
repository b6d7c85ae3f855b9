//! What `qari list` shows of an article, borrowed: from the mapped index
//! of a warm list, where nothing is copied, or from a loaded [`Article`].
//! A list of a hundred thousand articles then makes no string of its own
//! before its lines.

use std::path::Path;

use super::bytes::Reader;
use super::format::Meta;
use crate::article::Article;
use crate::article::order::Ordered;
use crate::article::tags::holds_tag_key;
use crate::layout::Direction;

/// An article's list fields, borrowed.
#[derive(Debug, Clone, Copy)]
pub struct ArticleRef<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub author: Option<&'a str>,
    pub source: Option<&'a str>,
    pub url: Option<&'a str>,
    pub published: Option<&'a str>,
    pub lang: Option<&'a str>,
    pub dir: Direction,
    pub tags: Tags<'a>,
    pub minutes: u32,
    /// The article's file; `None` for a built-in sample.
    pub path: Option<&'a Path>,
}

/// An article's tags: an article's own list, or as the index holds them
/// (each a `u32` length and UTF-8, checked when the entry was read).
#[derive(Debug, Clone, Copy)]
pub enum Tags<'a> {
    Strings(&'a [String]),
    Packed { bytes: &'a [u8], count: usize },
}

impl<'a> Tags<'a> {
    /// How many tags there are.
    pub fn len(&self) -> usize {
        match *self {
            Tags::Strings(list) => list.len(),
            Tags::Packed { count, .. } => count,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn iter(&self) -> impl Iterator<Item = &'a str> + use<'a> {
        let (strings, packed): (&'a [String], _) = match *self {
            Tags::Strings(list) => (list, None),
            Tags::Packed { bytes, count } => (&[], Some((Reader::new(bytes), count))),
        };
        let packed = packed.into_iter().flat_map(|(mut r, count)| {
            // Checked as UTF-8 when read: the reading never stops short.
            (0..count).map_while(move |_| r.str_ref())
        });
        strings.iter().map(String::as_str).chain(packed)
    }
}

impl ArticleRef<'_> {
    /// Whether the article has a tag whose [`tag_key`](crate::article::tags::tag_key) is `key`, as
    /// [`Article::has_tag_key`] says.
    pub fn has_tag_key(&self, key: &str) -> bool {
        holds_tag_key(self.tags.iter(), key)
    }
}

impl<'a> From<&'a Article> for ArticleRef<'a> {
    fn from(a: &'a Article) -> ArticleRef<'a> {
        ArticleRef {
            id: &a.id,
            title: &a.title,
            author: a.author.as_deref(),
            source: a.source.as_deref(),
            url: a.url.as_deref(),
            published: a.published.as_deref(),
            lang: a.lang.as_deref(),
            dir: a.dir,
            tags: Tags::Strings(&a.tags),
            minutes: a.reading_minutes,
            path: a.path.as_deref(),
        }
    }
}

impl From<ArticleRef<'_>> for Meta {
    fn from(a: ArticleRef<'_>) -> Meta {
        Meta {
            id: a.id.to_owned(),
            title: a.title.to_owned(),
            author: a.author.map(str::to_owned),
            source: a.source.map(str::to_owned),
            url: a.url.map(str::to_owned),
            published: a.published.map(str::to_owned),
            lang: a.lang.map(str::to_owned),
            dir: a.dir,
            // Sized exactly: a reader keeps a hundred thousand of these.
            tags: {
                let mut tags = Vec::with_capacity(a.tags.len());
                tags.extend(a.tags.iter().map(str::to_owned));
                tags
            },
            minutes: a.minutes,
        }
    }
}

impl Ordered for ArticleRef<'_> {
    fn published(&self) -> Option<&str> {
        self.published
    }
    fn file(&self) -> Option<&Path> {
        self.path
    }
    fn title(&self) -> &str {
        self.title
    }
    fn source(&self) -> Option<&str> {
        self.source
    }
}
