//! The story's byline set under its last paragraph (`ليلى الحسن -
//! سيريانيوز`), as old table layouts sign a story.

use super::super::{Block, aggregated, byline, dates, text_card};
use super::page_meta::{PageMeta, is_site_name};
use super::shown;
use super::{Body, block_rules};

/// The most words of a byline under the story.
const FOOT_WORDS: usize = 7;

/// Takes what the story's foot credits out of `body`: a note on the
/// writer goes; a paper's notice and an agency in brackets name the
/// source; a date line and a byline fill what the page left empty.
pub(super) fn take_credits(
    body: &mut Body,
    page: &mut PageMeta,
    author: &mut Option<String>,
    sites: &[&str],
) {
    take_writer_note(body);
    take_email_line(body);
    if let Some(paper) = take_paper_notice(body) {
        page.source = Some(paper);
    }
    if let Some(day) = take_date_line(body) {
        page.published.get_or_insert(day);
    }
    if let Some(agency) = take_bracketed_agency(body) {
        page.source = Some(agency);
    }
    if let Some(writer) = read_foot_byline(body, sites) {
        author.get_or_insert(writer);
    }
    if let Some(office) = take_named_office(body) {
        page.source = Some(office);
    }
    // The site's name as read by now, which the `<title>` alone may
    // have given.
    let known: Vec<&str> = page
        .source
        .as_deref()
        .into_iter()
        .chain(sites.iter().copied())
        .collect();
    take_office_signature(body, &known);
}

/// Takes the last block off `body` when it is an e-mail address alone
/// (`hrkim21@korea.kr`): the writer's, under the story.
fn take_email_line(body: &mut Body) {
    let index = body.blocks.len().saturating_sub(1);
    let email = matches!(body.blocks.last(), Some(Block::Paragraph(t))
        if !t.trim().contains(' ') && crate::article::text_passed::has_email(t));
    if index > 0 && email {
        super::lead::remove_at(body, index);
    }
}

/// Takes the last block off `body` when it is a body's media office that
/// names the body (`المكتب الصحفي للشرطة`), as the office signs its
/// news under the story: the story's source, as it is over the story.
fn take_named_office(body: &mut Body) -> Option<String> {
    let index = body.blocks.len().checked_sub(1).filter(|&i| i > 0)?;
    let Some(Block::Paragraph(text)) = body.blocks.last() else {
        return None;
    };
    let office = text.trim();
    if !crate::article::byline_offices::names_its_body(office) {
        return None;
    }
    let office = office.to_owned();
    super::lead::remove_at(body, index);
    Some(office)
}

/// Takes the last blocks off `body` when they sign the story for the
/// site's media office (`المكتب الاعلامي` / `المفوضية العليا المستقلة
/// للانتخابات`): the office, and the site's name under it; or the
/// office with the site's name (`إعلام العتبة الكاظمية المقدسة`); or the
/// site's name alone, as a body signs its statement.
fn take_office_signature(body: &mut Body, sites: &[&str]) {
    let office = |b: &Block| matches!(b, Block::Paragraph(t) if crate::article::byline_offices::names_no_body(t.trim()));
    let is_site = |t: &str| sites.iter().any(|s| is_site_name(s, t.trim()));
    let site = |b: &Block| matches!(b, Block::Paragraph(t) if is_site(t));
    let site_office = |b: &Block| matches!(b, Block::Paragraph(t) if t.trim().strip_prefix("إعلام ").is_some_and(is_site));
    // Or the office and the site on one line (`مكتب الإعلام والعلاقات
    // العامة - جامعة الزيتونة`).
    let office_of_site = |b: &Block| {
        matches!(b, Block::Paragraph(t) if [" - ", " – "].iter().any(|dash| {
            t.trim().split_once(dash).is_some_and(|(o, s)| {
                crate::article::byline_offices::names_no_body(o.trim()) && is_site(s)
            })
        }))
    };
    let n = body.blocks.len();
    let take = match body.blocks.as_slice() {
        [_, .., o, s] if office(o) && site(s) => 2,
        // Or the body signing its statement with its name alone.
        [_, .., o] if office(o) || site_office(o) || office_of_site(o) || site(o) => 1,
        _ => 0,
    };
    for index in (n - take..n).rev() {
        body.blocks.pop();
        body.links.retain(|l| l.block != index);
    }
}

