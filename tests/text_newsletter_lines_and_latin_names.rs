//! Copies the importer misread: a newsletter box whose sentence under its
//! label was kept with the tags over it; a club known by a Latin name
//! with a hyphen, whose Arabic spelling leaves a French `t` silent.

mod support;

use support::copied::trees::{HEAD, STORY, with_story};
use support::copied::{import_text, texts};

#[test]
fn a_newsletters_sentence_under_the_tags_is_not_the_story() {
    let foot = [
        "البيئة",
        "المدينة",
        "التشجير",
        "شارك هذا الخبر",
        "Facebook Twitter WhatsApp Telegram",
        "اشترك في نشرتنا الإخباريّة",
        "تصلك أهمّ أخبار المدينة والبلدية مرّة في الأسبوع.",
        "اشترك",
        "الأكثر قراءة",
        "افتتاح سوق شعبي جديد في الحي القديم",
    ];
    let a = import_text(&with_story(&[HEAD, "7 مايو 2024"], &foot));
    assert_eq!(a.title, HEAD);
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_clubs_hyphenated_latin_name_is_found_as_the_story_spells_it() {
    let head = "أكاديمية باريس سان جيرمان تفتتح مركزاً جديداً في مسقط";
    let story = [
        "يواصل باريس سان جيرمان توسيع حضوره في منطقة الخليج، مع الإعلان عن افتتاح مركز جديد لأكاديمية النادي في العاصمة العُمانية مسقط ابتداءً من شهر مارس المقبل.",
        "ويأتي المركز الجديد ثمرة شراكة بين النادي الباريسي وشركة عُمانية متخصصة في تطوير المنشآت الرياضية، وسيضم ملعبين وملعباً عشبياً كبيراً.",
    ];
    let mut lines = vec![
        "PARIS SAINT-GERMAIN",
        "الأخبار",
        "الأكاديمية",
        head,
        "15 فبراير 2024",
    ];
    lines.extend(story);
    lines.extend(["سياسة الخصوصية", "اتصل بنا", "© Paris Saint-Germain 2024"]);
    let a = import_text(&lines.join("\n"));
    assert_eq!(a.title, head);
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("باريس سان جيرمان"));
    assert_eq!(texts(&a), story);
}
