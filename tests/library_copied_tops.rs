//! What stands above a copy's lead: a short headline over its deck, the
//! page's date, an outlet's name, a gallery, other stories' teasers and
//! headlines. Each copy must give its own headline, or its lead's first
//! words when it has none, and no line of the page's in the body.

mod support;

use support::copied::{assert_header, check_lines, import_text};

/// A headline of three words over its deck, with no chrome around it, is
/// the headline: three words may be a menu's item or a headline, and
/// without a menu in sight the copy's first line is its headline.
#[test]
fn a_short_headline_over_its_deck() {
    let lines = [
        "حريق في المرفأ",
        "فرق الإطفاء تسيطر على النيران بعد ساعتين",
        "كتب: سالم الحداد",
        "الأحد 12 مارس 2023",
        "اندلع حريق كبير في أحد مستودعات المرفأ فجر اليوم وامتدت النيران إلى مستودعين مجاورين.",
        "وقال مدير الدفاع المدني إن أحدا لم يصب وإن التحقيق في أسباب الحريق بدأ.",
    ];
    let header = [Some("2023-03-12"), Some("سالم الحداد"), None];
    // The deck over the byline is the page's summary, not the story's.
    let starts = ["اندلع حريق", "وقال مدير"];
    check_lines(&lines, "حريق في المرفأ", header, &starts);
}

/// The day printed at the top of the page, above the section's name, dates
/// a copy that gives no other date: it is the site's clock or the
/// article's own day, and a copy is made on the day it is read.
#[test]
fn the_top_date_dates_a_copy_that_gives_no_other() {
    let lines = [
        "السبت 8 أبريل 2023",
        "شؤون محلية",
        "",
        "مجلس البلدية يقر خطة لتوسيع الحديقة العامة",
        "",
        "أقر مجلس البلدية في جلسته الأسبوعية خطة لتوسيع الحديقة العامة نحو الأرض المجاورة للسوق القديم.",
        "وقال أحد الأعضاء إن الأعمال تبدأ في الخريف وتنتهي قبل الصيف التالي.",
    ];
    let title = "مجلس البلدية يقر خطة لتوسيع الحديقة العامة";
    check_lines(
        &lines,
        title,
        [Some("2023-04-08"), None, None],
        &["أقر مجلس", "وقال أحد"],
    );
}

/// A site's name of three words in an outlet's shape over the headline is
/// the site's, not a short headline over its deck.
#[test]
fn an_outlet_named_in_three_words_over_the_headline() {
    let lines = [
        "واحة الجنوب أون لاين",
        "",
        "مزارعو الوادي يبدؤون حصاد القمح قبل موعده بأسبوعين",
        "",
        "صورة من الحقول",
        "الوادي - مراسلنا",
        "",
        "بدأ مزارعو الوادي حصاد القمح هذا الأسبوع بعد موجة حر عجلت نضج السنابل في معظم الحقول.",
        "",
        "ويقول المزارعون إن المحصول جيد رغم قلة الأمطار في الشتاء الماضي.",
    ];
    let title = "مزارعو الوادي يبدؤون حصاد القمح قبل موعده بأسبوعين";
    // The outlet's staff under the caption name it as the source.
    let header = [None, None, Some("الوادي")];
    check_lines(&lines, title, header, &["بدأ مزارعو", "ويقول المزارعون"]);
}

/// A headline's own quotation marks and a picture gallery's bullets under
/// it are no ticker: only a short label before a bar makes one.
#[test]
fn a_headline_in_guillemets_over_a_gallery_is_the_headline() {
    let lines = [
        "جميع الأخبار",
        "",
        "الوزارة تطلق «بطاقة المسافر» الجديدة للطلاب",
        "",
        "كتب: سالم الحداد",
        "  • عرض 5 صور",
        "    حفل إطلاق البطاقة في القاعة الكبرى",
        "",
        "أطلقت الوزارة اليوم بطاقة جديدة تمنح الطلاب خصما على تذاكر الحافلات والقطارات طوال العام.",
        "وقالت الوزارة إن البطاقة تصدر خلال أسبوع من تقديم الطلب.",
    ];
    let title = "الوزارة تطلق «بطاقة المسافر» الجديدة للطلاب";
    let a = import_text(&lines.join("\n"));
    assert_header(&a, title, title, [None, Some("سالم الحداد"), None]);
}

