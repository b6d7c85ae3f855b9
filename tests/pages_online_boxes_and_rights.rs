//! Pages the importer misread: a content system's box of who is online
//! and the byline's own line under the story; a wire's rights notice
//! under the story; a local site's call for readers' news and its
//! comments' disclaimer; the news' title cell named the other way round
//! (`title_news`) under a box's; related stories dated in padded brackets;
//! a hidden label inside the headline; a lecturer's titles before the
//! writer's name over the photographer's credit.

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
fn who_is_online_and_a_byline_line_under_the_story_are_not_the_story() {
    let html = page(
        &format!("<title>{HEAD}</title>"),
        &format!(
            "<h1>{HEAD}</h1><div class=\"story\"><p>الأحد, 27 فبراير 2011 10:15</p>{}\
             <p>كتب بواسطة إدارة الإعلام والعلاقات العامة</p>\
             <h3>المتواجدون الآن</h3><p>لدينا 23 زائر  متصل</p></div>",
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

#[test]
fn the_news_title_cell_named_the_other_way_round_is_the_headline() {
    for class in ["title_news", "det_title"] {
        let html = page(
            "<title>رامتان للأنباء - Ramattan News Agency</title>",
            &format!(
                "<table><tr><td class=\"box_title\">خدمة الأخبار العاجلة</td></tr>\
                 <tr><td>اشترك في خدمة الأخبار العاجلة عبر الجوال</td></tr></table>\
                 <table><tr><td class=\"{class}\">{HEAD}</td></tr>\
                 <tr><td class=\"text_news\">{}</td></tr></table>",
                paragraphs(&[LEAD, NEXT, MORE])
            ),
        );
        let a = load_html(&html);
        assert_eq!(a.title, HEAD, "{class}");
        assert_eq!(texts(&a), [LEAD, NEXT, MORE], "{class}");
    }
}

#[test]
fn related_stories_dated_in_padded_brackets_are_not_the_story() {
    let html = page(
        &format!("<title>{HEAD}</title>"),
        &format!(
            "<h1>{HEAD}</h1><div class=\"story\">{}\
             <ul class=\"rel_news\">\
             <li><a href=\"/1\">حماية المستهلك تصدر نشرة أسعار جديدة للخضار والفواكه</a> <span>( 07/09/2014 )</span></li>\
             <li><a href=\"/2\">ارتفاع سعر المازوت ينعكس على أجور النقل بين المحافظات</a> <span>( 29/08/2014 )</span></li>\
             </ul></div>",
            paragraphs(&[LEAD, NEXT, MORE])
        ),
    );
    assert_eq!(texts(&load_html(&html)), [LEAD, NEXT, MORE]);
}

#[test]
fn a_hidden_label_inside_the_headline_is_no_part_of_it() {
    let html = page(
        "<title>الجامعة - الأخبار</title>",
        &format!(
            "<div class=\"news-title\"><h1><div style='display:none'>العنوان</div>\
             <div style=\"display:inline\">{HEAD}</div></h1></div><div class=\"story\">{}</div>",
            paragraphs(&[LEAD, NEXT, MORE])
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.title, HEAD);
    assert_eq!(texts(&a), [LEAD, NEXT, MORE]);
}

#[test]
fn a_lecturer_who_wrote_it_is_the_writer_over_the_photographer() {
    let html = page(
        &format!("<title>{HEAD}</title>"),
        &format!(
            "<h1>{HEAD}</h1><div class=\"story\">{}</div>\
             <div class=\"news-footer\"><p>تحرير: م.م. سرى عادل الجبوري</p>\
             <p>تصوير: علي حسين العزاوي</p><p>شعبة الإعلام والاتصال الحكومي</p></div>",
            paragraphs(&[LEAD, NEXT, MORE])
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.author.as_deref(), Some("م.م. سرى عادل الجبوري"));
    assert_eq!(texts(&a), [LEAD, NEXT, MORE]);
}
