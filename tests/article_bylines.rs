//! Bylines: the short line under a headline, read into author and source.

mod support;

use qari::article::byline::{leading, outlet, parse};
use qari::article::text_import::import;
use support::copied::by;

#[test]
fn every_byline_shape() {
    for (line, want) in [
        (
            "أبوظبي - سكاي نيوز عربية",
            by(None, Some("سكاي نيوز عربية"), Some("أبوظبي")),
        ),
        (
            "القافلة - فهد الحازمي",
            by(Some("فهد الحازمي"), Some("القافلة"), None),
        ),
        (
            "عدن: محمد علي محسن",
            by(Some("محمد علي محسن"), None, Some("عدن")),
        ),
        ("أنور محمد ـ جدة", by(Some("أنور محمد"), None, Some("جدة"))),
        (
            "حسام أبو العلا - القاهرة",
            by(Some("حسام أبو العلا"), None, Some("القاهرة")),
        ),
        (
            "(أبوظبي - البيان)",
            by(None, Some("البيان"), Some("أبوظبي")),
        ),
        ("واشنطن (رويترز)", by(None, Some("رويترز"), Some("واشنطن"))),
        ("الرياض - واس", by(None, Some("واس"), Some("الرياض"))),
        ("دبي- وكالات", by(None, Some("وكالات"), Some("دبي"))),
        // An outlet not in the table: one word with the article.
        (
            "الصباح - منى علي",
            by(Some("منى علي"), Some("الصباح"), None),
        ),
        // An outlet told by its kind of name.
        (
            "بيروت - موقع الحدث اليومي",
            by(None, Some("موقع الحدث اليومي"), Some("بيروت")),
        ),
    ] {
        assert_eq!(parse(line), Some(want), "{line}");
    }
}

#[test]
fn sentences_and_headings_are_not_bylines() {
    for line in [
        "قال الوزير - في مؤتمر صحفي - إن الاتفاق قريب.",
        "ملاحظة: الأرقام أولية",
        "الحرب في غزة - اليوم الأول",
        "الاقتصاد المصري - تحديات",
        "أعلنت الحكومة اليوم عن خطة جديدة لدعم الصناعة المحلية وتشجيع الاستثمار - بحسب بيان",
        "القاهرة - الإسكندرية",
        "سعر الدولار - 15 جنيها",
        "القاهرة",
    ] {
        assert_eq!(parse(line), None, "{line}");
    }
}

#[test]
fn a_byline_in_parentheses_opens_the_first_paragraph() {
    let (b, rest) = leading("(أبوظبي - البيان) أعلنت الهيئة أن المعرض نجح.").expect("byline");
    assert_eq!(b.source.as_deref(), Some("البيان"));
    assert_eq!(rest, "أعلنت الهيئة أن المعرض نجح.");
    assert!(leading("(وهو ما نفاه لاحقا) قال الوزير إن الاتفاق قريب.").is_none());
    assert!(leading("(أ ف ب)").is_none());
}

#[test]
fn prefixed_bylines() {
    for (line, author) in [
        ("حوار: آسيا العتروس", "آسيا العتروس"),
        ("كتب: محمد السيد", "محمد السيد"),
        ("بقلم سارة أحمد", "سارة أحمد"),
    ] {
        let text = format!("العنوان\n{line}\nنص الخبر الأول هنا.\n");
        let a = import(&text, "x".into(), None).expect("imports");
        assert_eq!(a.author.as_deref(), Some(author), "{line}");
        assert_eq!(a.body.len(), 1);
    }
}

#[test]
fn a_first_paragraph_is_never_taken_for_a_byline() {
    for first in [
        "القاهرة - أعلنت وزارة الصحة المصرية اليوم تسجيل إصابات جديدة بالفيروس في عدة محافظات.",
        "دبي: قالت هيئة الطرق والمواصلات إن الخط الجديد سيفتح في الربيع.",
        "أعلن الرئيس الفرنسي - في خطاب متلفز - خطة جديدة.",
        "الرياض - واس، أعلنت وزارة الداخلية القبض على شبكة تهريب.",
    ] {
        let text = format!("العنوان\n{first}\nفقرة ثانية من الخبر.\n");
        let a = import(&text, "x".into(), None).expect("imports");
        assert_eq!(a.body.len(), 2, "{first}: {:?}", a.body);
        assert_eq!(a.body[0].text(), first);
        assert_eq!(a.author, None, "{first}");
        assert_eq!(a.source, None, "{first}");
    }
}

