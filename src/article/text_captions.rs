//! Pictures' captions in a copy: the short lines between its header
//! (byline, date) and its lead that a page set over the story, told from
//! a heading that opens it, and captions known anywhere by their credit.

use super::byline;
use super::byline_names::{OFFICES, OUTLETS, PLACES};
use super::text_blocks::{is_heading, list_item, quotation};
use super::text_rules::Rules;
use crate::search;

/// Drops the short lines left between the header (byline, date) and the
/// lead, of those the walk saw there (`under_header`): a picture's caption
/// or a label. A heading leads into the text under it, and the story
/// starts with its lead; a deck under the headline, above the header, is
/// kept. Lines over a list or a quotation are left: a copy may be a
/// headline and a list, with the list's title over it.
pub fn drop_over_lead(
    rules: &Rules,
    units: &mut Vec<String>,
    under_header: &[String],
    title: &str,
) {
    let Some(lead) = units.iter().position(|u| !is_heading(rules, u)) else {
        return;
    };
    let unit = &units[lead];
    if lead > OVER_LEAD || list_item(unit).is_some() || quotation(unit).is_some() {
        return;
    }
    let mut at = 0;
    units.retain(|u| {
        at += 1;
        at > lead
            || !(under_header.contains(u)
                && (is_captioned(u) || pictures(u, title) || is_two_part_deck(u)))
    });
}

/// A deck of two parts set apart by two dots (`التقديم إلكترونيًا عبر
/// بوابة الهيئة.. وأولوية للأسر حديثة التكوين`), as Egyptian sites sum a
/// story up under its date; a heading is one phrase.
fn is_two_part_deck(line: &str) -> bool {
    line.split_once("..").is_some_and(|(a, b)| {
        !a.trim().is_empty() && b.trim_start_matches('.').split_whitespace().count() >= 2
    })
}

/// Whether a short line over the lead shows what the headline is about:
/// it names a thing the headline names (`الكوبري الجديد بقرية الشيخ
/// يوسف` under `افتتاح كوبري مشاة جديد…`, `… داخل مشروعها` under `…
/// إلى المشروع`), as a picture's caption does.
/// A heading opening the story moves on to another side of it, in words
/// of its own (`التعاون الدفاعي بين موسكو وبيونغ يانغ`).
fn pictures(line: &str, title: &str) -> bool {
    let named = super::text_lines::stems(title);
    super::text_lines::stems(line).iter().any(|w| {
        // With its owner's pronoun (`مشروعها` of `المشروع`).
        let owned = ["ها", "هم", "هن"]
            .iter()
            .find_map(|p| w.strip_suffix(p).filter(|r| r.chars().count() >= 4));
        (named.contains(w) || owned.is_some_and(|o| named.iter().any(|n| n == o)))
            && !LINKING_WORDS.iter().any(|l| search::fold(l) == *w)
    })
}

/// Words any two lines may share, which say nothing of what they name.
const LINKING_WORDS: [&str; 16] = [
    "بين", "على", "إلى", "بعد", "قبل", "خلال", "حول", "التي", "الذي", "عند", "منذ", "ضمن", "عبر",
    "أمام", "تحت", "فوق",
];

/// Whether a short line reads as a picture's caption rather than a
/// heading: it dates the picture or ends with its credit in brackets
/// (`… نواكشوط (الأخبار - أرشيف)`). The phrases that end a caption are
/// furniture wherever they stand.
fn is_captioned(line: &str) -> bool {
    has_credit(line) || super::dates::find(line).is_some()
}

/// Whether a line ends with a picture's credit in brackets (`(الأخبار -
/// أرشيف)`, `(عنب بلدي/ أنس الخطيب)`).
pub(super) fn has_credit(line: &str) -> bool {
    line.trim_end()
        .strip_suffix(')')
        .and_then(|l| l.rsplit_once('('))
        .is_some_and(|(_, inner)| {
            // The page's count back from now (`(منذ ساعتين)`) credits no one.
            (1..=CREDIT_WORDS).contains(&inner.split_whitespace().count())
                && !super::date_times::is_relative_time(inner)
        })
}

