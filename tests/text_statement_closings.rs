//! How a statement ends in a copy: its closing cheer stays the story's
//! last line over the page's tags, share bar and other releases, while a
//! row of tags with no cheer still leaves.

mod support;

use support::copied::{import_text, texts};

const HEADLINE: &str = "الجمعية تطلق حملة وطنية لمناهضة العنف ضد النساء في كل الولايات";

const STORY: [&str; 3] = [
    "تطلق الجمعية بمناسبة اليوم العالمي للقضاء على العنف ضد المرأة حملة وطنية تمتد ستة عشر يوما في كل الولايات.",
    "وتأتي الحملة في سياق مقلق يتسم بتواتر الاعتداءات، إذ رصدت الجمعية منذ مطلع العام عشرات الحالات.",
    "وتدعو الجمعية مكونات المجتمع المدني إلى المشاركة في الوقفة التي تنظمها يوم الأربعاء أمام المسرح البلدي.",
];

/// A copy of the headline, a date, the story, then `foot`.
fn copy(foot: &[&str]) -> String {
    let mut lines = vec![HEADLINE, "25 نوفمبر 2024"];
    lines.extend(STORY);
    lines.extend(foot);
    lines.join("\n")
}

#[test]
fn a_closing_cheer_with_an_emoji_stays_over_the_share_bar_and_other_releases() {
    let cheer = "عاشت نضالات النساء التونسيات 💜";
    let a = import_text(&copy(&[
        cheer,
        "Partager :",
        "Facebook",
        "Twitter",
        "WhatsApp",
        "Articles similaires",
        "الجمعية تندد بالأحكام المخففة في قضايا العنف الزوجي",
        "Communiqué du 12 novembre 2024",
    ]));
    let mut want = STORY.to_vec();
    want.push(cheer);
    assert_eq!(texts(&a), want);
}

#[test]
fn a_closing_cheer_alone_under_the_story_is_no_tag() {
    let cheer = "تحيا نضالات الشعب التونسي الأبي";
    let a = import_text(&copy(&[cheer]));
    let mut want = STORY.to_vec();
    want.push(cheer);
    assert_eq!(texts(&a), want);
}

#[test]
fn a_row_of_tags_under_the_story_still_leaves() {
    let a = import_text(&copy(&["قابس صفاقس حملة توعوية مجانية"]));
    assert_eq!(texts(&a), STORY);
}
