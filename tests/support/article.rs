//! Articles built in a test: an Arabic one with the fields most tests do
//! not look at already set, for `Article { author: .., ..arabic(..) }`.

use qari::article::{Article, Block};
use qari::layout::Direction;

/// A right-to-left Arabic article `id` with `title` and one paragraph,
/// `paragraph`; a minute's read, with no author, source, link or date.
pub fn arabic(id: &str, title: &str, paragraph: &str) -> Article {
    Article {
        id: id.into(),
        title: title.into(),
        author: None,
        source: None,
        url: None,
        published: None,
        lang: Some("ar".into()),
        dir: Direction::Rtl,
        tags: vec![],
        reading_minutes: 1,
        body: vec![Block::Paragraph(paragraph.into())],
        links: Vec::new(),
        path: None,
    }
}