#[test]
fn a_name_beside_the_date_is_the_author_and_a_city_is_not() {
    let a = import(
        "العنوان\nفهد الحازمي - 24 أغسطس 2020\nنص الخبر.\n",
        "x".into(),
        None,
    )
    .expect("imports");
    assert_eq!(a.author.as_deref(), Some("فهد الحازمي"));
    assert_eq!(a.published.as_deref(), Some("2020-08-24"));
    let a = import(
        "العنوان\nالقاهرة - الإثنين، 24 أغسطس 2020\nنص الخبر.\n",
        "x".into(),
        None,
    )
    .expect("imports");
    assert_eq!(a.author, None);
    assert_eq!(a.published.as_deref(), Some("2020-08-24"));
    assert_eq!(a.body.len(), 1);
}

#[test]
fn a_byline_and_a_date_on_one_line() {
    for (line, source, author) in [
        (
            "القاهرة - أ ش أ - الإثنين 24 أغسطس 2020",
            Some("أ ش أ"),
            None,
        ),
        ("الرياض - واس | 24 أغسطس 2020", Some("واس"), None),
        (
            "القافلة - فهد الحازمي - 24 أغسطس 2020",
            Some("القافلة"),
            Some("فهد الحازمي"),
        ),
    ] {
        let a =
            import(&format!("العنوان\n{line}\nنص الخبر.\n"), "x".into(), None).expect("imports");
        assert_eq!(a.published.as_deref(), Some("2020-08-24"), "{line}");
        assert_eq!(a.source.as_deref(), source, "{line}");
        assert_eq!(a.author.as_deref(), author, "{line}");
        assert_eq!(a.body.len(), 1, "{line}");
    }
}

#[test]
fn a_place_and_an_outlet_run_together_before_a_colon_open_the_first_paragraph() {
    let (b, rest) = leading("دبي البيان: افتتحت الهيئة المعرض أمس.").expect("byline");
    assert_eq!(b, by(None, Some("البيان"), Some("دبي")));
    assert_eq!(rest, "افتتحت الهيئة المعرض أمس.");
    // A colon after words that are not a place and an outlet is text.
    assert!(leading("وزير الخارجية: المفاوضات مستمرة.").is_none());
    assert!(leading("القاهرة الجميلة: مدينة لا تنام.").is_none());
    let a = import(
        "المعرض يفتح أبوابه\nدبي البيان: افتتحت الهيئة المعرض أمس.\nوقال المنظمون إن الزوار كثر.\n",
        "x".into(),
        None,
    )
    .expect("imports");
    assert_eq!(a.source.as_deref(), Some("البيان"));
    assert_eq!(a.body[0].text(), "افتتحت الهيئة المعرض أمس.");
}

#[test]
fn a_provinces_name_is_a_place() {
    assert_eq!(
        parse("الوادي الجديد - هالة منصور"),
        Some(by(Some("هالة منصور"), None, Some("الوادي الجديد")))
    );
    assert_eq!(
        parse("شمال سيناء - رويترز"),
        Some(by(None, Some("رويترز"), Some("شمال سيناء")))
    );
}

#[test]
fn a_site_name_alone_is_an_outlet_and_a_section_or_person_is_not() {
    assert_eq!(outlet("فلسطين اليوم").as_deref(), Some("فلسطين اليوم"));
    assert_eq!(outlet("رويترز").as_deref(), Some("رويترز"));
    assert_eq!(outlet("قناة الغد").as_deref(), Some("قناة الغد"));
    assert_eq!(outlet("موقع 24").as_deref(), Some("موقع 24"));
    for line in [
        "الرياضية",
        "محمد علي",
        "القاهرة",
        "قال الوزير اليوم إن الخطة جاهزة.",
        "رويترز:",
    ] {
        assert_eq!(outlet(line), None, "{line:?}");
    }
}

