//! Copies the importer misread: a three-part byline whose outlet is
//! named for the dateline's place; readers' comments under a count of
//! them; a place and a body called by its kind over the lead; a caption
//! that names its doer by a long title; a Coptic date beside the
//! Gregorian one; a place alone under the date; a body's name of six words
//! under its state's name and motto; a radio's Latin name with figures
//! in the lead's dateline; the trail's last step under the date; a
//! diwan's media desk signing under the story; a caption naming the
//! headline's thing with its owner's pronoun; a Maghrebi given name
//! after a town's colon; an aggregator's notice for all its stories.

mod support;

use support::copied::import_text;
use support::copied::story::{DATE, HEAD, LEAD, NEXT};
use support::copied::texts;

#[test]
fn an_outlet_named_for_the_datelines_place_leaves_the_writer() {
    let a = import_text(&[HEAD, "عدن – خليج عدن – وضاح الحالمي", DATE, LEAD, NEXT].join("\n"));
    assert_eq!(a.author.as_deref(), Some("وضاح الحالمي"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_writer_whose_family_name_is_another_place_is_still_the_writer() {
    let a = import_text(&[HEAD, "عدن – سبأ – سامي البصري", DATE, LEAD, NEXT].join("\n"));
    assert_eq!(a.author.as_deref(), Some("سامي البصري"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn readers_comments_under_their_count_are_not_the_story() {
    for count in ["تعليق واحد", "تعليقان", "3 تعليقات", "5 تعليقاً"] {
        let a = import_text(
            &[
                HEAD,
                DATE,
                count,
                LEAD,
                NEXT,
                "شارك هذا الخبر",
                "فيسبوك تويتر واتساب",
                count,
                "أبو محمد",
                "16/07/2024 في 11:58 م",
                "الله يعين أهل البلد، كل صيف نفس المعاناة ولا حلول.",
                "رد",
            ]
            .join("\n"),
        );
        assert_eq!(texts(&a), [LEAD, NEXT], "{count}");
    }
}

#[test]
fn a_sentence_that_counts_comments_stays() {
    let said = "وتلقت الصفحة 3 تعليقات فقط على المنشور خلال يومين.";
    let a = import_text(&[HEAD, DATE, LEAD, said, NEXT].join("\n"));
    assert_eq!(texts(&a), [LEAD, said, NEXT]);
}

#[test]
fn a_place_and_a_body_called_by_its_kind_credit_the_body() {
    let a = import_text(
        &[
            HEAD,
            DATE,
            "عمّان – الجمعية الملكية لحماية الطبيعة",
            LEAD,
            NEXT,
        ]
        .join("\n"),
    );
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("الجمعية الملكية لحماية الطبيعة"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_place_and_a_persons_name_still_credit_the_writer() {
    let a = import_text(&[HEAD, DATE, "عمّان – سامر العبادي", LEAD, NEXT].join("\n"));
    assert_eq!(a.author.as_deref(), Some("سامر العبادي"));
    assert_eq!(a.source, None);
}

#[test]
fn a_caption_naming_its_doer_by_a_long_title_is_no_paragraph() {
    let caption =
        "وكيل الجامعة للدراسات العليا والبحث العلمي خلال جولته في مشتل البرنامج بمحافظة الداير";
    let a = import_text(&[HEAD, DATE, "تحرير: منى يحيى مدخلي", caption, LEAD, NEXT].join("\n"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_headline_whose_doer_acts_during_a_session_is_the_headline() {
    let head = "مجلس جهة سوس ماسة يصادق بالإجماع على 16 نقطة خلال دورته العادية لشهر يوليوز";
    let a = import_text(&["الرئيسية", "المستجدات", head, DATE, LEAD, NEXT].join("\n"));
    assert_eq!(a.title, head);
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_coptic_date_beside_the_gregorian_leaves_the_date_line() {
    let a = import_text(
        &[
            HEAD,
            "الجمعة 16 فبراير 2024 | 9 أمشير 1740 ش",
            "إعداد: ماريان نبيل",
            LEAD,
            NEXT,
        ]
        .join("\n"),
    );
    assert_eq!(a.published.as_deref(), Some("2024-02-16"));
    assert_eq!(a.author.as_deref(), Some("ماريان نبيل"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_place_alone_under_the_date_is_the_header_deck_or_none() {
    let deck = "تراجع في الرياضيات واستقرار في اللغة العربية لدى تلاميذ السنة السادسة ابتدائي والثالثة إعدادي";
    for top in [&[HEAD, deck][..], &[HEAD][..]] {
        let mut lines = vec!["مستجدات"];
        lines.extend(top);
        lines.extend(["27/06/2024", "الرباط", LEAD, NEXT]);
        let a = import_text(&lines.join("\n"));
        assert_eq!(a.title, HEAD);
        assert_eq!(a.published.as_deref(), Some("2024-06-27"));
        let texts = texts(&a);
        assert!(!texts.contains(&"الرباط"), "{texts:?}");
        assert!(texts.ends_with(&[LEAD, NEXT]), "{texts:?}");
    }
}

#[test]
fn a_byline_over_the_date_is_still_read_as_the_byline() {
    let a = import_text(&[HEAD, "عمّان - رهف العتوم", DATE, LEAD, NEXT].join("\n"));
    assert_eq!(a.author.as_deref(), Some("رهف العتوم"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_bodys_name_under_the_states_name_and_motto_is_the_source() {
    let lead = "النعمة – أطلقت الوكالة الوطنية لسجل السكان والوثائق المؤمنة، صباح اليوم، حملة إحصاء تكميلي في ست مقاطعات.";
    let a = import_text(
        &[
            "الجمهورية الإسلامية الموريتانية",
            "شرف - إخاء - عدل",
            "الوكالة الوطنية لسجل السكان والوثائق المؤمنة",
            "Français",
            "الرئيسية",
            "الوكالة",
            "الخدمات",
            "الأخبار",
            "الأخبار",
            HEAD,
            "نشر بتاريخ: 2024-08-21 - 10:15",
            lead,
            NEXT,
            "© 2024 ANRPTS - جميع الحقوق محفوظة",
        ]
        .join("\n"),
    );
    assert_eq!(a.title, HEAD);
    assert_eq!(a.author, None);
    assert_eq!(
        a.source.as_deref(),
        Some("الوكالة الوطنية لسجل السكان والوثائق المؤمنة")
    );
    assert_eq!(texts(&a), [lead, NEXT]);
}

#[test]
fn a_radios_latin_name_with_figures_in_the_lead_dateline_is_the_source() {
    let head = "بلدية نابلس تعلن برنامجاً جديداً لتوزيع المياه مع اشتداد موجة الحر";
    let lead = "نابلس - 24FM - أعلنت بلدية نابلس، اليوم الأربعاء، عن برنامج جديد لتوزيع المياه على أحياء المدينة.";
    let said = "وقال مدير دائرة المياه في البلدية لـ24FM، إن الطلب على المياه ارتفع.";
    let a = import_text(&["محليات", head, "2023-07-19 | 10:37 ص", lead, said].join("\n"));
    assert_eq!(a.source.as_deref(), Some("24FM"));
    assert_eq!(a.author, None);
}

#[test]
fn the_trails_last_step_under_the_date_is_the_section_not_the_writer() {
    let a = import_text(
        &[
            "جامعة ابن زهر",
            "الرئيسية",
            "المستجدات",
            "الرئيسية › المستجدات › أنشطة علمية",
            HEAD,
            "14/03/2024",
            "أنشطة علمية",
            LEAD,
            NEXT,
            "جميع الحقوق محفوظة © جامعة ابن زهر 2024",
        ]
        .join("\n"),
    );
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("جامعة ابن زهر"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_diwans_media_desk_signing_under_the_story_is_the_source() {
    for tail in [
        &[
            "تصوير : حيدر الموسوي",
            "إعلام ديوان الوقف الشيعي",
            "مشاركة الخبر",
        ][..],
        &["إعلام ديوان الوقف الشيعي", "تلكرام", "مشاركة الخبر"][..],
    ] {
        let mut lines = vec![
            "جمهورية العراق",
            "ديوان الوقف الشيعي",
            "الأخبار",
            HEAD,
            DATE,
            LEAD,
            NEXT,
        ];
        lines.extend(tail);
        let a = import_text(&lines.join("\n"));
        assert_eq!(
            a.source.as_deref(),
            Some("إعلام ديوان الوقف الشيعي"),
            "{tail:?}"
        );
        assert_eq!(texts(&a), [LEAD, NEXT], "{tail:?}");
    }
}

#[test]
fn a_caption_naming_the_headlines_thing_with_its_owners_pronoun_is_no_paragraph() {
    let head = "«من الحصالة إلى المشروع»: 1200 سيدة في قرى المنيا يبدأن مشروعاتهن الصغيرة";
    let caption = "إحدى المستفيدات داخل مشروعها لتربية الدواجن بقرية دير جبل الطير";
    let a = import_text(
        &[
            "الأخبار",
            head,
            "الأحد، 10 مارس 2024",
            "إعداد: مارينا عادل",
            caption,
            LEAD,
            NEXT,
        ]
        .join("\n"),
    );
    assert_eq!(a.author.as_deref(), Some("مارينا عادل"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_maghrebi_given_name_after_a_towns_colon_is_the_writer() {
    let a = import_text(
        &[
            HEAD,
            "الثلاثاء 15 يوليوز 2025 - 21:40",
            "زاكورة: لحسن أوعلي",
            LEAD,
            NEXT,
        ]
        .join("\n"),
    );
    assert_eq!(a.author.as_deref(), Some("لحسن أوعلي"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn an_aggregators_notice_for_all_its_stories_is_not_the_story() {
    let notice = "تنويه: جميع الأخبار المنشورة في يمن ناو منقولة من مصادرها، ولا يتحمل الموقع أي مسؤولية عن محتواها.";
    let a = import_text(
        &[
            HEAD,
            DATE,
            LEAD,
            NEXT,
            "المصدر: عدن الغد",
            notice,
            "شارك الخبر على",
        ]
        .join("\n"),
    );
    assert_eq!(texts(&a), [LEAD, NEXT]);
}
