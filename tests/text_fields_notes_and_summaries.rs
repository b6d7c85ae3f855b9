//! Copies whose header or foot the importer misread: a magazine's issue
//! after the day it was published; writers joined by a `و` set apart
//! under a deck; a note on how the story was made; numbered sections of a
//! hard-wrapped column; a release's download link and its other
//! releases; trails with an arrow or under `الموقع الحالي`; labelled
//! fields set apart by bars; a summary over a share bar; a labelled
//! writer after a dateline and a site; an agency named in full at the
//! foot; a list of similar stories and a notice for a club; the caption
//! of two pictures.

mod support;

use support::copied::{import_text, texts};

/// Three paragraphs of a story, each a sentence or two.
const STORY: [&str; 3] = [
    "تشهد المدينة منذ مطلع الشهر الجاري ارتفاعا غير مسبوق في أسعار المياه المنقولة بالصهاريج، بعد جفاف عدد من الآبار التي تغذي الأحياء الشرقية.",
    "ويقول السكان إنهم يقفون يوميا في طوابير طويلة أمام خزانات السبيل، فيما يضطر آخرون إلى شراء الماء بأسعار تفوق قدرتهم.",
    "من جهتها، أوضحت المؤسسة المحلية للمياه أن الطاقة الإنتاجية للآبار تراجعت إلى النصف خلال العامين الماضيين.",
];

const HEADLINE: &str = "سعر صهريج الماء يقفز إلى 25 ألف ريال وسكان الأحياء الشرقية يشكون العطش";

/// A copy of `header` lines under the headline, the story, then `foot`.
fn copy(header: &[&str], foot: &[&str]) -> String {
    let mut lines = vec![HEADLINE];
    lines.extend(header);
    lines.extend(STORY);
    lines.extend(foot);
    lines.join("\n")
}

