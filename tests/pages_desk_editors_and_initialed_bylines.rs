//! Pages the importer misread: the desk's editor signed under a wire's
//! story, taken for its writer; a writer signing with the family's
//! initial after a stop (`بقلم: عبد الحميد. س`), left as a paragraph; a
//! photographer's credit under the headline, read as the writer.

mod support;

use support::page::{load_html, page, paragraphs};

const HEAD: &str = "منتدى للتعاون في مكافحة التصحر يفتتح أعماله في مدينة صحراوية";
const LEAD: &str = "ينتشوان 18 يونيو 2024 (شينخوا) انطلقت اليوم /الثلاثاء/ أعمال منتدى للتعاون في مجال الزراعة الصحراوية ومكافحة التصحر، بمشاركة أكثر من 300 مسؤول وخبير.";
const NEXT: &str = "ويناقش المنتدى، الذي يستمر يومين، سبل تبادل الخبرات في مجالات الري بالتنقيط وتحلية المياه المالحة وزراعة الأشجار المقاومة للجفاف.";
const MORE: &str = "وقال مسؤول محلي إن المنطقة راكمت على مدى عقود خبرات واسعة في تثبيت الكثبان الرملية وتحويل الأراضي القاحلة إلى مزارع.";

fn texts(a: &qari::article::Article) -> Vec<String> {
    a.body.iter().map(|b| b.text().to_owned()).collect()
}

#[test]
fn the_desks_editor_under_a_wires_story_is_not_its_writer() {
    let html = page(
        &format!("<title>{HEAD}</title>"),
        &format!(
            "<h1>{HEAD}</h1><div class=\"function\"><span class=\"info\"><i>المصدر: <a href=\"https://arabic.news.cn/\">شينخوا</a></i> | 2024-06-18 14:32</span></div><div class=\"text_area\">{}</div><div class=\"zebian\"><span class=\"bianji\">المحرر: لي شياو</span></div>",
            paragraphs(&[LEAD, NEXT, MORE])
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.author, None);
    assert_eq!(texts(&a), [LEAD, NEXT, MORE]);
}

#[test]
fn an_editors_label_over_the_story_still_names_its_writer() {
    let html = page(
        &format!("<title>{HEAD}</title>"),
        &format!(
            "<h1>{HEAD}</h1><div class=\"meta\"><span>المحرر: سامر الخطيب</span></div><div class=\"text_area\">{}</div>",
            paragraphs(&[LEAD, NEXT, MORE])
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.author.as_deref(), Some("سامر الخطيب"));
}

#[test]
fn a_writer_signing_with_the_familys_initial_is_the_writer() {
    let html = page(
        &format!("<title>{HEAD}</title>"),
        &format!(
            "<table><tr><td><p align=\"right\"><font size=\"2\"><b>محليات</b></font></p><p align=\"right\"><b><font size=\"5\">{HEAD}</font></b></p><p align=\"right\"><font size=\"3\"><b>بقلم: عبد الحميد. س</b></font></p>{}</td></tr></table>",
            paragraphs(&[LEAD, NEXT, MORE])
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.author.as_deref(), Some("عبد الحميد. س"));
    assert_eq!(texts(&a), [LEAD, NEXT, MORE]);
}

#[test]
fn a_photographers_credit_under_the_headline_names_no_writer() {
    let html = page(
        &format!("<title>{HEAD}</title>"),
        &format!(
            "<h1>{HEAD}</h1><div class=\"news-meta\"><span>الأحد 17/02/2019</span></div><div class=\"news-image\"><img src=\"a.jpg\"><div class=\"news-photographer\">تصوير: فهد الدوسري</div></div><div class=\"news-body\">{}</div>",
            paragraphs(&[LEAD, NEXT, MORE])
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.author, None);
}
