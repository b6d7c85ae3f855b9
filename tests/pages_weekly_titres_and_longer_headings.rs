//! Pages the importer misread: a weekly's headline in a `<p
//! class="titre">` under the paper's name in the `<title>`, with the
//! issue's other articles and a bar with a link to the page's top under
//! the story; a headline shared with the site's name after it where the
//! `<h1>` says a word more; a heading that says the shared title's words
//! with more between them, over its date, under the site's clock; a
//! site titled in both scripts; the long dash the headline shows.

mod support;

use support::page::{load_html, page, paragraphs};

const LEAD: &str = "لم تعد العائلات محدودة الدخل قادرة على مجاراة نسق ارتفاع الأسعار الذي شمل خلال الأشهر الأخيرة أغلب المواد الاستهلاكية من الخضر إلى اللحوم.";
const NEXT: &str = "فقد ارتفع سعر الكيلوغرام من لحم الضأن في أسواق العاصمة إلى ما بين 13 و14 دينارا، بعد أن كان في حدود عشرة دنانير قبل عام واحد.";
const MORE: &str = "ويتوقع التجار أن تتواصل الزيادات مع اقتراب شهر رمضان والعودة المدرسية، في ظل تراجع العرض في الأسواق الأسبوعية.";

fn texts(a: &qari::article::Article) -> Vec<String> {
    a.body.iter().map(|b| b.text().to_owned()).collect()
}

#[test]
fn a_weeklys_titre_is_the_headline_and_the_issues_other_articles_are_not_the_story() {
    let head = "موجة الغلاء تثقل كاهل العائلات قبل رمضان والعودة المدرسية";
    let html = page(
        "<title>الحزب الديمقراطي - الموقف</title>",
        &format!(
            "<table><tr><td>الموقف - العدد 459 - الجمعة 25 جويلية 2008</td></tr><tr><td>\
             <p>الاقتصاد والمجتمع</p><p class=\"titre\">{head}</p>\
             <p><b>بقلم: عبد الكريم السويسي</b></p>{}\
             <p>طباعة المقال | أرسل المقال | أعلى الصفحة</p>\
             <p><b>في هذا العدد أيضا:</b></p>\
             <p><a href=\"a.htm\">افتتاحية: الحوض المنجمي والحاجة إلى الحوار</a></p>\
             <p><a href=\"b.htm\">المؤتمر الوطني للحزب: استعدادات متواصلة في الجهات</a></p>\
             </td></tr></table>",
            paragraphs(&[LEAD, NEXT, MORE])
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.title, head);
    assert_eq!(a.author.as_deref(), Some("عبد الكريم السويسي"));
    assert_eq!(texts(&a), [LEAD, NEXT, MORE]);
}

#[test]
fn the_h1_that_says_a_word_more_than_the_shared_title_is_the_headline() {
    let shared = "أسعار السلع الغذائية ترتفع في أسواق طرابلس مع اقتراب رمضان";
    let shown = "أسعار السلع الغذائية ترتفع في أسواق طرابلس مع اقتراب شهر رمضان";
    let html = page(
        &format!(
            "<title>{shared} - صحيفة الصباح</title>\
             <meta property=\"og:title\" content=\"{shared} - صحيفة الصباح\">"
        ),
        &format!(
            "<h1 class=\"jeg_post_title\">{shown}</h1><div class=\"content-inner\">{}</div>",
            paragraphs(&[LEAD, NEXT, MORE])
        ),
    );
    assert_eq!(load_html(&html).title, shown);
}

#[test]
fn a_heading_with_more_words_between_the_shared_ones_is_the_headline_and_dates_it() {
    let shared = "ارتفاع صاروخي لأسعار الخضر بأسواق البيضاء";
    let shown = "ارتفاع صاروخي لأسعار الخضر بأسواق الدار البيضاء والطماطم تقفز إلى 9 دراهم";
    let html = page(
        &format!("<title>{shared}</title><meta property=\"og:title\" content=\"{shared}\">"),
        &format!(
            "<div class=\"top\"><span class=\"topdate\">الجمعة 18 نونبر 2016</span></div>\
             <div class=\"itemView\"><div class=\"itemHeader\">\
             <span class=\"itemDateCreated\">الإثنين, 14 نونبر 2016 13:20</span>\
             <h2 class=\"itemTitle\">{shown}</h2></div>\
             <div class=\"itemFullText\">{}</div></div>",
            paragraphs(&[LEAD, NEXT, MORE])
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.title, shown);
    assert_eq!(a.published.as_deref().map(|d| &d[..10]), Some("2016-11-14"));
}

#[test]
fn a_site_titled_in_both_scripts_is_known_by_its_arabic_name() {
    let head = "اختتام أشغال الندوة الدولية «المقاصد الشرعية وقضايا التنمية»";
    let html = page(
        "<title>Université Ezzitouna - جامعة الزيتونة</title>",
        &format!(
            "<div id=\"contenu\"><div class=\"titre_actu\">{head}</div>\
             <div class=\"date_actu\">بتاريخ: الجمعة 04 أفريل 2014 | عدد القراءات: 412</div>{}</div>",
            paragraphs(&[LEAD, NEXT, MORE])
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.title, head);
    assert_eq!(a.source.as_deref(), Some("جامعة الزيتونة"));
}

#[test]
fn the_headline_keeps_the_long_dash_the_page_shows() {
    let shown = "جامعة الروح القدس – الكسليك تطلق مشروعاً لرقمنة المخطوطات السريانية";
    let shared = shown.replace('–', "-");
    let html = page(
        &format!("<title>USEK | الأخبار</title><meta property=\"og:title\" content=\"{shared}\">"),
        &format!(
            "<h1 class=\"news-title\">{shown}</h1><div class=\"news-body\">{}</div>",
            paragraphs(&[LEAD, NEXT, MORE])
        ),
    );
    assert_eq!(load_html(&html).title, shown);
}