/// Other stories' teasers at the top of the page, each cut off with an
/// ellipsis (one with a bullet and a kicker run into it), over an article
/// with no headline: its lead's first words stand for one, and no teaser
/// is left in the body.
#[test]
fn teasers_cut_with_an_ellipsis_above_a_copy_are_chrome() {
    let lines = [
        "أعلنت مديرية الصحة في المحافظة، أمس، عن حملة واسعة لتطعيم الأطفال في المدارس الابتدائية، مؤكدة أن الحملة تشمل كل البلديات وأن الفرق...",
        "رفعت الحكومة، سعر الخبز المدعم بنسبة طفيفة هي الأولى منذ عشر سنوات، في قرار قالت إنه يهدف إلى الحفاظ على استمرار الدعم للأسر...",
        "* موسم الزيتون يبدأ مبكرا توقع مزارعون في الجبال الشمالية، أمس الأحد، أن يكون محصول هذا العام أكبر من المواسم الثلاثة الماضية بسبب…",
        "زار وزير النقل، اليوم الأربعاء، ورشة الطريق السريع الجديد بين المدينتين، واطلع على تقدم الأشغال التي بلغت نسبتها سبعين بالمئة، ووعد بافتتاح الطريق قبل نهاية السنة المقبلة.",
        "",
    ];
    let title = "زار وزير النقل، اليوم الأربعاء، ورشة الطريق السريع الجديد بين المدينتين، واطلع…";
    check_lines(&lines, title, [None; 3], &["زار وزير النقل"]);
}

/// One line cut with an ellipsis at the top is the lead trailing off, not
/// a list of teasers: it stays the copy's first paragraph.
#[test]
fn one_line_cut_with_an_ellipsis_is_the_lead() {
    let lines = [
        "قال المدرب بعد المباراة إن فريقه لعب جيدا في الشوط الأول لكنه فقد تركيزه في الدقائق الأخيرة، وأضاف أن الموسم ما زال طويلا...",
        "وكان الفريق قد خسر مباراتين متتاليتين قبل هذه المباراة على أرضه.",
    ];
    let title = "قال المدرب بعد المباراة إن فريقه لعب جيدا في الشوط الأول لكنه…";
    check_lines(&lines, title, [None; 3], &["قال المدرب", "وكان الفريق"]);
}

/// Other stories' headlines stacked right above the lead, no blank line
/// between them: none is the headline, unless the lowest shares a word
/// with the lead, when it is the article's own under the site's list; of
/// two, the one that does not speak of the lead is another story's.
#[test]
fn other_stories_headlines_stacked_above_the_lead_are_chrome() {
    let list = [
        "وزارة المالية تعلن موازنة العام المقبل بزيادة في الإنفاق",
        "3 نصائح لتجنب الزحام في الأسواق قبل العيد",
        "افتتاح معرض الكتاب في دورته الجديدة بمشاركة واسعة",
        "ارتفاع درجات الحرارة في المناطق الساحلية نهاية الأسبوع",
    ];
    let lead = "تواصلت الاشتباكات بين الفصائل المسلحة في ضواحي المدينة الشمالية منذ فجر اليوم، وسمع دوي انفجارات متفرقة قرب الميناء.";
    let next = "وفي الضاحية الشرقية، تقدمت القوات الحكومية نحو الجسر الرئيسي، فيما أغلقت السلطات الطرق المؤدية إلى المطار.";
    let last = "موعد صرف الدفعة الجديدة من دعم الأسر المحتاجة";
    let own = "اشتباكات عنيفة في ضواحي المدينة الشمالية";
    for (lowest, title) in [
        (
            last,
            "تواصلت الاشتباكات بين الفصائل المسلحة في ضواحي المدينة الشمالية منذ فجر اليوم",
        ),
        (own, own),
    ] {
        let lines: Vec<&str> = list.iter().copied().chain([lowest, lead, next]).collect();
        check_lines(&lines, title, [None; 3], &["تواصلت", "وفي الضاحية"]);
    }
    // Two: the upper speaks of another story, the lower of the lead's.
    let other = "ارتفاع أسعار الوقود للمرة الثانية هذا العام";
    check_lines(
        &[other, own, lead, next],
        own,
        [None; 3],
        &["تواصلت", "وفي الضاحية"],
    );
}

