//! A copy that starts with its lead under a few lines of the site's own:
//! a widget, the site's slogan, section names run together, a byline.
//! None of them is the headline: they speak of nothing in the story.

use qari::article::text_import::import;

const LEAD: &str = "أقرت الحكومة في جلستها الأسبوعية خطة لدعم المزارعين المتضررين من موجة الجفاف التي ضربت البلاد هذا الموسم.";
const SECOND: &str = "وقال وزير الزراعة إن الخطة تشمل قروضا ميسرة وتوزيع البذور مجانا على صغار المزارعين في المحافظات الجنوبية.";

fn read(top: &[&str]) -> qari::article::Article {
    let mut lines = top.to_vec();
    lines.extend([LEAD, SECOND]);
    import(&(lines.join("\n") + "\n"), "x".into(), None).expect("imports")
}

#[test]
fn the_sites_lines_over_the_lead_are_not_its_headline() {
    for top in [
        &["صوت الشارع العربي منذ 1998"][..],
        &["جريدة يومية سياسية مستقلة"],
        &["• الصلاة القادمة", "    الظهر 11:01"],
        &["آخر الأخبارأخبار محلية"],
        &["مواقيت الصلاة", "الفجر 4:32"],
    ] {
        let a = read(top);
        assert!(
            LEAD.starts_with(a.title.trim_end_matches('…')),
            "{top:?}: {}",
            a.title
        );
        let texts: Vec<&str> = a.body.iter().map(|b| b.text()).collect();
        assert_eq!(texts, [LEAD, SECOND], "{top:?}");
    }
}

#[test]
fn a_short_headline_over_its_lead_stays() {
    // It shares the story's words, however few of its own it has.
    for headline in [
        "الحكومة تدعم المزارعين",
        "خطة لمواجهة الجفاف",
        "دعم جديد للمزارعين المتضررين",
    ] {
        let a = read(&[headline]);
        assert_eq!(a.title, headline);
        assert_eq!(a.body.len(), 2, "{headline}");
    }
}

#[test]
fn a_byline_over_a_copy_without_a_headline_names_the_writer_and_the_site() {
    let a = read(&["صحيفة الرافد / رامي عوض"]);
    assert!(
        LEAD.starts_with(a.title.trim_end_matches('…')),
        "{}",
        a.title
    );
    assert_eq!(a.author.as_deref(), Some("رامي عوض"));
    assert_eq!(a.source.as_deref(), Some("صحيفة الرافد"));
    assert_eq!(a.body.len(), 2);
}

#[test]
fn a_language_switch_an_advert_and_a_copyright_caption_are_not_the_headline() {
    let headline = "الحكومة تقر خطة لدعم المزارعين المتضررين من الجفاف";
    for top in [
        &["EN", headline][..],
        &["💎 اشترك الآن واحصل على أفضل العروض", headline],
        &[headline, "© Reuters مزارع يتفقد أرضه التي ضربها الجفاف"],
    ] {
        let a = read(top);
        assert_eq!(a.title, headline, "{top:?}");
        let texts: Vec<&str> = a.body.iter().map(|b| b.text()).collect();
        assert_eq!(texts, [LEAD, SECOND], "{top:?}");
    }
}

#[test]
fn a_menus_labels_run_together_over_the_headline_are_dropped() {
    let headline = "الحكومة تقر خطة لدعم المزارعين المتضررين من الجفاف";
    for labels in [
        "آخر الأخبارأخبار محلية",
        "الرئيسيةاقتصاد",
        "الرئيسية»أخبار»محليات",
    ] {
        let a = read(&[labels, headline]);
        assert_eq!(a.title, headline, "{labels}");
        let texts: Vec<&str> = a.body.iter().map(|b| b.text()).collect();
        assert_eq!(texts, [LEAD, SECOND], "{labels}");
    }
}

#[test]
fn a_headline_and_its_deck_under_a_catalogue_line_are_never_lost() {
    // Whichever of the lines above the lead is taken for the title, the
    // other two are said again by the lead but are no picture's caption:
    // a picture has one. The story's headline stays in the copy.
    let a = read(&[
        "نشرة الزراعة 52 يونيو 2024",
        "",
        "خطة الحكومة لدعم المزارعين",
        "موجة الجفاف",
        "",
    ]);
    let all: Vec<&str> = std::iter::once(a.title.as_str())
        .chain(a.body.iter().map(|b| b.text()))
        .collect();
    assert!(all.contains(&"خطة الحكومة لدعم المزارعين"), "{all:?}");
    assert!(all.ends_with(&[LEAD, SECOND]), "{all:?}");
    // Nor is the deck, in the lead's words, anyone's name.
    assert_eq!(a.author, None);
}