/// A picture's caption long enough to pass for the lead: it ends with the
/// picture's credit in brackets, no sentence's mark before it, and says
/// the day the picture was taken (`مزارع يقطف الزيتون … - 1 من تشرين
/// الأول 2024 (عنب بلدي/ أنس الخطيب)`).
pub fn is_dated_credited_caption(line: &str) -> bool {
    has_credit(line)
        && super::dates::find(line).is_some()
        && line
            .rsplit_once('(')
            .is_some_and(|(before, _)| !before.trim_end().ends_with(['.', '!', '?', '؟']))
}

/// A picture's caption set in brackets on its own line (`(جانب من أعمال
/// الحفر في موقع التسرب جنوب أجدابيا)`): a few words, no sentence's end,
/// none of a credit's dashes or slashes (`(إعداد فلان - تحرير علان)`),
/// and no agency's name.
pub fn is_bracketed_caption(line: &str) -> bool {
    let Some(inner) = in_brackets(line) else {
        return false;
    };
    // Words of a letter or two spell an agency's initials (`(أ ف ب)`).
    let words = inner
        .split_whitespace()
        .filter(|w| w.chars().count() > 2)
        .count();
    (3..=BRACKETED_WORDS).contains(&words)
        && !inner.contains(['(', ')', '-', '–', '—', '/', ':'])
        && !inner.trim_end().ends_with(['.', '!', '?', '؟'])
        && super::byline::outlet(inner.trim()).is_none()
}

/// What a line says inside the brackets it is set in, if it is.
pub(super) fn in_brackets(line: &str) -> Option<&str> {
    line.trim()
        .strip_prefix('(')
        .and_then(|l| l.strip_suffix(')'))
}

/// The most words of a caption in brackets.
const BRACKETED_WORDS: usize = 20;

/// The words of a picture's credit in brackets at most.
const CREDIT_WORDS: usize = 4;

/// The most short lines dropped over the lead.
const OVER_LEAD: usize = 3;

/// An image's caption that ends with its credit after a dash
/// (`… حتى 18 آب الجاري- الأناضول`): a known outlet's name after the last
/// dash, text before it, and no sentence end.
pub fn is_credited_caption(line: &str) -> bool {
    // A picture agency's caption in English, with its credit inside, or
    // a picture's caption after its copyright sign (`© Reuters …`).
    if ["(Photo by ", "AFP PHOTO", "MANDATORY CREDIT"]
        .iter()
        .any(|credit| line.contains(credit))
        || line.trim_start().starts_with('©')
        || ends_with_copyright(line)
    {
        return true;
    }
    let Some(at) = line.rfind(['-', '–', '—']) else {
        return false;
    };
    let (text, credit) = (
        line[..at].trim(),
        line[at..].trim_start_matches(['-', '–', '—']),
    );
    let words = line.split_whitespace().count();
    text.split_whitespace().count() >= 3
        && words <= 30
        && !line.ends_with(['.', '؟', '?', '!'])
        && (super::byline::outlet(credit.trim()).is_some() || is_photo_credit(credit))
}

/// A caption closed by its picture's copyright in brackets (`سلمى (في
/// الوسط) خلال زيارة ميدانية. (© Courtesy of Salma)`).
fn ends_with_copyright(line: &str) -> bool {
    let line = line.trim_end();
    line.ends_with(')')
        && line
            .rfind('(')
            .is_some_and(|at| line[at + 1..].trim_start().starts_with('©'))
        && line.split_whitespace().nth(40).is_none()
}

