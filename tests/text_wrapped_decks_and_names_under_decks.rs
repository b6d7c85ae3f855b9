//! A hard-wrapped deck over a byline, a deck of a sentence over the
//! writer's name alone, a date in Levantine month names, a writer's
//! card set off by a colon, and what stands under the story: a related
//! list that ends in a question, a wrapped newsletter prompt and the
//! site's copyright notice.

mod support;

use support::copied::check_lines;

const HEAD: &str = "طريقة جديدة لإعادة تدوير بطاريات الليثيوم قد تخفض تكلفة السيارات الكهربائية";

/// A story wrapped at about seventy characters, two paragraphs.
const WRAPPED: [&str; 7] = [
    "مع تسارع انتشار السيارات الكهربائية حول العالم، يتزايد القلق من مصير",
    "ملايين البطاريات التي ستنتهي صلاحيتها خلال العقد المقبل، فهذه البطاريات",
    "تحتوي على معادن ثمينة يصعب استخراجها من المناجم.",
    "وفي دراسة نشرت هذا الأسبوع، أعلن فريق بحثي عن طريقة جديدة لاستعادة هذه",
    "المعادن تعتمد على المعالجة المائية، لكنها تستبدل الأحماض القوية المستخدمة",
    "عادة بأحماض عضوية أقل ضررا مستخلصة من مخلفات زراعية في المختبر والمصنع",
    "معا.",
];

#[test]
fn a_wrapped_deck_over_an_unlabelled_byline_is_the_summary() {
    let mut lines = vec![
        "MIT Technology Review العربية",
        "الذكاء الاصطناعي",
        "التغير المناخي",
        "التكنولوجيا الحيوية",
        "الفضاء",
        "الطاقة",
        "أعمال",
        "النشرة البريدية",
        "الطاقة",
        HEAD,
        "طور باحثون عملية تعتمد على الماء وأحماض عضوية لاستخلاص المعادن من",
        "البطاريات المستهلكة بكفاءة أعلى واستهلاك أقل للطاقة، لكن الطريق إلى",
        "التطبيق التجاري ما زال طويلا.",
        "بقلم مروان الحسيني",
        "16 نوفمبر 2022",
    ];
    lines.extend(WRAPPED);
    check_lines(
        &lines,
        HEAD,
        [Some("2022-11-16"), Some("مروان الحسيني"), None],
        &["مع تسارع انتشار", "وفي دراسة نشرت"],
    );
}

#[test]
fn under_the_story_a_question_ending_a_list_and_a_wrapped_prompt_are_the_pages() {
    let mut lines = vec![HEAD, "بقلم: مروان الحسيني", "16 نوفمبر 2022"];
    lines.extend(WRAPPED);
    lines.extend([
        "مواضيع ذات صلة",
        "هل تستطيع بطاريات الصوديوم منافسة الليثيوم؟",
        "لماذا يصعب تخزين طاقة الرياح لفترات طويلة؟",
        "الوسوم: البطاريات | السيارات الكهربائية | الطاقة النظيفة",
        "شارك هذا المقال",
        "اشترك في نشرتنا البريدية لتحصل على أهم قصص التكنولوجيا الناشئة كل أسبوع",
        "في بريدك.",
        "اشترك الآن",
    ]);
    check_lines(
        &lines,
        HEAD,
        [Some("2022-11-16"), Some("مروان الحسيني"), None],
        &["مع تسارع انتشار", "وفي دراسة نشرت"],
    );
}

const COLUMN: &str = "أمبيرات حلب: حين صار الضوء اشتراكا شهريا";
const FIRST: &str =
    "في حارتنا لا يسأل أحد اليوم متى تأتي الكهرباء، بل كم أمبيرا تشترك هذا الشهر وكم صار سعره.";
const SECOND: &str = "بدأت ظاهرة مولدات الأمبيرات في الأحياء الشرقية خلال سنوات الحصار، ثم صارت جزءا من الحياة اليومية.";

#[test]
fn a_deck_of_a_sentence_over_the_writers_name_and_a_levantine_date() {
    check_lines(
        &[
            "الرئيسية » مقالات » آراء",
            COLUMN,
            "في مدينة تعيش على ساعتين من كهرباء الدولة يوميا، تحولت مولدات الأحياء إلى سلطة موازية تحدد إيقاع الحياة.",
            "سامر درويش",
            "12 آب 2021",
            FIRST,
            SECOND,
            "سامر درويش: كاتب وصحفي سوري من حلب، يكتب عن الحياة اليومية والاقتصاد المحلي.",
            "الوسوم",
        ],
        COLUMN,
        [Some("2021-08-12"), Some("سامر درويش"), None],
        &["في حارتنا لا يسأل", "بدأت ظاهرة"],
    );
}

#[test]
fn a_levantine_august_alone_on_its_line_dates_the_story() {
    // `آب` folds to a share button's word (`واتس اب`): still a date.
    check_lines(
        &[COLUMN, "3 آب 2023", FIRST, SECOND],
        COLUMN,
        [Some("2023-08-03"), None, None],
        &["في حارتنا لا يسأل", "بدأت ظاهرة"],
    );
}

#[test]
fn the_sites_copyright_notice_ends_the_story() {
    check_lines(
        &[
            COLUMN,
            "3 أكتوبر 2023",
            FIRST,
            SECOND,
            "Subscribe",
            "© 2024 Qatar Olympic Committee. All Rights Reserved.",
            "سياسة الخصوصية | الشروط والأحكام",
        ],
        COLUMN,
        [Some("2023-10-03"), None, None],
        &["في حارتنا لا يسأل", "بدأت ظاهرة"],
    );
}
