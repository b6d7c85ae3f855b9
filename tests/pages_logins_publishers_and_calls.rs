//! Pages whose author field is a login or the publisher's name in Latin
//! letters (the graph naming its publisher by an `@id`), and pages with a
//! call to the site's own service between paragraphs, a disclaimer and
//! an opinion notice under the story; an old table page titled with the
//! site's name over the headline in its title cell.

mod support;

use support::copied::texts;
use support::page::load_html;
use support::page::paragraphs;

const PARAGRAPHS: [&str; 3] = [
    "واصلت أسعار الإيجارات السكنية في المدينة ارتفاعها خلال الربع الثالث من العام مدفوعة بتدفق السكان الجدد.",
    "وسجل متوسط الإيجار السنوي للشقق زيادة تراوحت بين ثمانية وأربعة عشر بالمئة مقارنة بالعام الماضي.",
    "ويتوقع محللون أن تستمر الزيادة بوتيرة أبطأ مع تسليم مشاريع جديدة خلال العامين المقبلين.",
];
const HEADLINE: &str = "إيجارات المدينة في الربع الثالث: أين ارتفعت الأسعار";
const SITE: &str = "بروبرتي فايندر";

fn page(head: &str, between: &str, after: &str) -> String {
    let [first, second, third] = PARAGRAPHS.map(|p| format!("<p>{p}</p>"));
    format!(
        "<html><head><meta charset=\"utf-8\"><title>{HEADLINE} - {SITE}</title>\
         <meta property=\"og:site_name\" content=\"{SITE}\">{head}</head>\
         <body><article><h1>{HEADLINE}</h1><div class=\"entry-content\">\
         {first}{second}{between}{third}{after}</div></article><footer>© 2024 {SITE}</footer></body></html>"
    )
}

#[test]
fn a_login_in_the_author_field_signs_for_no_one() {
    let head = "<meta name=\"author\" content=\"wisal_editor\">";
    let a = load_html(&page(head, "", ""));
    assert_eq!(a.author, None);
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn an_author_named_as_the_graphs_publisher_is_the_site() {
    let graph = r##"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
        {"@type":"Organization","@id":"https://example.ae/#organization","name":"Property Finder"},
        {"@type":"BlogPosting","headline":"إيجارات المدينة في الربع الثالث: أين ارتفعت الأسعار",
         "datePublished":"2024-10-28T09:00:00+04:00",
         "author":{"@id":"https://example.ae/author/pf/","name":"Property Finder"},
         "publisher":{"@id":"https://example.ae/#organization"}}]}</script>"##;
    let a = load_html(&page(graph, "", ""));
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some(SITE));
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn a_call_to_the_sites_service_its_disclaimer_and_notice_are_no_text() {
    let call = "<div class=\"pf-cta-box\"><div class=\"pf-cta-box__text\"><strong>تبحث عن شقة للإيجار؟</strong>\
                <span>تصفح أكثر من 4,000 إعلان موثق على الموقع</span></div>\
                <a class=\"pf-cta-box__btn\" href=\"/rent\">ابحث الآن</a></div>";
    let note = "<p>إخلاء مسؤولية: الأسعار الواردة في هذا المقال تقديرية ومبنية على بيانات الإعلانات، وقد تختلف بحسب حالة العقار.</p>\
                <p>الآراء الواردة في المقال تعبر عن رأي كاتبها ولا تلزم بالضرورة موقع الدليل العقاري.</p>";
    let a = load_html(&page("", call, note));
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn an_old_table_pages_headline_in_its_title_cell_under_the_sites_name() {
    let ministry = "وزارة الزراعة العراقية";
    let headline = "وزارة الزراعة تطلق حملتها السنوية لمكافحة حشرة السونة في حقول الحنطة";
    let story = PARAGRAPHS
        .map(|p| format!("<p class=\"news_text\">{p}</p>"))
        .concat();
    let html = format!(
        "<html><head><meta charset=\"utf-8\"><title>{ministry}</title></head><body><table><tr>\
         <td class=\"box_title\">القائمة البريدية</td></tr><tr><td>\
         <table><tr><td class=\"news_date\">الرئيسية &gt; الاخبار &gt; تفاصيل الخبر</td></tr>\
         <tr><td class=\"news_title\">{headline}</td></tr>\
         <tr><td class=\"news_date\">التاريخ : 08/04/2012 | عدد القراءات : 412</td></tr>\
         <tr><td>{story}</td></tr></table></td></tr></table></body></html>"
    );
    let a = load_html(&html);
    assert_eq!(a.title, headline);
    assert_eq!(a.source.as_deref(), Some(ministry));
    assert_eq!(a.published.as_deref().map(|d| &d[..10]), Some("2012-04-08"));
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn a_title_of_the_site_and_its_section_gives_way_to_the_headline() {
    let headline = "بيت الزكاة يوزع 9 آلاف سلة غذائية وكسوة شتوية على الأسر المتعففة";
    let story = paragraphs(&PARAGRAPHS);
    let html = format!(
        "<html><head><meta charset=\"utf-8\"><title>\n\tبيت الزكاة الكويتي - الأخبار\n</title></head>\
         <body><div class=\"page\"><h2 class=\"pageTitle\">الأخبار</h2><div class=\"news\">\
         <h1 class=\"newsTitle\"><span>{headline}</span></h1>\
         <div class=\"newsDate\">24/01/2016</div><div class=\"newsBody\">{story}</div></div></div></body></html>"
    );
    let a = load_html(&html);
    assert_eq!(a.title, headline);
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn a_title_is_not_cut_inside_its_quotation_marks() {
    let headline = "«إيتيدا» تطلق برنامجا لاحتضان الشركات الناشئة في محافظات الصعيد";
    let story = paragraphs(&PARAGRAPHS);
    let html = format!(
        "<html><head><meta charset=\"utf-8\"><title>مجلة لغة العصر - {headline}</title></head>\
         <body><table><tr><td><span class=\"title\">{headline}</span></td></tr>\
         <tr><td class=\"newsBody\">{story}</td></tr></table></body></html>"
    );
    let a = load_html(&html);
    assert_eq!(a.title, headline);
}