/// Takes the last block off `body` when it is a writer's byline: a writer,
/// perhaps with the site's name (one of `sites`) or a place, and nothing
/// that ends a sentence. Returns the writer.
pub fn read_foot_byline(body: &mut Body, sites: &[&str]) -> Option<String> {
    let index = body.blocks.len().checked_sub(1)?;
    let Block::Paragraph(text) = &body.blocks[index] else {
        return None;
    };
    // A labelled name with the body's media office after it (`متابعة:
    // فلان – إدارة الإعلام والعلاقات العامة`), which may run longer than
    // a byline.
    // Or with the photographer's credit after it (`تحرير: فلان | تصوير:
    // علان`).
    let credited = shown::photo_credit_at(text).is_some();
    let labelled = shown::byline_name(super::byline_labels(), text).and_then(|name| {
        let writer = byline::without_office(&name);
        let named = credited && writer == name && byline::is_plain_name(&name, 4);
        (writer != name || named).then(|| byline::Byline {
            author: Some(writer.to_owned()),
            ..byline::Byline::default()
        })
    });
    if labelled.is_none()
        && (text.split_whitespace().nth(FOOT_WORDS).is_some()
            || text.ends_with(['.', '!', '?', '؟', ':', '،']))
    {
        return None;
    }
    let site = |s: &str| sites.iter().any(|site| is_site_name(site, s));
    // The site's name after the writer's, as no table may know it
    // (`ليلى الحسن - سيريانيوز`).
    let signed = || {
        let (name, after) = [" - ", " – ", " ـ "]
            .iter()
            .find_map(|dash| text.rsplit_once(dash))?;
        byline::lone(name.trim()).filter(|b| b.author.is_some() && site(after.trim()))
    };
    // A writer's name alone under a last paragraph that ends a sentence.
    let alone = || {
        let ended = index
            .checked_sub(1)
            .and_then(|i| body.blocks.get(i))
            .is_some_and(|b| b.text().ends_with(['.', '!', '?', '؟', '…', '»', '"']));
        (ended && byline::is_signed_name(text)).then(|| byline::Byline {
            author: Some(text.clone()),
            ..byline::Byline::default()
        })
    };
    let found = labelled
        .or_else(|| byline::parse(text))
        .or_else(signed)
        .or_else(alone)?;
    let own = found.source.as_deref().is_none_or(site);
    let author = found.author.filter(|_| own)?;
    // A story as short as its byline is no story signed.
    if index == 0 {
        return None;
    }
    body.blocks.pop();
    body.links.retain(|l| l.block != index);
    Some(author)
}

/// The most words of a date line under the story.
const DATE_LINE_WORDS: usize = 6;

/// Takes the last block off `body` when it is a date alone (`5/5/2016`),
/// as a column is dated under its last paragraph, or a line of fields
/// with one: the day.
pub fn take_date_line(body: &mut Body) -> Option<String> {
    let index = body.blocks.len().checked_sub(1).filter(|&i| i > 0)?;
    let Block::Paragraph(text) = &body.blocks[index] else {
        return None;
    };
    let words = text.split_whitespace().count();
    let day = if words <= DATE_LINE_WORDS {
        dates::dateline(text)?
    } else {
        fields_date(text)?
    };
    body.blocks.pop();
    body.links.retain(|l| l.block != index);
    Some(day)
}

/// The date of a line of the page's fields under the story, set apart by
/// bars (`العدد: 712 | تاريخ النشر: 26/11/2012 م | عدد القراءات: 3541`):
/// a few words each, read as the line of fields over a headline is.
fn fields_date(text: &str) -> Option<String> {
    let short = text
        .split('|')
        .all(|f| f.split_whitespace().nth(FIELD_WORDS).is_none());
    short.then(|| super::headline::date_field(text)).flatten()
}

