//! Lines a page sets beside its story that are none of it: a news ticker
//! of other stories over the headline, an editor's note in square
//! brackets, a teaser in Latin letters and the page's fields over a copy
//! without a headline, a picture's caption naming someone by their office,
//! other stories' teasers after "see also", search keywords and the
//! comment rules at the foot.
//! Each copy must give its own headline, or its lead's first words when it
//! has none, and none of those lines in the body.

mod support;

use support::copied::check_lines;

/// A ticker's headlines, each ending with the dash that set it off from
/// the next, are other stories': the headline is under them, and its
/// copies (the picture's caption) are dropped.
#[test]
fn a_news_ticker_over_the_headline_is_chrome() {
    let lines = [
        "أخبار عاجلة",
        "الحكومة تقر موازنة العام المقبل بعد نقاش طويل -",
        "إغلاق الطريق الساحلي بسبب أعمال الصيانة الليلية -",
        "المنتخب يستعد لمباراته الودية في العاصمة -",
        "",
        "افتتاح المكتبة العامة الجديدة في وسط المدينة",
        "",
        "افتتاح المكتبة العامة الجديدة في وسط المدينة",
        "",
        "افتتحت البلدية صباح اليوم المكتبة العامة الجديدة في وسط المدينة بحضور عدد من الكتاب والطلاب.",
        "وقال رئيس البلدية إن المكتبة تضم أكثر من عشرين ألف كتاب وقاعة للمطالعة.",
    ];
    let title = "افتتاح المكتبة العامة الجديدة في وسط المدينة";
    check_lines(
        &lines,
        title,
        [None, None, None],
        &["افتتحت البلدية", "وقال رئيس"],
    );
}

/// An editor's note in square brackets over a copy without a headline is
/// the page's, never the title, and so is a placeholder in brackets in
/// the body.
#[test]
fn a_bracketed_editors_note_is_no_title() {
    let lines = [
        "[ملاحظة المحرر: تابعوا تغطيتنا المباشرة لنتائج الانتخابات البلدية على صفحتنا.]",
        "أعلنت لجنة الانتخابات أن نسبة المشاركة في الاقتراع البلدي بلغت أربعين في المئة حتى الظهر.",
        "[فيديو]",
        "وقالت اللجنة إن مراكز الاقتراع ستبقى مفتوحة حتى الساعة السابعة مساء.",
    ];
    let title = "أعلنت لجنة الانتخابات أن نسبة المشاركة في الاقتراع البلدي بلغت أربعين في…";
    check_lines(
        &lines,
        title,
        [None, None, None],
        &["أعلنت لجنة", "وقالت اللجنة"],
    );
}

/// A line in Latin letters over an Arabic copy (another story's title in
/// a widget) and the page's empty fields in a bar are never the headline:
/// the copy starts with its lead.
#[test]
fn a_latin_teaser_and_the_pages_fields_over_a_lead() {
    let lines = [
        "Ten Winter Recipes to Try This Weekend",
        "",
        "الكاتب: | عدد القراءات: 15",
        "",
        "قررت وزارة التربية تأجيل امتحانات نهاية الفصل أسبوعا واحدا بسبب موجة البرد التي تضرب البلاد.",
        "",
        "وقال المتحدث باسم الوزارة إن الموعد الجديد سيعلن على موقعها خلال يومين.",
    ];
    let title = "قررت وزارة التربية تأجيل امتحانات نهاية الفصل أسبوعا واحدا بسبب موجة البرد…";
    check_lines(
        &lines,
        title,
        [None, None, None],
        &["قررت وزارة", "وقال المتحدث"],
    );
}

/// A picture's caption that names someone and their office, alone above
/// the byline and the lead, is no headline: the copy has none. A headline
/// that says what the same person did stays the headline.
#[test]
fn a_caption_naming_an_office_over_a_lead_is_no_headline() {
    let copy = |top: &'static str| {
        [
            "الرئيسية » أخبار محلية",
            top,
            "",
            "عمان ـ ليلى منصور",
            "",
            "بدأت بلدية الزرقاء أعمال توسعة الشارع الرئيسي صباح الثلاثاء بعد أشهر من التأجيل، على أن تنتهي قبل الصيف.",
            "",
            "وقال رئيس البلدية إن الأعمال ستجري ليلا لتخفيف الزحام.",
        ]
    };
    let header = [None, Some("ليلى منصور"), None];
    let starts = ["بدأت بلدية", "وقال رئيس"];
    let lead = "بدأت بلدية الزرقاء أعمال توسعة الشارع الرئيسي صباح الثلاثاء بعد أشهر من…";
    check_lines(
        &copy("سالم الحداد رئيس بلدية الزرقاء"),
        lead,
        header,
        &starts,
    );
    let headline = "سالم الحداد يفتتح توسعة الشارع الرئيسي في الزرقاء";
    check_lines(&copy(headline), headline, header, &starts);
}

