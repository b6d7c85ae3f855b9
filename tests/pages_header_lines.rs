//! The header's lines a page sets inside the story's container, under a
//! deck: its date run into a counter, the date of the last update, a
//! Gregorian and a Hijri date glued to the clock. They go; the deck stays.

mod support;

use support::page::load_html;

use qari::article::Block;

const DECK: &str = "السكان يطالبون بزيادة عدد الحافلات في ساعات الذروة";
const PARAS: [&str; 2] = [
    "أعلنت هيئة النقل صباح اليوم تشغيل خط حافلات جديد يربط الأحياء الشمالية بوسط المدينة كل عشر دقائق.",
    "وقال مدير الهيئة إن الخط الجديد سيخدم أكثر من عشرين ألف راكب يوميا في مرحلته الأولى.",
];

fn load(header: &[&str]) -> Vec<String> {
    let lines: Vec<&str> = [DECK]
        .iter()
        .chain(header)
        .chain(PARAS.iter())
        .copied()
        .collect();
    load_lines(&lines)
}

/// The body's blocks of a page whose story container holds `lines`.
fn load_lines(lines: &[&str]) -> Vec<String> {
    let mut html = String::from(
        "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">\
         <title>خط حافلات جديد في المدينة</title>\
         <meta property=\"article:published_time\" content=\"2024-05-02T10:00:00+03:00\">\
         </head><body><article><h1>خط حافلات جديد في المدينة</h1>",
    );
    for line in lines {
        html.push_str(&format!("<p>{line}</p>"));
    }
    html.push_str("</article></body></html>");
    load_html(&html)
        .body
        .iter()
        .map(|b: &Block| b.text().to_owned())
        .collect()
}

#[test]
fn dates_run_into_counters_and_updates_under_a_deck_go() {
    for header in [
        &["2024/05/02 10:00 5,421"][..],
        &[
            "الخميس 2 مايو 2024 10:00",
            "آخر تحديث: الجمعة 3 مايو 2024 11:20",
        ],
        &["2 مايو 2024 - 23 شوال 144510:00 ص"],
    ] {
        assert_eq!(load(header), [DECK, PARAS[0], PARAS[1]], "{header:?}");
    }
}

#[test]
fn a_paragraph_that_names_a_date_stays() {
    let dated = "وكانت الهيئة قد أعلنت في 12 مارس 2024 عن خطة لتوسيع شبكة الحافلات.";
    assert_eq!(load(&[dated]), [DECK, dated, PARAS[0], PARAS[1]]);
}

#[test]
fn a_trail_to_the_story_over_its_date_and_deck_goes() {
    let trail = "الرئيسية > أخبار > خط حافلات جديد في المدينة";
    let date = "الخميس 2 أيار (مايو) 2024، آخر تحديث الجمعة 3 أيار (مايو) 2024";
    assert_eq!(
        load_lines(&[trail, date, DECK, PARAS[0], PARAS[1]]),
        [DECK, PARAS[0], PARAS[1]]
    );
}
