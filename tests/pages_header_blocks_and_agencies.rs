//! A story's date set above its headline in a small header block, a deck
//! marked `lead`, a lead opening with a place and the site's name with no
//! colon, an agency's initials spaced out in the author field, the site's
//! name without the word for a website or a channel, a byline field that
//! is a place, the site and its own-story mark, an agency in brackets
//! under the story, a site named in Latin letters in its metadata and in
//! Arabic in its title, a disclaimer under an opinion piece, the site's
//! short name as its byline gives it, an author field crediting the
//! editor too, and a content system's numbered placeholder author.

mod support;

use support::copied::texts;
use support::page::load_html;

const HEADLINE: &str = "الكهرباء تعلن إضافة 500 ميغاواط إلى المنظومة الوطنية خلال أسبوع";
const LEAD: &str = "أعلنت وزارة الكهرباء، اليوم الثلاثاء، إضافة 500 ميغاواط إلى المنظومة الوطنية خلال الأسبوع الماضي بعد إنجاز أعمال صيانة في عدد من المحطات.";
const NEXT: &str = "وقال المتحدث باسم الوزارة في بيان إن الملاكات الفنية عملت على مدار الساعة لإعادة الوحدات المتوقفة إلى العمل قبل ذروة الصيف.";
const MORE: &str = "وأضاف أن الوزارة وجهت الشركات العامة لتوزيع الكهرباء بإعطاء الأولوية للمستشفيات ومحطات ضخ المياه في ساعات الذروة.";

fn page(head: &str, article: &str, after: &str) -> String {
    format!(
        "<html lang=\"ar\"><head><title>{HEADLINE} | الموقع</title>{head}</head><body>\
         <article>{article}</article>{after}</body></html>"
    )
}

fn body(lead: &str) -> String {
    format!("<div class=\"text\"><p>{lead}</p><p>{NEXT}</p><p>{MORE}</p></div>")
}

/// The article a page with `head` gives, `between` set after its `<h1>`
/// and before a story opening with `lead`.
fn headed(head: &str, between: &str, lead: &str) -> qari::article::Article {
    load_html(&page(
        head,
        &format!("<h1>{HEADLINE}</h1>{between}{}", body(lead)),
        "",
    ))
}

/// Other stories after the article, each with its own date.
const RELATED: &str = "<aside><ul>\
    <li><a href=\"/a\">إنقاذ صياد بعد انقلاب قاربه قبالة الساحل الغربي</a><time datetime=\"2022-07-18T12:00:00Z\">18 يوليو 2022</time></li>\
    <li><a href=\"/b\">افتتاح مستودع جديد للمواد الغذائية في المحافظة</a><time datetime=\"2022-07-17T12:00:00Z\">17 يوليو 2022</time></li>\
    </ul></aside>";

#[test]
fn the_date_above_the_headline_in_its_header_block_is_the_storys() {
    let header = format!(
        "<div class=\"node__header\"><div class=\"field--name-field-news-date\">\
         <time datetime=\"2022-07-19T12:00:00Z\">19 يوليو 2022</time></div>\
         <h1><span>{HEADLINE}</span></h1><div class=\"topic\"><a href=\"/t\">طاقة</a></div></div>"
    );
    let a = load_html(&page("", &format!("{header}{}", body(LEAD)), RELATED));
    assert_eq!(a.published.as_deref(), Some("2022-07-19"));
    assert_eq!(texts(&a), [LEAD, NEXT, MORE]);
}

#[test]
fn a_date_above_the_headline_outside_its_header_block_is_not_the_storys() {
    // A column of other stories before the story, the last with its date
    // just before the headline, in a block that holds more than a header.
    let column = "<div class=\"column\"><ul>\
        <li><a href=\"/c\">وزارة النقل تعلن عن خطة لتطوير شبكة الطرق السريعة خلال خمس سنوات قادمة في البلاد</a></li>\
        <li><a href=\"/d\">ارتفاع أسعار المواد الغذائية في الأسواق المحلية مع اقتراب موسم الأعياد والمناسبات</a></li>\
        <li><a href=\"/e\">انطلاق الدورة الجديدة لمعرض الكتاب الدولي بمشاركة ستمئة دار نشر من ثلاثين بلدا</a>\
        <time datetime=\"2022-07-10T12:00:00Z\">10 يوليو 2022</time></li></ul></div>";
    let article = format!(
        "<div class=\"wrap\">{column}<h1>{HEADLINE}</h1>\
         <span class=\"date\">19 يوليو 2022</span>{}</div>",
        body(LEAD)
    );
    let a = load_html(&page("", &article, ""));
    assert_eq!(a.published.as_deref(), Some("2022-07-19"));
}

#[test]
fn a_deck_marked_lead_goes() {
    let a = headed(
        "",
        "<div class=\"field--name-field-news-story-lead\">\
         الوزارة تضيف 500 ميغاواط إلى الشبكة قبل ذروة الصيف.</div>",
        LEAD,
    );
    assert_eq!(texts(&a), [LEAD, NEXT, MORE]);
}

