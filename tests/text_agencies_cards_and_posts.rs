//! Copies with a country's agency named with the article (`الوكالة
//! الموريتانية للأنباء`), an agency of four words in the lead's dateline,
//! a lead that quotes a company's name after words, a caption closed by
//! its credit after a full stop, a writer's card alone under the story, a
//! long paragraph naming a hashtag over an embedded post, the last update
//! dating a copy that gives no other date, a comment section headed
//! for its visitors, and a city that is also a paper's name after a
//! writer.

mod support;

use qari::article::{Block, byline};
use support::copied::story::{DATE, HEAD, LEAD, NEXT};
use support::copied::{by, check_lines, import_text, texts};

#[test]
fn a_countrys_agency_named_with_the_article_is_a_source_not_a_writer() {
    assert_eq!(
        byline::lone("الوكالة الموريتانية للأنباء"),
        Some(by(None, Some("الوكالة الموريتانية للأنباء"), None))
    );
    check_lines(
        &[
            HEAD,
            "الخميس ٢٤ مارس ٢٠٢٢",
            "الوكالة الموريتانية للأنباء",
            LEAD,
            NEXT,
        ],
        HEAD,
        [Some("2022-03-24"), None, Some("الوكالة الموريتانية للأنباء")],
        &[LEAD, NEXT],
    );
}

#[test]
fn an_agency_of_four_words_in_the_leads_dateline() {
    let lead = format!("غزة - وكالة قدس نت للأنباء - {LEAD}");
    assert_eq!(
        byline::leading(&lead).map(|(b, rest)| (b, rest.to_owned())),
        Some((
            by(None, Some("وكالة قدس نت للأنباء"), Some("غزة")),
            LEAD.to_owned()
        ))
    );
}

#[test]
fn a_lead_that_quotes_a_companys_name_keeps_its_words() {
    let lead = "أعلنت منصة «قسطها» الإماراتية المتخصصة في خدمات الدفع الآجل عن إغلاق جولة استثمارية بقيمة 12 مليون دولار.";
    let next = "وقالت مؤسسة «قسطها» إن التمويل سيخصص للتوسع في السعودية ومصر خلال العام الجاري.";
    check_lines(
        &[HEAD, DATE, lead, next],
        HEAD,
        [Some("2024-10-03"), None, None],
        &[lead, next],
    );
}

#[test]
fn a_caption_closed_by_its_credit_after_a_full_stop_is_dropped() {
    check_lines(
        &[
            HEAD,
            DATE,
            LEAD,
            "محل مغلق في سوق العطارين بالبلدة القديمة. تصوير: القسطل",
            "مؤسسا الشركة في مكتبهما بدبي. (الصورة من الشركة)",
            NEXT,
        ],
        HEAD,
        [Some("2024-10-03"), None, None],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_writers_card_alone_under_the_story_is_dropped() {
    check_lines(
        &[
            HEAD,
            "بقلم: حيدر سعدون الربيعي",
            DATE,
            LEAD,
            NEXT,
            "كاتب وأكاديمي عراقي مختص في اقتصاديات التنمية",
        ],
        HEAD,
        [Some("2024-10-03"), Some("حيدر سعدون الربيعي"), None],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_long_paragraph_naming_a_hashtag_over_an_embedded_post_stays() {
    let paragraph = "في المقابل، أطلق متطوعون ومعلمون مبادرات ذاتية على مواقع التواصل الاجتماعي، إذ خصص بعضهم قنوات على يوتيوب لشرح المواد الصعبة مجانًا والإجابة عن أسئلة الطلاب في ساعات المساء، وتداول ناشطون وسم #التعليم_عن_بعد للتعريف بهذه المبادرات وتبادل النصائح بين الطلاب وأولياء الأمور في المدن والأرياف.";
    let post = "الدروس الإلكترونية متاحة على المنصة الرسمية #التعليم_عن_بعد";
    let sign = "— وزارة التربية (@IraqMoEdu) March 11, 2020";
    let a = import_text(&[HEAD, DATE, LEAD, paragraph, post, sign, NEXT].join("\n"));
    assert_eq!(texts(&a)[..2], [LEAD, paragraph]);
    let quoted: Vec<&str> = a
        .body
        .iter()
        .filter_map(|b| match b {
            Block::Quote { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(quoted, [post]);
}

#[test]
fn the_last_update_dates_a_copy_that_gives_no_other_date() {
    check_lines(
        &[HEAD, "يحيى المصري", "آخر تحديث: 14 يونيو 2021", LEAD, NEXT],
        HEAD,
        [Some("2021-06-14"), Some("يحيى المصري"), None],
        &[LEAD, NEXT],
    );
    // The publication date, when the copy gives it, is the story's.
    check_lines(
        &[HEAD, "2021/06/10", "آخر تحديث: 14 يونيو 2021", LEAD, NEXT],
        HEAD,
        [Some("2021-06-10"), None, None],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_comment_section_headed_for_its_visitors_ends_the_story() {
    check_lines(
        &[
            HEAD,
            DATE,
            LEAD,
            NEXT,
            "تعليقات الزوار",
            "أضف تعليقك",
            "الاسم *",
        ],
        HEAD,
        [Some("2024-10-03"), None, None],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_city_that_is_also_a_papers_name_after_a_writer_is_the_place() {
    assert_eq!(
        byline::parse("رانيا أبو غوش ـ القدس"),
        Some(by(Some("رانيا أبو غوش"), None, Some("القدس")))
    );
    // Before the writer it names the paper, as a dateline's outlet does.
    assert_eq!(
        byline::parse("الدستور - رانيا أبو غوش"),
        Some(by(Some("رانيا أبو غوش"), Some("الدستور"), None))
    );
}
