//! Lines of a copied page that are the site's furniture wherever they
//! stand: share bars, credits, counters, code and markup the copy picked
//! up, "last updated" lines, a time counted back from now, a link alone,
//! and pictures' captions with their credit.

use super::text_reading::is_reading_time;
use super::text_rules::{Matcher, Words};
use super::text_source;
use super::{date_times, dates, text_code, text_lines};

use super::text_captions::is_labelled_credit_caption;
pub use super::text_captions::{is_caption_run_on_credit, is_credited_caption};
pub(crate) use super::text_counters::counted;
pub use super::text_counters::is_counter;

/// Share bars, captions, credits, ads, counters, a relative time and
/// lines without a letter or digit.
pub fn is_furniture(matcher: &Matcher, words: &Words<'_>, line: &str) -> bool {
    matcher.drop.is(words)
        || matcher.site_links.is(words)
        || matcher.drop_prefixes.strip(words).is_some()
        || matcher.is_share_bar(line)
        || is_button_bar(matcher, line)
        || super::text_chrome::is_furniture_bar(matcher, line)
        || super::text_bars::is_back_link_alone(line)
        || super::text_bars::is_links_row(line)
        || super::text_bars::is_font_sizes(line)
        || super::text_glued::is_glued_labels(line)
        || matcher.is_caption(line)
        || is_counter(line)
        || super::text_counters::is_service_number(line)
        || super::text_counters::is_gallery_place(line)
        || counted(matcher, line)
        || is_reading_time(line)
        || is_empty_fields(line)
        || text_lines::is_reading(line)
        // `منذ 50 دقيقة`: the page's clock, which no copy can date by.
        || date_times::is_relative_time(line)
        || text_code::is_slug(line)
        || text_code::is_attachment(line)
        || text_code::is_leaked_markup(line)
        || text_code::is_system_error(line)
        || text_lines::is_markdown_image(line)
        || is_bracketed(line)
        || is_bracketed_credit(matcher, line)
        || super::text_embeds::is_bare_signature(line)
        // A picture's or the page's copyright line (`© AP Photo / …`,
        // `حقوق النشر © 2024 …`).
        || line.trim_start().starts_with('©')
        || (line.contains('©') && line.split_whitespace().nth(COPYRIGHT_WORDS).is_none())
        || is_issue_line(line)
        || super::text_top_lines::is_issue_promo(line)
        || is_release_field(line)
        || super::text_pictographs::is_hashtag_line(line)
        || super::text_pictographs::is_pictured_counter(line)
        || super::text_pictographs::is_pictured_prompt(line)
        || super::text_pictographs::is_camera_credit(line)
        || super::text_pictographs::is_survey_answers(line)
        || super::text_pictographs::is_helpfulness_survey(line)
        || super::text_pictographs::is_player_label(line)
        || is_labelled_credit_caption(line)
        || super::text_captions::is_picture_agency_credit(line)
        || super::follow_prompts::is_follow_line(line)
        // A line is shorter than a page's block: a paragraph that names
        // a pair's words in passing is not taken for a notice.
        || (line.split_whitespace().nth(NOTICE_WORDS).is_none() && matcher.is_notice(line))
        || is_player_clock(line)
        || super::text_site_notice::is_postal_address(line)
        || is_click_call(line)
        || text_lines::is_translation_note(line)
        || text_lines::is_production_note(line)
        || !line.chars().any(char::is_alphanumeric)
}

/// A call to follow a link the copy lost, set off by dots or a colon
/// after what it leads to (`اقرأ باقي التحقيق في العدد الجديد .. اضغط
/// هنا`): the page's, not the story's.
fn is_click_call(line: &str) -> bool {
    let line = line.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '!' | '…'));
    // Or one that says it leads to more (`لمزيد من المعلومات حول
    // المحكمة، يرجى الضغط هنا`).
    let for_more = MORE_OPENERS.iter().any(|o| line.starts_with(o));
    CLICK_CALLS.iter().any(|call| {
        line.strip_suffix(call).is_some_and(|before| {
            (for_more || before.trim_end().ends_with(['.', '…', ':', '-', '–']))
                && before.split_whitespace().nth(CLICK_CALL_WORDS).is_none()
        })
    })
}

/// What a call to a lost link opens with when it says it leads to more.
const MORE_OPENERS: [&str; 4] = [
    "لمزيد من المعلومات",
    "للمزيد من المعلومات",
    "لمعرفة المزيد",
    "للاطلاع على المزيد",
];

/// What a call to a lost link ends with.
const CLICK_CALLS: [&str; 5] = ["اضغط هنا", "انقر هنا", "إضغط هنا", "الضغط هنا", "النقر هنا"];
/// The most words before a call to a lost link.
const CLICK_CALL_WORDS: usize = 16;

/// The most words of a notice on a copied line.
const NOTICE_WORDS: usize = 30;

/// The most words of a copyright line with its sign inside.
const COPYRIGHT_WORDS: usize = 12;