/// A "see also" label and the headlines under it are dropped, also those
/// whose commas and colon are set apart by spaces (an op-ed's teaser with
/// its writer), and one cut off with an ellipsis.
#[test]
fn see_also_teasers_with_spaced_commas_are_dropped() {
    let lines = [
        "المستشفى الميداني يستقبل أول مرضاه في شمال القطاع",
        "",
        "قالت وزارة الصحة اليوم إن المستشفى الميداني استقبل أول مرضاه بعد أسابيع من التجهيز.",
        "",
        "وأضافت أن المستشفى يضم قسما للطوارئ وآخر للجراحة.",
        "",
        "شاهد أيضاً",
        "",
        "افتتاح مدرسة جديدة للبنات في حي الزيتون بعد ترميمها على نفقة متبرعين",
        "",
        "التعليم عن بعد ، تجربة تستحق المراجعة في ظل الظروف الراهنة ، بقلم : د. سامر الخطيب",
        "",
        "التعليم عن بعد ، تجربة تستحق المراجعة في ظل الظروف الراهنة ، بقلم …",
    ];
    let title = "المستشفى الميداني يستقبل أول مرضاه في شمال القطاع";
    let starts = ["قالت وزارة", "وأضافت أن"];
    check_lines(&lines, title, [None, None, None], &starts);
}

/// The search keywords under the story and the comment rules over the
/// form (then a line thanking the reader) are the page's.
#[test]
fn search_keywords_and_comment_rules_at_the_foot() {
    let lines = [
        "فاز فريق النادي الأهلي على ضيفه بهدفين دون رد في افتتاح الموسم الكروي مساء أمس على ملعبه وأمام جمهوره الذي ملأ المدرجات رغم المطر الغزير.",
        "وسجل المهاجم الشاب الهدفين في الشوط الثاني بعد دخوله بديلا، الأول بضربة رأس في الدقيقة الستين والثاني من ركلة جزاء قبل النهاية بخمس دقائق.",
        "كلمات البحث :الدوري الممتاز;النادي الأهلي",
        "نعلم قراءنا الأعزاء أنه لا يتم نشر سوى التعليقات التي تحترم الآداب العامة",
        "و نشكر لكم تفهمكم.",
    ];
    let title = "فاز فريق النادي الأهلي على ضيفه بهدفين دون رد في افتتاح الموسم…";
    let starts = ["فاز فريق", "وسجل المهاجم"];
    check_lines(&lines, title, [None, None, None], &starts);
}

/// A story's buttons with its comment count under the headline, and a
/// "featured topics" label with its stories after the text, are the page's.
#[test]
fn a_storys_buttons_and_featured_topics_are_the_pages() {
    let head = "افتتاح المكتبة العامة الجديدة في وسط المدينة";
    let lead = "افتتحت البلدية صباح اليوم المكتبة العامة الجديدة في وسط المدينة بحضور عدد من الكتاب والطلاب.";
    let next = "وقال رئيس البلدية إن المكتبة تضم أكثر من عشرين ألف كتاب وقاعة للمطالعة.";
    let starts = ["افتتحت البلدية", "وقال رئيس"];
    for buttons in [
        "0 تعليق ارسل طباعة تبليغ حذف",
        "12 تعليقات | طباعة | نسخ الرابط",
    ] {
        check_lines(&[head, buttons, lead, next], head, [None; 3], &starts);
    }
    let featured = [
        head,
        lead,
        next,
        "",
        "موضوعات بارزة",
        "",
        "المنتخب يستعد لمباراته الودية في العاصمة بعد معسكر طويل في الخارج استمر أسبوعين",
    ];
    check_lines(&featured, head, [None; 3], &starts);
}
