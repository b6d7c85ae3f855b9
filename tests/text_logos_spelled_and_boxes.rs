//! Copies whose header the importer misread: a company's Latin logo over
//! its menu, where the story spells the company's name in Arabic letters.

mod support;

use support::copied::import_text;

#[test]
fn a_latin_logo_is_the_name_the_story_spells_not_the_menus_first_word() {
    let a = import_text(
        &[
            "Zaytoun Mobile",
            "الأفراد",
            "الشركات",
            "عن زيتون",
            "الرئيسية › الأخبار",
            "زيتون موبايل توسع شبكتها في قرى الشمال",
            "March 3, 2024",
            "أعلنت شركة زيتون موبايل اليوم تشغيل ثلاثين محطة جديدة في قرى الشمال بعد أشهر من العمل.",
            "وقالت الشركة إن المحطات تغطي أكثر من خمسين قرية كانت خارج التغطية.",
            "© 2024 Zaytoun Mobile. All rights reserved.",
        ]
        .join("\n"),
    );
    assert_eq!(a.source.as_deref(), Some("زيتون موبايل"));
    assert_eq!(a.author, None);
}

#[test]
fn a_lowercase_logo_over_an_about_link() {
    let a = import_text(
        &[
            "nakheel energy",
            "من نحن",
            "أعمالنا",
            "المركز الإعلامي",
            "«نخيل إنرجي» تفتتح محطة شمسية في الصحراء الغربية",
            "05 November 2024",
            "افتتحت «نخيل إنرجي» محطتها الشمسية الأولى في الصحراء الغربية بقدرة ستين ميغاواط.",
            "وتنتج المحطة ما يكفي لتزويد عشرين ألف منزل بالكهرباء على مدار العام.",
            "Nakheel Energy",
            "© 2024 Nakheel Energy. جميع الحقوق محفوظة",
        ]
        .join("\n"),
    );
    assert_eq!(a.source.as_deref(), Some("نخيل إنرجي"));
}

#[test]
fn a_logos_arabic_name_beside_it_stays_over_a_place_the_story_names() {
    let a = import_text(
        &[
            "Tripoli Stock Exchange",
            "سوق طرابلس للأوراق المالية",
            "الرئيسية",
            "الإفصاحات",
            "سوق طرابلس تدرج شركة جديدة في السوق الرئيسية",
            "2024/03/12",
            "أعلنت سوق طرابلس للأوراق المالية إدراج شركة جديدة في السوق الرئيسية اعتبارا من الأسبوع المقبل.",
            "وقالت إدارة السوق في طرابلس إن الإدراج يرفع عدد الشركات المدرجة إلى ثلاثين.",
        ]
        .join("\n"),
    );
    assert_eq!(
        a.source.as_deref(),
        Some("سوق طرابلس للأوراق المالية")
    );
}
