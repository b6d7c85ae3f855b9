//! Lines a page sets with pictographs and hashtags: a line of hashtags, a
//! counter led by its picture, a box's label after a pin, and a reading
//! time after its label, which is no writer's name.

mod support;

use support::copied::check_lines;

const HEAD: &str = "جامعة المدينة تفتح باب التسجيل في برنامج الذكاء الاصطناعي";
const LEAD: &str =
    "أعلنت جامعة المدينة فتح باب التسجيل في برنامجها الجديد للذكاء الاصطناعي بدءا من الأسبوع المقبل.";
const NEXT: &str = "وقال عميد الكلية إن البرنامج يقبل مئة طالب في دفعته الأولى ويمتد أربع سنوات.";

#[test]
fn hashtags_counters_and_pinned_labels_are_the_pages() {
    for line in [
        "#جامعة_المدينة #تعليم 🎓",
        "#الذكاء_الاصطناعي",
        "👁 2341",
        "💬 12",
        "📌 اقرأ أيضًا: الجامعة تفتتح مختبرا جديدا للروبوتات",
    ] {
        check_lines(
            &[HEAD, "سامر يوسف", LEAD, line, NEXT],
            HEAD,
            [None, Some("سامر يوسف"), None],
            &["أعلنت جامعة المدينة", "وقال عميد الكلية"],
        );
    }
}

#[test]
fn a_paragraph_with_a_hashtag_in_it_stays() {
    let tagged = "وتفاعل طلاب على المنصات مع الإعلان تحت وسم #جامعة_المدينة خلال ساعات.";
    check_lines(
        &[HEAD, "سامر يوسف", LEAD, tagged, NEXT],
        HEAD,
        [None, Some("سامر يوسف"), None],
        &["أعلنت جامعة المدينة", "وتفاعل طلاب", "وقال عميد الكلية"],
    );
}

#[test]
fn a_reading_time_after_its_label_is_no_writer() {
    for line in [
        "وقت القراءة: 3 دقائق",
        "مدة القراءة: 4 دقائق",
        "Reading time: 5 min",
    ] {
        check_lines(
            &[HEAD, "سامر يوسف", "12 مارس، 2024", line, LEAD, NEXT],
            HEAD,
            [Some("2024-03-12"), Some("سامر يوسف"), None],
            &["أعلنت جامعة المدينة", "وقال عميد الكلية"],
        );
    }
}