/// A time of day alone with its zone's or the half-day's letters (`20:15ت
/// م`, `10:30 ص`): the wire's time stamp under the story.
pub(super) fn is_clock_alone(line: &str) -> bool {
    let Some((hours, rest)) = line.trim().split_once(':') else {
        return false;
    };
    let minutes: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let letters = rest[minutes.len()..]
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '.')
        .count();
    (1..=2).contains(&hours.len())
        && hours.chars().all(|c| c.is_ascii_digit())
        && minutes.len() == 2
        && letters <= 3
        && rest[minutes.len()..].chars().all(|c| !c.is_numeric())
}

/// A media player's clock (`00:00 / 01:48`): its time and the length, or
/// its start alone, over the length on a line of its own.
fn is_player_clock(line: &str) -> bool {
    line.trim() == "00:00"
        || line.split_once('/').is_some_and(|(at, length)| {
            [at, length].iter().all(|t| {
                let t = t.trim();
                t.contains(':') && t.chars().all(|c| c.is_ascii_digit() || c == ':')
            })
        })
}

/// A printed paper's issue line (`العدد : ١٧٠٠٥ - الأحد …`): its
/// number, then the day the issue came out, which the article's own date
/// line says again.
fn is_issue_line(line: &str) -> bool {
    line.strip_prefix("العدد")
        .map(|rest| rest.trim_start())
        .and_then(|rest| rest.strip_prefix(':'))
        .is_some_and(|rest| rest.trim_start().starts_with(|c: char| c.is_numeric()))
}

/// A release's field over its headline: its reference number
/// (`الرقم المرجعي: 72/2006`, `المرجع: 24/2024`) or the hour it went out
/// (`الوقت: 11:30 بتوقيت غزة`).
pub fn is_release_field(line: &str) -> bool {
    let Some((label, value)) = line.split_once([':', '：']) else {
        return false;
    };
    let (label, value) = (label.trim(), value.trim());
    let number = !value.is_empty()
        && value.chars().any(|c| c.is_numeric())
        && value
            .chars()
            .all(|c| c.is_numeric() || matches!(c, '/' | '-' | ' ' | '.'));
    let hour = value.split_whitespace().nth(4).is_none()
        && value
            .split_whitespace()
            .next()
            .is_some_and(super::text_clock::is_clock_time);
    (REFERENCE_LABELS.contains(&label) && number) || (TIME_LABELS.contains(&label) && hour)
}

/// Labels of a release's reference number.
const REFERENCE_LABELS: [&str; 5] = [
    "الرقم المرجعي",
    "المرجع",
    "رقم المرجع",
    "رقم البيان",
    "مرجع",
];
/// Labels of the hour a release went out.
const TIME_LABELS: [&str; 3] = ["الوقت", "التوقيت", "الساعة"];

/// A line all in square brackets (`[ملاحظة المحرر: …]`, `[فيديو]`): an
/// editor's note about the page or a placeholder for what the copy lost.
/// Arabic text sets its own asides in parentheses, never a whole
/// paragraph in brackets. A date in brackets (`[22/ أكتوبر/ 2024]`) is
/// the story's or a listed headline's, for the walk to read.
fn is_bracketed(line: &str) -> bool {
    line.strip_prefix('[')
        .and_then(|rest| rest.strip_suffix(']'))
        .is_some_and(|inner| !inner.contains(['[', ']']) && dates::dateline(inner).is_none())
}

/// The most words of a credit in parentheses.
const CREDIT_WORDS: usize = 14;

/// A picture's credit alone in parentheses (`(صورة: beIN SPORTS)`,
/// `(تصوير: فلان)`), or a writer's (`(إعداد فلان - تحرير فلان)`): a
/// caption's or a byline's label starts what is inside.
pub(crate) fn is_bracketed_credit(matcher: &Matcher, line: &str) -> bool {
    line.strip_prefix('(')
        .and_then(|rest| rest.strip_suffix(')'))
        .is_some_and(|inner| {
            let words = Words::new(inner);
            // Or the wire's credit of who wrote and edited it (`(إعداد
            // فلان للنشرة العربية - تحرير فلان)`).
            !inner.contains(['(', ')'])
                && inner.split_whitespace().nth(CREDIT_WORDS).is_none()
                && (matcher.drop_prefixes.strip(&words).is_some()
                    || matcher.bylines.strip(&words).is_some())
        })
}

/// The page's fields with their values lost in the copy: two labels or
/// more, each closed by a colon, and nothing after the last (`نشر في:
/// آخر تحديث:`). One label alone may have its name on the next line.
fn is_empty_fields(line: &str) -> bool {
    let Some(labels) = line.trim_end().strip_suffix(':') else {
        return false;
    };
    let labels: Vec<&str> = labels.split(':').map(str::trim).collect();
    labels.len() >= 2
        && labels.iter().all(|l| {
            (1..=FIELD_WORDS).contains(&l.split_whitespace().count())
                && l.chars().all(|c| c.is_alphabetic() || c == ' ')
        })
}

/// The most words of a field's label.
const FIELD_WORDS: usize = 3;