#[test]
fn a_long_headline_the_page_says_twice_is_the_headline() {
    // Longer than a headline's shape allows, said as the page's title and
    // again as its heading, with the byline between and a caption under,
    // which is shaped as a headline and says what the lead says.
    let headline = "عن «مواسم» الجفاف في الجنوب «سلسلة حوارات».. وزير الزراعة: «خطة الدعم» أصابتني بـ«قلق» من الحصاد وموسم «القمح الأخير» أحدث انقلابا في حياة المزارعين";
    let caption = "وزير الزراعة مع المزارعين المتضررين من موجة الجفاف";
    let a = read(&[
        "إعلان",
        "إعلان",
        "",
        headline,
        "",
        " كتب:  مهران القبلاوي",
        "",
        headline,
        caption,
        "إعلان",
        "إعلان",
        "",
    ]);
    assert_eq!(a.title, headline);
    assert_eq!(a.author.as_deref(), Some("مهران القبلاوي"));
    let texts: Vec<&str> = a.body.iter().map(|b| b.text()).collect();
    assert_eq!(texts, [LEAD, SECOND]);
}

#[test]
fn labels_glued_where_a_word_ended_are_not_the_headline_over_it() {
    // The page's labels as a copy glues them, where a word ended with a
    // taa marbuta, which only ends words; the headline is under them.
    let a = read(&["الأخبار العاجلةحالة الطقس", "", "أمطار وجفاف حتى الجمعة", ""]);
    assert_eq!(a.title, "أمطار وجفاف حتى الجمعة");
    let texts: Vec<&str> = a.body.iter().map(|b| b.text()).collect();
    assert_eq!(texts, [LEAD, SECOND]);
}

#[test]
fn a_headline_with_a_mark_on_its_taa_marbuta_is_no_glued_labels() {
    // `خطةً`: the tanween on the taa marbuta is a mark, not a letter run on.
    let a = read(&["الحكومة تقر خطةً لدعم المزارعين", ""]);
    assert_eq!(a.title, "الحكومة تقر خطةً لدعم المزارعين");
}

#[test]
fn the_sixth_hijri_month_by_either_name_is_a_date_alone() {
    for line in ["27 جمادى الثانية 1426", "27 جمادى الآخرة 1426"] {
        assert!(qari::article::dates::is_hijri_only(line), "{line}");
    }
}

#[test]
fn a_ticker_of_headlines_between_bars_is_over_the_headline() {
    // Other stories' headlines, each over the bar the ticker set between
    // them, then the page's buttons, then the story's own headline.
    let a = read(&[
        "البلدية تفتتح حديقة جديدة في حي الساعي ضمن حملة التشجير",
        "   |   ",
        "وعود برلمانية بدعم المحافظة في مختلف المجالات",
        "   |   ",
        "أسعار السمك في مزاد الميناء اليوم الخميس",
        "   |   ",
        "",
        "ابحث في الموقع",
        "",
        "خطة حكومية لدعم المزارعين المتضررين من الجفاف",
        "",
    ]);
    assert_eq!(a.title, "خطة حكومية لدعم المزارعين المتضررين من الجفاف");
    let texts: Vec<&str> = a.body.iter().map(|b| b.text()).collect();
    assert_eq!(texts, [LEAD, SECOND]);
}

/// A headline that opens with a quoted name and a colon (`«الأشغال»: …`),
/// as Gulf papers credit a ministry, is the headline, not a ticker's line
/// cut by its guillemet, over a caption under the date.
#[test]
fn a_headline_opening_with_a_quoted_name_is_no_ticker() {
    let head = "«الأشغال»: إنجاز 70% من مشروع تطوير تقاطع الميناء";
    let lead = "أعلنت وزارة الأشغال أن نسبة الإنجاز في مشروع تطوير التقاطع بلغت 70 في المئة حتى نهاية الشهر الماضي.";
    let text = format!(
        "{head}\n\nالثلاثاء 04 يونيو 2024\n\nأعمال صب البلاطات الخرسانية في موقع المشروع\n\n{lead}\n\nوأوضحت الوزارة أن المشروع يتضمن إنشاء جسر علوي بطول 650 مترا.\n"
    );
    let a = import(&text, "x".into(), None).expect("imports");
    assert_eq!(a.title, head);
    assert_eq!(a.published.as_deref(), Some("2024-06-04"));
}

/// A news ticker whose items open with their clock times, over the
/// headline: each is another story's, and the headline is below them.
#[test]
fn a_tickers_items_led_by_their_times_are_not_the_headline() {
    let head = "البلدية تطلق خطة طوارئ لتأمين مياه الشرب في القرى الجبلية";
    let text = [
        "12:05 وزير الخارجية يستقبل سفيرة الاتحاد الأوروبي ويبحث معها ملف اللاجئين",
        "11:58 الدفاع المدني يخمد حريقا في أحراج البلدة الشمالية",
        "11:51 نقابة أصحاب الصهاريج ترفع التسعيرة بسبب ارتفاع أسعار المازوت",
        "محليات",
        head,
        "الأحد 14 تموز 2024",
        LEAD,
        SECOND,
    ]
    .join("\n");
    let a = import(&text, "x".into(), None).expect("imports");
    assert_eq!(a.title, head);
    let texts: Vec<&str> = a.body.iter().map(|b| b.text()).collect();
    assert_eq!(texts, [LEAD, SECOND]);
}
