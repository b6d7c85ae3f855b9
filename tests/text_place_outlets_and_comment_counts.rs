//! Copies the importer misread: a three-part byline whose outlet is
//! named for the dateline's place; readers' comments under a count of
//! them.

mod support;

use support::copied::import_text;
use support::copied::story::{DATE, HEAD, LEAD, NEXT};
use support::copied::texts;

#[test]
fn an_outlet_named_for_the_datelines_place_leaves_the_writer() {
    let a = import_text(&[HEAD, "عدن – خليج عدن – وضاح الحالمي", DATE, LEAD, NEXT].join("\n"));
    assert_eq!(a.author.as_deref(), Some("وضاح الحالمي"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_writer_whose_family_name_is_another_place_is_still_the_writer() {
    let a = import_text(&[HEAD, "عدن – سبأ – سامي البصري", DATE, LEAD, NEXT].join("\n"));
    assert_eq!(a.author.as_deref(), Some("سامي البصري"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn readers_comments_under_their_count_are_not_the_story() {
    for count in ["تعليق واحد", "تعليقان", "3 تعليقات", "5 تعليقاً"] {
        let a = import_text(
            &[
                HEAD,
                DATE,
                count,
                LEAD,
                NEXT,
                "شارك هذا الخبر",
                "فيسبوك تويتر واتساب",
                count,
                "أبو محمد",
                "16/07/2024 في 11:58 م",
                "الله يعين أهل البلد، كل صيف نفس المعاناة ولا حلول.",
                "رد",
            ]
            .join("\n"),
        );
        assert_eq!(texts(&a), [LEAD, NEXT], "{count}");
    }
}

#[test]
fn a_sentence_that_counts_comments_stays() {
    let said = "وتلقت الصفحة 3 تعليقات فقط على المنشور خلال يومين.";
    let a = import_text(&[HEAD, DATE, LEAD, said, NEXT].join("\n"));
    assert_eq!(texts(&a), [LEAD, said, NEXT]);
}