#[test]
fn a_place_and_the_sites_name_with_no_colon_leave_the_lead() {
    let site = "<meta property=\"og:site_name\" content=\"موازين نيوز\">";
    let lead = format!("بغداد-موازين نيوز {LEAD}");
    let a = headed(site, "", &lead);
    assert_eq!(texts(&a), [LEAD, NEXT, MORE]);
    assert_eq!(a.source.as_deref(), Some("موازين نيوز"));
    // A lead that opens with a place and a dash and other words keeps them.
    let lead = format!("بغداد-موازين الطاقة {LEAD}");
    let a = headed(site, "", &lead);
    assert_eq!(texts(&a)[0], lead);
}

#[test]
fn an_agencys_initials_in_the_author_field_are_the_source() {
    let head = "<meta property=\"og:site_name\" content=\"الأحداث المغربية\">\
                <meta name=\"author\" content=\"و م ع\">";
    let a = headed(head, "", LEAD);
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("و م ع"));
    // A writer's initials are no agency's.
    let head = "<meta property=\"og:site_name\" content=\"الأحداث المغربية\">\
                <meta name=\"author\" content=\"م ع\">";
    let a = headed(head, "", LEAD);
    assert_eq!(a.source.as_deref(), Some("الأحداث المغربية"));
}

#[test]
fn the_sites_name_loses_the_word_for_a_website_or_a_channel() {
    for (site, short) in [
        ("قناة ليبيا الحدث", "ليبيا الحدث"),
        ("موقع قناة المنار", "المنار"),
        ("جريدة الغد", "جريدة الغد"),
        ("بوابة الوسط", "بوابة الوسط"),
        ("قناة", "قناة"),
    ] {
        let head = format!("<meta property=\"og:site_name\" content=\"{site}\">");
        let a = headed(&head, "", LEAD);
        assert_eq!(a.source.as_deref(), Some(short), "{site}");
    }
}

#[test]
fn a_byline_field_of_a_place_the_site_and_its_mark_names_no_writer() {
    let head = "<meta property=\"og:site_name\" content=\"يمن فيوتشر\">";
    let a = headed(
        head,
        "<div class=\"jeg_meta_author\"><span>بواسطة</span> \
         <a href=\"/author/yf\">عدن – يمن فيوتشر – خاص</a></div>",
        LEAD,
    );
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("يمن فيوتشر"));
    // A writer before the mark is still the writer.
    let a = headed(
        head,
        "<div class=\"jeg_meta_author\"><span>بواسطة</span> \
         <a href=\"/author/mh\">صنعاء – محمد علي – خاص</a></div>",
        LEAD,
    );
    assert_eq!(a.author.as_deref(), Some("محمد علي"));
}

#[test]
fn an_agency_in_brackets_under_the_story_is_its_source() {
    let head = "<meta property=\"og:site_name\" content=\"جريدة الصحافة اليوم\">";
    let story = format!(
        "<h1>{HEADLINE}</h1><div class=\"text\"><p>{LEAD}</p><p>{NEXT}</p><p>{MORE}</p><p>(وات)</p></div>"
    );
    let a = load_html(&page(head, &story, ""));
    assert_eq!(a.source.as_deref(), Some("وات"));
    assert_eq!(texts(&a), [LEAD, NEXT, MORE]);
    // A name no table lists in brackets is left as the page has it.
    let story = story.replace("(وات)", "(الصحافة)");
    let a = load_html(&page(head, &story, ""));
    assert_eq!(a.source.as_deref(), Some("جريدة الصحافة اليوم"));
}

#[test]
fn a_site_named_in_latin_letters_and_in_arabic_in_its_title_is_the_arabic() {
    let html = format!(
        "<html><head><title>ليبانون فايلز - {HEADLINE}</title>\
         <meta property=\"og:site_name\" content=\"Lebanon Files\">\
         <meta property=\"og:title\" content=\"{HEADLINE}\"></head><body>\
         <article><h1>{HEADLINE}</h1>{}<p>\"ليبانون فايلز\" لا يتبنى بالضرورة وجهة نظر الكاتب في المقالات المنشورة.</p>\
         </article></body></html>",
        body(LEAD)
    );
    let a = load_html(&html);
    assert_eq!(a.source.as_deref(), Some("ليبانون فايلز"));
    assert_eq!(texts(&a), [LEAD, NEXT, MORE]);
}

#[test]
fn the_sites_short_name_as_its_byline_gives_it_is_the_source() {
    let head = "<meta property=\"og:site_name\" content=\"أمد للإعلام\">";
    let a = headed(head, "<div class=\"news-source\">أمد/ رام الله</div>", LEAD);
    assert_eq!(a.source.as_deref(), Some("أمد"));
    // A name that is not the site's said shorter leaves the site's name.
    let a = headed(
        head,
        "<div class=\"news-source\">الموقع/ رام الله</div>",
        LEAD,
    );
    assert_eq!(a.source.as_deref(), Some("أمد للإعلام"));
}

#[test]
fn an_author_field_crediting_the_editor_and_a_numbered_placeholder() {
    let head = "<meta name=\"author\" content=\"عمر حاج أحمد | تحرير: سارة الحلبي\">";
    let a = headed(head, "", LEAD);
    assert_eq!(a.author.as_deref(), Some("عمر حاج أحمد"));
    for placeholder in ["كاتب 1", "Super User", "admin2"] {
        let head = format!("<meta name=\"author\" content=\"{placeholder}\">");
        let a = headed(&head, "", LEAD);
        assert_eq!(a.author, None, "{placeholder}");
    }
}
