//! A column's metadata list under its headline (`• name`, `• date`,
//! `• نشر في <section>`, `• قراءة N مرات`): the headline stays the title,
//! the date is read, and the list leaves the body, also when the section
//! is the editor's column, whose name holds a masthead's staff title.

mod support;

use support::copied::check_lines;

#[test]
fn a_columns_bulleted_metadata_keeps_the_headline_and_gives_the_date() {
    let head = "للمطر رائحة أخرى !!";
    let lines = [
        head,
        "",
        "  • د. مهران القبلاوي",
        "  • الخميس, 12 مارس 2015 09:40",
        "  • نشر في مقال رئيس التحرير",
        "  • قراءة 312 مرات",
        "",
        "بقلم : د. مهران القبلاوي",
        "",
        "كتبت كثيرا عن المطر في هذه الزاوية لكنني اليوم أكتب عنه بعين أخرى بعد موسم طويل من الجفاف.",
        "",
        "فالمطر هذه المرة جاء مختلفا .. لماذا ؟",
    ];
    check_lines(
        &lines,
        head,
        [Some("2015-03-12T09:40"), Some("د. مهران القبلاوي"), None],
        &["كتبت كثيرا", "فالمطر هذه المرة"],
    );
}
