//! An event's card a venue's site sets between a story's headline and its
//! lead: a label (`تفاصيل الفعالية`), the event's fields each on its line
//! (`التاريخ: 13 – 14 فبراير 2025`, `المكان: المسرح الوطني`, `الفئة
//! العمرية: 7 سنوات فما فوق`) and a button (`احجز الآن`). Its days are the
//! event's, not the story's, and its short lines are no headline or byline.

use super::text_call_box::is_button;
use super::text_match_card::filled_over_lead;

/// The most lines above the lead a card is looked for in.
const CARD_LINES: usize = 12;
/// The fewest fields of a card.
const CARD_FIELDS: usize = 3;
/// The most words of a field's label.
const LABEL_WORDS: usize = 3;

/// Labels a card's fields carry that a header's fields carry too (its
/// date, its time, its place on the site).
const SHARED_FIELDS: &[&str] = &[
    "التاريخ",
    "الموعد",
    "الوقت",
    "التوقيت",
    "الموقع",
    "المدة",
    "اللغة",
    "الجهة المنظمة",
    "المنظم",
];

/// Labels only an event's card gives its fields.
const EVENT_FIELDS: &[&str] = &[
    "المكان",
    "القاعة",
    "الفئة العمرية",
    "العمر",
    "التذاكر",
    "سعر التذكرة",
    "الرسوم",
    "الدخول",
    "مدة العرض",
];

/// The labels over a card.
const CARD_LABELS: &[&str] = &[
    "تفاصيل الفعالية",
    "معلومات الفعالية",
    "تفاصيل الحدث",
    "تفاصيل العرض",
    "معلومات العرض",
    "تفاصيل الحفل",
];

/// Drops the event's card over the copy's lead from `lines`, with its
/// label and the button under it.
pub fn drop_event_card(lines: &mut Vec<String>) {
    let Some((_, filled)) = filled_over_lead(lines, CARD_LINES) else {
        return;
    };
    let Some(first) = filled.iter().position(|&i| field(&lines[i]).is_some()) else {
        return;
    };
    let run: Vec<usize> = filled[first..]
        .iter()
        .copied()
        .take_while(|&i| field(&lines[i]).is_some())
        .collect();
    let labels: Vec<&str> = run.iter().filter_map(|&i| field(&lines[i])).collect();
    if run.len() < CARD_FIELDS || !labels.iter().any(|l| EVENT_FIELDS.contains(l)) {
        return;
    }
    let mut start = run[0];
    if let Some(&above) = first.checked_sub(1).and_then(|at| filled.get(at))
        && CARD_LABELS.contains(&lines[above].trim())
    {
        start = above;
    }
    let mut end = run[run.len() - 1];
    if let Some(&below) = filled.get(first + run.len())
        && is_button(&lines[below])
    {
        end = below;
    }
    lines.drain(start..=end);
}

/// The label of a card's field (`المكان: المسرح الوطني`).
fn field(line: &str) -> Option<&'static str> {
    let (label, value) = line.split_once(':')?;
    let label = label.trim();
    (label.split_whitespace().nth(LABEL_WORDS).is_none() && !value.trim().is_empty())
        .then(|| {
            SHARED_FIELDS
                .iter()
                .chain(EVENT_FIELDS)
                .copied()
                .find(|f| *f == label)
        })
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn owned(lines: &[&str]) -> Vec<String> {
        lines.iter().map(|l| (*l).to_owned()).collect()
    }

    const LEAD: &str = "يستضيف المركز الثقافي يومي الخميس والجمعة أمسية موسيقية تقدم فيها \
                        الفرقة الوطنية أعمالا جديدة مستوحاة من فنون البحر.";

    #[test]
    fn the_card_its_label_and_its_button_go() {
        let mut lines = owned(&[
            "أمسية موسيقية تستعيد فنون البحر",
            "",
            "تفاصيل الفعالية",
            "التاريخ: 13 – 14 فبراير 2025",
            "الوقت: 8:00 م",
            "المكان: المسرح الوطني",
            "الفئة العمرية: 7 سنوات فما فوق",
            "احجز الآن 🎟️",
            "",
            LEAD,
        ]);
        drop_event_card(&mut lines);
        assert_eq!(
            lines,
            owned(&["أمسية موسيقية تستعيد فنون البحر", "", "", LEAD])
        );
    }

    #[test]
    fn a_header_of_labelled_fields_stays() {
        let mut lines = owned(&[
            "أمسية موسيقية تستعيد فنون البحر",
            "الكاتب: أحمد سالم",
            "التاريخ: 13 فبراير 2025",
            "الوقت: 8:00 م",
            LEAD,
        ]);
        let before = lines.clone();
        drop_event_card(&mut lines);
        assert_eq!(lines, before);
    }
}
