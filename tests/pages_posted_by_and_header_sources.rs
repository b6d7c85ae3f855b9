//! Pages the importer misread: Blogger's Arabic "posted by" under the
//! post; a content system's login in the metadata over the byline a page
//! builder's field list shows; a picture's credit under the headline; a
//! release's box about the company; a wire's sign-off with its editors'
//! spaced initials; the paper an office's site credits in the date's
//! field.

mod support;

use support::page::{load_html, page, paragraphs};

const HEAD: &str = "الهيئة تطلق برنامجا لتمويل المشاريع الصغيرة التي تديرها النساء في الأرياف";
const LEAD: &str = "أطلقت الهيئة، اليوم السبت، برنامجا جديدا لتمويل المشاريع الصغيرة التي تديرها النساء في الأرياف، بقروض ميسرة ومنح للتدريب والتسويق.";
const MORE: &str = "وأوضحت مديرة البرنامج أن المرحلة الأولى تشمل مئة وخمسين مشروعا في ثلاث محافظات، على أن تتوسع في العام المقبل.";

fn texts(a: &qari::article::Article) -> Vec<String> {
    a.body.iter().map(|b| b.text().to_owned()).collect()
}

#[test]
fn bloggers_posted_by_label_is_no_part_of_the_name() {
    let html = page(
        &format!("<title>{HEAD}</title>"),
        &format!(
            "<div class='post'><h3 class='post-title'>{HEAD}</h3><div class='post-body'>{}</div><div class='post-footer'><span class='post-author vcard'>مرسلة بواسطة <span class='fn' itemprop='author'><span itemprop='name'>ORG-N</span></span></span> <abbr class='published' itemprop='datePublished' title='2017-10-22T14:35:00+03:00'>2:35 م</abbr></div></div>",
            paragraphs(&[LEAD, MORE])
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.author, None);
}

#[test]
fn a_login_in_the_metadata_gives_way_to_the_fields_byline() {
    let fields = "<ul class=\"elementor-post-info\"><li><a href=\"/2024/06/22/\"><span class=\"icon\"><i class=\"far fa-calendar-alt\"></i></span><span class=\"text\"><time>22 يونيو، 2024</time></span></a></li><li><span class=\"icon\"><i class=\"far fa-user\"></i></span><span class=\"text\">بقلم: لين حداد</span></li><li><span class=\"icon\"><i class=\"far fa-folder\"></i></span><span class=\"text\"><span class=\"terms\"><a href=\"/category/news/\">أخبار</a>, <a href=\"/category/livelihoods/\">سبل العيش</a></span></span></li></ul>";
    let html = page(
        &format!("<title>{HEAD}</title><meta name=\"author\" content=\"sitetrust\">"),
        &format!(
            "<article><div class=\"widget\"><div class=\"container\"><h1>{HEAD}</h1></div></div><div class=\"widget\"><div class=\"container\">{fields}</div></div><div class=\"content\">{}</div></article>",
            paragraphs(&[LEAD, MORE])
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.author.as_deref(), Some("لين حداد"));
}

#[test]
fn a_pictures_credit_under_the_headline_names_no_writer() {
    let html = page(
        &format!("<title>{HEAD}</title>"),
        &format!(
            "<div class=\"news\"><h1>{HEAD}</h1><table><tr><td class=\"NewsSource\">المنامة - بنا</td><td class=\"NewsDate\">الخميس 13 مارس 2025</td></tr></table><div class=\"NewsImage\"><img src=\"a.jpg\" alt=\"\"><div class=\"ImageCaption\">جانب من ورشة التدريب &nbsp; <span class=\"ImageCredit\">(تصوير: عبدالله الحداد)</span></div></div><div class=\"NewsBody\">{}</div></div>",
            paragraphs(&[LEAD, MORE])
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.author, None);
}

#[test]
fn a_releases_box_about_the_company_is_no_story() {
    // A Next.js page whose box's class is the module's (`NewsDetails_about__…`).
    let html = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/pages/tl/tl04.html"),
    )
    .expect("corpus page");
    let a = load_html(&html);
    let body = texts(&a);
    assert!(body.len() >= 4, "{body:?}");
    assert!(!body.iter().any(|b| b.starts_with("عن ")), "{body:?}");
    assert!(
        !body.iter().any(|b| b.contains("منصة رائدة للمدفوعات")),
        "{body:?}"
    );
}

#[test]
fn a_wires_sign_off_with_spaced_initials_is_no_story() {
    let html = page(
        &format!("<title>{HEAD}</title>"),
        &format!(
            "<table><tr><td class=\"newsTitle\">{HEAD}</td></tr><tr><td class=\"newsDate\">12/03/2013</td></tr><tr><td class=\"newsBody\">{}<p align=\"left\"><font size=\"1\">وام/ح ع/س ر</font></p></td></tr></table>",
            paragraphs(&[LEAD, MORE])
        ),
    );
    let a = load_html(&html);
    assert_eq!(texts(&a), [LEAD, MORE]);
}

#[test]
fn the_paper_the_date_field_credits_is_the_source() {
    let html = page(
        &format!("<title>مكتب الإعلام - {HEAD}</title>"),
        &format!(
            "<table><tr><td><table><tr><td><img src=\"t.gif\"></td><td><font><b>{HEAD}</b></font></td><td></td></tr></table></td></tr><tr><td class=\"date\">التاريخ: 14/6/2008 م<br>\nالمصدر: جريدة السفير</td></tr><tr><td>{}</td></tr></table>",
            paragraphs(&[LEAD, MORE])
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("جريدة السفير"));
}
