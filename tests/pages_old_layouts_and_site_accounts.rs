//! Old table layouts titled with the site's name over a headline in
//! large type, a writer's name alone under the last paragraph, a caption
//! in italics under its picture, and sites whose account or address
//! stands where a writer's name or their own name is read.

mod support;

use qari::article::Block;
use support::copied::texts;
use support::page::load_html;
use support::page::paragraphs;

const PARAGRAPHS: [&str; 3] = [
    "كلما زرت المدينة بعد غياب، أحرص على أن أمشي في شوارعها القديمة وأسواقها المسقوفة وأزقتها الضيقة.",
    "البيوت ذات الأفنية الداخلية التي بنيت قبل قرن تتساقط واحدا تلو الآخر بين المطر والإهمال والهدم.",
    "المطلوب أولا جرد دقيق للمباني ذات القيمة التاريخية، ووقف فوري لأي هدم فيها، ثم خطة للترميم.",
];
const HEADLINE: &str = "المدينة القديمة.. ذاكرة تنهار بصمت";

#[test]
fn an_old_page_titled_with_its_sites_name_shows_its_headline_in_large_type() {
    let html = format!(
        "<html><head><title>وطننا الحر</title></head><body><table><tr><td>\
         <font size=\"2\">الاحد 21 جمادى الآخرة 1430 هـ الموافق 14 يونيو 2009 م</font></td></tr>\
         <tr><td><font size=\"4\"><b>سالم أبوبكر الحاسي</b></font></td></tr>\
         <tr><td><font size=\"6\"><b>{HEADLINE}</b></font></td></tr>\
         <tr><td>{}<p>سالم أبوبكر الحاسي</p></td></tr></table></body></html>",
        paragraphs(&PARAGRAPHS)
    );
    let a = load_html(&html);
    assert_eq!(a.title, HEADLINE);
    assert_eq!(a.source.as_deref(), Some("وطننا الحر"));
    assert_eq!(a.author.as_deref(), Some("سالم أبوبكر الحاسي"));
    assert_eq!(a.published.as_deref().map(|d| &d[..10]), Some("2009-06-14"));
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn a_caption_in_italics_under_its_picture_is_no_paragraph() {
    let [first, second, third] = PARAGRAPHS;
    let html = format!(
        "<html><head><meta charset=\"utf-8\"><title>{HEADLINE}</title></head><body>\
         <article><h1>{HEADLINE}</h1><div class=\"field-item\"><p>{first}</p>\
         <p style=\"text-align:center\"><img src=\"/files/pic.jpg\" width=\"600\"></p>\
         <p style=\"text-align:center\"><em>زوارق الصيد التقليدي في الميناء (الموقع)</em></p>\
         <p>{second}</p><p style=\"text-align:center\"><em>{third}</em></p></div></article>\
         </body></html>"
    );
    // Centred italics with no picture over them stay the story's.
    assert_eq!(texts(&load_html(&html)), PARAGRAPHS);
}

#[test]
fn a_sites_account_signs_for_no_one_and_its_address_is_no_part_of_its_name() {
    let html = format!(
        "<html><head><meta charset=\"utf-8\"><title>{HEADLINE} | شمالي chamaly.ma</title>\
         <meta property=\"og:site_name\" content=\"شمالي chamaly.ma\">\
         <meta name=\"author\" content=\"اخبار المدينة العاجلة\"></head><body><article>\
         <h1>{HEADLINE}</h1><div class=\"entry-content\">{}</div></article></body></html>",
        paragraphs(&PARAGRAPHS)
    );
    let a = load_html(&html);
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("شمالي"));
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn the_headline_keeps_the_marks_the_page_shows_and_a_teams_account_gives_way() {
    let shown = "«عيد الخير» تطلق حملة الشتاء لإغاثة الأسر في المدينة";
    let html = format!(
        "<html><head><meta charset=\"utf-8\"><title>{shown} | عيد الخير</title>\
         <script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\
         \"headline\":\"\\\"عيد الخير\\\" تطلق حملة الشتاء لإغاثة الأسر في المدينة\",\
         \"author\":{{\"@type\":\"Person\",\"name\":\"Arabwheels Team\"}}}}</script></head>\
         <body><article><h1>{shown}</h1><div class=\"jeg_meta_author\">\
         <span class=\"meta_text\">بواسطة</span> <a href=\"/author/rami/\">رامي الحلبي</a></div>\
         <div class=\"entry-content\">{}</div></article></body></html>",
        paragraphs(&PARAGRAPHS)
    );
    let a = load_html(&html);
    assert_eq!(a.title, shown);
    assert_eq!(a.author.as_deref(), Some("رامي الحلبي"));
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn a_writers_note_over_a_link_to_the_document_is_no_text() {
    let html = format!(
        "<html><head><meta charset=\"utf-8\"><title>{HEADLINE}</title></head><body><article>\
         <h1>{HEADLINE}</h1><div class=\"entry-content\">{}<p>__________________________</p>\
         <p><em>* أكاديمي وباحث في الاقتصاد المالي، جامعة البصرة.</em></p>\
         <p style=\"text-align: center;\">للاطلاع على المقال بصيغة PDF يرجى النقر على الرابط التالي\
         <br><a href=\"/files/paper.pdf\">Budget scenarios</a></p></div></article></body></html>",
        paragraphs(&PARAGRAPHS)
    );
    assert_eq!(texts(&load_html(&html)), PARAGRAPHS);
}

#[test]
fn a_numbered_items_paragraph_stays_with_its_number() {
    let html = format!(
        "<html><head><meta charset=\"utf-8\"><title>{HEADLINE}</title></head><body><article>\
         <h1>{HEADLINE}</h1><div class=\"entry-content\">{}<ol>\
         <li><p>ختم القرآن الكريم مرة على الأقل خلال الشهر.</p></li>\
         <li><p>صلة الأرحام وزيارة كبار السن من الأقارب.</p></li></ol></div></article>\
         </body></html>",
        paragraphs(&PARAGRAPHS)
    );
    let a = load_html(&html);
    let items: Vec<&str> = a
        .body
        .iter()
        .filter(|b| matches!(b, Block::ListItem(_)))
        .map(Block::text)
        .collect();
    assert_eq!(
        items,
        [
            "1. ختم القرآن الكريم مرة على الأقل خلال الشهر.",
            "2. صلة الأرحام وزيارة كبار السن من الأقارب."
        ]
    );
}

#[test]
fn a_bodys_media_desk_is_no_writer_and_an_opinion_notice_is_no_text() {
    let html = format!(
        "<html><head><meta charset=\"utf-8\"><title>{HEADLINE}</title>\
         <meta name=\"author\" content=\"إعلام الهيئة\"></head><body><article>\
         <h1>{HEADLINE}</h1><div class=\"entry-content\">{}\
         <p>المقال يعبر عن رأي كاتبه ولا يعبر بالضرورة عن رأي الموقع.</p></div></article>\
         </body></html>",
        paragraphs(&PARAGRAPHS)
    );
    let a = load_html(&html);
    assert_eq!(a.author, None);
    assert_eq!(texts(&a), PARAGRAPHS);
}