#[test]
fn a_city_a_writer_and_an_agency_in_three_parts() {
    let want = by(Some("سامر الخطيب"), Some("وكالة الرافد"), Some("الموصل"));
    for line in [
        "الموصل / سامر الخطيب / وكالة الرافد",
        "الموصل - سامر الخطيب - وكالة الرافد",
        "الموصل/سامر الخطيب/وكالة الرافد",
    ] {
        assert_eq!(parse(line), Some(want.clone()), "{line}");
    }
    // Three names, or two places and a name, are no such byline.
    assert_eq!(parse("سامر الخطيب / منى السيد / هالة منصور"), None);
    assert_eq!(parse("القاهرة - الموصل - سامر الخطيب"), None);
}

#[test]
fn a_city_with_its_country_in_parentheses_then_the_agency() {
    assert_eq!(
        parse("قابس (تونس) (وكالة الساحل)"),
        Some(by(None, Some("وكالة الساحل"), Some("قابس")))
    );
    // Not a country in the first parentheses: not this shape.
    assert_eq!(parse("قابس (الجديدة) (وكالة الساحل)"), None);
    let (b, rest) = leading("قابس (تونس) (رويترز) - أقر المجلس البلدي الميزانية.").expect("wire");
    assert_eq!(b, by(None, Some("رويترز"), Some("قابس")));
    assert_eq!(rest, "أقر المجلس البلدي الميزانية.");
}

#[test]
fn a_city_run_into_its_agency_round_a_dash() {
    // A known city, or a known agency, vouches for the shape.
    assert_eq!(
        parse("حمص-وكالة الرافد"),
        Some(by(None, Some("وكالة الرافد"), Some("حمص")))
    );
    assert_eq!(
        parse("الضفة الشرقية-قنا"),
        Some(by(None, Some("قنا"), Some("الضفة الشرقية")))
    );
    for line in ["مباراة الأهلي-الزمالك", "القاهرة-الإسكندرية", "كوفيد-19"]
    {
        assert_eq!(parse(line), None, "{line}");
    }
}

#[test]
fn a_site_and_its_newsroom_word_with_a_slash_or_a_bar() {
    for line in ["نبض الوادي|متابعات", "نبض الوادي | خاص", "نبض الوادي/وكالات"]
    {
        assert_eq!(
            parse(line),
            Some(by(None, Some("نبض الوادي"), None)),
            "{line}"
        );
    }
    // A place before the bar is where the agencies filed from.
    assert_eq!(parse("ليبيا | خاص"), None);
}

#[test]
fn an_outlets_own_story_mark_opens_the_lead() {
    let (b, rest) = leading("مرآة الساحل (خاص): قالت مصادر إن الميناء تأجل.").expect("byline");
    assert_eq!(b, by(None, Some("مرآة الساحل"), None));
    assert_eq!(rest, "قالت مصادر إن الميناء تأجل.");
    // Without the colon or dash after it the mark is the sentence's.
    assert!(leading("زيارة الوزير (خاص) لم تعلن من قبل.").is_none());
}

#[test]
fn a_city_run_into_its_agency_opens_the_lead() {
    let (b, rest) = leading("حمص-قنا اعتقلت قوات الأمن خمسة أشخاص.").expect("dateline");
    assert_eq!(b, by(None, Some("قنا"), Some("حمص")));
    assert_eq!(rest, "اعتقلت قوات الأمن خمسة أشخاص.");
    let (b, rest) = leading("الضفة الشرقية-أ ش أ- واصلت الأسعار ارتفاعها.").expect("dateline");
    assert_eq!(b, by(None, Some("أ ش أ"), Some("الضفة الشرقية")));
    assert_eq!(rest, "واصلت الأسعار ارتفاعها.");
    let a = import(
        "حملة أمنية في ريف المدينة\nحمص-قنا اعتقلت قوات الأمن خمسة أشخاص.\nوقال مصدر إن التحقيق مستمر.\n",
        "x".into(),
        None,
    )
    .expect("imports");
    assert_eq!(a.source.as_deref(), Some("قنا"));
    assert_eq!(a.body[0].text(), "اعتقلت قوات الأمن خمسة أشخاص.");
    // A hyphenated pair opening a sentence is no dateline.
    for first in [
        "مباراة الأهلي-الزمالك انتهت بالتعادل.",
        "القاهرة-الرياض رحلة جديدة تبدأ غدا.",
    ] {
        assert!(leading(first).is_none(), "{first}");
    }
}
