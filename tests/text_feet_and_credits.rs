//! A copy's credits and foot: a picture's credit led by a camera or
//! closing a caption after its label, calls to follow led by a
//! pictograph or naming an account, the site a story's words were told
//! to named alone under the headline, a desk's own gathering after the
//! site's name, the writer's name over the page's tags, and a trail of
//! section labels over a hard-wrapped story, share bars with their label,
//! tags under the labels sites give them, a writer's card under the
//! story, and other stories' headlines asked as questions; over a
//! hard-wrapped story, the site's name, its menu and a section's tab.

mod support;

use support::copied::story::{DATE, HEAD, LEAD, NEXT};
use support::copied::{check_lines, import_text, texts};

#[test]
fn a_pictures_credit_led_by_a_camera_is_not_the_story() {
    let a = import_text(&[HEAD, DATE, "📸 زنقة 20", LEAD, NEXT].join("\n"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_call_to_follow_led_by_a_pictograph_is_not_the_story() {
    let a = import_text(&[HEAD, DATE, LEAD, NEXT, "📌 تابعوا 964 على تلغرام"].join("\n"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
    // The platforms' icons left out of the copy.
    let a = import_text(&[HEAD, DATE, LEAD, NEXT, "تابعوا جو24 على"].join("\n"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn the_site_a_storys_words_were_told_to_named_under_the_headline() {
    let told = "وأوضح للمملكة أن المزارعين يطالبون بفتح أسواق جديدة قبل نهاية العام الجاري.";
    check_lines(
        &[HEAD, "المملكة", DATE, LEAD, told],
        HEAD,
        [Some("2024-10-03"), None, Some("المملكة")],
        &[LEAD, told],
    );
}

#[test]
fn the_writers_name_over_the_pages_tags_signs_the_story() {
    check_lines(
        &[
            HEAD,
            DATE,
            LEAD,
            NEXT,
            "سامر الخطيب",
            "زيت الزيتون",
            "المعابر",
            "الزراعة",
        ],
        HEAD,
        [Some("2024-10-03"), Some("سامر الخطيب"), None],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_trail_of_section_labels_over_a_hard_wrapped_story() {
    let text = "الرئيسية

أخبار

وزارة المياه تطلق مشروعا لتزويد 40 قرية بالحوض الشرقي بمياه الشرب

الثلاثاء, 10 ديسمبر 2019 20:05

نواكشوط ـ الصحراء

أطلقت وزارة المياه والصرف الصحي، اليوم الثلاثاء، مشروعا لتزويد 40 قرية
في ولاية الحوض الشرقي بمياه الشرب، بتمويل مشترك بين الدولة الموريتانية
وعدد من الشركاء الفنيين والماليين، وذلك ضمن برنامج وطني يهدف إلى تحسين
نسبة النفاذ إلى الماء الصالح للشرب في الوسط الريفي.

وقال وزير المياه، خلال حفل إطلاق المشروع بمدينة النعمة، إن المشروع
يشمل حفر 25 بئرا ارتوازية وبناء خزانات وشبكات توزيع بطول يزيد على 180
كيلومترا، إضافة إلى تجهيز المنشآت بألواح للطاقة الشمسية لتقليص تكاليف
التشغيل وضمان استمرارية الخدمة على مدار السنة.

وأضاف الوزير أن الأشغال ستنطلق مطلع العام المقبل، على أن تستمر ثمانية
عشر شهرا، مشيرا إلى أن المشروع سيستفيد منه أكثر من 60 ألف نسمة، إلى
جانب قطعان المنمين التي تعاني خلال فصل الصيف من شح نقاط الماء، ما يضطر
أصحابها إلى الانتجاع لمسافات طويلة.

من جانبهم، عبر سكان عدد من القرى المستفيدة عن ارتياحهم لإطلاق المشروع،
مؤكدين أن النساء والأطفال يقطعون يوميا عدة كيلومترات لجلب المياه من
الآبار التقليدية، وأن هذه المعاناة تتضاعف خلال الأشهر الحارة، حين
تنخفض منسوبات الآبار وتشتد الحاجة إلى الماء.

وتسعى الحكومة الموريتانية إلى رفع نسبة النفاذ إلى الماء الصالح للشرب
في الوسط الريفي إلى 85% بحلول عام 2025، عبر سلسلة من المشاريع الممولة
من الميزانية العامة والشركاء الدوليين، بعد أن ظلت هذه النسبة دون
المستوى المطلوب في عدد من الولايات الداخلية.

";
    let a = import_text(text);
    assert_eq!(
        a.title,
        "وزارة المياه تطلق مشروعا لتزويد 40 قرية بالحوض الشرقي بمياه الشرب"
    );
    assert_eq!(texts(&a).len(), 5, "{:#?}", texts(&a));
    // The site's name, its menu set apart by bars and the section's tab.
    for top in [
        "صوت الصحراء\n\nالرئيسية | الوطني | اقتصاد | دولي | رياضة\n\nمجتمع\n",
        "الرئيسية | الوطني | اقتصاد | دولي | رياضة\n\nمجتمع\n",
    ] {
        let a = import_text(&text.replacen("الرئيسية\n\nأخبار\n", top, 1));
        assert_eq!(
            a.title, "وزارة المياه تطلق مشروعا لتزويد 40 قرية بالحوض الشرقي بمياه الشرب",
            "{top}"
        );
        assert_eq!(texts(&a).len(), 5, "{:#?}", texts(&a));
    }
}

#[test]
fn a_caption_closed_by_its_credits_label_and_name_is_not_the_story() {
    let caption = "مزارعون يقطفون الزيتون في سهل البقاع - صورة: كوردستان 24";
    let a = import_text(&[HEAD, DATE, LEAD, caption, NEXT].join("\n"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_call_to_follow_the_sites_account_is_not_the_story() {
    let a = import_text(&[HEAD, DATE, LEAD, NEXT, "تابعوا وام على @wamnews"].join("\n"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_desks_own_gathering_after_the_sites_name_is_no_writer() {
    check_lines(
        &[HEAD, "يمن شباب نت - متابعات خاصة", DATE, LEAD, NEXT],
        HEAD,
        [Some("2024-10-03"), None, Some("يمن شباب نت")],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_share_bar_with_its_label_is_not_the_story() {
    for bar in [
        "شارك على: Facebook | Twitter | WhatsApp",
        "شارك المقال: فيسبوك | تويتر | واتساب",
        "مشاركة الخبر",
    ] {
        let a = import_text(&[HEAD, DATE, LEAD, NEXT, bar].join("\n"));
        assert_eq!(texts(&a), [LEAD, NEXT], "{bar}");
    }
}

#[test]
fn tags_under_the_labels_sites_give_them_are_not_the_story() {
    for tags in [
        "الكلمات المفاتيح: زيت الزيتون / تصدير / فلاحة",
        "المزيد عن: العراق|البصرة|شط العرب",
    ] {
        let a = import_text(&[HEAD, DATE, LEAD, NEXT, tags].join("\n"));
        assert_eq!(texts(&a), [LEAD, NEXT], "{tags}");
    }
}

#[test]
fn the_name_over_a_writers_card_is_the_author_and_the_card_is_not_the_story() {
    check_lines(
        &[
            HEAD,
            DATE,
            LEAD,
            NEXT,
            "الوسوم:",
            "#النازحون",
            "#الجنوب",
            "رانيا حمزة",
            "صحافية لبنانية تكتب في الشؤون الاجتماعية والبلدية في الجنوب.",
        ],
        HEAD,
        [Some("2024-10-03"), Some("رانيا حمزة"), None],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_listed_headline_asked_as_a_question_is_not_the_story() {
    let a = import_text(
        &[
            HEAD,
            DATE,
            LEAD,
            NEXT,
            "مقالات ذات صلة",
            "بالصور: انتهاء أعمال ترميم حصن تاريخي في ولاية بهلا",
            "3 يوليو، 2024",
            "ما قصة النقوش الصخرية المكتشفة في وادي بني خروص؟",
            "28 يونيو، 2024",
        ]
        .join("\n"),
    );
    assert_eq!(texts(&a), [LEAD, NEXT]);
}
