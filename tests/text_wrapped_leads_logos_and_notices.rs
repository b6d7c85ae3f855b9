//! Copies whose top or foot says who wrote or published the story in
//! ways the importer misread: a writer's byline before the
//! photographer's, a story hard-wrapped between blank lines under a menu
//! of short lines, a Latin logo over an Arabic name that opens with a
//! section's word, a long masthead said again in the copyright notice, a
//! notice that names its country after its site, a picture's source said
//! as its caption, and a wrapped sentence whose last word is a month a
//! share bar also spells.

mod support;

use support::copied::{check_lines, import_text, texts};

const HEAD: &str = "افتتاح وحدة جديدة لغسيل الكلى في المستشفى العام بطاقة 30 سريرا";
const LEAD: &str = "افتتح مدير الشؤون الصحية اليوم وحدة جديدة لغسيل الكلى في المستشفى العام، تضم 30 سريرا مجهزة بأحدث الأجهزة.";
const NEXT: &str =
    "وأوضح أن الوحدة ستخدم نحو 400 مريض من أبناء المحافظة والقرى المجاورة، وتعمل على فترتين يوميا.";

#[test]
fn a_writers_byline_before_the_photographers_credit_is_the_byline() {
    check_lines(
        &[
            "الرئيسية",
            "محافظات",
            HEAD,
            "كتب: سامح عبد الحميد - تصوير: رامي نبيل",
            "الأحد 12 مارس 2023 - 11:20 ص",
            LEAD,
            NEXT,
        ],
        HEAD,
        [Some("2023-03-12T11:20"), Some("سامح عبد الحميد"), None],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_picture_captioned_with_a_photographers_credit_stays_out() {
    // The line before the credit is the picture's, not a byline.
    check_lines(
        &[
            HEAD,
            "الأحد 12 مارس 2023",
            LEAD,
            "مدير الشؤون الصحية خلال جولته في الوحدة الجديدة - تصوير: رامي نبيل",
            NEXT,
        ],
        HEAD,
        [Some("2023-03-12"), None, None],
        &[LEAD, NEXT],
    );
}

/// A story wrapped by a mail program, its paragraphs set apart by blank
/// lines, under the site's menu, the headline and its date, which never
/// were wrapped; the writer signs at the foot over the tags' label.
const WRAPPED: &str = "موقع النهار العلمي
الأخبار
علوم
صحة
تقنية
رياضة
باحثون يطورون مستشعرا رخيصا يكشف تلوث مياه الشرب خلال دقائق
Mar 3, 2024 10:15 Asia/Amman

طور فريق من الباحثين في إحدى الجامعات مستشعرا ورقيا رخيص الثمن يكشف
عن وجود المعادن الثقيلة في مياه الشرب خلال دقائق قليلة ومن دون مختبر.

وأوضح رئيس الفريق أن المستشعر يتغير لونه عند ملامسة الماء الملوث، وأن
تكلفة الواحد منه لا تتجاوز بضعة قروش، ما يتيح استخدامه في القرى.

وأضاف أن الفريق يعمل حاليا على نسخة تكشف عن البكتيريا أيضا، على أن
تطرح للاستخدام الميداني مطلع العام المقبل بعد اختبارها في عدة مناطق.

بقلم: هاني زكريا
الكلمات الدليلية
#مياه #بحث_علمي
";

#[test]
fn a_story_wrapped_between_blank_lines_keeps_the_headline_under_its_menu() {
    let a = import_text(WRAPPED);
    assert_eq!(
        a.title,
        "باحثون يطورون مستشعرا رخيصا يكشف تلوث مياه الشرب خلال دقائق"
    );
    assert_eq!(a.published.as_deref(), Some("2024-03-03T10:15"));
    assert_eq!(a.author.as_deref(), Some("هاني زكريا"));
    let body = texts(&a);
    assert_eq!(body.len(), 3, "{body:#?}");
    assert!(body[0].starts_with("طور فريق من الباحثين"), "{body:#?}");
    assert!(body[0].ends_with("ومن دون مختبر."), "{body:#?}");
    assert!(body[2].ends_with("في عدة مناطق."), "{body:#?}");
}

#[test]
fn a_latin_logo_over_an_arabic_name_that_opens_with_a_sections_word_names_the_site() {
    check_lines(
        &[
            "Muscat Securities Market",
            "بورصة مسقط",
            "الرئيسية",
            "الأخبار",
            HEAD,
            "12 Mar 2024",
            LEAD,
            NEXT,
            "© 2024 Muscat Securities Market. All Rights Reserved.",
        ],
        HEAD,
        [Some("2024-03-12"), None, Some("بورصة مسقط")],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_masthead_of_six_words_said_again_in_the_notice_is_the_source() {
    check_lines(
        &[
            "تخطي إلى المحتوى الرئيسي",
            "English",
            "جامعة الإمام عبد الرحمن بن فيصل",
            "عن الجامعة",
            "الكليات",
            "المركز الإعلامي",
            "أخبار الجامعة",
            HEAD,
            "الأربعاء 24 يناير 2024م",
            LEAD,
            NEXT,
            "روابط مهمة",
            "جميع الحقوق محفوظة لجامعة الإمام عبد الرحمن بن فيصل © 2024",
        ],
        HEAD,
        [
            Some("2024-01-24"),
            None,
            Some("جامعة الإمام عبد الرحمن بن فيصل"),
        ],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_notice_naming_its_country_after_the_site_still_names_the_site() {
    check_lines(
        &[
            "الرئيسية > المركز الإعلامي > الأخبار",
            HEAD,
            "08/07/2024",
            LEAD,
            NEXT,
            "طباعة",
            "عدد القراءات: 412",
            "جميع الحقوق محفوظة © المجلس الأعلى للصحة - دولة الكويت",
        ],
        HEAD,
        [Some("2024-07-08"), None, Some("المجلس الأعلى للصحة")],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_pictures_source_said_as_its_caption_stays_out() {
    check_lines(
        &[
            HEAD,
            "بقلم: ريم العلي",
            "16 يونيو 2024",
            "Facebook",
            "WhatsApp",
            "الصورة من Unsplash",
            LEAD,
            NEXT,
        ],
        HEAD,
        [Some("2024-06-16"), Some("ريم العلي"), None],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_wrapped_sentences_last_word_that_a_share_bar_spells_stays_in_it() {
    let a = import_text(
        "بدء تقديم طلبات القبول الموحد للعام الجامعي المقبل يوم الأحد
كتب: سليم داود
الخميس، 25 تموز 2024 - 12:34 م
أعلنت الوزارة عن بدء تقديم طلبات الالتحاق بالجامعات الرسمية ضمن نظام
القبول الموحد للعام الجامعي المقبل، اعتبارا من صباح يوم الأحد المقبل
ولغاية نهاية دوام يوم الخميس من الأسبوع الذي يليه، الموافق 8
آب.
وقال الناطق باسم الوزارة إن تقديم الطلبات سيكون إلكترونيا بالكامل عبر
الموقع الرسمي لوحدة تنسيق القبول، ولن تقبل أي طلبات ورقية هذا العام.
وأشار إلى أن الحد الأدنى للمعدل في تخصصات الطب وطب الأسنان لم يتغير عن
العام الماضي، في حين تعلن الحدود الدنيا لبقية التخصصات لاحقا.
",
    );
    let body = texts(&a);
    assert_eq!(body.len(), 3, "{body:#?}");
    assert!(body[0].ends_with("الموافق 8 آب."), "{body:#?}");
}

#[test]
fn the_arabic_name_beside_the_logos_letters_is_the_source_of_an_unsigned_story() {
    check_lines(
        &[
            "FR",
            "الاتحاد العام للمهن الحرة",
            "UGPL",
            "المنظمة",
            "الهياكل",
            "أخبار المنظمة",
            HEAD,
            "الخميس 16 نوفمبر 2023",
            LEAD,
            NEXT,
            "Facebook",
            "Twitter",
        ],
        HEAD,
        [Some("2023-11-16"), None, Some("الاتحاد العام للمهن الحرة")],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_menus_capitals_name_no_site() {
    check_lines(
        &[
            "RSS",
            "اقتصاد وأعمال",
            "الأخبار",
            HEAD,
            "الخميس 16 نوفمبر 2023",
            LEAD,
            NEXT,
        ],
        HEAD,
        [Some("2023-11-16"), None, None],
        &[LEAD, NEXT],
    );
}

#[test]
fn the_head_of_a_storys_pictures_over_the_related_stories_stays_out() {
    check_lines(
        &[
            HEAD,
            "الأحد 10 مارس 2024",
            LEAD,
            NEXT,
            "صور الخبر",
            "جانب من أعمال الوحدة الجديدة",
            "مشاركة الخبر",
            "Facebook",
            "Twitter",
            "أخبار ذات صلة",
            "المحافظ يتفقد أعمال التطوير في مستشفى الحميات",
        ],
        HEAD,
        [Some("2024-03-10"), None, None],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_comment_forms_prompt_under_the_story_stays_out() {
    check_lines(
        &[
            HEAD,
            "الأحد 10 مارس 2024",
            LEAD,
            NEXT,
            "ادخل تعليقك",
            "الاسم",
            "البريد الالكتروني",
            "التعليق",
            "إرسال",
        ],
        HEAD,
        [Some("2024-03-10"), None, None],
        &[LEAD, NEXT],
    );
}

#[test]
fn the_storys_sources_in_brackets_under_it_stay_out() {
    check_lines(
        &[
            HEAD,
            "كتب: وليد الحسن",
            "الأحد 10 مارس 2024",
            LEAD,
            NEXT,
            "(وكالة الأنباء الألمانية / إذاعة صوت ألمانيا / دويتشه فيله)",
            "أخبار ذات صلة",
        ],
        HEAD,
        [
            Some("2024-03-10"),
            Some("وليد الحسن"),
            Some("وكالة الأنباء الألمانية"),
        ],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_hashtag_line_with_a_zero_width_space_after_a_sign_leaves_the_last_paragraph() {
    let last = "وتتمنى الهيئة المديرة للاعب الجديد كامل التوفيق مع الفريق ⚫⚪";
    check_lines(
        &[
            HEAD,
            "08 جانفي 2024",
            LEAD,
            NEXT,
            last,
            "#النادي #الميركاتو #\u{200B}Mercato",
            "Partager",
            "Facebook",
        ],
        HEAD,
        [Some("2024-01-08"), None, None],
        &[LEAD, NEXT, last],
    );
}

#[test]
fn a_ministry_under_its_states_name_is_the_source_the_notice_names() {
    check_lines(
        &[
            "جمهورية مصر العربية",
            "وزارة الصحة والسكان",
            "الخط الساخن 105",
            "English",
            "الرئيسية",
            "عن الوزارة",
            HEAD,
            "الثلاثاء 14 نوفمبر 2023",
            LEAD,
            NEXT,
            "روابط سريعة",
            "حقوق النشر © 2023 وزارة الصحة والسكان - جمهورية مصر العربية",
        ],
        HEAD,
        [Some("2023-11-14"), None, Some("وزارة الصحة والسكان")],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_deck_and_its_captions_credit_over_an_english_dateline_and_byline_are_the_pages() {
    // A radio's page set apart by blank lines: the deck, the picture's
    // caption with its credit, then the publication lines and `By …`.
    let a = import_text(
        &[
            "إذاعة الجالية",
            "الأخبار",
            "",
            HEAD,
            "",
            "الوحدة الجديدة تخدم المرضى من المحافظة والقرى المجاورة وتعمل على فترتين يوميا",
            "",
            "مدير الشؤون الصحية خلال افتتاح الوحدة. Credit: Supplied",
            "",
            "Published 24 March 2023 2:05pm",
            "Updated 25 March 2023 10:40am",
            "By Maryam Haddad",
            "Source: SBS",
            "",
            LEAD,
            "",
            NEXT,
            "",
            "استمعوا إلى الإذاعة من الساعة العاشرة مساءً حتى منتصف الليل، أو عبر التطبيق.",
            "",
            "Latest podcast episodes",
            "نصائح للعائلات الجديدة: كيف تسجل أطفالك في المدرسة؟",
        ]
        .join("\n"),
    );
    assert_eq!(a.author.as_deref(), Some("Maryam Haddad"));
    assert_eq!(a.published.as_deref(), Some("2023-03-24T14:05"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_counter_a_direction_mark_opens_and_a_helpfulness_question_stay_out() {
    check_lines(
        &[
            HEAD,
            "2024/03/17",
            "\u{200F}عدد المشاهدات : 1284",
            LEAD,
            NEXT,
            "هل وجدت هذا المحتوى مفيداً؟",
            "نعم",
            "لا",
        ],
        HEAD,
        [Some("2024-03-17"), None, None],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_follow_prompt_whose_handle_a_direction_mark_opens_stays_out() {
    check_lines(
        &[
            HEAD,
            "بقلم: مريم كاظمي",
            "2024/02/13، 14:35",
            LEAD,
            NEXT,
            "تابعوا القناة على X \u{200E}@Channel_Ar",
        ],
        HEAD,
        [Some("2024-02-13T14:35"), Some("مريم كاظمي"), None],
        &[LEAD, NEXT],
    );
}

#[test]
fn who_covered_the_event_signs_over_the_photographer_and_the_media_office() {
    check_lines(
        &[
            HEAD,
            "الثلاثاء 12 نوفمبر 2024 | 315 مشاهدة",
            LEAD,
            NEXT,
            "تغطية: أسماء الفيتوري",
            "تصوير: عبدالله المسماري",
            "مكتب الإعلام والاتصال - جامعة بنغازي",
        ],
        HEAD,
        [
            Some("2024-11-12"),
            Some("أسماء الفيتوري"),
            Some("جامعة بنغازي"),
        ],
        &[LEAD, NEXT],
    );
}
