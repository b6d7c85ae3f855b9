//! The headline's candidates at the top of a copied article: which lines
//! are weighed as the headline, what their features say, and the line the
//! fitted score takes among distractors.

mod support;

use qari::article::Block;
use qari::article::text_headline::NAMES;
use qari::article::text_import::headline_table;
use support::copied::import_text;

fn feature(table: &qari::article::text_import::HeadlineTable, at: usize, name: &str) -> f32 {
    let i = NAMES
        .iter()
        .position(|n| *n == name)
        .expect("a known feature");
    let c = table
        .candidates
        .iter()
        .find(|c| c.at == at)
        .expect("a candidate");
    c.features[i]
}

/// Widgets' readings, a section's name the furniture tables know and
/// blank lines are no candidates; the window ends before the second
/// paragraph, and the lead is marked as the line that stands for a
/// headline the copy may lack.
#[test]
fn the_window_runs_from_the_top_to_the_lead() {
    let text = "22.5°المرجة\n\nأخبار محلية\n\nالبلدية تفتح حديقة الزيتون بعد ترميمها\n\nالخميس 4 مايو 2023\n\nفتحت بلدية المرجة أمس حديقة الزيتون بعد عام من أعمال الترميم التي شملت الممرات والنافورة.\n\nوقال رئيس البلدية إن الحديقة تستقبل الزوار كل يوم حتى منتصف الليل.\n";
    let table = headline_table(text).expect("imports");
    let at: Vec<usize> = table.candidates.iter().map(|c| c.at).collect();
    assert_eq!(at, [4, 6, 8], "{:?}", table.lines);
    let lead: Vec<bool> = table.candidates.iter().map(|c| c.lead).collect();
    assert_eq!(lead, [false, false, true]);
    assert_eq!(table.taken, Some(4), "the import takes the headline");
}

/// A headline shares its words with the lead under it; a site's greeting
/// does not, and a date alone is told as one.
#[test]
fn features_say_what_each_line_is() {
    let text = "مرحبا بكم في موقعنا\nالمجلس يفتح حديقة الزيتون بعد ترميمها\nالخميس 4 مايو 2023\nفتح مجلس المرجة أمس حديقة الزيتون بعد عام من أعمال الترميم التي شملت الممرات والنافورة.\n";
    let table = headline_table(text).expect("imports");
    assert!(feature(&table, 1, "lead_share") > 0.6);
    assert_eq!(feature(&table, 0, "lead_share"), 0.0);
    assert_eq!(feature(&table, 2, "date_alone"), 1.0);
    assert_eq!(feature(&table, 1, "date_alone"), 0.0);
    assert_eq!(feature(&table, 3, "first_paragraph"), 1.0);
    assert_eq!(feature(&table, 1, "last_shaped"), 1.0);
}

/// The copy's title and the start of its first block.
fn title_and_lead(lines: &[&str]) -> (String, String) {
    let a = import_text(&lines.join("\n"));
    let first = a.body.first().map(Block::text).unwrap_or_default();
    (a.title, first.to_owned())
}

/// Some pages put the lead, with its dateline, above the headline: the
/// headline is the line under it that says in a few words what it says,
/// and the lead stays the first paragraph, without its dateline.
#[test]
fn a_headline_under_its_lead_is_the_headline() {
    let lines = [
        "المنامة - كتب سامر العتيبي - في خطوة تؤكد سعي الحكومة إلى دعم الشباب، أعلنت وزارة العمل عن 800 وظيفة جديدة في القطاع العام.",
        "وزارة العمل تعلن عن 800 وظيفة جديدة لدعم الشباب في 2026",
        "توزيع الوظائف على المحافظات",
        "وقالت الوزارة إن الوظائف موزعة على المحافظات كلها، وإن التقديم يبدأ الأسبوع المقبل عبر موقعها.",
    ];
    let (title, lead) = title_and_lead(&lines);
    assert_eq!(
        title,
        "وزارة العمل تعلن عن 800 وظيفة جديدة لدعم الشباب في 2026"
    );
    assert!(lead.starts_with("في خطوة تؤكد"), "{lead}");
}

/// The same with a speaker's words for the headline and no dateline.
#[test]
fn a_speakers_headline_under_the_lead_is_the_headline() {
    let lines = [
        "أبدى رئيس اتحاد المزارعين قلقه من تقارير تقول إن ثلث محصول القمح هذا العام تلف بسبب الجفاف، بحسب ما نقلت إذاعة محلية.",
        "اتحاد المزارعين: الجفاف أتلف ثلث محصول القمح هذا العام",
        "وقال رئيس الاتحاد إن المزارعين في الجنوب هم الأكثر تضررا، وطالب الحكومة بتعويضهم قبل موسم الزراعة المقبل.",
    ];
    let (title, lead) = title_and_lead(&lines);
    assert_eq!(
        title,
        "اتحاد المزارعين: الجفاف أتلف ثلث محصول القمح هذا العام"
    );
    assert!(lead.starts_with("أبدى رئيس اتحاد"), "{lead}");
}

