//! What a page sets round its headline and under its story: the story's
//! `<header>` (label, deck, writer and date, share bar), a deck and a
//! picture's description named by class, a picture's credit that names
//! no source of the story, a title whose site's name only the `<title>`
//! shows, a source line at the story's end, the site writing with an
//! agency, the story's own mark over the writer, and a machine date in
//! the US form.

mod support;

use qari::article::byline;
use support::copied::texts;
use support::page::load_html;

const HEADLINE: &str = "السد يقلب تأخره أمام أم صلال إلى فوز بثلاثية ويواصل مطاردة الصدارة";
const LEAD: &str = "حوّل السد تأخره بهدف إلى فوز مستحق على ضيفه أم صلال بثلاثة أهداف مقابل هدف في المباراة التي جمعتهما مساء الثلاثاء.";
const NEXT: &str = "وباغت أم صلال أصحاب الأرض بهدف مبكر في الدقيقة التاسعة إثر هجمة مرتدة سريعة أنهاها مهاجمه بتسديدة قوية.";

fn page(head: &str, header: &str, foot: &str) -> String {
    format!(
        "<html lang=\"ar\"><head><title>{HEADLINE} | الموقع</title>{head}</head><body>\
         <article>{header}<div class=\"body\"><p>{LEAD}</p><p>{NEXT}</p>{foot}</div></article>\
         </body></html>"
    )
}

#[test]
fn the_storys_header_gives_its_fields_and_no_paragraph() {
    let header = format!(
        "<header class=\"ArticleHeader_header__Lp0eC\"><a class=\"ArticleHeader_competition\" href=\"/c\">دوري نجوم قطر</a>\
         <h1>{HEADLINE}</h1><p class=\"ArticleHeader_summary\">السد حوّل تأخره بهدف إلى فوز 3-1 على أم صلال في الجولة الحادية عشرة</p>\
         <div class=\"ArticleHeader_meta\"><span class=\"ArticleHeader_author\">beIN SPORTS</span>\
         <time datetime=\"2023-12-19T21:40:00.000Z\">20 ديسمبر 2023 - 00:40</time></div></header>"
    );
    let a = load_html(&page("", &header, ""));
    assert_eq!(a.title, HEADLINE);
    assert_eq!(texts(&a), [LEAD, NEXT]);
    // The agency the writer's field credits is still the source.
    let header = format!(
        "<header><span class=\"kicker\">فنون</span><h1>{HEADLINE}</h1>\
         <div class=\"meta\"><span class=\"sc-article__author\">مونت كارلو الدولية / أ ف ب</span></div></header>"
    );
    let a = load_html(&page(
        "<meta property=\"og:site_name\" content=\"مونت كارلو الدولية\">",
        &header,
        "",
    ));
    assert_eq!(a.source.as_deref(), Some("أ ف ب"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_deck_and_a_pictures_description_named_by_class_go() {
    let header = format!(
        "<h1>{HEADLINE}</h1><h2 class=\"articleStandfirst\">الفريق يواصل مطاردة الصدارة بفارق نقطتين</h2>\
         <div class=\"articleImg\"><img src=\"/a.jpg\"><div class=\"imgDesc\">فرحة لاعبي السد بأحد الأهداف - أرشيفية</div></div>"
    );
    let a = load_html(&page("", &header, ""));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_pictures_credit_is_no_source_and_the_title_gives_the_site() {
    let header = format!(
        "<h2 class=\"itemTitle\" itemprop=\"headline\">{HEADLINE}</h2>\
         <span class=\"itemImageCaption\">اللاعبون بعد المباراة</span>\
         <span class=\"itemImageCredits\">المصدر: المكتب الإعلامي للنادي</span>"
    );
    let html = page(
        &format!("<meta property=\"og:title\" content=\"{HEADLINE} - مجلة الملاعب\">"),
        &header,
        "",
    )
    .replace(
        &format!("<title>{HEADLINE} | الموقع</title>"),
        &format!("<title>{HEADLINE} - مجلة الملاعب</title>"),
    );
    let a = load_html(&html);
    assert_eq!(a.title, HEADLINE);
    assert_eq!(a.source.as_deref(), Some("مجلة الملاعب"));
}

#[test]
fn a_source_line_at_the_storys_end_is_its_source() {
    let a = load_html(&page(
        "<meta property=\"og:site_name\" content=\"زهرة الشمال\">",
        &format!("<h1>{HEADLINE}</h1>"),
        "<p>المصدر: الوكالة الموريتانية للأنباء</p>",
    ));
    assert_eq!(a.source.as_deref(), Some("الوكالة الموريتانية للأنباء"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_site_writing_with_an_agency_and_a_marked_writer() {
    assert_eq!(
        byline::parse("يورونيوز مع أ ف ب").and_then(|b| b.source),
        Some("أ ف ب".to_owned())
    );
    let b = byline::parse("سبوتنيك عربي - القاهرة. أحمد عبد الوهاب").unwrap();
    assert_eq!(b.author.as_deref(), Some("أحمد عبد الوهاب"));
    assert_eq!(b.place.as_deref(), Some("القاهرة"));
    let header = format!(
        "<h1>{HEADLINE}</h1><div class=\"article__author\"><span>حصري</span> <span>أحمد عبد الوهاب</span></div>"
    );
    let a = load_html(&page("", &header, ""));
    assert_eq!(a.author.as_deref(), Some("أحمد عبد الوهاب"));
}

#[test]
fn a_machine_date_in_the_us_form_is_month_first() {
    let a = load_html(&page(
        "<meta property=\"article:published_time\" content=\"11/5/2019 7:45:00 PM\">",
        &format!("<h1>{HEADLINE}</h1>"),
        "",
    ));
    assert_eq!(a.published.as_deref().map(|d| &d[..10]), Some("2019-11-05"));
}