#[test]
fn a_magazines_issue_after_the_day_names_no_writer() {
    let a = import_text(&copy(&["هيثم الأتاسي", "نُشر في 01/03/2022، العدد 86"], &[]));
    assert_eq!(a.author.as_deref(), Some("هيثم الأتاسي"));
    assert_eq!(a.published.as_deref(), Some("2022-03-01"));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn writers_joined_by_a_lone_waw_under_a_deck_sign_it() {
    let a = import_text(&copy(
        &[
            "في قرى لا تبعد سوى كيلومترات قليلة عن أكبر السدود، تقطع النساء مسافات طويلة يوميا لجلب الماء.",
            "إعداد: مريم الورغي و سليم الحمروني",
            "20 جويلية 2023",
        ],
        &["أُنجز هذا العمل في إطار سلسلة «العدالة المائية» التي تنشرها المجلة."],
    ));
    assert_eq!(a.author.as_deref(), Some("مريم الورغي وسليم الحمروني"));
    assert_eq!(
        texts(&a),
        STORY,
        "the deck and the note on the work stay out"
    );
}

#[test]
fn a_numbered_sections_heading_in_a_wrapped_column_is_a_block_of_its_own() {
    let lines = [
        "اتفاق السلام بين استحقاقات التنفيذ ومخاطر الالتفاف",
        "فبراير 14, 2023",
        "مرت أكثر من سنتين على توقيع اتفاق السلام في أكتوبر 2020،",
        "وما زال السؤال الذي يطرحه النازحون في المعسكرات واللاجئون",
        "في دول الجوار هو ذاته: متى يرى المواطن ثمار هذا الاتفاق؟",
        "أولاً: الترتيبات الأمنية وعودة المقاتلين",
        "يظل ملف الترتيبات الأمنية حجر الزاوية في أي سلام مستدام،",
        "فدمج القوات في جيش وطني واحد ليس مطلبا فئويا، بل ضمانة",
        "لكل المواطنين بألا يعود السلاح أداة لحسم الخلاف السياسي.",
        "ثانياً: الاتفاق والعملية السياسية الجارية",
        "إن أي عملية سياسية جديدة، مهما حسنت نواياها، يجب أن تنطلق",
        "من احترام ما تم التوقيع عليه، لا أن تتعامل مع الاتفاق",
        "بوصفه ملفا قابلا للمراجعة متى شاءت الأطراف المختلفة.",
    ];
    let a = import_text(&lines.join("\n"));
    let got = texts(&a);
    assert_eq!(got.len(), 5, "{got:?}");
    assert!(
        got[1].ends_with("الترتيبات الأمنية وعودة المقاتلين"),
        "{got:?}"
    );
    assert!(
        got[3].ends_with("الاتفاق والعملية السياسية الجارية"),
        "{got:?}"
    );
    assert!(got[4].starts_with("إن أي عملية سياسية جديدة"), "{got:?}");
}

#[test]
fn a_releases_download_link_and_its_other_releases_stay_out() {
    let a = import_text(&copy(
        &["03/10/2023"],
        &[
            "تحميل البيان (PDF)",
            "مشاركة",
            "آخر البيانات",
            "الشركة تشارك في الطبعة الـ39 من معرض ومؤتمر أبوظبي الدولي للبترول ADIPEC 2023",
            "01/10/2023",
            "اتصل بنا | خريطة الموقع | الشروط العامة للاستخدام",
            "© الشركة 2023 - جميع الحقوق محفوظة",
        ],
    ));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn trails_with_an_arrow_or_under_their_label_are_not_the_headline() {
    for trail in [
        "الرئيسية ← فقه وأحكام",
        "الموقع الحالي: الصفحة الرئيسية > ثقافة",
    ] {
        let text = format!(
            "{trail}\n{}",
            copy(&["2023-04-17"], &["تصنيفات: فقه وأحكام"])
        );
        let a = import_text(&text);
        assert_eq!(a.title, HEADLINE, "{trail}");
        assert_eq!(texts(&a), STORY, "{trail}");
    }
}

#[test]
fn labelled_fields_set_apart_by_bars_each_give_their_own() {
    let a = import_text(&copy(
        &["2024-03-11 | المصدر: وكالة الأنباء الصينية | الكاتب: وانغ فانغ"],
        &["المحرر: تشانغ لي"],
    ));
    assert_eq!(a.author.as_deref(), Some("وانغ فانغ"));
    assert_eq!(a.source.as_deref(), Some("وكالة الأنباء الصينية"));
    assert_eq!(a.published.as_deref(), Some("2024-03-11"));
}

#[test]
fn a_sentence_over_a_share_bar_with_the_story_under_it_is_the_summary() {
    let header = [
        "كتبت - نهى عبد الرحمن",
        "السبت، 22 يونيو 2024 11:40 ص",
        "حذر خبراء المياه من التهاون مع أزمة العطش في ظل الموجة الحارة التي تضرب البلاد.",
        "مشاركة",
        "Facebook",
        "WhatsApp",
    ];
    let a = import_text(&copy(&header, &[]));
    assert_eq!(a.author.as_deref(), Some("نهى عبد الرحمن"));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_story_of_one_sentence_over_its_share_bar_keeps_it() {
    let lines = [
        HEADLINE,
        "كتبت - نهى عبد الرحمن",
        "السبت، 22 يونيو 2024 11:40 ص",
        STORY[0],
        "مشاركة",
        "Facebook",
        "WhatsApp",
    ];
    let a = import_text(&lines.join("\n"));
    assert_eq!(texts(&a), [STORY[0]]);
}

#[test]
fn a_labelled_writer_after_the_dateline_and_the_site_signs_it() {
    let a = import_text(&copy(
        &[
            "تعز - سهيل نت - تقرير خاص: فؤاد العلوي",
            "الأحد 14 أبريل 2024 | 09:32 م",
        ],
        &[],
    ));
    assert_eq!(a.author.as_deref(), Some("فؤاد العلوي"));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn the_agency_named_in_full_at_the_foot_is_the_source() {
    let mut lines = vec![HEADLINE, "13/03/2024"];
    let lead = format!("العقبة 13 آذار (بترا)- {}", STORY[0]);
    lines.push(&lead);
    lines.extend(&STORY[1..]);
    lines.push("المصدر: وكالة الأنباء الأردنية (بترا)");
    let a = import_text(&lines.join("\n"));
    assert_eq!(a.source.as_deref(), Some("وكالة الأنباء الأردنية (بترا)"));
}

#[test]
fn similar_stories_stay_out_and_a_clubs_notice_names_the_site() {
    let text = format!(
        "الرئيسية » أخبار النادي\n{}",
        copy(
            &["06/10/2022"],
            &[
                "شارك هذا الخبر",
                "أخبار مشابهة",
                "نادي الأسير: محاكم الاحتلال تصدر أكثر من 130 أمر اعتقال",
                "05/10/2022",
                "جميع الحقوق محفوظة لنادي الأسير الفلسطيني © 2022",
            ],
        )
    );
    let a = import_text(&text);
    assert_eq!(a.source.as_deref(), Some("نادي الأسير الفلسطيني"));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn the_caption_of_two_pictures_between_paragraphs_stays_out() {
    let lines = [
        HEADLINE,
        "١٢ شباط ٢٠٢٤",
        STORY[0],
        STORY[1],
        "صورتا الموقوفَين",
        STORY[2],
    ];
    let a = import_text(&lines.join("\n"));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_masthead_of_two_words_stands_over_the_notices_longer_name() {
    let text = format!(
        "نادي الوحدة\nAL WAHDA FC\nالرئيسية\nالنادي\nالأخبار\n{}",
        copy(
            &["08/03/2024"],
            &["© 2024 نادي الوحدة الرياضي الثقافي. جميع الحقوق محفوظة."],
        )
    );
    let a = import_text(&text);
    assert_eq!(a.source.as_deref(), Some("نادي الوحدة"));
}

#[test]
fn writers_set_apart_by_a_dash_over_the_photographer_and_the_faculty_desk_sign_it() {
    let a = import_text(&copy(
        &["تاريخ النشر : 2025-11-05"],
        &[
            "إعداد : علي حسين الخفاجي - زهراء كاظم عبيد",
            "تصوير : مرتضى جاسم",
            "إعلام كلية الهندسة",
        ],
    ));
    assert_eq!(
        a.author.as_deref(),
        Some("علي حسين الخفاجي، زهراء كاظم عبيد")
    );
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_camera_credit_with_the_offices_branch_and_a_line_of_tags_stay_out() {
    let a = import_text(&copy(
        &[
            "الثلاثاء 14 تشرين الأول 2025",
            "📷 المكتب الإعلامي – إقليم جبل عامل",
        ],
        &["#التطعيم_ضد_الإنفلونزا #صحتك_تهمنا @PHCCQatar"],
    ));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_releases_section_names_no_one_and_its_box_about_the_body_names_the_source() {
    let a = import_text(&copy(
        &["15 Sep 2025", "بيانات صحفية"],
        &[
            "-انتهى-",
            "نبذة عن بورصة البحرين",
            "تأسست بورصة البحرين كشركة مساهمة مقفلة لتحل محل سوق الأوراق المالية.",
        ],
    ));
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("بورصة البحرين"));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn the_sites_correspondent_after_a_colon_under_the_story_signs_it() {
    let a = import_text(&copy(
        &["ثلاثاء, 14/10/2025 - 18:42"],
        &[
            "مراسل لبراكنة إنفو: سيدي محمد ولد اباه",
            "لمتابعة صفحتنا على الفيسبوك تفضل بالضغط هنا",
        ],
    ));
    assert_eq!(a.author.as_deref(), Some("سيدي محمد ولد اباه"));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn the_day_added_over_the_headline_under_the_sites_clock_dates_the_story() {
    let lines = [
        "اليوم السبت 11 أكتوبر 2025 - 4:05 مساءً",
        "تارودانت نيوز",
        "الرئيسية",
        "أخبار محلية",
        "رياضة",
        "أضيف في : الخميس 9 أكتوبر 2025 - 11:20 صباحًا",
        HEADLINE,
        "تارودانت نيوز - عبد الكريم أوبلا",
    ];
    let text = format!("{}\n{}", lines.join("\n"), STORY.join("\n"));
    let a = import_text(&text);
    assert_eq!(a.published.as_deref().map(|d| &d[..10]), Some("2025-10-09"));
    assert_eq!(a.author.as_deref(), Some("عبد الكريم أوبلا"));
}

#[test]
fn a_hijri_day_before_the_one_it_matches_names_no_writer_and_attachments_stay_out() {
    let a = import_text(&copy(
        &["تاريخ النشر: الاثنين 20 ربيع الأول 1446هـ الموافق 23 سبتمبر 2024م"],
        &[
            "مشاركة",
            "عدد الزيارات: 2315",
            "المرفقات:",
            "نتائج المزاد رقم 47 لعام 2024.pdf",
        ],
    ));
    assert_eq!(a.author, None);
    assert_eq!(a.published.as_deref(), Some("2024-09-23"));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_logos_whole_name_stands_over_a_notices_one_word_and_earlier_news_stay_out() {
    let text = format!(
        "منظمة الأقطار العربية المصدرة للبترول\nOrganization of Arab Petroleum Exporting Countries\n\
         الرئيسية\nعن المنظمة\n{}",
        copy(
            &["12-03-2024"],
            &[
                "أخبار سابقة",
                "الأمين العام يستقبل وفدا من معهد الأبحاث العلمية",
                "05-03-2024",
                "جميع الحقوق محفوظة © أوابك 2024",
            ],
        )
    );
    let a = import_text(&text);
    assert_eq!(
        a.source.as_deref(),
        Some("منظمة الأقطار العربية المصدرة للبترول")
    );
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_releases_background_on_its_body_ends_the_story_and_names_the_source() {
    let a = import_text(&copy(
        &["بيان صحفي", "28 أيار 2024"],
        &[
            "معلومات عامة حول الأونروا:",
            "تأسست الأونروا كوكالة تابعة للأمم المتحدة بقرار من الجمعية العامة في عام 1949.",
        ],
    ));
    assert_eq!(a.source.as_deref(), Some("الأونروا"));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_bodys_signature_and_its_city_over_its_attachments_stay_out() {
    let a = import_text(&copy(
        &["09/05/2024"],
        &[
            "مصرف ليبيا المركزي",
            "طرابلس – ليبيا",
            "المرفقات",
            "بيان الإيرادات والإنفاق يناير - أبريل 2024.pdf (245 KB)",
            "تحميل",
        ],
    ));
    assert_eq!(texts(&a), STORY);
}