/// Lines above the headline that are not it: a clock, a line in Latin
/// letters, a section's name, an editor's remark on the column, a widget's
/// label. The headline is still the line that the lead says again.
#[test]
fn distractors_above_the_headline_are_not_it() {
    let copies: [(&[&str], &str); 3] = [
        (
            &[
                "10:42 AM",
                "Breaking News Network - Latest Updates",
                "منوعات",
                "المهرجان الدولي للمسرح يفتتح دورته العاشرة بعرض من تونس",
                "افتتح المهرجان الدولي للمسرح مساء أمس دورته العاشرة بعرض لفرقة من تونس، وسط حضور ملأ قاعة المسرح الكبير.",
                "وتستمر عروض المهرجان عشرة أيام تشارك فيها فرق من اثني عشر بلدا.",
            ],
            "المهرجان الدولي للمسرح يفتتح دورته العاشرة بعرض من تونس",
        ),
        (
            &[
                "تنشر هذه الزاوية كل أسبوع بالتعاون مع رابطة الكتاب الشباب",
                "الكاتبة ليلى منصور تفوز بجائزة الرواية الأولى عن روايتها البحر البعيد",
                "فازت الكاتبة ليلى منصور بجائزة الرواية الأولى هذا العام عن روايتها البحر البعيد، التي صدرت في الربيع الماضي.",
                "وقالت لجنة الجائزة إن الرواية تميزت بلغتها وبناء شخصياتها.",
            ],
            "الكاتبة ليلى منصور تفوز بجائزة الرواية الأولى عن روايتها البحر البعيد",
        ),
        (
            &[
                "الأكثر قراءة اليوم في موقعنا من أخبار الرياضة والفن",
                "أسعار الذهب ترتفع للمرة الثالثة هذا الأسبوع في الأسواق المحلية",
                "ارتفعت أسعار الذهب في الأسواق المحلية اليوم للمرة الثالثة هذا الأسبوع، مدفوعة بارتفاع سعر الأونصة في البورصات العالمية.",
                "وقال تجار إن الطلب على الذهب ما زال ضعيفا رغم اقتراب موسم الأعراس.",
            ],
            "أسعار الذهب ترتفع للمرة الثالثة هذا الأسبوع في الأسواق المحلية",
        ),
    ];
    for (lines, headline) in copies {
        let (title, lead) = title_and_lead(lines);
        assert_eq!(title, headline);
        assert!(lead.ends_with('.'), "{lead}");
    }
}

/// A copy that starts with its lead has no headline: the lead's first
/// words stand for it, and the lead stays the first paragraph.
#[test]
fn a_copy_without_a_headline_keeps_its_lead() {
    let lines = [
        "أعلنت بلدية الساحل اليوم إغلاق الشاطئ الشمالي أمام السباحين ثلاثة أيام بسبب ارتفاع الموج وتحذيرات الأرصاد الجوية.",
        "وقال رئيس البلدية إن فرق الإنقاذ ستبقى على الشاطئ طوال الأيام الثلاثة.",
    ];
    let (title, lead) = title_and_lead(&lines);
    assert!(title.starts_with("أعلنت بلدية الساحل اليوم"), "{title}");
    assert_eq!(lead, lines[0]);
}

/// A column with no headline whose lead is followed by a short question:
/// the question is no headline the lead says again, and the lead is the
/// column's first paragraph, never dropped.
#[test]
fn a_question_under_a_headless_columns_lead_leaves_the_lead_in_place() {
    let lines = [
        "لم أتخيل يوما أن أجلس إلى مكتبي فلا أجد الكلمات التي تعبر عما أشعر به في هذه اللحظة التي انتظرتها طويلا.",
        "لكن هذه المرة تختلف عن كل ما سبق .. لماذا ؟",
        "لأن الفرحة التي تأتي بعد صبر طويل لها مذاق لا يشبه أي مذاق آخر، وهي فرحة يعرفها كل من انتظر شيئا عزيزا سنوات طويلة.",
        "والأمر الثاني أن كل شيء جرى في هدوء يليق بالعمر وبالتجربة، فلا ضجيج ولا احتفالات صاخبة ولا كلمات كثيرة.",
    ];
    let a = import_text(&lines.join("\n"));
    let first = a.body.first().map(Block::text).unwrap_or_default();
    assert!(first.starts_with("لم أتخيل يوما"), "{first}");
    assert_eq!(a.body.len(), 4, "{:?}", a.body);
}