/// The page's buttons run together on one line (`تكبير الخط تصغير
/// الخط`, `حجم الخط A A`, `طباعة حفظ`, `ت + ت - الحجم الطبيعي`):
/// whole-line phrases of the drop table one after another, with the
/// buttons' faces between them (a letter or a mark: `A+`, `ت`).
pub(crate) fn is_button_bar(matcher: &Matcher, line: &str) -> bool {
    let mut rest = line.trim();
    let (mut buttons, mut faces) = (0, 0);
    while let Some(first) = rest.split_whitespace().next() {
        // A face is a letter or a mark (`A+`, `ت`), or the size it is at
        // (`100%`).
        let percent = first
            .strip_suffix('%')
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
        // An Arabic letter with its sign is one too (`أ+`, `أ-`).
        let signed = first.chars().count() == 2 && first.ends_with(['+', '-']);
        let face = (first.chars().count() <= 2 && first.is_ascii())
            || first.chars().count() == 1
            || signed
            || percent;
        let after = if face {
            faces += 1;
            &rest[first.len()..]
        } else {
            match matcher.drop.strip(&Words::new(rest)) {
                Some(after) if after.len() < rest.len() => {
                    buttons += 1;
                    after
                }
                _ => return false,
            }
        };
        rest = after.trim_start();
    }
    buttons + faces >= 2 && buttons >= 1
}

/// The link of a line that is a link and nothing else, or a link after a
/// label (`المصدر: https://…`).
pub fn url_line(matcher: &Matcher, line: &str) -> Option<String> {
    let (url, rest) = text_source::split_url(line)?;
    let rest = rest.trim_matches(|c: char| !c.is_alphanumeric());
    let labelled = rest.is_empty() || matcher.url_labels.is(&Words::new(rest));
    labelled.then(|| url.to_owned())
}

/// A "last updated" line: dropped, its date is not the publication date.
pub fn is_update_line(line: &str) -> bool {
    let english = |p: &&str| {
        let head = line.get(..p.len())?;
        head.eq_ignore_ascii_case(p).then(|| &line[p.len()..])
    };
    let Some(rest) = super::phrases::ar::UPDATE_LABELS
        .iter()
        .find_map(|p| line.strip_prefix(p))
        // English sites keep their English labels (`Last update: Fri, …`).
        .or_else(|| super::phrases::en::UPDATE_LABELS.iter().find_map(english))
    else {
        return false;
    };
    // Or a Hijri date alone (`آخر تحديث: 1445/05/09 ه`), or a count back
    // from now (`آخر تحديث: منذ ساعتين`).
    let told = rest.trim_start_matches([':', ' ']);
    dates::find(rest).is_some_and(|d| {
        let mut left = rest.to_owned();
        left.replace_range(d.range, " ");
        left.split_whitespace().nth(2).is_none()
    }) || dates::is_hijri_only(told)
        || super::date_times::is_relative_time(told)
}

/// The line that closes a wire story with its editors' initials and the
/// agencies it drew on: `ع.ح/ م.س (د ب أ، رويترز)`. Every word before the
/// parentheses is initials (letters joined by dots); a wire's initials
/// may stand between slashes alone (`/ع.م/`, QNA's).
pub fn is_sign_off(text: &str) -> bool {
    let text = text.trim();
    if is_agency_sign_off(text) {
        return true;
    }
    let initials = match text.split_once('(') {
        Some((before, after)) if after.trim_end().ends_with(')') => before,
        Some(_) => return false,
        None => text,
    };
    let parts = initials
        .split(|c: char| c.is_whitespace() || c == '/')
        .filter(|p| !p.is_empty());
    let is_initials = |p: &&str| {
        let letters: Vec<&str> = p.split('.').filter(|l| !l.is_empty()).collect();
        p.contains('.')
            && letters.len() >= 2
            && letters
                .iter()
                .all(|l| l.chars().count() <= 2 && l.chars().all(char::is_alphabetic))
    };
    // Counted no further than the most a sign-off has: a paragraph is
    // asked too.
    (1..=4).contains(&parts.clone().take(5).count()) && parts.clone().all(|p| is_initials(&p))
}

/// A wire's name, then its editors' initials as letters set apart by
/// spaces, each editor's after a slash (WAM's `وام/ح ع/س ر`).
fn is_agency_sign_off(text: &str) -> bool {
    let parts: Vec<&str> = text.split('/').map(str::trim).collect();
    let spaced = |part: &&str| {
        let letters: Vec<&str> = part.split_whitespace().collect();
        (2..=3).contains(&letters.len())
            && letters
                .iter()
                .all(|l| l.chars().count() == 1 && l.chars().all(char::is_alphabetic))
    };
    match parts.split_first() {
        Some((agency, editors)) => {
            (1..=3).contains(&editors.len())
                && super::byline::is_listed_outlet(agency)
                && editors.iter().all(spaced)
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_time_stamp_alone_is_the_wires_and_a_score_is_not() {
        for line in ["20:15ت م", "10:30 ص", "08:05", "9:45 pm"] {
            assert!(is_clock_alone(line), "{line}");
        }
        for line in [
            "النتيجة 2:1",
            "2:1 للفريق",
            "10:30 صباحا في المدينة",
            "1:30:45",
        ] {
            assert!(!is_clock_alone(line), "{line}");
        }
    }
}
