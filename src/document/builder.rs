//! Laying an article's parts out line by line into a [`Doc`], asking
//! whether to stop as it goes.

use std::ops::ControlFlow;

use super::extras::Extras;
use super::{Doc, LineKind, Part, QUOTE_INDENT, block_direction, byline, extras};
use crate::article::{Article, Block};
use crate::i18n::UiLang;
use crate::layout::{LayoutOptions, VisualLine, layout_paragraph_each};

/// Lines laid out between two questions whether to stop: a few
/// milliseconds of work.
const CHECK_EVERY: usize = 256;

/// A document being laid out, which asks `stop` every `CHECK_EVERY` lines.
pub(super) struct Builder<'a> {
    pub(super) doc: Doc,
    pub(super) stop: &'a dyn Fn() -> bool,
    pub(super) since: usize,
    pub(super) stopped: bool,
    /// The block's text with its link numbers, laid out in place of the
    /// text given to `push_text`; its lines map back to the block's bytes.
    pub(super) numbers: Option<extras::Numbered>,
}

impl Builder<'_> {
    /// The title, then the byline's lines and the source's address set
    /// on the title's side.
    pub(super) fn push_head(
        &mut self,
        article: &Article,
        lang: UiLang,
        width: usize,
        title_opts: &LayoutOptions,
        byline_opts: &LayoutOptions,
        extras: Extras,
    ) {
        let title = &article.title;
        self.push_text(title, Part::Title, LineKind::Title, 0, width, title_opts);
        let title_right = self.doc.line(0).is_some_and(|l| l.right);
        let from = self.doc.len();
        for line in byline::pack(&byline::parts(article, lang), width) {
            self.push_text(&line, Part::Byline, LineKind::Byline, 0, width, byline_opts);
        }
        if let Some(url) = extras::source_url(article).filter(|_| extras.source) {
            let line = extras::source_line(&url, lang, width);
            let kind = LineKind::Source;
            self.push_text(&line, Part::Other, kind, 0, width, byline_opts);
        }
        self.doc.set_right(from, title_right);
    }

    /// One block of the body, laid out in its own direction `own`.
    pub(super) fn push_block(
        &mut self,
        block: &Block,
        part: Part,
        width: usize,
        own: &LayoutOptions,
    ) {
        match block {
            Block::Heading(text) => {
                self.push_text(text, part, LineKind::Heading, 0, width, own);
            }
            // A list item is laid out as a paragraph: a bullet in its
            // text would shift the offsets search highlights map through.
            Block::Paragraph(text) | Block::ListItem(text) => {
                self.push_text(text, part, LineKind::Paragraph, 0, width, own);
            }
            Block::Quote { text, by } => {
                let inner = width.saturating_sub(QUOTE_INDENT as usize).max(1);
                self.push_text(text, part, LineKind::Quote, QUOTE_INDENT, inner, own);
                self.numbers = None;
                if let Some(by) = by {
                    let by = format!("— {by}");
                    let kind = LineKind::Attribution;
                    let dir = LayoutOptions {
                        direction: block_direction(&by, own.direction),
                        ..*own
                    };
                    self.push_text(&by, Part::Other, kind, QUOTE_INDENT, inner, &dir);
                }
            }
        }
    }

    fn push_text(
        &mut self,
        text: &str,
        part: Part,
        kind: LineKind,
        indent: u16,
        width: usize,
        opts: &LayoutOptions,
    ) {
        if self.stopped {
            return;
        }
        let Builder {
            doc,
            stop,
            since,
            stopped,
            numbers,
        } = self;
        let (stop, numbers) = (*stop, &*numbers);
        let text = numbers.as_ref().map_or(text, |n| n.text.as_str());
        // Each line is stored as it is drawn: the whole paragraph's lines
        // are never held at once.
        layout_paragraph_each(text, width, opts, |mut line| {
            if let Some(n) = numbers {
                // The numbers drawn, and the offsets of the block's own
                // text, as search and saved places know them.
                n.finish(&mut line, opts.digits);
            }
            doc.push(part, kind, indent, line.rtl, &line);
            *since += 1;
            if *since >= CHECK_EVERY {
                *since = 0;
                if stop() {
                    *stopped = true;
                    return ControlFlow::Break(());
                }
            }
            ControlFlow::Continue(())
        });
    }

    pub(super) fn blank(&mut self) {
        let empty = VisualLine {
            text: String::new(),
            width: 0,
            cells: Vec::new(),
            source: 0..0,
            rtl: false,
        };
        self.doc
            .push(Part::Other, LineKind::Blank, 0, false, &empty);
        self.since += 1;
    }
}
