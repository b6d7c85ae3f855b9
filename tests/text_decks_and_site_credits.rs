//! Copies with a deck over the writer or the agency alone, a reading time
//! without its colon, a picture's credit alone in brackets, a post's
//! signature without its dash, a counter after its icon, wire datelines
//! with an agency no table knows, the site's name said again under the
//! headline, a caption credited to the site, an official's caption and
//! the call to get the site's app, a site before its desk's word, reading
//! times with their label first or as a range, a wire's credits and
//! disclaimer at the foot, and an English date with an ordinal.

mod support;

use support::copied::story::{DATE, HEAD, LEAD, NEXT};
use support::copied::{check_lines, import_text, texts};

const DECK: &str = "ثنائية في الشوط الثاني تحسم قمة الجولة الثامنة عشرة على ملعب المدينة";

#[test]
fn an_agency_alone_under_a_deck_is_the_source_and_the_deck_stays() {
    for (byline, fields) in [
        (
            "خالد المهندي",
            [Some("2024-10-03"), Some("خالد المهندي"), None],
        ),
        ("رويترز", [Some("2024-10-03"), None, Some("رويترز")]),
    ] {
        check_lines(
            &[HEAD, DECK, byline, DATE, "قراءة 3 دقائق", LEAD, NEXT],
            HEAD,
            fields,
            &[DECK, LEAD, NEXT],
        );
    }
}

#[test]
fn credits_signatures_and_counters_between_paragraphs_go() {
    for furniture in [
        "(صورة: beIN SPORTS)",
        "(تصوير: أحمد سالم)",
        "نادي السد الرياضي (@AlsaddSC) March 12, 2024",
        "👁 4,218 مشاهدة",
        "حمّلوا تطبيق MTV Lebanon لمتابعة آخر الأخبار",
        "محافظ بني سويف خلال افتتاح المحطة",
        "وزير المياه أثناء جولته في إربد",
        "شارك هذا:",
    ] {
        let a = import_text(&[HEAD, DATE, LEAD, furniture, NEXT].join("\n"));
        assert_eq!(texts(&a), [LEAD, NEXT], "{furniture}");
    }
}

#[test]
fn a_sub_heading_about_something_during_an_event_stays() {
    let heading = "نصائح للمواطنين خلال الموجة الحارة";
    let a = import_text(&[HEAD, DATE, LEAD, heading, NEXT].join("\n"));
    assert_eq!(texts(&a), [LEAD, heading, NEXT]);
}

#[test]
fn a_signature_under_its_dash_still_signs_the_post() {
    let post = "افتتاح الموسم الجديد غدا على ملعبنا #السد";
    let by = "— نادي السد الرياضي (@AlsaddSC) March 12, 2024";
    let a = import_text(&[HEAD, DATE, LEAD, post, by, NEXT].join("\n"));
    let quote = a.body.iter().find_map(|b| match b {
        qari::article::Block::Quote { text, by } => Some((text.as_str(), by.as_deref())),
        _ => None,
    });
    assert_eq!(
        quote,
        Some((post, Some("نادي السد الرياضي (@AlsaddSC) March 12, 2024")))
    );
}

#[test]
fn a_wire_dateline_with_an_agency_no_table_knows() {
    for (lead, source, place) in [
        (
            "بغداد / نينا / أعلنت وزارة التجارة، اليوم الأحد، تسويق أكثر من أربعة ملايين طن من الحنطة.",
            "نينا",
            "بغداد",
        ),
        (
            "الخليل - وطن: أعلنت بلدية الخليل، اليوم الإثنين، برنامج توزيع المياه على الأحياء.",
            "وطن",
            "الخليل",
        ),
    ] {
        let a = import_text(&[HEAD, DATE, lead, NEXT].join("\n"));
        assert_eq!(a.source.as_deref(), Some(source), "{lead}");
        let byline = qari::article::byline::leading(lead).map(|(b, _)| b.place);
        assert_eq!(byline, Some(Some(place.to_owned())), "{lead}");
    }
    // Two places are a route, not a dateline.
    let lead = "الخرطوم - نواكشوط: رحلة جوية جديدة بين العاصمتين تبدأ الشهر المقبل.";
    let a = import_text(&[HEAD, DATE, lead, NEXT].join("\n"));
    assert_eq!(a.source, None);
}

#[test]
fn the_sites_name_said_again_under_the_headline_is_the_source() {
    let caption = "متطوعون يعدون وجبات للنازحين في المدرسة - عاين";
    let text = [
        "عاين",
        "الرئيسية",
        "تقارير",
        "تحقيقات",
        HEAD,
        "عاين",
        DATE,
        LEAD,
        caption,
        NEXT,
    ]
    .join("\n");
    let a = import_text(&text);
    assert_eq!(a.source.as_deref(), Some("عاين"));
    assert_eq!(a.author, None);
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn an_outlet_of_a_countrys_affairs_is_no_writer() {
    let a = import_text(&[HEAD, "مسقط - شؤون عمانية", DATE, LEAD, NEXT].join("\n"));
    assert_eq!(a.source.as_deref(), Some("شؤون عمانية"));
    assert_eq!(a.author, None);
}

#[test]
fn a_sites_name_before_its_desks_word_is_the_source() {
    for byline in ["أورينت نت - متابعات", "الحدث - متابعة"] {
        let site = byline.split(" - ").next().unwrap();
        let a = import_text(&[HEAD, byline, DATE, LEAD, NEXT].join("\n"));
        assert_eq!(a.source.as_deref(), Some(site), "{byline}");
        assert_eq!(a.author, None, "{byline}");
    }
}

#[test]
fn reading_times_with_their_label_first_or_as_a_range() {
    for line in ["دقائق القراءة: 6", "6-8 دقائق"] {
        let a = import_text(&[HEAD, DATE, line, LEAD, NEXT].join("\n"));
        assert_eq!(texts(&a), [LEAD, NEXT], "{line}");
    }
}

#[test]
fn a_wires_credits_disclaimer_and_rating_prompt_at_the_foot() {
    let foot = [
        "(إعداد سهى عبد الرحمن للنشرة العربية - تحرير وليد أحمد)",
        "إخلاء المسؤولية: محتوى هذه المقالة مقدم من رويترز ولا يعبر بالضرورة عن رأي الموقع",
        "هل أعجبك هذا المقال؟",
        "الكلمات الدلالية: عنابة الحماية المدنية الغرق",
    ];
    let mut lines = vec![HEAD, DATE, LEAD, NEXT];
    lines.extend(foot);
    let a = import_text(&lines.join("\n"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn an_english_date_with_an_ordinal_after_the_month() {
    let a = import_text(&[HEAD, "Published June 15th, 2021 - 10:04 GMT", LEAD, NEXT].join("\n"));
    assert_eq!(a.published.as_deref().map(|d| &d[..10]), Some("2021-06-15"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}
