//! A column or a position paper copied from a site that sets its header
//! in a table: the writer's bare name in a cell, the kind of piece set off
//! by a slash, the headline and its decks, then parts numbered by
//! ordinals (`أولًا: …`). The writer is the author, the kind is a label,
//! and the numbered parts are the story's, never its headline.

use qari::article::text_import::import;
use qari::article::{Article, Block};

const HEADLINE: &str = "إصلاح نظام الري في السهول الجنوبية";
const DECK: &str = "من الهدر إلى الاكتفاء";
const FIRST: &str = "أولًا: المزارع خارج معادلة القرار";
const FIRST_TEXT: &str = "يتابع المزارع اليوم ما يجري من حوله، وما يناقش في المجالس المختلفة بشأن أرضه ومائه، دون أن يكون شريكا فعليا في صياغة هذه القرارات.";
const SECOND: &str = "ثانيًا: الجفاف في السياق العام";
const SECOND_TEXT: &str = "من دون الدخول في تفاصيل المواسم الماضية، يمكن النظر إلى الجفاف ضمن سياق أوسع تشكلت ملامحه عبر سنوات من سوء الإدارة وتداخل المصالح.";

fn read(lines: &[&str]) -> Article {
    import(&(lines.join("\n") + "\n"), "x".into(), None).expect("imports")
}

fn texts(a: &Article) -> Vec<&str> {
    a.body.iter().map(Block::text).collect()
}

#[test]
fn a_columns_table_header_gives_its_writer_and_headline() {
    let a = read(&[
        "![]() |",
        "مهران عبد الله القبلاوي |",
        "تقدير موقف /",
        HEADLINE,
        DECK,
        FIRST,
        FIRST_TEXT,
        SECOND,
        SECOND_TEXT,
    ]);
    assert_eq!(a.title, HEADLINE);
    assert_eq!(a.author.as_deref(), Some("مهران عبد الله القبلاوي"));
    // The deck may stay; the parts and their text all do, in order.
    let body = texts(&a);
    let parts = [FIRST, FIRST_TEXT, SECOND, SECOND_TEXT];
    assert!(body == parts || body[1..] == parts, "{body:?}");
    assert!(
        matches!(a.body[body.len() - 4], Block::Heading(_)),
        "{body:?}"
    );
}

#[test]
fn a_numbered_part_right_over_the_lead_is_never_the_headline() {
    // Four lines stacked over the lead would be other stories' headlines;
    // the lowest, numbered, is the story's own first part.
    let a = read(&[
        HEADLINE,
        DECK,
        "قراءة هادئة في مآلات المواسم",
        FIRST,
        FIRST_TEXT,
    ]);
    assert_eq!(a.title, HEADLINE);
    assert!(texts(&a).ends_with(&[FIRST, FIRST_TEXT]), "{:?}", texts(&a));
}

#[test]
fn a_sections_word_over_a_short_headline_is_no_title() {
    let lead = "بدأت هذه المقالة بسؤال يبدأ بماذا لو، ماذا لو عدلت الحكومة قانون الانتخاب قبل موعد الاقتراع المقبل.";
    let second = "أسئلة لا يجيب عنها أحد إلا أنت عزيزي المواطن، فأنت من يختار من يمثلك في المجلس.";
    let a = qari::article::text_import::import(
        &format!("آراؤهم\n\nماذا لو..؟!\n\n{lead}\n\n{second}\n"),
        "x".into(),
        None,
    )
    .expect("imports");
    assert_eq!(a.title, "ماذا لو..؟!");
    let texts: Vec<&str> = a.body.iter().map(|b| b.text()).collect();
    assert_eq!(texts, [lead, second]);
}

#[test]
fn a_lead_ending_with_a_colon_over_a_short_quotation_is_kept() {
    let lead = "أصدر المحافظ اليوم القرار رقم (76) لسنة 2022 بإعفاء مستشاريه من مهامهم جاء فيه:";
    let quote = "“انطلاقاً من جهود السلطة المحلية لتفعيل العمل في المكاتب.”";
    let a = qari::article::text_import::import(&format!("{lead}\n{quote}\n"), "x".into(), None)
        .expect("imports");
    let texts: Vec<&str> = a.body.iter().map(|b| b.text()).collect();
    assert_eq!(texts.len(), 2, "{texts:?}");
    assert_eq!(texts[0], lead);
    assert!(quote.contains(texts[1]), "{texts:?}");
}
