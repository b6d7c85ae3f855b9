//! Pages the importer misread: a wrapper flagged for a floating share
//! bar; a reporter's labelled field under the story; a site named in
//! Latin whose notice names it in Arabic; a writer's e-mail under the
//! story; a title cell with a hidden label; an issue's day after its
//! number; a `<title>` that words the headline otherwise; the last
//! update's field beside the story's date; a release's body announced in
//! Arabic words; a wiki's line under the headline and its sources.

mod support;

use support::copied::texts;
use support::page::{load_html, page, paragraphs};

const PARAGRAPHS: [&str; 3] = [
    "يشتكي أهالي مدينة طفس في ريف درعا الغربي من انقطاع مياه الشرب عن منازلهم منذ سبعة عشر يوماً.",
    "وقال أحد السكان إن العطل أصاب المحرك الكهربائي للمضخة التي تغذي معظم أحياء المدينة.",
    "ويضطر الأهالي إلى شراء المياه من الصهاريج الخاصة بأسعار تفوق قدرة معظم العائلات.",
];

const HEADLINE: &str = "انقطاع مياه الشرب عن مدينة طفس منذ سبعة عشر يوماً";

fn story(head: &str, before: &str, after: &str) -> String {
    page(
        &format!("<title>{HEADLINE}</title>{head}"),
        &format!(
            "<article><h1>{HEADLINE}</h1>{before}{}{after}</article>",
            paragraphs(&PARAGRAPHS)
        ),
    )
}

#[test]
fn a_wrapper_flagged_for_a_floating_share_bar_holds_the_story() {
    let html = page(
        &format!("<title>{HEADLINE}</title>"),
        &format!(
            "<article class=\"post\"><h1>{HEADLINE}</h1><div class=\"post-content-wrap \
             has-share-float\"><div class=\"post-content entry-content\">{}</div></div></article>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    assert_eq!(texts(&load_html(&html)), PARAGRAPHS);
}

#[test]
fn a_reporters_labelled_field_under_the_story_names_the_writer() {
    let html = story(
        "",
        "",
        "<div class=\"news-credits\"><div class=\"field field--name-field-news-reporter\">\
         <div class=\"field__label\">تغطية</div><div class=\"field__item\">سعد بن محمد القحطاني</div>\
         </div></div>",
    );
    let a = load_html(&html);
    assert_eq!(a.author.as_deref(), Some("سعد بن محمد القحطاني"));
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn a_site_named_in_latin_whose_notice_names_it_in_arabic() {
    let html = story(
        "<meta property=\"og:site_name\" content=\"DP World\">",
        "",
        "</article><footer><p class=\"copy\">© ٢٠٢٥ موانئ دبي العالمية. جميع الحقوق محفوظة.</p></footer><article>",
    );
    assert_eq!(
        load_html(&html).source.as_deref(),
        Some("موانئ دبي العالمية")
    );
}

#[test]
fn a_writers_e_mail_under_the_story_is_no_paragraph() {
    let html = story("", "", "<p class=\"email\">hrkim21@korea.kr</p>");
    assert_eq!(texts(&load_html(&html)), PARAGRAPHS);
}

#[test]
fn a_title_cells_hidden_label_is_no_part_of_the_headline() {
    let whole =
        "الجامعة العربية المفتوحة تطلق منصة إلكترونية موحدة لتقييم مشاريع التخرج في فروعها التسعة";
    let html = page(
        "<title>الجامعة العربية المفتوحة - أخبار</title>\
         <meta property=\"og:title\" content=\"إطلاق منصة إلكترونية موحدة لتقييم مشاريع التخرج\">",
        &format!(
            "<div class=\"article\"><div class=\"aou-news-title\"><div style='display:none'>Title</div>\
             <div class=\"ms-formfieldvaluecontainer\">{whole}</div></div>{}</div>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    assert_eq!(load_html(&html).title, whole);
}

#[test]
fn an_issues_day_after_its_number_dates_the_story() {
    for issue in [
        "العدد (512) الاحد 19 صفر 1427 هـ الموافق 19 آذار 2006 م",
        "<b>العدد 512</b><br>الأحد 19 آذار 2006<br>19 صفر 1427",
    ] {
        let html = page(
            &format!("<title>{HEADLINE}</title>"),
            &format!(
                "<table><tr><td class=\"small\">{issue}</td></tr></table>\
                 <table><tr><td><font size=\"5\"><b>{HEADLINE}</b></font>{}</td></tr></table>",
                paragraphs(&PARAGRAPHS)
            ),
        );
        assert_eq!(
            load_html(&html).published.as_deref(),
            Some("2006-03-19"),
            "{issue}"
        );
    }
}

#[test]
fn a_title_that_words_the_headline_otherwise_gives_way_to_the_shown_one() {
    let shown =
        "مياه الشرب مقطوعة منذ 3 أسابيع عن كفر الشيخ سليم بالمنوفية.. والأهالى يشربون من الترعة";
    let html = page(
        "<title>العربى - ماء الشرب ينقطع 3 أسابيع عن كفر الشيخ سليم</title>",
        &format!(
            "<table><tr><td><font size=\"5\"><b>{shown}</b></font>{}</td></tr></table>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    assert_eq!(load_html(&html).title, shown);
}

#[test]
fn the_last_updates_field_beside_the_storys_date_is_passed() {
    let html = page(
        &format!("<title>{HEADLINE}</title>"),
        &format!(
            "<table><tr><td><span class=\"newsTitle\"><b>{HEADLINE}</b></span><br>\
             <span class=\"newsDate\">تاريخ النشر: 09/05/2007 &nbsp; 02:35 م (بتوقيت مكة المكرمة) \
             &nbsp;|&nbsp; آخر تحديث: 10/05/2007 &nbsp; 09:10 ص</span></td></tr>\
             <tr><td>{}</td></tr></table>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.published.as_deref().map(|d| &d[..10]), Some("2007-05-09"));
}

#[test]
fn a_releases_body_announced_in_arabic_over_its_latin_name() {
    let headline = "المكتب الوطني للسكك الحديدية يعزز عرضه بأزيد من 200 قطار إضافي";
    let lead = "الرباط – يعلن المكتب الوطني للسكك الحديدية أنه سيعزز عرضه بأزيد من 200 قطار إضافي بمناسبة الدخول المدرسي.";
    let html = page(
        "<title>بلاغ صحفي | ONCF</title><meta property=\"og:site_name\" content=\"ONCF\">",
        &format!(
            "<article><h1>{headline}</h1><p>{lead}</p>{}</article>",
            paragraphs(&PARAGRAPHS[1..])
        ),
    );
    assert_eq!(
        load_html(&html).source.as_deref(),
        Some("المكتب الوطني للسكك الحديدية")
    );
}

#[test]
fn a_wikis_line_under_the_headline_and_its_sources_are_no_paragraphs() {
    let html = page(
        &format!("<title>{HEADLINE} - ويكي الأخبار</title>"),
        &format!(
            "<div id=\"content\"><h1 id=\"firstHeading\">{HEADLINE}</h1>\
             <div id=\"bodyContent\"><div id=\"siteSub\">من ويكي الأخبار</div>{}\
             <h2><span class=\"mw-headline\">مصادر</span></h2>\
             <ul><li>«أمطار غزيرة تحاصر سكان أحياء» — وكالة الأخبار المستقلة، 27 أغسطس 2013</li></ul>\
             </div></div>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    assert_eq!(texts(&load_html(&html)), PARAGRAPHS);
}
