//! Pages the importer misread: a team's list inside the story
//! (`<li>أحمد خالد العمري – هندسة الحاسوب</li>`), its first member read
//! as the story's writer.

mod support;

use support::page::{load_html, page, paragraphs};

const HEAD: &str = "فريق جامعي يفوز بالمركز الأول في مسابقة البرمجة الإقليمية";
const LEAD: &str = "حقق فريق من طلبة كلية الهندسة المركز الأول في المسابقة الإقليمية للبرمجة التي استضافتها العاصمة بمشاركة أربعين فريقا من جامعات المنطقة.";
const MORE: &str = "وأعرب رئيس الجامعة عن فخره بإنجاز الطلبة، مؤكدا أن الجامعة ستواصل دعم المواهب في مجالات التقنية والابتكار.";

#[test]
fn a_teams_list_in_the_story_names_no_writer() {
    let html = page(
        &format!("<title>{HEAD}</title>"),
        &format!(
            "<article><h1>{HEAD}</h1><div class=\"date\">2024-05-12</div><div class=\"content\">{}<ul><li>أحمد خالد العمري – هندسة الحاسوب</li><li>سارة محمود الحسن – علم الحاسوب</li></ul>{}</div></article>",
            paragraphs(&[LEAD, "وتألف الفريق من الطلبة:"]),
            paragraphs(&[MORE])
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.author, None);
    assert_eq!(a.body.len(), 5);
}

#[test]
fn a_byline_under_the_headline_still_names_its_writer() {
    let html = page(
        &format!("<title>{HEAD}</title>"),
        &format!(
            "<article><h1>{HEAD}</h1><div class=\"date\">2024-05-12</div><div class=\"byline\">عمّان - سامر الخطيب</div><div class=\"content\">{}</div></article>",
            paragraphs(&[LEAD, MORE])
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.author.as_deref(), Some("سامر الخطيب"));
}
