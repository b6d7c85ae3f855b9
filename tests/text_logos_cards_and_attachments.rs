//! Copies whose top or foot the importer misread: an accessible page's
//! skip link over a logo's two names and a menu of two-word sections, a
//! match's card between the headline and the lead, captions closed by a
//! note in brackets or a labelled credit after a bar, a deck over a
//! camera's credit, readers' read-also calls and a portal's category
//! links, an attached file, a statement signed with the body's own long
//! name, and the labels of tags, galleries and follow prompts.

mod support;

use support::copied::{check_lines, import_text, texts};

const LEAD: &str = "أعلنت الهيئة اليوم إطلاق حملة وطنية للتوعية بمخاطر المنتجات المغشوشة التي تباع عبر المتاجر الإلكترونية.";
const NEXT: &str = "وأوضحت الهيئة أن الحملة تستمر شهرا كاملا، وتشمل زيارات ميدانية للأسواق ورسائل توعية عبر المنصات.";
const LAST: &str = "ودعت الهيئة المستهلكين إلى التحقق من تسجيل المنتجات قبل شرائها، والتبليغ عن المخالفات عبر الرقم المجاني.";
const MORE: &str =
    "وأشارت إلى أن فرقها ضبطت خلال الشهر الماضي أكثر من ألفي عبوة مخالفة في أسواق العاصمة.";
const HEAD: &str = "الهيئة تطلق حملة وطنية للتوعية بمخاطر المنتجات المغشوشة";

