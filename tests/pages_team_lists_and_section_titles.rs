//! Pages the importer misread: a team's list inside the story
//! (`<li>أحمد خالد العمري – هندسة الحاسوب</li>`), its first member read
//! as the story's writer; an old page's links to print and send the
//! article and its list on the same subject; SPIP's readers' messages;
//! a broadcaster's "text by" label; Drupal's summary field; a listing's
//! heading that the `<title>` names as the section; Joomla's section
//! heading over the story's.

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

const CAMPAIGN: &str =
    "إطلاق الحملة الوطنية للكشف المبكر عن اضطرابات البصر لدى تلاميذ التعليم الابتدائي";

fn texts(a: &qari::article::Article) -> Vec<String> {
    a.body.iter().map(|b| b.text().to_owned()).collect()
}

#[test]
fn an_old_pages_print_and_send_links_and_same_subject_list_are_furniture() {
    let html = page(
        &format!("<title>{HEAD}</title>"),
        &format!(
            "<table><tr><td><h1>{HEAD}</h1><p>الهادي بن سالم</p>{}<p align=\"right\"><a href=\"imprimer.php\">نسخة للطباعة</a> | <a href=\"mailto:?subject=x\">أرسل المقال إلى صديق</a></p><hr><p><b>في نفس الموضوع:</b><br>- <a href=\"a.htm\">أم العرائس: مسيرة سلمية للمعطلين عن العمل</a> (09 أفريل 2008)<br>- <a href=\"b.htm\">بيان حول الأوضاع في الحوض المنجمي</a> (28 مارس 2008)</p></td></tr></table>",
            paragraphs(&[LEAD, MORE])
        ),
    );
    assert_eq!(texts(&load_html(&html)), [LEAD, MORE]);
}

#[test]
fn spips_readers_messages_are_furniture() {
    // A party's SPIP page: readers' messages in `ul.forum` under the
    // story, each a sentence of its own.
    let html = std::fs::read_to_string("corpus/pages/ti/ti06.html").expect("corpus page");
    let blocks = texts(&load_html(&html));
    assert!(blocks.iter().any(|t| t.contains("اعتصامهم")), "{blocks:?}");
    assert!(
        !blocks
            .iter()
            .any(|t| t.starts_with("كل التضامن مع العاملات")),
        "{blocks:?}"
    );
}

#[test]
fn a_broadcasters_text_by_label_names_its_writer() {
    let html = page(
        &format!("<title>{HEAD}</title>"),
        &format!(
            "<h1>{HEAD}</h1><div class=\"news-detail__date\">15.04.2024</div><div class=\"news-detail__author\">نص: آنا كوزلوفا</div><div class=\"news-detail__text\">{}</div>",
            paragraphs(&[LEAD, MORE])
        ),
    );
    assert_eq!(load_html(&html).author.as_deref(), Some("آنا كوزلوفا"));
}

#[test]
fn drupals_summary_field_over_the_body_is_furniture() {
    // A UN office's release: its summary's points in Drupal's
    // `field--name-field-summary` over the hero picture and the body.
    let html = std::fs::read_to_string("corpus/pages/tj/tj01.html").expect("corpus page");
    let blocks = texts(&load_html(&html));
    assert!(
        !blocks
            .iter()
            .any(|t| t.starts_with("دعوة إلى وضع الفئات الأكثر تهميشاً")),
        "{blocks:?}"
    );
}

#[test]
fn a_listings_heading_the_title_names_as_the_section_gives_way_to_the_storys() {
    // A ministry's release on a SharePoint page: `<h1>البلاغات</h1>`, the
    // release's own headline in an `<h2>` under the date.
    let html = std::fs::read_to_string("corpus/pages/ti/ti04.html").expect("corpus page");
    let a = load_html(&html);
    assert_eq!(a.title, CAMPAIGN);
    assert!(
        texts(&a).iter().all(|t| t != CAMPAIGN),
        "the headline is no block"
    );
}

#[test]
fn joomlas_section_heading_over_the_storys_is_no_sub_heading() {
    let html = page(
        &format!("<title>الشركة - {HEAD}</title>"),
        &format!(
            "<ul class=\"menu\"><li><a href=\"/ar/\">الرئيسية</a></li><li class=\"current active\"><a href=\"/ar/news\">أخبار الشركة</a></li></ul><div class=\"item-page\"><h1>\n\tأخبار الشركة\t</h1><h2><a href=\"/ar/news/312-x\">{HEAD}</a></h2><dl class=\"article-info\"><dd class=\"published\">نشر بتاريخ الأربعاء, 15 مايو 2013 10:20</dd></dl>{}</div>",
            paragraphs(&[LEAD, MORE])
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.title, HEAD);
    assert_eq!(texts(&a), [LEAD, MORE]);
}
