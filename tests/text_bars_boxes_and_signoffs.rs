//! Copies with the page's furniture said in other ways: a share bar and a
//! "read also" list speaking to a woman (`شاركي:`, `اقرئي أيضًا`), a box
//! of the section's other stories (`المزيد من محافظات`), the site's
//! accounts after a colon (`تابعونا: Facebook | YouTube`), a titled name's
//! caption (`د. فلان خلال حواره مع «المصور»`), a writer's short card that
//! ends no sentence over the related stories, an editor's credit in
//! parentheses, a wire signing off with its editors' initials (`--(بترا)
//! ع ع/ م ت`) and a note on where the article appears.

mod support;

use support::copied::story::{DATE, HEAD, LEAD, NEXT};
use support::copied::{import_text, texts};

fn story_with(lines: &[&str]) -> Vec<String> {
    let a = import_text(&lines.join("\n"));
    texts(&a).into_iter().map(str::to_owned).collect()
}

#[test]
fn a_share_bar_and_a_list_speaking_to_a_woman_are_the_pages() {
    let lines = [
        HEAD,
        DATE,
        "شاركي: Facebook Pinterest WhatsApp",
        LEAD,
        NEXT,
        "اقرئي أيضًا",
        "أفكار سحور صحي للأطفال قبل المدرسة",
        "كيف تشجعين طفلك على الصيام لأول مرة؟",
    ];
    assert_eq!(story_with(&lines), [LEAD, NEXT]);
}

#[test]
fn a_box_of_the_sections_other_stories_goes_with_its_headlines() {
    let lines = [
        HEAD,
        DATE,
        LEAD,
        "المزيد من محافظات",
        "ضبط 3 أطنان دقيق مدعم قبل بيعها في السوق السوداء",
        "تحرير 85 محضرًا تموينيًا في حملات مكبرة",
        NEXT,
    ];
    assert_eq!(story_with(&lines), [LEAD, NEXT]);
    // A paragraph that opens with the same words is the story's.
    let more = "المزيد من المزارعين يتركون أراضيهم كل عام بسبب ارتفاع كلفة الري والأسمدة.";
    assert_eq!(
        story_with(&[HEAD, DATE, LEAD, more, NEXT]),
        [LEAD, more, NEXT]
    );
}

#[test]
fn the_sites_accounts_after_a_colon_are_no_heading() {
    let lines = [
        HEAD,
        DATE,
        LEAD,
        NEXT,
        "تابعونا: Facebook | Twitter | YouTube",
        "التعليقات (3)",
        "أضف تعليقك",
    ];
    assert_eq!(story_with(&lines), [LEAD, NEXT]);
}

#[test]
fn a_titled_names_caption_during_the_interview_goes() {
    let caption = "د. هشام الغمراوي خلال حواره مع «المصور»";
    assert_eq!(story_with(&[HEAD, DATE, LEAD, caption, NEXT]), [LEAD, NEXT]);
}

#[test]
fn a_short_card_does_not_take_the_related_stories_under_it_as_its_words() {
    let lines = [
        HEAD,
        "سامر عودة - خاص الموقع",
        DATE,
        LEAD,
        NEXT,
        "سامر عودة",
        "كاتب وباحث سياسي مهتم بالشأن التركي",
        "مقالات ذات صلة",
        "لماذا تراهن أنقرة على التقارب مع القاهرة؟",
        "21 شباط 2024",
        "الاقتصاد التركي بين تشديد السياسة النقدية وضغوط الأجور",
        "19 شباط 2024",
        "أضف تعليقاً",
    ];
    let a = import_text(&lines.join("\n"));
    assert_eq!(a.author.as_deref(), Some("سامر عودة"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn an_editors_credit_and_the_related_news_are_not_the_story() {
    let related = [
        "الأخبار ذات الصلة",
        "الصين تصدر أكثر من مليون سيارة في أول شهرين من العام",
    ];
    let mut lines = vec![HEAD, DATE, LEAD];
    lines.extend(related);
    lines.extend([NEXT, "(المحررة: وانغ ليو)", "تابعنا على"]);
    lines.push("Facebook | X | YouTube | Instagram");
    assert_eq!(story_with(&lines), [LEAD, NEXT]);
    let credited = [HEAD, DATE, LEAD, "(المحررة: وانغ ليو)", NEXT];
    assert_eq!(story_with(&credited), [LEAD, NEXT]);
}

#[test]
fn a_wire_signing_off_with_its_editors_initials_gives_the_source() {
    let a = import_text(&[HEAD, DATE, LEAD, NEXT, "--(بترا) ع ع/ م ت"].join("\n"));
    assert_eq!(a.source.as_deref(), Some("بترا"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_note_on_where_the_article_appears_is_the_sites() {
    for note in [
        "نُشر هذا المقال في إطار ملف «الودائع والقضاء».",
        "ننشر هذا المقال ضمن نشرتنا الصباحية. اشترك مجانًا لتصلك النشرة يوميًا.",
    ] {
        assert_eq!(
            story_with(&[HEAD, DATE, LEAD, note, NEXT]),
            [LEAD, NEXT],
            "{note}"
        );
    }
}
