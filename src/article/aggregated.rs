//! An aggregator's notice under a story it took from another paper
//! (`وهذا الخبر منشور في موقع الشروق الجديد، ولا يتحمل مصرس مسؤولية
//! محتواه`): the story is the paper's, whatever site the copy came from.

/// What the notice says before the paper's name.
const RAN_IN: [&str; 8] = [
    // Taken over by a script (`تم نقل هذا الخبر تلقائيا من موقع …`).
    "تلقائيا من",
    "تلقائياً من",
    "منشور في",
    "منشور على",
    "منشور من",
    "نشر في",
    "مأخوذ من",
    "منقول من",
];
/// What the notice says of the aggregator after the paper's name: its
/// "responsibility" as a noun (a story's own sentence may say what an
/// official, `المسؤول`, said after naming a paper).
const DISCLAIMS: [&str; 3] = ["مسؤولية", "مسئولية", "لا يعبر"];
/// The stems of "responsible", which a notice naming no paper says of
/// the site (`غير مسؤولين عن محتواه`): read only with its other words.
const RESPONSIBLE: [&str; 2] = ["مسؤول", "مسئول"];
/// How the notice says a script took the story over.
const AUTOMATIC: [&str; 4] = ["آلياً", "آليا", "تلقائياً", "تلقائيا"];
/// Words for the kind of site before its name, not part of it.
const KINDS: [&str; 4] = ["موقع ", "صحيفة ", "جريدة ", "بوابة "];
/// The most words of a paper's name.
const NAME_WORDS: usize = 5;

/// The paper an aggregator's notice names as where the story ran.
pub fn paper(line: &str) -> Option<String> {
    let (_, after) = RAN_IN.iter().find_map(|p| line.split_once(p))?;
    // The aggregator disclaims the story after naming its paper.
    if !DISCLAIMS.iter().any(|d| after.contains(d)) {
        return None;
    }
    let after = after.trim_start();
    let after = KINDS
        .iter()
        .find_map(|k| after.strip_prefix(k))
        .unwrap_or(after);
    let name = after
        .split(['،', ',', '.', '؛'])
        .next()?
        .split(" ولا ")
        .next()?
        .trim();
    let words = name.split_whitespace().count();
    ((1..=NAME_WORDS).contains(&words) && name.chars().all(|c| c.is_alphabetic() || c == ' '))
        .then(|| name.to_owned())
}

/// An aggregator's notice that names no paper (`تم نقل هذا الخبر آلياً
/// من مصدره، ونحن غير مسؤولين عن محتواه`): the site's, under the story.
/// Or of all its stories (`جميع الأخبار المنشورة في يمن ناو منقولة من
/// مصادرها، ولا يتحمل الموقع أي مسؤولية عن محتواها`).
pub fn is_unnamed_notice(line: &str) -> bool {
    line.split_whitespace().nth(NOTICE_WORDS).is_none()
        && ["هذا الخبر", "هذا المقال", "الأخبار المنشورة"]
            .iter()
            .any(|s| line.contains(s))
        && AUTOMATIC.iter().chain(&TAKEN).any(|s| line.contains(s))
        && RESPONSIBLE.iter().any(|s| line.contains(s))
}

/// How the notice says the stories were taken from their sources.
const TAKEN: [&str; 2] = ["منقولة من", "منقول من"];

/// The most words of an aggregator's notice.
const NOTICE_WORDS: usize = 40;

#[cfg(test)]
mod tests {
    use super::{is_unnamed_notice, paper};

    #[test]
    fn a_notice_that_names_no_paper_is_the_aggregators() {
        let notice = "تم نقل هذا الخبر آلياً من مصدره، ونحن غير مسؤولين عن محتواه، ويمكنكم متابعة تطورات هذا الخبر من مصدره الأصلي.";
        assert!(is_unnamed_notice(notice));
        assert_eq!(paper(notice), None);
        let story = "وقال المسؤول إن هذا الخبر غير صحيح.";
        assert!(!is_unnamed_notice(story));
    }

    #[test]
    fn names_the_paper_an_aggregator_took_the_story_from() {
        let notice = "مصرس - محرك بحث إخباري، وهذا الخبر منشور في موقع الشروق الجديد، ولا يتحمل مصرس مسؤولية محتواه.";
        assert_eq!(paper(notice).as_deref(), Some("الشروق الجديد"));
        let other = "هذا الخبر منشور من صحيفة هسبريس ولا يعبر عن رأي الموقع";
        assert_eq!(paper(other).as_deref(), Some("هسبريس"));
        let taken = "هذا المقال مأخوذ من موقع بيان اليوم، ومغرس لا تتحمل أي مسؤولية عن محتواه.";
        assert_eq!(paper(taken).as_deref(), Some("بيان اليوم"));
    }

    #[test]
    fn a_sentence_of_the_story_names_no_paper() {
        // An official's words after a paper is named are no notice's.
        assert_eq!(
            paper(
                "وجاء في التقرير المنشور في صحيفة الأيام، على لسان المسؤول عن الملف، أن العمل توقف."
            ),
            None
        );
        assert_eq!(
            paper("وكان التقرير منشور في الصحيفة الرسمية يوم الأحد."),
            None
        );
        assert_eq!(
            paper(
                "وحمّل الوزير المسؤولية للشركة التي نشر في موقعها البيان الكامل والمفصل عن الحادث الأليم"
            ),
            None
        );
    }
}
