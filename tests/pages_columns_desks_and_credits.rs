//! Pages with a column of writers beside the story, each linking his
//! latest piece, an editors' desk or the site's account as the author
//! with the writer in the story's first line, the site and an agency
//! listed together as authors, an author tag that is the copyright tag,
//! a headline Readability cut at its colon, an interviewer's label in a
//! line of fields, the article's date under its own label among other
//! stories' dates, and a wire's credit of its writer and editor.

mod support;

use support::copied::texts;
use support::page::load_html;

const HEADLINE: &str = "مزارعو الحمضيات في الساحل: كلفة الإنتاج تتجاوز سعر المبيع";
const LEAD: &str = "مع بدء موسم قطاف الحمضيات في المحافظتين عادت شكاوى المزارعين إلى الواجهة بعد تراجع الأسعار في أسواق الهال.";
const NEXT: &str =
    "ويقول مزارعون إن سعر الكيلو في الأرض لا يغطي كلفة القطاف والنقل والأسمدة هذا الموسم.";
const MORE: &str =
    "ويطالب المزارعون بتحديد سعر تأشيري يراعي تكاليف الإنتاج الفعلية ودعم أجور النقل إلى الأسواق.";

fn story() -> String {
    format!("<p>{LEAD}</p><p>{NEXT}</p><p>{MORE}</p>")
}

/// A page with `head` in its head, `lines` over the story in the article,
/// and `aside` after it.
fn page(head: &str, lines: &str, aside: &str) -> String {
    format!(
        "<html lang=\"ar\" dir=\"rtl\"><head>{head}</head><body>\
         <nav><a href=\"/\">الرئيسية</a> <a href=\"/eco\">اقتصاد</a></nav>\
         <article><h1>{HEADLINE}</h1>{lines}<div class=\"content\">{}</div></article>\
         {aside}<footer>جميع الحقوق محفوظة</footer></body></html>",
        story()
    )
}

#[test]
fn a_column_of_writers_linking_their_pieces_is_no_byline() {
    let aside = "<div class=\"side\"><div class=\"writer\"><b>حسين الرواشدة</b>\
                 <a href=\"/a/41100\">الدولة والمجتمع: من يحاور من؟</a></div>\
                 <div class=\"writer\"><b>علي الصراري</b><a href=\"/a/8108\">الحزب والمرحلة</a></div></div>";
    let a = load_html(&page(&format!("<title>{HEADLINE}</title>"), "", aside));
    assert_eq!(a.author, None);
    // A byline whose link is the writer's own name is the writer's.
    let byline = "<div class=\"writer\">بقلم <a href=\"/w/1\">أمل الطرابلسي</a></div>";
    let a = load_html(&page(&format!("<title>{HEADLINE}</title>"), byline, ""));
    assert_eq!(a.author.as_deref(), Some("أمل الطرابلسي"));
}

#[test]
fn a_desk_as_author_leaves_the_writer_in_the_first_line() {
    for (desk, first) in [
        ("هيئة التحرير", "<p><strong>اللاذقية – ميس خليل</strong></p>"),
        (
            "محرر الموقع",
            "<p><strong>وطنا اليوم – كتب: ميس خليل</strong></p>",
        ),
    ] {
        let head = format!("<title>{HEADLINE}</title><meta name=\"author\" content=\"{desk}\">");
        let html = page(&head, "", "").replace(
            "<div class=\"content\">",
            &format!("<div class=\"content\">{first}"),
        );
        let a = load_html(&html);
        assert_eq!(a.author.as_deref(), Some("ميس خليل"), "{desk}");
        assert_eq!(texts(&a), [LEAD, NEXT, MORE], "{desk}");
    }
    let head =
        format!("<title>{HEADLINE}</title><meta name=\"author\" content=\"المحرر الاقتصادي\">");
    assert_eq!(load_html(&page(&head, "", "")).author, None);
}

#[test]
fn the_site_and_an_agency_listed_as_authors_credit_no_writer() {
    let head = format!(
        "<title>{HEADLINE}</title><meta property=\"og:site_name\" content=\"الكوفية\">\
         <script type=\"application/ld+json\">{{\"@context\": \"https://schema.org\", \
         \"@type\": \"NewsArticle\", \"headline\": \"{HEADLINE}\", \"author\": [{{\"@type\": \"Organization\", \
         \"name\": \"الكوفية\"}}, {{\"@type\": \"Organization\", \"name\": \"وكالة فرانس برس\"}}]}}</script>"
    );
    let a = load_html(&page(&head, "", ""));
    assert_eq!(a.author, None);
}

#[test]
fn an_author_tag_that_is_the_copyright_tag_is_the_site() {
    let head = format!(
        "<title>{HEADLINE}</title><meta name=\"author\" content=\"Radio Vaticana\">\
         <meta name=\"copyright\" content=\"Radio Vaticana\">"
    );
    let a = load_html(&page(&head, "", ""));
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("Radio Vaticana"));
}

#[test]
fn a_headline_with_a_word_and_a_colon_before_it_stays_whole() {
    let whole = "المياه: خطة طوارئ صيفية لضمان التزويد في عمان والزرقاء";
    let html = format!(
        "<html><head><title>كل الاردن :: {whole}</title></head><body>\
         <table><tr><td class=\"title\">{whole}</td></tr><tr><td>{}</td></tr></table>\
         </body></html>",
        story()
    );
    assert_eq!(load_html(&html).title, whole);
}

#[test]
fn an_interviewers_label_in_the_fields_line_names_the_writer() {
    let fields = "<div class=\"news-info\">حاوره: <a href=\"/w/412\">فهمي عبدالله</a> \
                  &nbsp;|&nbsp; الأحد, 16 فبراير, 2020 - 08:41 مساءً &nbsp;|&nbsp; قراءة: 1206</div>";
    let a = load_html(&page(&format!("<title>{HEADLINE}</title>"), fields, ""));
    assert_eq!(a.author.as_deref(), Some("فهمي عبدالله"));
    assert_eq!(a.published.as_deref().map(|d| &d[..10]), Some("2020-02-16"));
}

#[test]
fn the_articles_own_date_label_outranks_other_stories_dates() {
    let lines = "<span id=\"lblDate\">تاريخ المقال: &rlm;18-11-2014</span>";
    let aside = "<table><tr><td class=\"otherArt\"><a href=\"/a/1\">رئاسة معلقة على حبال الإقليم</a> \
                 <span class=\"otherDate\">11-11-2014</span></td></tr></table>";
    let a = load_html(&page(&format!("<title>{HEADLINE}</title>"), lines, aside));
    assert_eq!(a.published.as_deref(), Some("2014-11-18"));
}

#[test]
fn a_wires_credit_of_its_writer_and_editor_goes() {
    let html = page(&format!("<title>{HEADLINE}</title>"), "", "").replace(
        "</div></article>",
        "<p>(إعداد ليلى حداد للنشرة العربية - تحرير مصطفى صالح)</p></div></article>",
    );
    assert_eq!(texts(&load_html(&html)), [LEAD, NEXT, MORE]);
}
