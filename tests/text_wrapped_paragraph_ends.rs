//! Where paragraphs end in copied text hard-wrapped without blank lines,
//! when a paragraph's last line is as wide as any other.

mod support;

use qari::article::Block;
use support::copied::{import_text as read, texts};

/// Lines cut at 66 characters; the second and the fourth are the widest,
/// so that no word of the next line would have fitted after them.
const LINES: [&str; 7] = [
    "أعلنت وزارة الصحة اليوم عن حملة تطعيم جديدة تشمل جميع المحافظات",
    "وتستمر أسبوعين كاملين في المدن والقرى على حد سواء دون أي استثناء.",
    "وقال المتحدث باسم الوزارة إن الحملة تستهدف الأطفال دون الخامسة،",
    "وإن الفرق الطبية ستزور المنازل في الأحياء البعيدة عن المراكز كلها.",
    "المرحلة الثانية",
    "وأضاف أن اللقاحات متوفرة بكميات كافية في المراكز الصحية، داعيا",
    "الأهالي إلى التعاون مع الفرق.",
];

fn joined(range: std::ops::Range<usize>) -> String {
    LINES[range].join(" ")
}

#[test]
fn a_full_stop_before_a_paragraphs_opening_word_ends_the_paragraph() {
    let a = read(&format!("حملة تطعيم جديدة\n{}\n", LINES.join("\n")));
    assert_eq!(
        texts(&a),
        [
            joined(0..2),
            joined(2..4),
            LINES[4].to_owned(),
            joined(5..7)
        ]
    );
    assert!(matches!(a.body[2], Block::Heading(_)), "{:?}", a.body[2]);
}

#[test]
fn a_full_stop_before_a_noun_carries_the_paragraph_on() {
    // `والحقيقة` goes on from the sentence before as often as it opens a
    // paragraph; the line before is full, so nothing says it ended one.
    let mut lines = LINES.to_vec();
    lines.insert(
        2,
        "والحقيقة أن الإقبال فاق التوقعات في الأيام الأولى من الحملة،",
    );
    lines.insert(3, "مما دفع الوزارة إلى تمديد ساعات العمل.");
    let a = read(&format!("حملة تطعيم جديدة\n{}\n", lines.join("\n")));
    let first = lines[0..4].join(" ");
    assert_eq!(texts(&a)[0], first);
    assert_eq!(texts(&a)[1], joined(2..4));
}

#[test]
fn a_long_deck_on_one_line_leaves_wrapped_paragraphs_wrapped() {
    // The deck is longer than any wrapped line; set apart by blank lines,
    // it says nothing of the width the paragraphs were cut at.
    let deck = "تجوب الفرق الطبية القرى البعيدة طوال أسبوعين، وتقدم اللقاحات مجانا للأطفال دون الخامسة في كل المحافظات، بحسب ما أعلنته الوزارة في مؤتمرها الصحفي الأخير";
    let paragraphs = [LINES[0..2].join("\n"), LINES[5..7].join("\n")];
    let text = format!(
        "حملة تطعيم جديدة\n\n{deck}\n\n{}\n\n{}\n",
        paragraphs[0], paragraphs[1]
    );
    let a = read(&text);
    assert_eq!(texts(&a), [deck.to_owned(), joined(0..2), joined(5..7)]);
}
