//! The foot of a copied article: the lines after its last paragraph that
//! are none of its text. Columns and some sites sign the story at its end
//! (`كتب : فلان`), which gives the author, or name the agency it came from;
//! a label in Latin letters alone on an Arabic page (`In this article`, the
//! head of a tag box) is the page's.

use super::byline;
use super::text_header::Header;
use super::text_rules::{Matcher, Rules, Words};

/// The most words of a label in Latin letters: a widget's head, no text.
const LABEL_WORDS: usize = 4;
/// What sets a byline's label off from the name.
const SEPARATORS: [char; 6] = [':', '-', '–', '—', 'ـ', '/'];

/// Takes the byline and, on a page that is not in Latin letters, drops
/// the Latin labels that end `units`, keeping the first unit whatever it
/// is: a copy is never left without text.
pub fn take_foot(
    rules: &Rules,
    matcher: &Matcher,
    units: &mut Vec<String>,
    head: &mut Header,
    copyright: impl Fn() -> Option<String>,
) {
    if let Some(last) = units.last_mut()
        && let Some((text, name)) = run_on_signature(last)
    {
        head.author.get_or_insert_with(|| name.to_owned());
        *last = text.to_owned();
    }
    // A page in Latin letters ends with lines in them that are its text.
    let arabic = units.first().is_some_and(|u| has_other_letters(u));
    // An Arabic story's page may end with its own furniture in French or
    // English, sentences and all (`Les commentaires sont …`): no line of
    // the story after its last Arabic one.
    if units.first().is_some_and(|u| has_arabic(u)) {
        while units.len() > 1 && units.last().is_some_and(|u| !has_arabic(u)) {
            units.pop();
        }
    }
    while units.len() > 1 {
        let Some(last) = units.last() else { break };
        if let Some(byline) = byline(rules, matcher, last) {
            head.author = head.author.take().or(byline.author);
            head.published = head.published.take().or(byline.published);
        } else if super::text_furniture::is_clock_alone(last) {
            // The wire's time stamp under the story (`20:15ت م`); over
            // it, a time alone tells the date above was the site's clock.
        } else if let Some(name) = agency(last) {
            head.source.get_or_insert(name);
        } else if super::byline_bodies::bracketed_office(last.trim()).is_some() {
            // A company's office signing its release in brackets (`( قسم
            // الإعلام )`): the site's own story, which the site's name
            // credits better than a department naming no body.
        } else if super::byline::signs_as_office(last) {
            head.source.get_or_insert_with(|| last.trim().to_owned());
        } else if is_site_signature(last, || head.masthead.clone().or_else(&copyright)) {
            // The site signing its own story in brackets, with its
            // desk's mark (`(سيرياهوم نيوز ٣-خاص)`).
        } else if is_city_and_country(last) {
            // The place under a body's signature (`مصرف ليبيا المركزي` /
            // `طرابلس – ليبيا`).
        } else if is_dated_signature(last) {
            // A statement's signature: who issued it, where and when
            // (`المكتب السياسي للحزب … بيروت في 17 آب 2023`).
        } else if is_site_line(last) {
            // The post's category (`نُشر في أخبار`), the link to the page
            // about the site (`عن deutschland.de`), its imprint (`يصدر
            // موقع … عن دار …`).
        } else if super::text_card::is_writer_note(last) {
            // A note on the writer, tied to the byline's asterisk.
        } else if let Some(paper) = super::aggregated::paper(last) {
            // The paper an aggregator took the story from, over its own name.
            head.source = Some(paper);
        } else if super::aggregated::is_unnamed_notice(last) {
            // The aggregator's notice that names no paper.
        } else if let Some(name) = writer_note(last) {
            head.author.get_or_insert(name);
        } else if let Some(name) = signed_name(units) {
            head.author.get_or_insert(name);
        } else if let Some(signed) = signature(last) {
            head.author = head.author.take().or(signed.author);
            if let Some(name) = signed.source {
                head.source.get_or_insert(name);
            }
        } else if !(arabic && is_latin_label(last)) {
            break;
        }
        units.pop();
    }
}

/// The note under a story that says who wrote it (`كتبت هذا المقال
/// الكاتبة المستقلة Dana Whitfield.`), as a government's magazine names
/// its freelance writers: the name, in any letters.
fn writer_note(line: &str) -> Option<String> {
    const NOTES: [&str; 4] = [
        "كتب هذا المقال",
        "كتبت هذا المقال",
        "كتب هذه المقالة",
        "كتبت هذه المقالة",
    ];
    const WRITERS: [&str; 6] = [
        "الكاتب المستقل",
        "الكاتبة المستقلة",
        "الصحفي المستقل",
        "الصحفية المستقلة",
        "الكاتب",
        "الكاتبة",
    ];
    let rest = NOTES
        .iter()
        .find_map(|n| line.trim().strip_prefix(n))?
        .trim_start();
    let rest = WRITERS
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest);
    let name = rest.trim().trim_end_matches('.').trim();
    let words = name.split_whitespace().count();
    ((1..=4).contains(&words) && name.chars().all(|c| c.is_alphabetic() || c == ' '))
        .then(|| name.to_owned())
}