/// A photographer's credit in Latin letters, the picture agency's name
/// on one side of a slash (`Keystone / Jean-christophe Bott`) or alone:
/// a few words, no sentence.
pub(super) fn is_picture_agency_credit(line: &str) -> bool {
    let agency = |side: &str| {
        let side = side.trim().to_lowercase();
        super::phrases::en::PICTURE_AGENCIES.contains(&side.as_str())
    };
    // Or the agency's name alone under the caption (`AFP`).
    if agency(line) {
        return true;
    }
    let Some((left, right)) = line.split_once('/') else {
        return false;
    };
    line.split_whitespace().nth(CREDIT_LINE_WORDS).is_none()
        && line
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || " /-.'&".contains(c))
        && (agency(left) || agency(right))
}

/// The most words of a photographer's credit on a line of its own.
const CREDIT_LINE_WORDS: usize = 6;

/// A picture's caption ending with its credit's label and a short name
/// after a dash (`سياح في مصيف أحمد آوا - صورة: كوردستان 24`) or after
/// its full stop.
pub(super) fn is_labelled_credit_caption(line: &str) -> bool {
    let labelled = |credit: &str| {
        credit.trim().split_once(':').is_some_and(|(label, name)| {
            PHOTO_LABELS.contains(&label.trim())
                && (1..=4).contains(&name.split_whitespace().count())
        })
    };
    let short = line.split_whitespace().nth(30).is_none();
    if let Some((text, credit)) = line.rsplit_once(" - ").or_else(|| line.rsplit_once(" – ")) {
        // A writer's byline before the photographer's (`كتب: فلان - تصوير:
        // فلان`) heads the story; no picture's caption does.
        return labelled(credit)
            && text.split_whitespace().count() >= 3
            && byline::parse(text).is_none()
            && short
            && !line.ends_with(['.', '؟', '?', '!']);
    }
    // Or after the caption's full stop (`محل مغلق في سوق العطارين. تصوير:
    // القسطل`): a credit never ends a story's sentence.
    line.rsplit_once(". ").is_some_and(|(text, credit)| {
        labelled(credit)
            && (3..=CAPTION_WORDS).contains(&text.split_whitespace().count())
            && !text.contains(". ")
    })
}

/// The most words of a caption before its credit after a full stop.
const CAPTION_WORDS: usize = 20;

/// A photographer's credit on its own line (`تصوير : مرتضى جاسم`).
pub fn is_photo_credit(line: &str) -> bool {
    line.split_once([':', '/']).is_some_and(|(label, name)| {
        PHOTO_LABELS.contains(&label.trim())
            && (1..=CREDIT_WORDS).contains(&name.split_whitespace().count())
    })
}

/// Labels of a picture's credit after a caption's dash.
const PHOTO_LABELS: &[&str] = &["صورة", "الصورة", "تصوير", "عدسة", "Photo"];

/// A picture's caption with a listed agency's name run on without a dash
/// (`شعار الوزارة الأناضول`), as it stands between the headline and the lead:
/// a name of two or three words that is no place (a place before an
/// agency is a dateline). Anywhere else, a short headline may end with a
/// paper's name (`… ريف المدينة`).
pub fn is_caption_run_on_credit(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.len() > 6 || line.ends_with(['.', '؟', '?', '!', ':', '،', ',']) {
        return false;
    }
    (1..=3).any(|n| {
        let Some(cut) = words.len().checked_sub(n) else {
            return false;
        };
        let text = words[..cut].join(" ");
        (2..=3).contains(&cut)
            && byline::is_in(&words[cut..].join(" "), OUTLETS)
            && !text.contains(char::is_numeric)
            && !byline::is_in(&text, PLACES)
            && byline::lone(&text).is_none_or(|b| b.place.is_none())
    })
}

