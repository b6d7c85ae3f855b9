//! How the header of a copied article reads one of its lines: a reading
//! time and a date first, then a label's value, then a name by its shape
//! (a byline, a writer, an outlet alone on its line).

use super::byline;
use super::byline_parts;
use super::dates;
use super::sanitize;
use super::text_header::{
    DASHES, FIELD_BARS, Header, LABEL_ENDS, QUOTES, labelled_name, unbulleted,
};
use super::text_header_marks as marks;
use super::text_header_names::{credit_among_parts, dashed_name};
use super::text_reading;
use super::text_rules::{Matcher, Rules, Words};

impl Header {
    /// Takes what it recognises from a header line; false when the line is
    /// not header material (and so starts the body).
    pub fn take(&mut self, rules: &Rules, matcher: &Matcher, line: &str) -> bool {
        // A date inside a paragraph (the lead's `يوم 7 سبتمبر`) is not the
        // article's: what a line gave counts only when it is header.
        let (published, minutes) = (self.published.clone(), self.minutes);
        let taken = self.take_line(rules, matcher, line);
        if !taken {
            (self.published, self.minutes) = (published, minutes);
        }
        taken
    }

    /// Takes a reading time and a date from `line`; returns what is left
    /// of the line and whether either was found.
    fn take_date_and_minutes(
        &mut self,
        rules: &Rules,
        matcher: &Matcher,
        line: &str,
    ) -> (String, bool) {
        let mut words: Vec<&str> = line.split_whitespace().collect();
        let mut found = false;
        if let Some((at, len, minutes)) = text_reading::find_minutes(rules, &words) {
            self.minutes.get_or_insert(minutes);
            words.drain(at..at + len);
            // Its label (`وقت القراءة:`) names no one.
            if super::text_reading::is_reading_label(words.join(" ").trim_end_matches(':')) {
                words.clear();
            }
            found = true;
        }
        let mut rest = words.join(" ");
        if let Some(date) = dates::find(&rest) {
            self.published.get_or_insert(date.iso);
            rest.replace_range(date.range, " ");
            rest = sanitize::one_spaced(&rest);
            // The date's label before it when a byline follows (`نشر في
            // <date> من طرف فلان`).
            if let Some(after) = ["نشر في ", "نشرت في ", "نشر يوم "]
                .iter()
                .find_map(|l| rest.strip_prefix(l))
            {
                rest = after.to_owned();
            }
            // What the date was set off by: `القاهرة - أ ش أ - <date>`.
            let separators = ['-', '–', '—', 'ـ', '|', '·', '•', '،', ',', ':', ' '];
            rest = rest
                .trim_matches(|c| separators.contains(&c) || super::date_tokens::is_invisible(c))
                .to_owned();
            // The page's count back from now beside the day (`الإثنين 05
            // أغسطس 2024 — منذ 3 ساعات`) says no more than the day, nor
            // do its weekday after it (`4/03/2024 الإثنين`) and its zone.
            // A reading counter beside it (`| عدد القراءات: 843`) is the page's.
            // In brackets too (`… - ٠٣:١٥ م (منذ ساعتين)`).
            // So does the poster's account before a counter (`2024-02-19
            // admin 387 مشاهدة`).
            let counter = rest
                .split_once(' ')
                .filter(|(user, _)| super::html::is_system_user(user))
                .map_or(rest.as_str(), |(_, after)| after);
            if super::date_times::is_relative_time(rest.trim_matches(['(', ')', ' ']))
                || dates::is_beside_date(&rest)
                || super::text_furniture::counted(matcher, counter)
                || counter_and_section(matcher, &rest)
            {
                rest.clear();
            }
            // A counter after the writer's name on the date's line
            // (`بواسطة فلان 0 تعليق`), as a blog's theme sets it.
            // Or the theme's whole tail after the site's name (`Radio FM
            // أخبار جهوية اترك تعليقا 57 زيارة`).
            if let Some(name) = super::text_counters::without_theme_tail(matcher, &rest) {
                rest = name;
            }
            found = true;
        }
        (rest, found)
    }