/// The site's name (its masthead's, or its notice's) in brackets opening
/// the line, and a mark of a few words after it at most: the site's
/// signature under its story.
fn is_site_signature(line: &str, site: impl FnOnce() -> Option<String>) -> bool {
    let Some(inner) = super::text_captions::in_brackets(line) else {
        return false;
    };
    let site = site().map(|s| crate::search::fold(&s)).unwrap_or_default();
    let inner = crate::search::fold(inner.trim());
    !site.is_empty()
        && inner
            .strip_prefix(&site)
            .is_some_and(|mark| mark.split_whitespace().nth(SITE_MARK_WORDS).is_none())
}

/// The most words of the mark after the site's name in its signature.
const SITE_MARK_WORDS: usize = 2;

/// The site's lines under a story: the post's category after `نشر في`
/// (a word or two, no date), a link to the page about the site by its
/// address (`عن deutschland.de`), the site's imprint (`يصدر موقع …`).
fn is_site_line(line: &str) -> bool {
    let folded = crate::search::fold(line.trim());
    let about = folded.strip_prefix("عن ").is_some_and(|rest| {
        !rest.contains(' ')
            && rest.is_ascii()
            && rest
                .rsplit_once('.')
                .is_some_and(|(name, end)| !name.is_empty() && (2..=4).contains(&end.len()))
    });
    is_posted_in(line) || about || folded.starts_with("يصدر موقع ")
}

/// The post's category after `نشر في` (`نُشر في أخبار`): a word or two,
/// no date, as a blog's theme shows it over or under the story.
pub fn is_posted_in(line: &str) -> bool {
    crate::search::fold(line.trim())
        .strip_prefix("نشر في ")
        .is_some_and(|rest| {
            (1..=2).contains(&rest.split_whitespace().count()) && !rest.contains(char::is_numeric)
        })
}

/// A city and its country set apart by a dash or a comma (`طرابلس –
/// ليبيا`), alone on their line.
fn is_city_and_country(line: &str) -> bool {
    let parts: Vec<&str> = line
        .split(['-', '–', '—', '،', ','])
        .map(str::trim)
        .collect();
    parts.len() == 2
        && parts.iter().all(|p| {
            byline::lone(p)
                .is_some_and(|b| b.place.is_some() && b.author.is_none() && b.source.is_none())
        })
}

/// A statement's signature: a few words that end no sentence, then a
/// place and `في` before the date that closes the line (`المكتب السياسي
/// للحزب الشيوعي اللبناني بيروت في 17 آب 2023`).
fn is_dated_signature(line: &str) -> bool {
    let Some(found) = super::dates::find(line) else {
        return false;
    };
    let before = line[..found.range.start].trim_end();
    // The date's words may take `في` in.
    let dated_in = before.ends_with(" في") || line[found.range.start..].starts_with("في ");
    // A comma may set the place off from it (`الجزائر، في 24 سبتمبر 2024`).
    let signer = before
        .strip_suffix(" في")
        .unwrap_or(before)
        .trim_end()
        .trim_end_matches(['،', ',']);
    found.range.end == line.trim_end().len()
        && dated_in
        && line.split_whitespace().nth(SIGNATURE_WORDS).is_none()
        && !signer.contains(['.', '!', '?', '؟', '،', ','])
}

/// The most words of a statement's signature with its place and date.
const SIGNATURE_WORDS: usize = 16;

/// A writer's name run onto the last paragraph, right after its closing
/// mark with no space (`… وغداً يومٌ آخر...زاهد مطر`): the paragraph
/// without it, and the name, when it reads as a person's.
fn run_on_signature(last: &str) -> Option<(&str, &str)> {
    let at = last.trim_end().rfind(['.', '…', '!', '؟'])?;
    let mark = last[at..].chars().next()?;
    let (text, name) = last.split_at(at + mark.len_utf8());
    let glued = name.chars().next().is_some_and(char::is_alphabetic);
    // A title's abbreviation (`قال د.محمد علي`) is no sentence's end.
    let ended = last[..at]
        .split_whitespace()
        .next_back()
        .is_some_and(|w| w.trim_end_matches(['.', '…']).chars().count() >= 3);
    (glued && ended && byline::is_signed_name(name.trim())).then(|| (text, name.trim()))
}

/// The agency a story came from, named alone after it, bare or in
/// parentheses (`رويترز`, `(أ ف ب)`), also as a wire signs off with its
/// editors' initials (`--(بترا) ع ع/ م ت`).
pub(super) fn agency(line: &str) -> Option<String> {
    let line = line.trim().trim_start_matches(['-', '–', '—']);
    let line = match line.strip_prefix('(').and_then(|l| l.split_once(')')) {
        Some((name, initials)) if is_initials(initials) => name,
        _ => line,
    };
    let bracketed = line.starts_with('(') && line.ends_with(')');
    let line = line.trim_matches(['(', ')', ' ']);
    // The story's sources listed in brackets (`(وكالة الصحافة الكندية /
    // راديو كندا)`): the first, an outlet, over names as short. Bare,
    // such a line is a signature (`صحيفة الرافد / فلان`).
    if let Some((first, _)) = line.split_once(" / ").filter(|_| bracketed) {
        let named = line.split(" / ").all(|part| {
            (1..=SOURCE_WORDS).contains(&part.split_whitespace().count())
                && part.chars().all(|c| c.is_alphabetic() || c == ' ')
        });
        return byline::outlet(first).filter(|_| named);
    }
    byline::outlet(line)
}

