//! Shapes seen on real Arabic news pages and feeds, in fixtures written for
//! qari: a wire dateline in the lead (`المدينة، البلد (الوكالة) -- …`), the
//! date only in a header line beside its buttons and update time, the
//! author and site only in microdata and the `<title>`, photo credits that
//! Readability would turn into paragraphs, a comment-policy notice, the
//! site's own name glued to the lead (`الموقع24:أعلنت…`), and feeds whose
//! escaped markup is cut off in the middle of a tag.

use std::path::{Path, PathBuf};

use qari::article::{Article, Block, scan};

fn fixture(dir: &str, name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(dir)
        .join(name)
}

fn load_all(dir: &str, name: &str) -> Vec<Article> {
    scan::load_file(&fixture(dir, name)).unwrap_or_else(|p| panic!("{p}"))
}

fn all_text(a: &Article) -> String {
    a.body.iter().map(|b| format!("{}\n", b.text())).collect()
}

#[test]
fn a_wire_dateline_microdata_and_the_title_give_the_byline() {
    let mut all = load_all("pages", "wire-dateline-microdata.html");
    assert_eq!(all.len(), 1);
    let a = all.remove(0);
    assert_eq!(a.title, "افتتاح جسر جديد فوق النهر يختصر الطريق إلى الريف");
    // The author block is the site itself (an organisation named as the
    // dateline names the site): no writer signs the story.
    assert_eq!(a.author, None);
    // The site's name as the story's dateline gives it (`(النجم) --`), the
    // short form of the one the <title> gives after the headline.
    assert_eq!(a.source.as_deref(), Some("النجم"));
    // Read from the header line beside "copy link", and the stamp line.
    assert!(
        a.published
            .as_deref()
            .is_some_and(|d| d.starts_with("2021-03-04")),
        "{:?}",
        a.published
    );
    let paragraphs: Vec<&str> = a
        .body
        .iter()
        .filter(|b| matches!(b, Block::Paragraph(_)))
        .map(Block::text)
        .collect();
    assert_eq!(paragraphs.len(), 4, "{paragraphs:#?}");
    assert!(paragraphs[0].starts_with("افتتحت السلطات المحلية"));
    // The link in the lead moved with its words when the dateline came off.
    let (start, end, url) = a
        .links_of(0)
        .map(|l| (l.start, l.end, l.url.clone()))
        .next()
        .expect("the lead's link");
    assert_eq!(&a.body[0].text()[start..end], "أقل من نصف ساعة");
    assert_eq!(url, "https://alnajm.example/world/2021/roads");
    let text = all_text(&a);
    for furniture in [
        "حلب، سوريا",
        "انسخ الرابط",
        "GMT",
        "آخر تحديث",
        "وكالة الصور",
        "©",
        "انظر أيضا",
        "تراجع منسوب",
        "قصة الجسر القديم",
        "إرشادات الاستخدام",
        "الآراء الواردة",
        "https://",
    ] {
        assert!(!text.contains(furniture), "{furniture:?} kept in:\n{text}");
    }
    assert!(
        !a.body
            .iter()
            .any(|b| b.text() == "العالم" || b.text() == "0 0")
    );
}

#[test]
fn the_sites_own_name_glued_to_the_lead_comes_off() {
    let mut all = load_all("pages", "site-tag-lead.html");
    let a = all.remove(0);
    assert_eq!(a.source.as_deref(), Some("الواحة 24 الإخباري"));
    assert_eq!(a.published.as_deref(), Some("2021-06-02T09:15:40"));
    assert_eq!(a.body.len(), 3, "{:#?}", a.body);
    assert!(a.body[0].text().starts_with("أعلنت البلدية اليوم"));
    let text = all_text(&a);
    assert!(!text.contains("الواحة24"), "{text}");
    assert!(!text.contains("آخر الأخبار") && !text.contains("سوق الخضار"));
}

#[test]
fn escaped_markup_cut_in_the_middle_of_a_tag_leaves_no_markup() {
    let all = load_all("feeds", "escaped-cut.xml");
    assert_eq!(all.len(), 2);
    for a in &all {
        let text = all_text(a);
        assert!(!text.contains(['<', '>']), "markup left in:\n{text}");
        assert!(!text.contains("style="), "attributes left in:\n{text}");
        assert!(!text.contains("&lt;") && !text.contains("&quot;"), "{text}");
    }
    let parks = all
        .iter()
        .find(|a| a.title.contains("الحدائق"))
        .expect("the parks entry");
    assert_eq!(parks.body.len(), 1, "{:#?}", parks.body);
    assert!(parks.body[0].text().ends_with("طوال أشهر الصيف."));
    let trees = all.iter().find(|a| a.title.contains("تشجير")).unwrap();
    assert_eq!(
        trees.body[0].text(),
        "بدأ متطوعون حملة لزراعة ألف شجرة في الأحياء الشرقية قبل حلول الصيف."
    );
}

