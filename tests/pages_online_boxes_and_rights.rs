//! Pages the importer misread: a content system's box of who is online
//! beside the story, with the byline's own line in the story's box; a
//! wire's rights notice under the story; a local site's call for readers'
//! news and its comments' disclaimer.

mod support;

use support::page::{load_html, page, paragraphs};

const HEAD: &str = "تخريج الدفعة الحادية والثلاثين من معهد اللغة العربية بمشاركة 27 دولة";
const LEAD: &str = "احتفلت الجامعة صباح اليوم الأحد بتخريج الدفعة الحادية والثلاثين من طلاب معهد اللغة العربية للناطقين بغيرها، والتي ضمت 312 طالباً وطالبة.";
const NEXT: &str = "وأكد وكيل الجامعة أن المعهد ظل منذ تأسيسه منارة لنشر اللغة العربية في القارة الإفريقية، وأن خريجيه يتقلدون مواقع قيادية في بلدانهم.";
const MORE: &str = "وفي ختام الحفل وزعت الشهادات والجوائز على الطلاب المتفوقين، حيث نال طالب من مالي المركز الأول بتقدير ممتاز.";

fn texts(a: &qari::article::Article) -> Vec<String> {
    a.body.iter().map(|b| b.text().to_owned()).collect()
}

#[test]
fn who_is_online_beside_the_story_and_its_byline_line_are_not_the_story() {
    let html = page(
        &format!("<title>{HEAD}</title>"),
        &format!(
            "<table id=\"contentarea\"><tr><td id=\"leftcol\">\
             <div class=\"moduletable\"><h3>المتواجدون الآن</h3>لدينا 23 زائر  متصل</div></td>\
             <td id=\"maincol\"><table class=\"contentpaneopen\"><tr><td class=\"contentheading\">{HEAD}</td></tr></table>\
             <table class=\"contentpaneopen\"><tr><td><span class=\"small\">كتب بواسطة إدارة الإعلام والعلاقات العامة</span></td></tr>\
             <tr><td class=\"createdate\">الأحد, 27 فبراير 2011 10:15</td></tr>\
             <tr><td>{}</td></tr></table></td></tr></table>",
            paragraphs(&[LEAD, NEXT, MORE])
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.title, HEAD);
    assert_eq!(texts(&a), [LEAD, NEXT, MORE]);
}

#[test]
fn a_wires_rights_notice_under_the_story_is_not_the_story() {
    let html = page(
        &format!("<title>{HEAD}</title>"),
        &format!(
            "<h1>{HEAD}</h1><div class=\"story\">{}</div>\
             <div class=\"cpyrt\">&copy; 2010 United Press International, Inc. جميع الحقوق محفوظة. \
             يمنع إعادة النشر أو التوزيع دون موافقة خطية مسبقة من يو بي أي.</div>",
            paragraphs(&[LEAD, NEXT, MORE])
        ),
    );
    assert_eq!(texts(&load_html(&html)), [LEAD, NEXT, MORE]);
}

#[test]
fn a_call_for_readers_news_and_the_comments_disclaimer_are_not_the_story() {
    let html = page(
        &format!("<title>{HEAD}</title>"),
        &format!(
            "<h1>{HEAD}</h1><div class=\"story\">{}\
             <p>لديكم خبر أو صورة من المدينة؟ أرسلوها إلينا عبر الواتساب: 050-0000000</p></div>\
             <div class=\"comments\"><p>التعليقات تعبر عن آراء أصحابها فقط، ويحق لإدارة الموقع حذف أي تعليق مسيء.</p></div>",
            paragraphs(&[LEAD, NEXT, MORE])
        ),
    );
    assert_eq!(texts(&load_html(&html)), [LEAD, NEXT, MORE]);
}

#[test]
fn a_sentence_about_visitors_and_rights_stays() {
    let said = "وقال المدير إن لدينا 23 زائر من خارج البلاد سجلوا في البرنامج هذا العام، وإن حقوق الطلاب محفوظة.";
    let html = page(
        &format!("<title>{HEAD}</title>"),
        &format!(
            "<h1>{HEAD}</h1><div class=\"story\">{}</div>",
            paragraphs(&[LEAD, said, NEXT])
        ),
    );
    assert_eq!(texts(&load_html(&html)), [LEAD, said, NEXT]);
}