/// The most words of a source's name in a bracketed list of them.
const SOURCE_WORDS: usize = 4;

/// Editors' initials, a letter each, set apart by spaces and slashes
/// (`ع ع/ م ت`).
fn is_initials(text: &str) -> bool {
    let mut letters = text
        .split(|c: char| c.is_whitespace() || c == '/')
        .filter(|l| !l.is_empty());
    letters.clone().count() >= 2
        && letters.all(|l| l.chars().count() == 1 && l.chars().all(char::is_alphabetic))
}

/// A writer's name alone on the last line, under a paragraph that ends
/// a sentence (`…في الأسبوع المقبل.` / `رغد دحام`), as some agencies sign
/// their stories: the author.
fn signed_name(units: &[String]) -> Option<String> {
    let [.., before, last] = units else {
        return None;
    };
    let ends = before.trim_end().ends_with(['.', '!', '؟', '?', '…']);
    let last = last.trim();
    let signed = byline::is_signed_name(last) || byline::initialed_name(last).is_some();
    if ends && signed {
        return Some(last.to_owned());
    }
    // Or after a dash, with the writer's office after a comma (`— فلانة،
    // مكتب الاتصالات`), as a university's news office signs.
    let (name, role) = last.strip_prefix(['—', '–', '-'])?.split_once(['،', ','])?;
    let (name, role) = (name.trim(), role.trim());
    let short_role = (1..=ROLE_WORDS).contains(&role.split_whitespace().count())
        && role.chars().all(|c| c.is_alphabetic() || c == ' ');
    let named = byline::is_signed_name(name) || byline::is_bare_name(name);
    (ends && short_role && named).then(|| name.to_owned())
}

/// The most words of a signing writer's office after the name.
const ROLE_WORDS: usize = 4;

/// A dateline or a credit signing the story at its end, the shapes a
/// header's byline has (`القاهرة - صحيفة الوطن`, `بوابة الأهرام / يوسف
/// القاضي`): it names an author or a source, not only a place. A story's
/// last line may be a short heading of two parts with a dash; its first
/// part opens as no person's name (`المرحلة الأولى - المرحلة الثانية`),
/// where a writer's does.
fn signature(line: &str) -> Option<byline::Byline> {
    // Ended with a full stop as a dateline is (`صحيفة الرافد – نواكشوط.`).
    let line = line.strip_suffix('.').unwrap_or(line);
    byline::parse(line).filter(|b| {
        (b.author.is_some() || b.source.is_some())
            && b.author.as_deref().is_none_or(byline::opens_as_person)
    })
}

/// What `line` says when it is a byline: a name beside a date, or a
/// byline's label and a name, set off by a colon, a dash or a slash. With
/// nothing between them the name must read as one, two or three words
/// and the first without the article, so a last sentence that starts with
/// the verb stays (`كتب الشاعر قصيدته الأخيرة…`).
fn byline(rules: &Rules, matcher: &Matcher, line: &str) -> Option<Header> {
    let mut probe = Header::default();
    if !probe.take(rules, matcher, line) || probe.author.is_none() {
        return None;
    }
    if probe.published.is_some() {
        return Some(probe);
    }
    let rest = matcher.bylines.strip(&Words::new(line))?;
    // A colon glued to the label is consumed with it (`كتب: فلان`).
    let before = line.strip_suffix(rest)?.trim_end();
    let set_off = rest.trim_start().starts_with(SEPARATORS) || before.ends_with(SEPARATORS);
    let name: Vec<&str> = rest.split_whitespace().collect();
    let named = (2..=3).contains(&name.len())
        && !name[0].starts_with("ال")
        && name.iter().all(|w| w.chars().all(char::is_alphabetic));
    (set_off || named).then_some(probe)
}

/// A short line of Latin letters and no others that ends no sentence: on
/// an Arabic page, the label of a widget or a box of links.
pub(super) fn is_latin_label(line: &str) -> bool {
    line.chars().any(|c| c.is_ascii_alphabetic())
        && !has_other_letters(line)
        && line.split_whitespace().nth(LABEL_WORDS).is_none()
        && !line.ends_with(['.', '!', '?'])
}

/// Whether `line` has Arabic letters.
pub(super) fn has_arabic(line: &str) -> bool {
    line.chars().any(is_arabic_char)
}

/// Whether `c` is of the Arabic blocks (letters, marks, digits, signs).
pub(super) fn is_arabic_char(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}')
}

/// Whether `line` has letters of a script other than Latin.
pub(super) fn has_other_letters(line: &str) -> bool {
    line.chars().any(|c| c.is_alphabetic() && !c.is_ascii())
}
