//! Copies the importer misread: a gift box under a charity's story, a
//! deck over the lead, a company's Latin name its sentences write, a
//! logo's Arabic name beside a menu item, the site's blurb in its
//! footer, Joomla's French fields, a club's media desk, a body's French
//! "published by" label, a regulator's file under its communiqué and a
//! theme's box of other stories inside the story.

mod support;

use support::copied::import_text;
use support::copied::texts;

const HEAD: &str = "الجمعية تطلق حملتها الموسمية لدعم الأسر المتعففة في اثنتي عشرة دولة";
const LEAD: &str = "أطلقت الجمعية حملتها الموسمية لهذا العام، والتي تشمل حزمة من المشاريع داخل البلاد وفي اثنتي عشرة دولة حول العالم، بعد الحصول على موافقة الجهات المختصة على خطتها.";
const NEXT: &str = "وقال مدير المشاريع في الجمعية إن الحملة تستهدف أكثر من مئتي ألف مستفيد من الأسر المتعففة والأيتام، وفق دراسات ميدانية أعدتها مكاتبها في الدول المستفيدة.";
const LAST: &str = "وبين أن باب التبرع متاح عبر الموقع الإلكتروني للجمعية وتطبيقها على الهواتف الذكية، إضافة إلى أفرعها ومنافذ التحصيل المعتمدة في المحافظات.";

const GAME: [&str; 3] = [
    "حقق الفريق مساء اليوم السبت فوزا مستحقا على ضيفه بهدفين دون رد، في المباراة التي جمعتهما على الملعب البلدي لحساب الجولة العشرين.",
    "ودخل اللاعبون المباراة بنية حسم النقاط الثلاث مبكرا، وضغطوا على مرمى الضيوف منذ الدقائق الأولى دون أن يتمكنوا من التسجيل.",
    "وفي المرحلة الثانية واصل الفريق ضغطه، ليتمكن المهاجم من افتتاح التسجيل قبل أن يضيف زميله الهدف الثاني في الدقائق الأخيرة.",
];
const CAMPUS: [&str; 3] = [
    "نظمت حاضنة الأعمال بالجامعة يوم الاثنين يوما إعلاميا لفائدة طلبة السنوات النهائية، خصص للتعريف بالقرار الوزاري المتعلق بالمشاريع المبتكرة.",
    "وأشرف على افتتاح اللقاء نائب المدير المكلف بالعلاقات الخارجية، الذي دعا الطلبة إلى الانخراط في مسار تحويل مذكرات تخرجهم إلى مؤسسات ناشئة.",
    "وفي ختام اللقاء فتح باب النقاش للإجابة عن استفسارات الطلبة، فيما سجل عدد منهم أسماءهم في قائمة المشاريع الأولى.",
];

fn lines(lines: &[&str]) -> String {
    lines.join("\n")
}

#[test]
fn a_gift_box_under_the_story_is_no_paragraph() {
    // The button is in the menu too, so the walk drops it where it
    // stands: its amounts and its plea go with it.
    let a = import_text(&lines(&[
        "تبرع الآن",
        "الرئيسية / الأخبار",
        HEAD,
        "20 فبراير 2025",
        LEAD,
        NEXT,
        LAST,
        "ساهم في حملة «الخير يجمعنا»",
        "5 د.ك",
        "10 د.ك",
        "25 د.ك",
        "مبلغ آخر",
        "أضف إلى السلة",
        "تبرع الآن",
        "مشاركة:",
        "Facebook",
    ]));
    assert_eq!(texts(&a), [LEAD, NEXT, LAST]);
}

#[test]
fn a_deck_over_the_lead_is_no_paragraph() {
    let a = import_text(&lines(&[
        "البنك",
        "الرئيسية > المركز الإعلامي > الأخبار الصحفية",
        HEAD,
        "10 نوفمبر 2024",
        "ضمن برنامجها للمسؤولية الاجتماعية ودعما لجهود القطاع الخيري في البلاد",
        LEAD,
        NEXT,
        LAST,
    ]));
    assert_eq!(texts(&a), [LEAD, NEXT, LAST]);
}

#[test]
fn a_companys_latin_name_its_sentences_write_is_the_source() {
    let a = import_text(&lines(&[
        "الأفراد",
        "ooredoo",
        "الخطوط المفوترة",
        "الإنترنت المنزلي",
        "Ooredoo توسع تغطية شبكة الجيل الخامس لتشمل ولايات جديدة",
        "05 أغسطس 2024",
        "أعلنت Ooredoo عن توسيع نطاق تغطية شبكة الجيل الخامس لتشمل إحدى عشرة ولاية جديدة في محافظتين، ضمن خطتها لتعزيز البنية الأساسية الرقمية.",
        "ويمكن لعملاء Ooredoo الاستفادة من الشبكة دون أي رسوم إضافية، شريطة امتلاك جهاز يدعم تقنية الجيل الخامس وشريحة محدثة.",
        "© 2024 ooredoo. جميع الحقوق محفوظة.",
    ]));
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("Ooredoo"));
}

