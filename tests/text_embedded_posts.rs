//! A post embedded from a social network in a copy: the account's name
//! and handle, the post's lines, its picture's link, then its signature.
//! It becomes one quotation signed with the signature; the paragraphs
//! around it stay as they were.

use qari::article::Block;

mod support;

use support::copied::import_text;

const HEAD: &str = "بدء التشغيل التجريبي لمحطة تحلية تعمل بالطاقة الشمسية";
const LEAD: &str = "بدأت الشركة العامة للمياه اليوم التشغيل التجريبي لأول محطة تحلية تعمل بالطاقة الشمسية في المدينة.";
const NEXT: &str =
    "وقال مدير المحطة إن التشغيل الكامل سيبدأ مطلع الشهر المقبل بعد انتهاء الاختبارات.";

fn quote_of(lines: &[&str]) -> (Vec<Block>, Vec<String>) {
    let mut all = vec![HEAD, LEAD];
    all.extend_from_slice(lines);
    all.push(NEXT);
    let a = import_text(&all.join("\n"));
    let texts = a.body.iter().map(|b| b.text().to_owned()).collect();
    (a.body, texts)
}

#[test]
fn a_post_of_several_lines_under_its_account_is_one_signed_quotation() {
    let (body, texts) = quote_of(&[
        "الشركة العامة للمياه",
        "@GCW_Water",
        "بدء التشغيل التجريبي لمحطة التحلية #الساحل بالطاقة الشمسية 💧",
        "#مياه pic.twitter.com/q7ZtW2xKfa",
        "— الشركة العامة للمياه (@GCW_Water) May 15, 2024",
    ]);
    assert_eq!(body.len(), 3, "{texts:#?}");
    assert_eq!(texts[0], LEAD);
    assert_eq!(texts[2], NEXT);
    let Block::Quote { text, by } = &body[1] else {
        panic!("{:#?}", body[1]);
    };
    assert!(text.starts_with("بدء التشغيل التجريبي"), "{text}");
    assert!(text.ends_with("pic.twitter.com/q7ZtW2xKfa"), "{text}");
    assert_eq!(
        by.as_deref(),
        Some("الشركة العامة للمياه (@GCW_Water) May 15, 2024")
    );
}

#[test]
fn a_long_signature_with_a_place_still_signs_the_post() {
    let (body, texts) = quote_of(&[
        "وصلت اليوم دفعة جديدة من العائلات إلى مدرسة المدينة 🙏 #النازحين",
        "— وحدة إدارة الكوارث - المدينة الساحلية (@City_DRM) March 12, 2024",
    ]);
    assert_eq!(body.len(), 3, "{texts:#?}");
    assert!(matches!(&body[1], Block::Quote { by: Some(b), .. } if b.contains("(@City_DRM)")));
}

#[test]
fn the_paragraph_over_a_post_stays_its_own() {
    // The paragraph above says a sentence with no mark of a post: it is
    // the story's, and the post is only the line under it.
    let (body, texts) = quote_of(&[
        "وقالت الشركة في تغريدة على حسابها إن المحطة ستغطي حاجة أربعين ألف نسمة.",
        "محطة التحلية تدخل الخدمة 💧",
        "— الشركة العامة للمياه (@GCW_Water) May 15, 2024",
    ]);
    assert_eq!(body.len(), 4, "{texts:#?}");
    assert!(matches!(&body[1], Block::Paragraph(_)));
    assert!(matches!(&body[2], Block::Quote { text, .. } if text == "محطة التحلية تدخل الخدمة 💧"));
}