#[test]
fn a_lone_angle_bracket_and_a_closed_tag_are_told_from_a_cut_tag() {
    use qari::article::html::fragment_to_body;
    let body = |html: &str| {
        fragment_to_body(html, None)
            .unwrap()
            .blocks
            .iter()
            .map(|b| b.text().to_owned())
            .collect::<Vec<_>>()
    };
    // `3 < 4` and `a<b` in prose stay; an escaped tag cut at the end goes.
    assert_eq!(
        body("<p>العدد 3 &lt; 4 دائما</p>"),
        vec!["العدد 3 < 4 دائما"]
    );
    assert_eq!(
        body("<p>نص قصير &amp;lt;span class=&amp;quot;x&amp;quot; sty</p>"),
        vec!["نص قصير"]
    );
    assert_eq!(
        body("<p>خبر &lt;b&gt;مهم&lt;/b&gt; اليوم</p>"),
        vec!["خبر مهم اليوم"]
    );
}

#[test]
fn a_feed_declaring_a_literal_entity_is_read_with_it_replaced() {
    let doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY nbsp \"&#160;\">\n]>\n\
        <rss version=\"2.0\"><channel><title>الواحة&nbsp;24</title>\
        <item><title>افتتاح&nbsp;المكتبة</title><link>https://alwaha24.example/n/1</link>\
        <description>فتحت المكتبة العامة أبوابها اليوم بعد الترميم.</description></item>\
        <item><title>سوق الخضار</title><link>https://alwaha24.example/n/2</link>\
        <description>افتتح السوق الجديد صباح اليوم.</description></item></channel></rss>";
    let all = qari::article::feed::parse(doc.as_bytes(), None, None).unwrap();
    assert_eq!(all.len(), 2);
    assert!(all.iter().all(|a| !a.title.contains("nbsp")));
    assert_eq!(all[0].title.split_whitespace().count(), 2);
    assert_eq!(
        all[0].source.as_deref().map(|s| s.contains("nbsp")),
        Some(false)
    );
}

#[test]
fn importing_a_page_tells_where_its_sites_feed_is() {
    let dir = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_qari"))
        .arg("import")
        .arg("--into")
        .arg(dir.path())
        .arg(fixture("pages", "site-tag-lead.html"))
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains(
            "site-tag-lead.html: links to a feed (RSS): http://alwaha24.example/feed/local.xml"
        ),
        "{stdout}"
    );
    // A page that names no feed says nothing about one.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_qari"))
        .arg("import")
        .arg("--into")
        .arg(dir.path())
        .arg(fixture("pages", "wire-dateline-microdata.html"))
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&out.stdout).contains("links to a feed"));
}

#[test]
fn a_posts_term_classes_do_not_hide_it_and_a_trailing_promo_link_goes() {
    use qari::article::html::fragment_to_body;
    let html = r#"<div class="post-7 post type-post hentry category-news tag-economy">
        <p>افتتح المعرض أبوابه صباح اليوم بمشاركة مئة شركة من عشر دول.</p>
        <p>وقال المنظمون إن عدد الزوار فاق التوقعات في الساعات الأولى.</p>
        <p>ويستمر المعرض حتى نهاية الأسبوع المقبل.</p>
        <p><a href="https://ads.example/">أخبار الأسواق كل ساعة</a></p>
        <p>المصدر: <a href="https://news.example/fair">وكالة النجم</a> بتصرف عن الموقع الرسمي للمعرض</p>
        </div>"#;
    let blocks: Vec<String> = fragment_to_body(html, None)
        .unwrap()
        .blocks
        .iter()
        .map(|b| b.text().to_owned())
        .collect();
    assert_eq!(blocks.len(), 4, "{blocks:#?}");
    assert!(blocks[0].starts_with("افتتح المعرض"));
    assert!(!blocks.iter().any(|b| b.contains("أخبار الأسواق")));
    // A closing line with a link in it is not a promotion.
    assert!(blocks[3].starts_with("المصدر"));
}
