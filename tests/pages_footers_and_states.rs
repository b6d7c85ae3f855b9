//! Pages the importer misread: a copyright notice on a line of its own
//! inside a footer whose other lines give the address and links, under a
//! logo that names the state after the ministry; a lead's dateline
//! naming an outlet no table knows that the headline cites; a bar of
//! bracketed buttons with the link to more stories; the news' title
//! cell under a box's title cell.

mod support;

use support::page::{load_html, page, paragraphs};

const HEAD: &str = "الوزارة تطلق المرحلة الثانية من برنامج «مدرستي تقرأ» في المدارس الحكومية";
const LEAD: &str = "أطلقت الوزارة اليوم المرحلة الثانية من برنامج «مدرستي تقرأ» الذي يستهدف أكثر من ستين ألف طالب في المدارس الحكومية خلال العام الدراسي الحالي.";
const NEXT: &str = "وأوضحت الوزارة أن المرحلة الجديدة تتضمن تزويد مكتبات المدارس بعشرين ألف كتاب جديد وتدريب أمناء المكتبات على تنظيم مسابقات القراءة.";
const MORE: &str = "ويأتي البرنامج ضمن خطة الوزارة لتعزيز مهارات القراءة باللغة العربية لدى الطلاب في المراحل الدراسية المختلفة.";

fn ministry(logo: &str) -> String {
    page(
        &format!("<title>الأخبار - {HEAD}</title>"),
        &format!(
            "<div class=\"moe-logo\"><a href=\"/ar\"><img src=\"/logo-ar.png\" alt=\"{logo}\"></a></div>\
             <h1>{HEAD}</h1><div class=\"news-details-body\">{}</div>\
             <div class=\"moe-footer\">\
             <div>جميع الحقوق محفوظة © 2023 وزارة التربية والتعليم والتعليم العالي - دولة قطر</div>\
             <div>الدوحة - منطقة الدفنة - مبنى الوزارة | هاتف: 44044444 | البريد الإلكتروني: info@edu.gov.qa</div>\
             <div><a href=\"/p\">سياسة الخصوصية</a> | <a href=\"/t\">شروط الاستخدام</a> | \
             <a href=\"/s\">خريطة الموقع</a> | <a href=\"/a\">إمكانية الوصول</a> | \
             <a href=\"/c\">اتصل بنا</a> | <a href=\"/f\">الأسئلة الشائعة</a></div></div>",
            paragraphs(&[LEAD, NEXT, MORE])
        ),
    )
}

#[test]
fn a_notice_on_a_footers_line_of_its_own_names_the_site() {
    for logo in [
        "وزارة التربية والتعليم والتعليم العالي - دولة قطر",
        "دولة قطر - وزارة التربية والتعليم والتعليم العالي",
    ] {
        let a = load_html(&ministry(logo));
        assert_eq!(a.title, HEAD, "{logo}");
        assert_eq!(a.author, None, "{logo}");
        assert_eq!(
            a.source.as_deref(),
            Some("وزارة التربية والتعليم والتعليم العالي"),
            "{logo}"
        );
    }
}

#[test]
fn a_lead_dateline_naming_an_outlet_the_story_cites_credits_it() {
    let head = "«وعد» تنظم ندوة حول بطالة الجامعيين في أم الحصم";
    let lead = "نظمت جمعية العمل الوطني الديمقراطي مساء أمس الإثنين ندوة حول بطالة الجامعيين في مقرها بأم الحصم بمشاركة عدد من الخريجين.";
    let html = page(
        &format!("<title>{head}</title><meta name=\"author\" content=\"Administrator\">"),
        &format!(
            "<h2 class=\"contentheading\">{head}</h2>\
             <p><strong>أم الحصم – وعد:</strong> {lead}</p>{}",
            paragraphs(&[NEXT, MORE])
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("وعد"));
    assert_eq!(a.body.first().map(|b| b.text()), Some(lead));
}

#[test]
fn a_lead_datelines_own_brackets_are_no_citation() {
    let lead = "سلّمت اللجنة الدولية للصليب الأحمر اليوم الخميس مستشفى الوحدة في مدينة درنة معدات لغسيل الكلى تخدم ثلاثمئة مريض.";
    let html = page(
        &format!("<title>{HEAD}</title>"),
        &format!(
            "<h1>{HEAD}</h1><p>درنة (اللجنة الدولية) – {lead}</p>{}",
            paragraphs(&[NEXT, MORE])
        ),
    );
    let a = load_html(&html);
    assert_ne!(a.source.as_deref(), Some("اللجنة الدولية"));
}

#[test]
fn a_bar_of_bracketed_buttons_with_more_stories_ends_the_story() {
    let html = page(
        &format!("<title>{HEAD}</title>"),
        &format!(
            "<h1>{HEAD}</h1>{}<p>[ طباعة ] [ المزيد من الأخبار ] [ رجوع ]</p>\
             <p>اختتام الدورة التدريبية حول إدارة المياه في الزراعة بمشاركة خبراء من عشر دول عربية.</p>",
            paragraphs(&[LEAD, NEXT, MORE])
        ),
    );
    let a = load_html(&html);
    let texts: Vec<&str> = a.body.iter().map(|b| b.text()).collect();
    assert_eq!(texts, [LEAD, NEXT, MORE]);
}

#[test]
fn the_news_titles_cell_outranks_a_boxs_title_cell_above_it() {
    let html = page(
        "<title>عالم اليوم</title>",
        &format!(
            "<table><tr><td class=\"sec_title\">كتّـاب عالم اليوم</td></tr>\
             <tr><td><a href=\"/w1\">مقالات الرأي اليوم</a></td></tr></table>\
             <table><tr><td class=\"news_title\">{HEAD}</td></tr>\
             <tr><td class=\"news_text\">{}</td></tr></table>",
            paragraphs(&[LEAD, NEXT, MORE])
        ),
    );
    assert_eq!(load_html(&html).title, HEAD);
}
