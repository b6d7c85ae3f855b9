//! A site's byline under the headline when the site's name reads like a
//! label (`المصدر أونلاين`), or sits under a picture's long caption, or
//! names a city that is also a paper's; a reporter under a source label;
//! a writer and the paper a site relays; a writer's bare name over the
//! date; and the site's invitation to correct the story at its foot.

mod support;

use support::copied::check_lines;
use support::copied::story::{DATE, HEAD, LEAD, NEXT};

#[test]
fn a_sites_name_that_opens_like_a_label_and_its_writer() {
    check_lines(
        &[HEAD, DATE, "المصدر أونلاين - ماجد عبدالله", LEAD, NEXT],
        HEAD,
        [
            Some("2024-10-03"),
            Some("ماجد عبدالله"),
            Some("المصدر أونلاين"),
        ],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_long_dated_caption_with_its_credit_is_no_lead() {
    let caption = "مزارع يقطف ثمار الزيتون في قرية كفرتخاريم بريف إدلب الشمالي - 1 من تشرين الأول 2024 (عنب بلدي/ أنس الخطيب)";
    check_lines(
        &[HEAD, DATE, caption, "عنب بلدي – رهف العلي", LEAD, NEXT],
        HEAD,
        [Some("2024-10-03"), Some("رهف العلي"), Some("عنب بلدي")],
        &[LEAD, NEXT],
    );
}

#[test]
fn the_invitation_to_correct_the_story_ends_it() {
    let a = support::copied::import_text(
        &[
            HEAD,
            DATE,
            LEAD,
            NEXT,
            "إذا كنت تعتقد/تعتقدين أن المقال يحتوي على معلومات خاطئة أرسل/أرسلي تصحيحا",
            "إذا كنت تعتقد/تعتقدين أن المقال ينتهك أيا من المبادئ الأخلاقية قدم/قدمي شكوى",
        ]
        .join("\n"),
    );
    assert_eq!(support::copied::texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_site_before_a_city_that_is_also_a_papers_name() {
    check_lines(
        &[HEAD, "المواطن - الرياض", DATE, LEAD, NEXT],
        HEAD,
        [Some("2024-10-03"), None, Some("المواطن")],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_reporter_and_his_city_under_the_source_label() {
    check_lines(
        &[HEAD, "المصدر: أحمد عابد - دبي", DATE, LEAD, NEXT],
        HEAD,
        [Some("2024-10-03"), Some("أحمد عابد"), None],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_writer_and_the_paper_the_site_relays() {
    check_lines(
        &[HEAD, DATE, "كتبت رنا الحاج في \"نداء الوطن\":", LEAD, NEXT],
        HEAD,
        [Some("2024-10-03"), Some("رنا الحاج"), Some("نداء الوطن")],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_channels_web_desk_alone_under_the_headline() {
    check_lines(
        &[HEAD, "رووداو ديجيتال", DATE, LEAD, NEXT],
        HEAD,
        [Some("2024-10-03"), None, Some("رووداو ديجيتال")],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_writers_bare_name_over_the_date_under_the_sites_clock() {
    check_lines(
        &[
            "الخميس 3 أكتوبر 2024",
            "الرئيسية",
            HEAD,
            "أحمد أبو العطا",
            "الخميس 03/أكتوبر/2024 - 01:45 م",
            LEAD,
            NEXT,
        ],
        HEAD,
        [Some("2024-10-03T13:45"), Some("أحمد أبو العطا"), None],
        &[LEAD, NEXT],
    );
}
