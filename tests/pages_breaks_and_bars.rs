//! Pages whose lines ran together or whose header the importer misread:
//! an old portal's story set out with line breaks (a posted-by line over
//! the lead, a list of dashed lines before a paragraph).

mod support;

use support::copied::texts;
use support::page::load_html;

const HEAD: &str = "الوزير يفتتح قسم الطوارئ الجديد في المستشفى التعليمي";

fn page(head: &str, body: &str) -> String {
    format!("<html><head>{head}</head><body>{body}</body></html>")
}

#[test]
fn an_old_portals_broken_lines_stay_apart_and_its_posted_by_line_stays_out() {
    let html = page(
        &format!("<title>الوزارة - {HEAD}</title>"),
        &format!(
            "<table><tr><td><font class=\"title\">{HEAD}</font><br>\
             <font class=\"tiny\">أرسلت بواسطة <a href=\"u\">admin</a> في الأحد 12 مارس 2017 (316 قراءة)</font><br><br>\
             <font class=\"content\">افتتح الوزير صباح اليوم قسم الطوارئ الجديد في المستشفى التعليمي بسعة أربعين سريرا ضمن خطة لتوسيع الأقسام.<br><br>\
             وقال الوزير خلال جولته إن القسم جهز بأجهزة حديثة لمراقبة المرضى ووحدة للإنعاش تعمل على مدار الساعة.<br><br>\
             <p align=\"center\"><img src=\"a.jpg\"><br><font class=\"tiny\">الوزير خلال الافتتاح</font></p>\
             ووجه الوزير إدارة المستشفى بما يأتي:<br>\n\
             - توفير الأدوية الإسعافية بصورة مستمرة.<br>\n\
             - تنظيم جدول خفارات يضمن وجود طبيب اختصاص ليلا.<br>\n\
             - تخصيص موظفين لاستقبال ذوي المرضى.<br><br>\n\
             يذكر أن الوزارة افتتحت أقساما مماثلة في مستشفيات أخرى خلال الأشهر الماضية.<br><br></font>\
             </td></tr></table>"
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.title, HEAD);
    let got = texts(&a);
    assert!(got[0].starts_with("افتتح الوزير"), "{got:?}");
    assert!(got.iter().all(|t| !t.contains("أرسلت بواسطة")), "{got:?}");
    for item in [
        "توفير الأدوية الإسعافية بصورة مستمرة.",
        "تنظيم جدول خفارات يضمن وجود طبيب اختصاص ليلا.",
        "تخصيص موظفين لاستقبال ذوي المرضى.",
    ] {
        assert!(
            got.iter()
                .any(|t| t.ends_with(item) && t.len() < item.len() + 4),
            "{item}: {got:?}"
        );
    }
    assert!(
        got.last().is_some_and(|t| t.starts_with("يذكر أن")),
        "{got:?}"
    );
}
