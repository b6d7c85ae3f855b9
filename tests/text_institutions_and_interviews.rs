//! Copies of institutions' own news (a university, a municipality, a
//! shrine's network, a church's site, a health site) and of an interview:
//! the site named only by its copyright notice or with a number in its
//! masthead, a dateline whose place no table knows before the site's name
//! (`المغطس – أبونا: …`), a shrine city's name, a date line with the
//! page's reading counter, a table of contents over the story, a health
//! site's writer and reviewer lines, a follow prompt that says what it is
//! for first, and questions and answers told apart by their marks.

mod support;

use qari::article::Block;
use support::copied::story::{DATE, HEAD, LEAD, NEXT};
use support::copied::{import_text, texts};

const LAST: &str = "وينصح خبراء التغذية بتناول العشاء قبل النوم بثلاث ساعات على الأقل.";
const MENU: [&str; 4] = ["English", "عن الجامعة", "القبول والتسجيل", "الكليات"];

/// The story under the menu, with `notice` at its foot.
fn under_menu(notice: &str) -> qari::article::Article {
    let mut lines = MENU.to_vec();
    lines.extend([HEAD, DATE, LEAD, NEXT, notice]);
    import_text(&lines.join("\n"))
}

#[test]
fn a_site_whose_masthead_was_a_logo_is_named_by_its_copyright_notice() {
    let a = under_menu("© 2023 جامعة بيرزيت. جميع الحقوق محفوظة.");
    assert_eq!(a.source.as_deref(), Some("جامعة بيرزيت"));
    assert_eq!(a.author, None);
    // A notice with no name, or only the site's makers, names no one.
    let a = under_menu("جميع الحقوق محفوظة © 2024 - تصميم وتطوير شركة النخبة");
    assert_eq!(a.source, None);
}

#[test]
fn a_masthead_with_a_number_is_the_site_its_notice_names() {
    let lines = [
        "السويداء 24",
        "الرئيسية",
        "أخبار",
        HEAD,
        DATE,
        LEAD,
        NEXT,
        "جميع الحقوق محفوظة لشبكة السويداء 24 © 2024",
    ];
    assert_eq!(
        import_text(&lines.join("\n")).source.as_deref(),
        Some("السويداء 24")
    );
}

#[test]
fn an_unknown_place_before_the_sites_name_and_a_colon_is_a_dateline() {
    let lead = format!("المغطس – أبونا: {LEAD}");
    let a = import_text(&[HEAD, DATE, &lead, NEXT].join("\n"));
    assert_eq!(a.source.as_deref(), Some("أبونا"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_shrine_city_is_a_place_and_a_reading_counter_leaves_the_date() {
    let lines = [
        HEAD,
        "\u{200f}٢٠٢٤/٠٢/٢٥ ١١:٣٠ ص\u{200f} | عدد القراءات: ٨٤٣",
        "كربلاء المقدسة - شبكة الكفيل",
        LEAD,
        NEXT,
    ];
    let a = import_text(&lines.join("\n"));
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("شبكة الكفيل"));
    assert_eq!(a.published.as_deref(), Some("2024-02-25T11:30"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_table_of_contents_neither_heads_nor_opens_the_story() {
    let (first, second) = ("ماذا وجدت الدراسة؟", "نصائح لتنظيم مواعيد الوجبات");
    let lines = [
        "ويب طب",
        "الرئيسية  >  أخبار صحية",
        HEAD,
        "تمت الكتابة بواسطة: سارة مراد",
        "تمت المراجعة الطبية بواسطة: د. مالك السعدي",
        "تاريخ النشر: 21 ديسمبر 2023 | آخر تحديث: 28 يناير 2024",
        "محتويات المقال",
        first,
        second,
        LEAD,
        first,
        NEXT,
        "قد يهمك: أطعمة تساعد على خفض ضغط الدم بشكل طبيعي",
        second,
        LAST,
        "هل كان المقال مفيداً؟",
        "نعم",
        "لا",
    ];
    let a = import_text(&lines.join("\n"));
    assert_eq!(a.title, HEAD);
    assert_eq!(a.author.as_deref(), Some("سارة مراد"));
    assert_eq!(a.published.as_deref(), Some("2023-12-21"));
    assert_eq!(texts(&a), [LEAD, first, NEXT, second, LAST]);
}

#[test]
fn a_follow_prompt_saying_what_it_is_for_and_a_note_on_the_writer_are_no_text() {
    for foot in [
        "لمتابعة أخبار السويداء لحظة بلحظة انضموا إلى قناتنا على تلغرام 👇 t.me/suwayda24",
        "* كاتب وصحفي ليبي مقيم في بنغازي",
    ] {
        let a = import_text(&[HEAD, DATE, LEAD, NEXT, foot].join("\n"));
        assert_eq!(texts(&a), [LEAD, NEXT], "{foot}");
    }
}

#[test]
fn an_interviews_marked_questions_and_answers_keep_their_marks() {
    let talk = [
        "* كيف تنظر إلى واقع التعليم اليوم؟",
        "- تجربة نفتخر بها، فقد بدأنا بعدد قليل من المدارس.",
        "* هل ما زال الجيل الجديد متمسكاً بلغته؟",
        "- الطفل الذي يسمع لغته في البيت يأتي إلى المدرسة ولديه أساس قوي.",
    ];
    let mut lines = vec![HEAD, DATE, LEAD];
    lines.extend(talk);
    let a = import_text(&lines.join("\n"));
    assert!(a.body.iter().all(|b| matches!(b, Block::Paragraph(_))));
    assert_eq!(texts(&a)[1..], talk);
    // A list in one mark stays a list.
    let items = ["- القمح", "- الشعير", "- الذرة", "- العدس"];
    let mut lines = vec![HEAD, DATE, LEAD];
    lines.extend(items);
    lines.push(NEXT);
    let a = import_text(&lines.join("\n"));
    assert_eq!(
        a.body
            .iter()
            .filter(|b| matches!(b, Block::ListItem(_)))
            .count(),
        4
    );
}

#[test]
fn an_officials_act_at_an_event_is_a_caption_and_a_bodys_office_leaves_its_source() {
    let caption = "كلمة نائب رئيس الغرفة خلال إطلاق البرنامج";
    let credit = "المصدر: نقابة الصحفيين الفلسطينيين - الأمانة العامة";
    let a = import_text(&[HEAD, DATE, LEAD, caption, NEXT, credit].join("\n"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
    assert_eq!(a.source.as_deref(), Some("نقابة الصحفيين الفلسطينيين"));
}

#[test]
fn a_menus_word_the_notice_opens_with_is_no_masthead() {
    let lines = [
        "FR | EN | ع",
        "الرئيسية",
        "الجامعة",
        "المنتخبات الوطنية",
        "المسابقات",
        HEAD,
        DATE,
        LEAD,
        NEXT,
        "أخبار أخرى",
        "إعلان عن مسابقة توظيف في رتبة إمام أستاذ — 28 أفريل 2024",
        "© 2023 الجامعة الملكية المغربية لكرة القدم. جميع الحقوق محفوظة",
    ];
    let a = import_text(&lines.join("\n"));
    assert_eq!(
        a.source.as_deref(),
        Some("الجامعة الملكية المغربية لكرة القدم")
    );
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_writer_and_a_moroccan_city_set_off_by_a_tatweel_dash() {
    let a = import_text(&[HEAD, "محمد الزياني ـ وجدة", DATE, LEAD, NEXT].join("\n"));
    assert_eq!(a.author.as_deref(), Some("محمد الزياني"));
}
