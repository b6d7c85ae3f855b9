//! Pages the importer misread: a copyright notice on a line of its own
//! inside a footer whose other lines give the address and links, under a
//! logo that names the state after the ministry.

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