/// A kicker of a few words over a headline in quotation marks after the
/// story's kind, run in or spaced, with the story's own mark and the
/// outlet under it: the quoted line is the headline, the outlet the
/// source. A name before the quotation makes it a deck.
#[test]
fn a_kicker_over_a_quoted_headline_and_the_outlets_own_mark() {
    let lead = "خرج مئات من سكان الحي القديم إلى الشوارع مساء أمس احتجاجا على انقطاع المياه منذ أربعين يوما.";
    let next = "وقالت البلدية إن فرقها تعمل على إصلاح الخط الرئيسي.";
    for (headline, mark) in [
        (
            "تقرير\"40 يوما من العطش تشعل احتجاجات الحي القديم\"",
            "خاص: بوابة الساحل الإخبارية - المدينة القديمة",
        ),
        (
            "حوار «أربعون يوما من العطش في الحي القديم»",
            "خاص - بوابة الساحل الإخبارية",
        ),
        (
            "تحقيق“أربعون يوما من العطش في الحي القديم”",
            "حصري: بوابة الساحل الإخبارية",
        ),
    ] {
        let lines = [
            "Menu",
            "",
            "الحي القديم يغضب",
            "",
            headline,
            "",
            mark,
            "",
            lead,
            next,
        ];
        let header = [None, None, Some("بوابة الساحل الإخبارية")];
        check_lines(&lines, headline, header, &["خرج مئات", "وقالت البلدية"]);
    }
    // A name before the quotation: the deck of a headline of four words.
    let own = "الوزير يرد على المنتقدين";
    let deck = "سالم «لن نترك الحي بلا ماء يوما آخر»";
    check_lines(
        &[own, deck, lead, next],
        own,
        [None; 3],
        &["سالم", "خرج", "وقالت"],
    );
}

/// A first line longer than a headline that ends with a full stop is the
/// lead of a copy without one, under the outlet's dateline line: it stays
/// the first paragraph and its first words stand for the title. A
/// question as long is a headline.
#[test]
fn a_long_first_sentence_with_a_full_stop_is_the_lead() {
    let lead = "قررت الحكومة، اليوم الأربعاء، تعطيل الدوام الرسمي في المدارس والدوائر يوم غد الخميس، بسبب العاصفة.";
    let next = "وشهدت البلاد أمطارا غزيرة أغرقت شوارع عدد من المدن.";
    let title = "قررت الحكومة، اليوم الأربعاء، تعطيل الدوام الرسمي في المدارس والدوائر يوم غد…";
    let header = [None, None, Some("الوادي نيوز")];
    check_lines(
        &["الوادي نيوز - بغداد", lead, next],
        title,
        header,
        &["قررت الحكومة", "وشهدت"],
    );
    let question =
        "هل تعطل الحكومة الدوام الرسمي في المدارس والدوائر غدا بسبب العاصفة القادمة من الغرب؟";
    check_lines(
        &[question, lead, next],
        question,
        [None; 3],
        &["قررت الحكومة", "وشهدت"],
    );
}
