//! What is shared: the article (title, byline, URL, an excerpt) or one
//! quoted paragraph, taken from the article's logical text.

use unicode_segmentation::UnicodeSegmentation;

use super::ShareError;
use super::logical::unshape;
use crate::article::{Article, Block};
use crate::layout::Direction;

/// About how long an article's excerpt is, in user-perceived characters.
pub const EXCERPT_GRAPHEMES: usize = 280;

/// The parts of a share, all logical Unicode as stored in the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Share {
    pub kind: ShareKind,
    pub title: String,
    pub author: Option<String>,
    pub source: Option<String>,
    /// Who said a quoted paragraph, when the article names them (a
    /// quotation's own `by`): the quote is credited to them, not to the
    /// article's author.
    pub speaker: Option<String>,
    pub url: Option<String>,
    /// The excerpt, or the quoted paragraph in full.
    pub text: String,
    /// The article reads right to left: separators follow its script.
    pub rtl: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareKind {
    Article,
    /// The N-th paragraph, 1-based, headings not counted.
    Quote(usize),
}

/// The share of `article`, or of its `quote`-th paragraph (1-based,
/// headings not counted, as `Article::paragraphs` counts).
pub fn compose(article: &Article, quote: Option<usize>) -> Result<Share, ShareError> {
    let (kind, text, speaker) = match quote {
        None => {
            let first = article.paragraphs().next().map_or("", Block::text);
            (ShareKind::Article, excerpt(first, EXCERPT_GRAPHEMES), None)
        }
        Some(n) => {
            let count = article.paragraphs().count();
            let block = n
                .checked_sub(1)
                .and_then(|i| article.paragraphs().nth(i))
                .ok_or(ShareError::NoParagraph { wanted: n, count })?;
            let speaker = match block {
                Block::Quote { by, .. } => non_empty(by),
                _ => None,
            };
            (ShareKind::Quote(n), block.text().trim().to_owned(), speaker)
        }
    };
    Ok(Share {
        kind,
        title: unshape(&article.title).into_owned(),
        author: non_empty(&article.author),
        source: non_empty(&article.source),
        speaker,
        url: non_empty(&article.url),
        text: unshape(&text).into_owned(),
        rtl: article.dir == Direction::Rtl,
    })
}

fn non_empty(s: &Option<String>) -> Option<String> {
    s.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| unshape(s).into_owned())
}

/// `text` cut to about `max` graphemes at a word boundary, with `…` when
/// anything was left out. The cut is always before a space, so it never
/// falls inside a word or a grapheme cluster; a first word longer than
/// `max` is kept whole rather than broken.
pub fn excerpt(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.graphemes(true).nth(max).is_none() {
        return text.to_owned();
    }
    let mut cut = None;
    for (count, (at, g)) in text.grapheme_indices(true).enumerate() {
        if count > max && cut.is_some() {
            break;
        }
        if g.chars().next().is_some_and(char::is_whitespace) {
            cut = Some(at);
        }
    }
    let Some(at) = cut else {
        return text.to_owned();
    };
    let kept = text[..at].trim_end_matches(|c: char| c.is_whitespace() || TRAILING.contains(&c));
    format!("{kept}…")
}

/// Punctuation that reads wrong right before an ellipsis.
const TRAILING: &[char] = &[',', '،', ';', '؛', ':', '-', '–', '—'];