#[test]
fn the_logos_arabic_name_is_the_one_the_story_says_again() {
    // The notice gives the Latin name; beside it in the logo stand the
    // Arabic name above and a menu item below.
    let a = import_text(&lines(&[
        "Apply Now",
        "Student Portal",
        "الجامعة الوطنية",
        "National University",
        "عن الجامعة",
        "الكليات",
        "أخبار الجامعة",
        "الجامعة الوطنية تحتضن ملتقى الذكاء الاصطناعي في التعليم العالي",
        "22 أكتوبر 2024",
        "استضافت الجامعة الوطنية يوم أمس أعمال ملتقى الذكاء الاصطناعي في التعليم العالي، بمشاركة أربعين باحثا وأكاديميا من تسع دول.",
        NEXT,
        "© 2024 National University. All rights reserved.",
    ]));
    assert_eq!(a.source.as_deref(), Some("الجامعة الوطنية"));
}

#[test]
fn the_sites_blurb_in_its_footer_is_no_paragraph() {
    let a = import_text(&lines(&[
        "مركز آفاق للدراسات",
        "تقارير",
        HEAD,
        "9 ديسمبر 2024",
        "نبيل عبده الصلوي",
        LEAD,
        NEXT,
        LAST,
        "شارك:",
        "Facebook",
        "اشترك في نشرتنا البريدية",
        "مركز آفاق للدراسات مؤسسة بحثية مستقلة غير ربحية تعنى بالدراسات السياسية والاقتصادية",
        "جميع الحقوق محفوظة لمركز آفاق للدراسات © 2024",
    ]));
    assert_eq!(texts(&a), [LEAD, NEXT, LAST]);
}

#[test]
fn joomlas_french_fields_are_no_headline_and_a_numbered_university_is_the_source() {
    let a = import_text(&lines(&[
        "Université Ferhat Abbas Sétif 1",
        "جامعة فرحات عباس سطيف 1",
        "العربية | Français | English",
        "Accueil",
        "Université",
        "Formation",
        "Recherche",
        "Contact",
        "Vous êtes ici :  Accueil  /  Actualités",
        "حاضنة الأعمال الجامعية تنظم يوما إعلاميا لفائدة طلبة السنوات النهائية",
        "Détails",
        "Catégorie : أخبار الجامعة",
        "Publié le : mardi 14 novembre 2023 10:25",
        "Affichages : 647",
        CAMPUS[0],
        CAMPUS[1],
        CAMPUS[2],
        "Liens utiles",
        "Webmail",
        "Université Ferhat Abbas Sétif 1 - Campus El Bez, Sétif 19137, Algérie",
        "© 2023 Université Ferhat Abbas Sétif 1. Tous droits réservés.",
    ]));
    assert_eq!(
        a.title,
        "حاضنة الأعمال الجامعية تنظم يوما إعلاميا لفائدة طلبة السنوات النهائية"
    );
    assert_eq!(a.source.as_deref(), Some("جامعة فرحات عباس سطيف 1"));
    assert_eq!(texts(&a), CAMPUS);
}

#[test]
fn a_clubs_media_desk_in_latin_letters_is_the_source() {
    let a = import_text(&lines(&[
        "النادي الرياضي",
        "الرئيسية",
        "الأخبار",
        "الفريق يتجاوز ضيفه ويواصل الضغط على المتصدر",
        "09/03/2024",
        "🕒 23:05",
        "CRB Média",
        GAME[0],
        GAME[1],
        GAME[2],
    ]));
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("CRB Média"));
    assert_eq!(texts(&a), GAME);
}

#[test]
fn a_body_published_by_in_french_is_the_source() {
    let a = import_text(&lines(&[
        "Actualités",
        HEAD,
        "Publié par جمعية الأمل للتنمية والمواطنة",
        "le 2 septembre 2024",
        "📍 Gabès",
        "",
        LEAD,
        "",
        NEXT,
        "",
        LAST,
    ]));
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("جمعية الأمل للتنمية والمواطنة"));
    assert_eq!(texts(&a), [LEAD, NEXT, LAST]);
}

#[test]
fn a_communiques_file_and_a_themes_box_of_other_stories_are_not_the_storys() {
    let a = import_text(&lines(&[
        "الهيئة العليا",
        "بلاغات",
        HEAD,
        "20 مارس 2023",
        LEAD,
        "قبل إكمال الموضوع أسفله يمكنكم الإطلاع على موضوعات أخرى للنفس المحرر",
        "الحكومة تصادق على مشروع قانون يتعلق بالسلامة الطرقية",
        "بلدية المدينة تطلق حملة لإزالة النفايات من الشوارع",
        NEXT,
        LAST,
        "تحميل البلاغ",
        "communique-2023.pdf",
        "بلاغات أخرى",
    ]));
    assert_eq!(texts(&a), [LEAD, NEXT, LAST]);
}
