//! A writer after the site's name of one word, an Algerian signature of a
//! given name and an initial at the foot, a site's login as the byline,
//! and a column headed by its writer's name.

mod support;

use support::copied::check_lines;
use support::page::load_html;

const HEAD: &str = "أسعار المحروقات تعود إلى الارتفاع مع النصف الثاني من الشهر";
const LEAD: &str = "عرفت أسعار المحروقات بمحطات الوقود زيادة جديدة همت مادتي الغازوال والبنزين بعد أسابيع من الاستقرار.";
const NEXT: &str = "وحسب معطيات من عدد من المحطات، فقد ارتفع سعر لتر الغازوال بحوالي 25 سنتيما.";

#[test]
fn a_compound_given_name_after_a_one_word_site_is_the_writer() {
    check_lines(
        &[
            HEAD,
            "بلبريس - عبد الحق العمري",
            "نشر في: 20 غشت 2024",
            LEAD,
            NEXT,
        ],
        HEAD,
        [Some("2024-08-20"), Some("عبد الحق العمري"), Some("بلبريس")],
        &["عرفت أسعار المحروقات", "وحسب معطيات"],
    );
}

#[test]
fn a_given_name_and_an_initial_at_the_foot_sign_the_story() {
    check_lines(
        &[
            HEAD,
            "12 ماي 2024",
            LEAD,
            NEXT,
            "ليلى. ب",
            "شارك:",
            "Facebook",
        ],
        HEAD,
        [Some("2024-05-12"), Some("ليلى. ب"), None],
        &["عرفت أسعار المحروقات", "وحسب معطيات"],
    );
}

#[test]
fn a_login_signs_for_no_one_and_the_column_heading_names_the_writer() {
    let head = "ضوء كاشف | الطاهر عبدالمنعم يكتب: الموسم الزراعي.. الفرصة الأخيرة";
    check_lines(
        &[head, "بواسطة sudan", "3 نوفمبر 2025", LEAD, NEXT],
        head,
        [Some("2025-11-03"), Some("الطاهر عبدالمنعم"), None],
        &["عرفت أسعار المحروقات", "وحسب معطيات"],
    );
    // A headline that only quotes a verb of writing names no one.
    let plain = "عن الكاتب الذي يكتب: الرواية والمدينة";
    check_lines(
        &[plain, "3 نوفمبر 2025", LEAD, NEXT],
        plain,
        [Some("2025-11-03"), None, None],
        &["عرفت أسعار المحروقات", "وحسب معطيات"],
    );
}

#[test]
fn a_page_headed_by_its_writers_name_has_that_author() {
    let head = "منى سالم تكتب: مدن بلا أرصفة";
    let html = format!(
        "<html><head><meta charset=\"utf-8\"><title>{head}</title></head><body><article>\
         <h1>{head}</h1><div class=\"entry-content\"><p>{LEAD}</p><p>{NEXT}</p></div>\
         </article></body></html>"
    );
    let a = load_html(&html);
    assert_eq!(a.title, head);
    assert_eq!(a.author.as_deref(), Some("منى سالم"));
}

#[test]
fn a_poll_and_the_links_to_the_stories_either_side_are_no_text() {
    check_lines(
        &[
            HEAD,
            "9 فبراير 2025",
            LEAD,
            NEXT,
            "استطلاع",
            "من تتوقع أن يتوج بلقب الدوري هذا الموسم؟",
            "الأهلي",
            "الاتحاد",
            "صوّت",
            "المقال السابق",
            "وصفات سريعة لعلب الغداء المدرسية",
            "المقال التالي",
            "لك سيدتي: عن الشغف الذي لا يشيخ",
        ],
        HEAD,
        [Some("2025-02-09"), None, None],
        &["عرفت أسعار المحروقات", "وحسب معطيات"],
    );
    // A survey opening a paragraph is the story's.
    let survey = "استطلاع أجرته جمعية المستهلكين أظهر أن أغلب الأسر تتوقع ارتفاعا جديدا في الأسعار.";
    check_lines(
        &[HEAD, "9 فبراير 2025", LEAD, survey, NEXT],
        HEAD,
        [Some("2025-02-09"), None, None],
        &["عرفت أسعار المحروقات", "استطلاع أجرته", "وحسب معطيات"],
    );
}

#[test]
fn a_jump_list_over_the_subheadings_and_a_snapchat_button_are_no_text() {
    let sub = "التصميم الخارجي";
    check_lines(
        &[
            HEAD,
            "فيصل الحربي",
            "نُشر في 14 أغسطس 2024",
            "الوصول السريع للمحتوى",
            sub,
            "المحرك والأداء",
            LEAD,
            sub,
            NEXT,
            "المحرك والأداء",
            "وحسب الشركة، يبلغ استهلاك الوقود نحو 7 لترات لكل مئة كيلومتر في الطرق السريعة.",
            "شارك المقال",
            "تويتر",
            "واتساب",
            "سناب شات",
        ],
        HEAD,
        [Some("2024-08-14"), Some("فيصل الحربي"), None],
        &[
            "عرفت أسعار المحروقات",
            sub,
            "وحسب معطيات",
            "المحرك والأداء",
            "وحسب الشركة",
        ],
    );
}
