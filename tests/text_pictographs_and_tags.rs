//! Lines a page sets with pictographs and hashtags: a line of hashtags, a
//! counter led by its picture, a box's label after a pin, and a reading
//! time after its label, which is no writer's name. And the widgets' lines
//! a copy keeps between and after paragraphs: a blog engine's share box, a
//! platform's button alone, a prompt to follow or join the site, a
//! newsletter's box and a media player's clock.

mod support;

use support::copied::check_lines;

const HEAD: &str = "جامعة المدينة تفتح باب التسجيل في برنامج الذكاء الاصطناعي";
const LEAD: &str =
    "أعلنت جامعة المدينة فتح باب التسجيل في برنامجها الجديد للذكاء الاصطناعي بدءا من الأسبوع المقبل.";
const NEXT: &str = "وقال عميد الكلية إن البرنامج يقبل مئة طالب في دفعته الأولى ويمتد أربع سنوات.";

/// `line` between the story's two paragraphs under its headline and
/// writer: the body is the two paragraphs, with the line's `kept` start
/// between them when it is the story's.
fn between_paragraphs(line: &str, kept: &[&str]) {
    let mut starts = vec!["أعلنت جامعة المدينة"];
    starts.extend(kept);
    starts.push("وقال عميد الكلية");
    check_lines(
        &[HEAD, "سامر يوسف", LEAD, line, NEXT],
        HEAD,
        [None, Some("سامر يوسف"), None],
        &starts,
    );
}

#[test]
fn hashtags_counters_and_pinned_labels_are_the_pages() {
    for line in [
        "#جامعة_المدينة #تعليم 🎓",
        "#الذكاء_الاصطناعي",
        "👁 2341",
        "💬 12",
        "📌 اقرأ أيضًا: الجامعة تفتتح مختبرا جديدا للروبوتات",
    ] {
        between_paragraphs(line, &[]);
    }
}

#[test]
fn a_paragraph_with_a_hashtag_in_it_stays() {
    let tagged = "وتفاعل طلاب على المنصات مع الإعلان تحت وسم #جامعة_المدينة خلال ساعات.";
    between_paragraphs(tagged, &["وتفاعل طلاب"]);
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

#[test]
fn share_boxes_follow_prompts_newsletters_and_players_are_the_pages() {
    for line in [
        "شارك هذا الموضوع:",
        "WhatsApp",
        "إعجاب تحميل...",
        "Like Loading...",
        "تابعوا صحيفة المدينة على Google News",
        "انضم الى قناة \"المدينة\" على يوتيوب الان، اضغط هنا",
        "أدخل بريدك الإلكتروني لتصلك آخر الأخبار",
        "00:00 / 01:48",
    ] {
        between_paragraphs(line, &[]);
    }
}

#[test]
fn a_paragraph_that_tells_of_following_a_platform_stays() {
    // A sentence longer than a prompt that names a platform is the story's.
    let told = "وتابع آلاف الطلاب إعلان الجامعة على يوتيوب مباشرة، وطرحوا أسئلتهم عن شروط القبول ومواعيد الامتحانات في التعليقات.";
    between_paragraphs(told, &["وتابع آلاف الطلاب"]);
}