/// The most words of one of the page's fields.
const FIELD_WORDS: usize = 6;

/// Takes the last block off `body` when it is a listed agency's name in
/// brackets alone (`(وات)`), as wires mark the copy a paper ran: the
/// story's source.
pub fn take_bracketed_agency(body: &mut Body) -> Option<String> {
    let index = body.blocks.len().checked_sub(1).filter(|&i| i > 0)?;
    let Block::Paragraph(text) = &body.blocks[index] else {
        return None;
    };
    let name = text.trim().strip_prefix('(')?.strip_suffix(')')?.trim();
    if !byline::is_listed_outlet(name) {
        return None;
    }
    let name = name.to_owned();
    body.blocks.pop();
    body.links.retain(|l| l.block != index);
    Some(name)
}

/// The blocks at the story's end looked at for its source line.
const SOURCE_BLOCKS: usize = 3;

/// The name a source line at the story's end credits (`المصدر: الوكالة
/// الموريتانية للأنباء`): the story's source, over the site that ran it.
pub fn source_line(body: &Body) -> Option<String> {
    body.blocks
        .iter()
        .rev()
        .take(SOURCE_BLOCKS)
        .find_map(|b| block_rules().source_named(b.text()))
        .filter(|name| name.chars().all(|c| c.is_alphabetic() || c == ' '))
        .map(str::to_owned)
}

/// Takes an aggregator's notice off the story's end (`وهذا الخبر منشور
/// في موقع الشروق الجديد، ولا يتحمل مصرس مسؤولية محتواه`): the paper it
/// names is the story's source, not the site that copied it.
pub fn take_paper_notice(body: &mut Body) -> Option<String> {
    let last = body.blocks.len();
    let (at, paper) = (last.saturating_sub(SOURCE_BLOCKS)..last)
        .filter(|&at| at > 0)
        .find_map(|at| aggregated::paper(body.blocks[at].text()).map(|p| (at, p)))?;
    super::lead::remove_at(body, at);
    Some(paper)
}

/// Takes a note on the writer off the story's end (`* كاتب وصحفي
/// ليبي`), as old pages set it under a column.
pub fn take_writer_note(body: &mut Body) {
    let index = body.blocks.len().saturating_sub(1);
    if index > 0 && text_card::is_writer_note(body.blocks[index].text()) {
        super::lead::remove_at(body, index);
    }
}

/// How many blocks at the body's end, before furniture goes, are looked
/// at for a source label set apart from its name.
const LABEL_BLOCKS: usize = 8;

/// Joins a source label set apart from the name it gives (a field's
/// `<div>المصدر</div><div>وات</div>`) into one source line under the
/// story (`المصدر: وات`), so it is read and dropped as one. A label left
/// with no name (the name was a link in a tag cloud) goes.
pub fn join_source_label(body: &mut Body) {
    let last = body.blocks.len();
    let from = last.saturating_sub(LABEL_BLOCKS);
    let label = |block: &Block| {
        block
            .text()
            .trim()
            .trim_end_matches([':', '：'])
            .trim()
            .to_owned()
    };
    let Some(at) = (from..last).find(|&i| block_rules().is_source_label(&label(&body.blocks[i])))
    else {
        return;
    };
    let line = match body.blocks.get(at + 1) {
        Some(Block::Paragraph(name)) => format!("{}: {}", label(&body.blocks[at]), name.trim()),
        _ => String::new(),
    };
    // The joined line's links are the name's, which it no longer shows.
    let joined = block_rules().source_named(&line).is_some();
    if joined {
        body.blocks[at + 1] = Block::Paragraph(line);
    }
    body.blocks.remove(at);
    body.links
        .retain(|l| l.block != at && !(joined && l.block == at + 1));
    for l in &mut body.links {
        if l.block > at {
            l.block -= 1;
        }
    }
}