/// A picture's caption naming an official at an event (`محافظ بني سويف
/// خلال افتتاح المحطة`, `وزير المياه أثناء جولته`, `كلمة نائب رئيس الغرفة
/// خلال إطلاق البرنامج`): an office, maybe after his act (or a titled
/// name: `د. هشام الغمراوي خلال حواره مع «المصور»`), a few
/// words, then `خلال`/`أثناء` and what went on, with no verb and no
/// sentence's end. A sub-heading with the same words starts with what it
/// is about (`نصائح للمواطنين خلال الموجة الحارة`), not an office.
pub fn is_office_at_event(line: &str) -> bool {
    /// Words of address before an official's name.
    const HONORIFICS: [&str; 5] = ["سعادة", "معالي", "سمو", "فضيلة", "السيد"];
    /// What an official is pictured doing, before the office.
    const ACTS: [&str; 4] = ["كلمة", "مشاركة", "حضور", "جولة"];
    let words: Vec<String> = line.split_whitespace().map(search::fold).collect();
    let during = ["خلال", "اثناء"];
    let Some(at) = words.iter().position(|w| during.contains(&w.as_str())) else {
        return false;
    };
    let is_office = |w: &String| {
        let w = w.strip_prefix("ال").unwrap_or(w);
        OFFICES.iter().any(|o| search::fold(o) == w)
    };
    // Or the official's act first (`كلمة نائب رئيس الغرفة خلال …`).
    let acted = words
        .first()
        .is_some_and(|w| ACTS.iter().any(|a| search::fold(a) == *w));
    let office =
        words.first().is_some_and(is_office) || (acted && words.get(1).is_some_and(is_office));
    // Or a name after its title's letter (`د. هشام الغمراوي خلال حواره`).
    let before: Vec<&str> = line.split_whitespace().take(at).collect();
    let titled = byline::titled_name(&before.join(" ")).is_some();
    // Or the Gulf's honorifics, which may name two officials at once
    // (`سعادة المهندس … والسيد … خلال توقيع الاتفاقية`).
    let honoured = words
        .first()
        .is_some_and(|w| HONORIFICS.iter().any(|h| search::fold(h) == *w));
    let (most_before, most) = if honoured { (12, 18) } else { (4, 14) };
    // Such a caption may close with a full stop when what went on is told
    // in a few words.
    let stop = line.ends_with('.') && !(honoured && words.len() - at <= 6);
    (office || titled || honoured)
        && (1..=most_before).contains(&at)
        && at + 1 < words.len()
        && words.len() <= most
        && !stop
        && !line.ends_with(['!', '?', '؟', ':', '،'])
}

/// A picture's caption naming a thing by its kind and its name in
/// quotation marks at an event (`الناقلة «صحار» خلال مراسم التسليم في
/// أولسان`): no verb, no sentence's end. Returns the name, which the
/// story names above it.
pub fn named_at_event(line: &str) -> Option<&str> {
    let (kind, rest) = line.split_once(' ')?;
    let rest = rest.strip_prefix('«')?;
    let (name, after) = rest.split_once('»')?;
    let during = after.split_whitespace().next()?;
    let words = line.split_whitespace().count();
    (kind.starts_with("ال")
        && (1..=3).contains(&name.split_whitespace().count())
        && ["خلال", "أثناء", "اثناء"].contains(&during)
        && words <= EVENT_CAPTION_WORDS
        && !line.ends_with(['.', '!', '?', '؟', ':', '،']))
    .then_some(name)
}

/// The most words of a caption naming a thing at an event.
const EVENT_CAPTION_WORDS: usize = 12;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_caption_with_its_agency_run_on_but_not_a_dateline() {
        for line in ["شعار الوزارة الأناضول", "مبنى البرلمان القديم رويترز"]
        {
            assert!(is_caption_run_on_credit(line), "{line}");
        }
        // A place before the agency is its dateline; a sentence or a long
        // line is text; an unlisted last word is no credit.
        for line in [
            "القاهرة الأناضول",
            "سلطنة عمان رويترز",
            "قال الوزير إن الجلسة انتهت الأناضول.",
            "مبنى البرلمان القديم في وسط العاصمة الأناضول",
            "مبنى البرلمان القديم",
            "حملة أمنية في ريف المدينة",
        ] {
            assert!(!is_caption_run_on_credit(line), "{line}");
        }
    }
}
