//! HTML fragments (a feed entry's content) to article blocks and links.

use qari::article::html::fragment_to_body;
use qari::article::{Block, Link};

fn body(html: &str) -> (Vec<Block>, Vec<Link>) {
    let b = fragment_to_body(html, Some("https://news.example/world/story.html")).unwrap();
    (b.blocks, b.links)
}

fn para(s: &str) -> Block {
    Block::Paragraph(s.into())
}

#[test]
fn headings_paragraphs_lists_and_quotes_become_blocks() {
    let (blocks, _) = body(
        "<h2>خلفية الأزمة</h2>\
         <p>قال  الوزير\n إن <b>الحكومة</b> ستعلن القرار.</p>\
         <ul><li>البند الأول</li><li>البند الثاني</li></ul>\
         <ol start=\"3\"><li>الثالث</li></ol>\
         <blockquote><p>نحن مستعدون للحوار</p><footer>— وزير الخارجية</footer></blockquote>",
    );
    assert_eq!(
        blocks,
        vec![
            Block::Heading("خلفية الأزمة".into()),
            para("قال الوزير إن الحكومة ستعلن القرار."),
            Block::ListItem("البند الأول".into()),
            Block::ListItem("البند الثاني".into()),
            Block::ListItem("3. الثالث".into()),
            Block::Quote {
                text: "نحن مستعدون للحوار".into(),
                by: Some("وزير الخارجية".into()),
            },
        ]
    );
}

#[test]
fn a_dash_line_closing_a_quotation_is_its_author() {
    let (blocks, _) = body(
        "<blockquote class=\"twitter-tweet\"><p>لن نتراجع عن مطالبنا</p>\
         — أحمد علي (@ahmad) <a href=\"https://x.example/s/1\">March 3, 2024</a></blockquote>",
    );
    assert_eq!(
        blocks,
        vec![Block::Quote {
            text: "لن نتراجع عن مطالبنا".into(),
            by: Some("أحمد علي (@ahmad) March 3, 2024".into()),
        }]
    );
}

#[test]
fn links_keep_their_words_and_store_the_target() {
    let (blocks, links) = body(
        "<p>أعلنت <a href=\"/health\">وزارة الصحة</a> اليوم، وفق \
         <a href=\"https://agency.example/x?a=1&amp;b=2\"> وكالة الأنباء </a>.</p>\
         <p><a href=\"#top\">أعلى</a> و<a href=\"javascript:x()\">هنا</a></p>",
    );
    assert_eq!(
        blocks,
        vec![
            para("أعلنت وزارة الصحة اليوم، وفق وكالة الأنباء ."),
            para("أعلى وهنا"),
        ]
    );
    let text = blocks[0].text();
    let shown: Vec<(&str, &str)> = links
        .iter()
        .map(|l| (&text[l.start..l.end], l.url.as_str()))
        .collect();
    assert_eq!(
        shown,
        vec![
            ("وزارة الصحة", "https://news.example/health"),
            ("وكالة الأنباء", "https://agency.example/x?a=1&b=2"),
        ]
    );
    assert!(links.iter().all(|l| l.block == 0));
}

#[test]
fn furniture_is_dropped_by_tag_class_and_phrase() {
    let (blocks, links) = body(
        "<p>الفقرة الأولى من الخبر.</p>\
         <figure><img src=a.jpg><figcaption>صورة للوزير</figcaption></figure>\
         <div class=\"share-bar\">Facebook Twitter WhatsApp</div>\
         <script>var x = '<p>لا</p>';</script>\
         <p class=\"image-credit\">رويترز</p>\
         <div class=\"ad\">إعلان ممول</div>\
         <p>الفقرة الثانية من الخبر.</p>\
         <p>اقرأ أيضاً: <a href=\"/a\">عنوان خبر آخر</a></p>\
         <h3>اقرأ أيضا</h3>\
         <ul><li><a href=\"/b\">خبر أول</a></li><li><a href=\"/c\">خبر ثان</a></li></ul>\
         <p>الفقرة الأخيرة.</p>\
         <h3>التعليقات</h3><p>تعليق قارئ لا يخص الخبر.</p>",
    );
    assert_eq!(
        blocks,
        vec![
            para("الفقرة الأولى من الخبر."),
            para("الفقرة الثانية من الخبر."),
            para("الفقرة الأخيرة."),
        ]
    );
    assert!(links.is_empty());
}

#[test]
fn lists_of_headlines_are_dropped_but_lists_of_points_kept() {
    let (blocks, _) = body(
        "<p>نص الخبر.</p>\
         <ul><li><a href=\"/1\">عنوان خبر</a></li><li><a href=\"/2\">عنوان آخر</a></li></ul>\
         <ul><li>نقطة فيها <a href=\"/3\">رابط</a> وكلام كثير حوله</li><li>نقطة ثانية</li></ul>",
    );
    assert_eq!(
        blocks,
        vec![
            para("نص الخبر."),
            Block::ListItem("نقطة فيها رابط وكلام كثير حوله".into()),
            Block::ListItem("نقطة ثانية".into()),
        ]
    );
}

#[test]
fn text_escaped_twice_is_decoded_and_stray_tags_removed() {
    let (blocks, _) =
        body("<p>&amp;quot;مرحبا&amp;quot; &amp;lt;b&amp;gt;عالم&amp;lt;/b&amp;gt; 3 &lt; 4</p>");
    assert_eq!(blocks, vec![para("\"مرحبا\" عالم 3 < 4")]);
}

#[test]
fn controls_are_removed_and_bidi_marks_kept() {
    let (blocks, _) = body("<p>\u{1b}[31mنص\u{7} \u{200F}123\u{200F}</p>");
    assert_eq!(blocks, vec![para("[31mنص \u{200F}123\u{200F}")]);
}

#[test]
fn markup_nested_too_deep_is_refused_with_a_message() {
    let html = format!(
        "{}<p>نص</p>{}",
        "<div>".repeat(100_000),
        "</div>".repeat(100_000)
    );
    let err = fragment_to_body(&html, None).unwrap_err();
    assert!(
        err.message.contains("nested 100000 deep"),
        "{}",
        err.message
    );
    // Unclosed paragraphs and void elements do not count as depth.
    let flat = "<p>سطر<br><img src=x>".repeat(5_000);
    assert_eq!(fragment_to_body(&flat, None).unwrap().blocks.len(), 5_000);
}
