//! The headline's candidates at the top of a copied article: which lines
//! are weighed as the headline, and what their features say.

use qari::article::text_headline::NAMES;
use qari::article::text_import::headline_table;

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
