//! Pages the importer misread: a page whose picture shares the story's
//! column, where Readability chose the picture's box and left nothing to
//! read; a writer's name with the body's media office after a comma; a
//! wire's caption of when its picture was taken.

mod support;

use qari::article::scan;
use support::page::{load_html, page, paragraphs};

const HEAD: &str = "الوكالة تساعد مزارعي الحمضيات على مكافحة ذبابة الفاكهة بتقنية الحشرة العقيمة";
const LEAD: &str = "يخوض مزارعو الحمضيات في السهل الجنوبي منذ سنوات معركة مكلفة ضد ذبابة الفاكهة التي تتلف جزءا كبيرا من المحصول كل موسم.";
const NEXT: &str = "وبدعم من الوكالة، أطلق المكتب الوطني برنامجا لإطلاق ذكور عقيمة في البساتين لخفض أعداد الحشرة دون مبيدات.";
const MORE: &str = "وقال أحد المهندسين المشرفين إن النتائج الأولى مشجعة، وإن الإصابات تراجعت بأكثر من النصف في البساتين التجريبية.";

fn texts(a: &qari::article::Article) -> Vec<String> {
    a.body.iter().map(|b| b.text().to_owned()).collect()
}

#[test]
fn a_page_whose_picture_shares_the_storys_column_is_read() {
    // A press release on GOV.UK in Arabic: the picture and its caption
    // stand over the story's text in one column.
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/pages/td/td01.html");
    let all = scan::load_file(&path).unwrap_or_else(|p| panic!("{p}"));
    let a = &all[0];
    assert!(
        a.title
            .starts_with("المملكة المتحدة تقدم 12 مليون جنيه إسترليني")
    );
    let body = texts(a);
    assert!(body[0].starts_with("أعلنت المملكة المتحدة اليوم عن تقديم منحة"));
    assert!(body.len() >= 8, "{body:?}");
    // The caption is never the story's.
    assert!(!body.iter().any(|b| b.contains("فني من شركة مياه اليرموك")));
}

#[test]
fn a_writers_name_with_the_bodys_media_office_after_a_comma() {
    let html = page(
        &format!("<title>{HEAD} | الوكالة</title>"),
        &format!(
            "<article><h1>{HEAD}</h1><div class=\"field-author\"><span class=\"author-name\">هالة القاضي</span>، <span class=\"author-office\">مكتب الإعلام العام والاتصال التابع للوكالة</span></div><div class=\"date\">27 شباط/فبراير 2024</div><div class=\"body\">{}</div></article>",
            paragraphs(&[LEAD, NEXT, MORE])
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.author.as_deref(), Some("هالة القاضي"));
    assert_eq!(texts(&a), [LEAD, NEXT, MORE]);
}

#[test]
fn a_wires_caption_of_when_its_picture_was_taken_is_no_paragraph() {
    let caption = "<p style=\"text-align: center;\"><span style=\"font-size: 12px; color: #666666;\">صورة ملتقطة يوم 17 يونيو 2024 تظهر مزرعة كروم أقيمت على أرض كانت رملية في ضواحي المدينة الصحراوية. (شينخوا)</span></p>";
    let html = page(
        &format!("<title>{HEAD}</title>"),
        &format!(
            "<h1>{HEAD}</h1><div class=\"content\"><p>{LEAD}</p>{caption}{}</div>",
            paragraphs(&[NEXT, MORE])
        ),
    );
    let a = load_html(&html);
    assert_eq!(texts(&a), [LEAD, NEXT, MORE]);
}