    fn take_line(&mut self, rules: &Rules, matcher: &Matcher, line: &str) -> bool {
        if runs_on(line) {
            return false;
        }
        // A theme's line of fields with the day in one of its own
        // (`المكتب الإعلامي | 3 مارس، 2025 | أخبار الجمعية | 0 تعليقات`):
        // each field gives what it names; a section or a count names no one.
        if let Some((date, others)) = dated_fields(line) {
            self.take_date_and_minutes(rules, matcher, date);
            let page_own = |f: &str| {
                super::text_furniture::counted(matcher, f) || matcher.sections.is(&Words::new(f))
            };
            for field in others.into_iter().filter(|f| !page_own(f)) {
                self.take_line(rules, matcher, field);
            }
            return true;
        }
        let (rest, found) = self.take_date_and_minutes(rules, matcher, line);
        // A byline set off by a colon from the lead it was above.
        // Or by a dash (`الوكيل الإخباري-`).
        let tatweel = byline_parts::ends_with_tatweel_dash(&rest);
        let dashed = tatweel || rest.trim_end().ends_with(DASHES);
        let rest = if tatweel {
            rest.trim_end().trim_end_matches('ـ')
        } else {
            &rest
        };
        // A byline set as a list's item (`- كتب: فلان`) is one all the same,
        // and one ended with a full stop (`وكالة الغيمة – طرابلس.`).
        let rest = unbulleted(rest.trim_end_matches([':', ' ', '-', '–', '—', '.']));
        let rest = marks::after_latin_badge(matcher, rest).unwrap_or(rest);
        let rest = marks::without_handle(rest);
        let rest = marks::after_site_bar(matcher, rest)
            .unwrap_or(rest)
            .to_owned();
        if rest.is_empty() {
            return found;
        }
        if byline::is_in(&rest, super::phrases::ar::RELEASE_KINDS)
            || (found && super::text_release::is_kind_and_topic(&rest))
        {
            return true;
        }
        self.take_labelled(rules, matcher, &rest) || self.take_named(matcher, &rest, found, dashed)
    }

    /// Takes a line that a label, a known writer's or office's name, or
    /// labelled fields make header material.
    fn take_labelled(&mut self, rules: &Rules, matcher: &Matcher, rest: &str) -> bool {
        let rest_words = Words::new(rest);
        if matcher.authors.is(&rest_words) {
            self.author.get_or_insert(rest.to_owned());
            return true;
        }
        // A body's media office that names the body, on a line of its own
        // (`المكتب الإعلامي لشركة البريقة`): the story's source.
        // Or its media desk named for it (`اعلام الوزارة`).
        if super::byline_offices::is_media_department(rest) || byline::is_body_media(rest) {
            self.source.get_or_insert(rest.to_owned());
            return true;
        }
        // An outlet whose name opens like a label (`المصدر أونلاين - فلان`)
        // and its writer: the byline's two parts, not a label's value.
        if matcher.sources.strip(&rest_words).is_some()
            && let Some(b) =
                byline::parse(rest).filter(|b| b.author.is_some() && b.source.is_some())
        {
            self.add(b);
            return true;
        }
        if self.take_field_bars(rules, matcher, rest) {
            return true;
        }
        for (phrases, is_source) in [(&matcher.bylines, false), (&matcher.sources, true)] {
            let value = phrases.strip(&rest_words);
            // `المصدر: أحمد عابد - دبي`: a site that labels its reporter
            // and his city as the source; the writer all the same.
            if is_source
                && let Some(b) = value
                    .and_then(|v| byline::parse(v.trim_start_matches(LABEL_ENDS)))
                    .filter(|b| b.author.is_some() && b.place.is_some())
            {
                self.add(b);
                return true;
            }
            if !is_source && let Some(b) = value.and_then(byline_parts::writer_for_outlet) {
                self.add(b);
                return true;
            }
            // A site's login in lower case (`بواسطة sudan`, `admin`)
            // signs for no one.
            let login = value
                .map(|v| v.trim_start_matches(LABEL_ENDS).trim())
                .is_some_and(|v| {
                    // With its role beside it (`syriahomenews أدمن`).
                    let v = v
                        .split_once(' ')
                        .filter(|(_, role)| super::html::is_system_user(role))
                        .map_or(v, |(login, _)| login);
                    super::text_pictographs::is_account(v)
                        && !v.chars().any(|c| c.is_ascii_uppercase())
                });
            if !is_source && login {
                return true;
            }
            if let Some(name) = value.and_then(labelled_name) {
                // `تحقيق أجرته «سيرياك برس»`: an outlet made it, or its
                // editor (`بواسطة محرر الفجيرة اليوم`) for it; a body's
                // office (`نشر بواسطة: المكتب المركزي`, `إدارة الإعلام
                // والعلاقات العامة`) names no writer.
                let outlet = byline::editors_outlet(name)
                    .or_else(|| byline::outlet(name.trim_matches(QUOTES)));
                let own_office = super::byline_offices::is_own_office(name)
                    || super::byline_offices::is_media_department(name);
                let to_source = is_source || outlet.is_some() || own_office;
                let name = outlet
                    .or_else(|| (!is_source).then(|| byline::dashed_writers(name)).flatten())
                    .unwrap_or_else(|| name.to_owned());
                if to_source {
                    self.source.get_or_insert(name);
                } else {
                    self.sign(name);
                }
                return true;
            }
        }
        false
    }

