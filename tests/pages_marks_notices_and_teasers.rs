//! Pages the importer misread: a writer's name with a direction mark set
//! before it; an offer to republish the story; print and send buttons
//! with a link back to the section; a copyright notice that a line break
//! parts from the maker's credit, under a logo that names the site; a labelled byline that runs on with its
//! date and a readers' counter; another story's question with its date in
//! brackets; SPIP's label over the headline.

mod support;

use support::copied::texts;
use support::page::{load_html, page, paragraphs};

const PARAGRAPHS: [&str; 3] = [
    "كشفت دراسة حديثة أن ملوحة التربة باتت تهدد نحو خمس الأراضي الزراعية في شمال الدلتا خلال العقد الأخير.",
    "وأوضح الباحثون أن ارتفاع منسوب البحر وتراجع تدفق المياه العذبة يسرعان تسرب الملح إلى الحقول.",
    "ودعت الدراسة إلى تبني أصناف تتحمل الملوحة وتحسين شبكات الصرف في القرى الساحلية.",
];

const HEADLINE: &str = "ملوحة التربة تلتهم خمس الأراضي الزراعية في شمال الدلتا";

fn story(extra_head: &str, before: &str, after: &str) -> String {
    page(
        &format!("<title>{HEADLINE}</title>{extra_head}"),
        &format!(
            "<article><h1>{HEADLINE}</h1>{before}{}{after}</article>",
            paragraphs(&PARAGRAPHS)
        ),
    )
}

#[test]
fn a_writers_name_without_the_mark_set_before_it() {
    let html = story(
        "",
        "<div class=\"amp-wp-byline\"><span class=\"author vcard\">&#8207;رانيا منصور</span></div>",
        "",
    );
    assert_eq!(load_html(&html).author.as_deref(), Some("رانيا منصور"));
}

#[test]
fn an_offer_to_republish_the_story_is_no_paragraph() {
    let html = story(
        "",
        "",
        "<div class=\"republish\"><p><strong>أعد نشر هذا المحتوى:</strong> يمكنك إعادة نشر \
         هذا المقال مجاناً وفق رخصة المشاع الإبداعي، شرط الإشارة إلى المصدر.</p></div>",
    );
    assert_eq!(texts(&load_html(&html)), PARAGRAPHS);
}

#[test]
fn print_and_send_buttons_with_a_link_back_to_the_section() {
    let html = story(
        "",
        "",
        "<p align=\"center\"><a href=\"javascript:window.print()\">اطبع الخبر</a> &nbsp;|&nbsp; \
         <a href=\"#\">أرسل الخبر لصديق</a> &nbsp;|&nbsp; <a href=\"akhbar.htm\">عودة إلى أخبار \
         الحركة</a></p>",
    );
    assert_eq!(texts(&load_html(&html)), PARAGRAPHS);
}

#[test]
fn a_notice_parted_from_the_makers_credit_by_a_line_break() {
    let html = page(
        "<title>كرسي أبحاث النخيل والتمور</title>",
        &format!(
            "<a href=\"/\" class=\"site-logo\"><img src=\"/logo.png\" alt=\"جامعة الواحة\" /></a>\
             <article><h1>{HEADLINE}</h1>{}</article>\
             <div class=\"footer\"><p class=\"site-copy\">جميع الحقوق محفوظة © 2018 جامعة \
             الواحة<br />تطوير وتشغيل: عمادة تقنية المعلومات</p></div>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    assert_eq!(load_html(&html).source.as_deref(), Some("جامعة الواحة"));
}

#[test]
fn a_labelled_byline_with_its_date_and_a_readers_counter_after_dashes() {
    let html = page(
        &format!("<title>{HEADLINE}</title>"),
        &format!(
            "<div class=\"artTitle\">{HEADLINE}</div>\
             <div class=\"artInfo\">بقلم: <a href=\"/authors.php?id=57\">منى عبد الحميد</a> \
             &nbsp;-&nbsp; نُشر في 24/8/2008 - 11:35 ص &nbsp;-&nbsp; قرأه 4381 زائر</div>\
             <div class=\"artBody\">{}</div>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.author.as_deref(), Some("منى عبد الحميد"));
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn another_storys_question_with_its_date_in_brackets() {
    let html = story(
        "",
        "",
        "<div class=\"boxHead\">مواضيع ذات صلة</div><ul>\
         <li><a href=\"/a.html\">معارض أهلاً رمضان تفتح أبوابها في المحافظات</a> <span>(20/8/2008)</span></li>\
         <li><a href=\"/b.html\">كيف تعوّدين طفلك على الصيام؟</a> <span>(18/8/2008)</span></li></ul>",
    );
    assert_eq!(texts(&load_html(&html)), PARAGRAPHS);
}

#[test]
fn spips_label_over_the_headline_is_no_text_of_the_story() {
    let html = page(
        &format!("<title>{HEADLINE}</title>"),
        &format!(
            "<div class=\"cartouche\"><p class=\"surtitre\">البيئة - الزراعة</p>\
             <h1 class=\"h1 crayon article-titre-8934\">{HEADLINE}</h1></div>\
             <div class=\"texte\">{}</div>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    assert_eq!(texts(&load_html(&html)), PARAGRAPHS);
}
