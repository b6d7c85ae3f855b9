//! Lines a page sets beside its story that are none of it: a news ticker
//! of other stories over the headline.
//! Each copy must give its own headline, or its lead's first words when it
//! has none, and none of those lines in the body.

mod support;

use support::copied::check_lines;

/// A ticker's headlines, each ending with the dash that set it off from
/// the next, are other stories': the headline is under them, and its
/// copies (the picture's caption) are dropped.
#[test]
fn a_news_ticker_over_the_headline_is_chrome() {
    let lines = [
        "أخبار عاجلة",
        "الحكومة تقر موازنة العام المقبل بعد نقاش طويل -",
        "إغلاق الطريق الساحلي بسبب أعمال الصيانة الليلية -",
        "المنتخب يستعد لمباراته الودية في العاصمة -",
        "",
        "افتتاح المكتبة العامة الجديدة في وسط المدينة",
        "",
        "افتتاح المكتبة العامة الجديدة في وسط المدينة",
        "",
        "افتتحت البلدية صباح اليوم المكتبة العامة الجديدة في وسط المدينة بحضور عدد من الكتاب والطلاب.",
        "وقال رئيس البلدية إن المكتبة تضم أكثر من عشرين ألف كتاب وقاعة للمطالعة.",
    ];
    let title = "افتتاح المكتبة العامة الجديدة في وسط المدينة";
    check_lines(
        &lines,
        title,
        [None, None, None],
        &["افتتحت البلدية", "وقال رئيس"],
    );
}