    /// A line of labelled fields set apart by bars (`المصدر: الصين اليوم
    /// | الكاتب: وانغ فانغ`): each gives its own.
    fn take_field_bars(&mut self, rules: &Rules, matcher: &Matcher, rest: &str) -> bool {
        if !rest.contains(FIELD_BARS) {
            return false;
        }
        let labelled: Vec<&str> = rest
            .split(FIELD_BARS)
            .map(str::trim)
            .filter(|part| {
                let words = Words::new(part);
                matcher.bylines.strip(&words).is_some() || matcher.sources.strip(&words).is_some()
            })
            .collect();
        if labelled.len() < 2 {
            return false;
        }
        for part in labelled {
            self.take_line(rules, matcher, part);
        }
        true
    }

    /// Takes a line that is a byline, a writer's or an outlet's name by
    /// its shape; `found` when a date or reading time was on it, `dashed`
    /// when a dash set it off from the lead.
    fn take_named(&mut self, matcher: &Matcher, rest: &str, found: bool, dashed: bool) -> bool {
        let rest_words = Words::new(rest);
        // The story's own mark before or after the outlet's line (`خاص:
        // بوابة الوادي - القدس`, `الوادي - خاص`): the outlet, with its
        // place, is the byline.
        let marked = matcher
            .kickers
            .strip(&rest_words)
            .or_else(|| marks::marked_at_end(matcher, rest));
        if let Some(named) = marked
            && let Some(b) = marks::marked_outlet(named)
        {
            self.add(b);
            return true;
        }
        // `من فلان الفلاني`: a wire's byline, "by" a writer.
        let by_wire = rest
            .strip_prefix("من ")
            .filter(|name| byline::is_signed_name(name))
            .map(str::to_owned);
        let from_town = marks::town_and_writer(rest).or_else(|| marks::writer_and_town(rest));
        if let Some(name) = byline::initialed_name(rest).or(by_wire).or(from_town) {
            self.author.get_or_insert(name);
            return true;
        }
        if let Some(name) = credit_among_parts(matcher, rest) {
            self.author.get_or_insert(name);
            return true;
        }
        // The site's name on a line of its own.
        if let Some(name) = byline::outlet(rest) {
            self.credit(name);
            return true;
        }
        if let Some(b) = byline::parse(rest) {
            self.add(b);
            return true;
        }
        // A date beside a name alone: a place, an outlet or the author.
        if found && let Some(b) = byline::lone(rest) {
            self.add(b);
            return true;
        }
        if !found
            && dashed
            && let Some(b) = dashed_name(rest)
        {
            self.add(b);
            return true;
        }
        // Reading time or a date next to unknown words: keep the words as
        // text rather than lose them.
        found && rest.split_whitespace().nth(2).is_none()
    }
}

/// A line of a hard-wrapped sentence that a comma leaves open (`صادق
/// المجلس الجهوي لنواكشوط، اليوم الاثنين 30 ديسمبر 2024،`): the lead's
/// first line, however it names a body and a day. No byline or date line
/// ends so.
fn runs_on(line: &str) -> bool {
    line.trim_end().ends_with(['،', ',']) && line.split_whitespace().count() >= RUN_ON_WORDS
}

/// A line of three fields or more set apart by bars, one of them a date
/// alone and none longer than a byline: the date's field, and the others.
fn dated_fields(line: &str) -> Option<(&str, Vec<&str>)> {
    let fields: Vec<&str> = line
        .split(FIELD_BARS)
        .map(str::trim)
        .filter(|f| !f.is_empty())
        .collect();
    if fields.len() < 3
        || fields
            .iter()
            .any(|f| f.split_whitespace().nth(FIELD_WORDS).is_some())
    {
        return None;
    }
    let at = fields.iter().position(|f| dates::is_whole(f))?;
    let date = fields[at];
    let others = fields
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != at)
        .map(|(_, f)| *f);
    Some((date, others.collect()))
}

/// The most words of one field on a line of fields.
const FIELD_WORDS: usize = 6;

/// The fewest words of a wrapped sentence's line.
const RUN_ON_WORDS: usize = 5;

/// A counter and the story's section set apart by bars beside the date
/// (`المشاهدات: 412 | الأخبار`): the page's, naming no one.
fn counter_and_section(matcher: &Matcher, rest: &str) -> bool {
    let parts: Vec<&str> = rest.split(FIELD_BARS).map(str::trim).collect();
    parts.len() >= 2
        && parts
            .iter()
            .any(|p| super::text_furniture::counted(matcher, p))
        && parts.iter().all(|p| {
            super::text_furniture::counted(matcher, p) || matcher.sections.is(&Words::new(p))
        })
}