#[test]
fn a_skip_link_a_logos_two_names_and_a_menu_of_sections_are_no_headline() {
    let a = import_text(
        &[
            "تخطي إلى المحتوى الرئيسي",
            "English",
            "الهيئة العامة للمواصفات والجودة",
            "Standards & Quality Authority",
            "عن الهيئة",
            "القطاعات",
            "الخدمات الإلكترونية",
            "الأنظمة واللوائح",
            "المركز الإعلامي",
            "البيانات المفتوحة",
            "تواصل معنا",
            "الرئيسية",
            "الأخبار",
            HEAD,
            "2024/03/24 م",
            LEAD,
            "صورة المنتجات المضبوطة",
            NEXT,
        ]
        .join("\n"),
    );
    assert_eq!(a.title, HEAD);
    // No byline signs the story: the logo's Arabic name is the site's.
    assert_eq!(a.source.as_deref(), Some("الهيئة العامة للمواصفات والجودة"));
    assert_eq!(a.published.as_deref(), Some("2024-03-24"));
    // The picture's words for the blind stay out.
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_matchs_card_under_the_headline_stays_out_of_the_story() {
    let head = "النادي يتغلب على ضيفه بثلاثية ويواصل مطاردة الصدارة";
    let lead = "حقق فريق النادي فوزا مستحقا على ضيفه بثلاثة أهداف دون رد، في المباراة التي جمعتهما مساء اليوم ضمن الجولة الرابعة عشرة.";
    let next =
        "وسيطر الفريق على مجريات اللعب منذ البداية، واستحوذ على الكرة بنسبة تجاوزت ستين في المئة.";
    check_lines(
        &[
            "الأخبار / الفريق الأول",
            head,
            "23/01/2025 · منذ ساعتين",
            "دوري النجوم - الجولة 14",
            "النادي",
            "3 - 0",
            "الضيوف",
            "انتهت",
            "استاد عبدالله بن خليفة",
            lead,
            "من المباراة | تصوير: المركز الإعلامي للنادي",
            next,
        ],
        head,
        [Some("2025-01-23"), None, None],
        &[lead, next],
    );
}

#[test]
fn a_caption_closed_by_its_note_and_credit_in_brackets_stays_out() {
    check_lines(
        &[
            HEAD,
            "15 أكتوبر 2023",
            LEAD,
            "مزرعة مائية داخل بيت محمي. (صورة تعبيرية - Freepik)",
            NEXT,
        ],
        HEAD,
        [Some("2023-10-15"), None, None],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_deck_over_a_cameras_credit_is_the_pictures_caption() {
    check_lines(
        &[
            HEAD,
            "02 نونبر 2024 - 21:47",
            "الفرق الميدانية تجوب الأسواق الشعبية وتضبط عشرات العبوات قبل وصولها إلى الرفوف",
            "📸 SQA Media",
            LEAD,
            NEXT,
            LAST,
            MORE,
        ],
        HEAD,
        [Some("2024-11-02T21:47"), None, None],
        &[LEAD, NEXT, LAST, MORE],
    );
}

#[test]
fn readers_read_also_calls_and_a_portals_category_links_stay_out() {
    check_lines(
        &[
            HEAD,
            "14 يوليو 2024",
            LEAD,
            "شاهدوا أيضًا: جولة داخل أقدم سوق شعبي في المدينة",
            NEXT,
            "المزيد في هذه الفئة : « الهيئة تعقد اجتماعا تقييميا    الهيئة تستقبل وفدا خليجيا »",
        ],
        HEAD,
        [Some("2024-07-14"), None, None],
        &[LEAD, NEXT],
    );
}

#[test]
fn an_attached_file_stays_out_and_the_body_signing_its_statement_is_the_source() {
    let a = import_text(
        &[
            "الهيئة العليا المستقلة للرقابة التجارية",
            "الرئيسية",
            "الهيئة",
            "البلاغات",
            "",
            "بلاغ حول فتح باب التسجيل للتجار الجدد",
            "",
            "13 فيفري 2024",
            "",
            LEAD,
            "",
            NEXT,
            "",
            "الهيئة العليا المستقلة للرقابة التجارية",
            "تونس في 13 فيفري 2024",
            "",
            "بلاغ_التسجيل_التجار.pdf",
            "تحميل (312 KB)",
            "",
            "مشاركة",
        ]
        .join("\n"),
    );
    assert_eq!(a.title, "بلاغ حول فتح باب التسجيل للتجار الجدد");
    assert_eq!(a.author, None);
    assert_eq!(
        a.source.as_deref(),
        Some("الهيئة العليا المستقلة للرقابة التجارية")
    );
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_gallerys_count_a_follow_prompt_said_to_a_woman_and_the_tags_label_stay_out() {
    check_lines(
        &[
            HEAD,
            "كتبت: ريما الحاج",
            "3 سبتمبر 2023",
            LEAD,
            NEXT,
            "معرض الصور (12)",
            "تابعي المجلة على إنستغرام 💛 @almajalla",
            "العلامات:",
            "حملات",
            "أسواق",
        ],
        HEAD,
        [Some("2023-09-03"), Some("ريما الحاج"), None],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_name_and_a_city_over_a_pictures_credit_stays_a_subheading() {
    // A feature's sections open with a name and a city over the
    // picture's credit; the name is no caption.
    let section = "ليلى منصور – القاهرة";
    let about = "انطلقت ليلى من ورشة صغيرة في حي الزمالك، حيث تعيد تدوير بقايا الأقمشة لتصنع منها قطعا فريدة.";
    check_lines(
        &[
            HEAD,
            "رنا الخطيب",
            "March 8, 2024",
            LEAD,
            section,
            "الصورة: Instagram @layla.studio",
            about,
        ],
        HEAD,
        [Some("2024-03-08"), Some("رنا الخطيب"), None],
        &[LEAD, section, about],
    );
}

#[test]
fn a_name_no_table_knows_alone_between_the_headline_and_the_date_is_the_writer() {
    check_lines(
        &[
            HEAD,
            "ماريا الدويهي",
            "الجمعة 15 تشرين الثاني 2024",
            "موظفو الهيئة في أحد أسواق المدينة",
            LEAD,
            NEXT,
        ],
        HEAD,
        [Some("2024-11-15"), Some("ماريا الدويهي"), None],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_sites_name_under_the_headline_gives_way_to_the_writer_its_byline_names() {
    // The site's name stands where a writer's would; its byline over the
    // lead names both. (A guard: the rule above must not keep the site's
    // name as the writer.)
    check_lines(
        &[
            "اقتصاد",
            HEAD,
            "صدى الأسواق",
            "2024/10/03",
            "صدى الأسواق – رهف العلي",
            LEAD,
            NEXT,
        ],
        HEAD,
        [Some("2024-10-03"), Some("رهف العلي"), Some("صدى الأسواق")],
        &[LEAD, NEXT],
    );
}

#[test]
fn the_news_of_the_body_under_the_date_is_a_sections_label() {
    check_lines(
        &[HEAD, "22 فيفري 2025", "أخبار اللجنة", LEAD, NEXT],
        HEAD,
        [Some("2025-02-22"), None, None],
        &[LEAD, NEXT],
    );
}
