//! Copies that name their source in ways the tables alone do not give:
//! an aggregator's line naming the paper the story ran in, a writer whose
//! family name is a given name with the article, a wire's dateline with
//! its day and no mark after the agency (Xinhua's), the site's name in
//! the lead after a place with no colon, the site's name with a digit said
//! again under the headline, the lists and share labels at a wire's
//! foot, and a prompt to watch or follow led by a pictograph.

mod support;

use qari::article::byline;
use support::copied::story::{DATE, HEAD, LEAD, NEXT};
use support::copied::{by, check_lines, import_text, texts};

#[test]
fn an_aggregators_line_names_the_paper_and_the_byline_the_writer() {
    check_lines(
        &[
            HEAD,
            "نشر في الصيحة يوم 12 - 04 - 2021",
            "الخرطوم: عفاف الطيب",
            LEAD,
            NEXT,
        ],
        HEAD,
        [Some("2021-04-12"), Some("عفاف الطيب"), Some("الصيحة")],
        &[LEAD, NEXT],
    );
    // `نشر في` with a name and no `يوم` still names the writer.
    check_lines(
        &[HEAD, "نشر: سامي الأحمد 14 مارس 2021", LEAD, NEXT],
        HEAD,
        [Some("2021-03-14"), Some("سامي الأحمد"), None],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_family_name_that_is_a_given_name_with_the_article_is_a_persons() {
    assert_eq!(
        byline::parse("الخرطوم: عفاف الطيب"),
        Some(by(Some("عفاف الطيب"), None, Some("الخرطوم")))
    );
    assert_eq!(
        byline::parse("تونس: سلوى الهادي"),
        Some(by(Some("سلوى الهادي"), None, Some("تونس")))
    );
    // A paper's name, every word with the article, is still a paper's.
    assert_eq!(
        byline::parse("رام الله - الحياة الجديدة").and_then(|b| b.source),
        Some("الحياة الجديدة".to_owned())
    );
}

#[test]
fn xinhuas_dateline_with_its_day_and_no_mark_after_the_agency() {
    let lead = format!("القاهرة 9 مارس 2021 (شينخوا) {LEAD}");
    let (found, rest) = byline::leading(&lead).expect("a dateline");
    assert_eq!(found, by(None, Some("شينخوا"), Some("القاهرة")));
    assert_eq!(rest, LEAD);
    // An outlet no table lists, with no mark after it, leaves the lead.
    let lead = format!("القاهرة 9 مارس 2021 (الموقع) {LEAD}");
    assert_eq!(byline::leading(&lead), None);
}

#[test]
fn the_sites_name_from_the_first_line_after_a_place_in_the_lead_is_the_source() {
    let text =
        format!("ناس\nالرئيسية\nسياسة\n{HEAD}\n{DATE}\nبغداد – ناس\u{200B} {LEAD}\n{NEXT}\n");
    let a = import_text(&text);
    assert_eq!(a.source.as_deref(), Some("ناس"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
    // Another word after the place is the text's.
    let text =
        format!("ناس\nالرئيسية\nسياسة\n{HEAD}\n{DATE}\nبغداد – ناسخو المخطوطات {LEAD}\n{NEXT}\n");
    let a = import_text(&text);
    assert_eq!(a.source, None);
}

#[test]
fn a_sites_name_with_a_digit_said_again_under_the_headline_is_the_source() {
    let text = format!("2M.ma\nالرئيسية\nأخبار\nمجتمع\n{HEAD}\n2M.ma\n{DATE}\n{LEAD}\n{NEXT}\n");
    let a = import_text(&text);
    assert_eq!(a.source.as_deref(), Some("2M.ma"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_wires_related_files_and_share_label_at_the_foot_go() {
    let text = format!(
        "{HEAD}\n{DATE}\n{LEAD}\n{NEXT}\nملفات ذات صلة\nمصر تطلق مشروع تطوير القطاع الجنوبي لقناة السويس\n\
         الصور\nانطلاق معرض الصين الدولي للاستيراد في شانغهاي\nانقلها إلى...\nFacebook\nTwitter\n"
    );
    assert_eq!(texts(&import_text(&text)), [LEAD, NEXT]);
}

#[test]
fn a_prompt_led_by_a_pictograph_goes_and_a_sentence_after_one_stays() {
    let text = format!(
        "{HEAD}\n{DATE}\n{LEAD}\n{NEXT}\n⚽ شاهد أهداف المباراة الأخيرة على أهلي TV\n📲 تابعونا على تلغرام\n"
    );
    assert_eq!(texts(&import_text(&text)), [LEAD, NEXT]);
    let said = "⚽ شاهد الجمهور المباراة من المدرجات رغم المطر الغزير.";
    let text = format!("{HEAD}\n{DATE}\n{LEAD}\n{NEXT}\n{said}\n");
    assert_eq!(texts(&import_text(&text)).len(), 3);
}

#[test]
fn read_counters_and_visitors_comments_go() {
    for counter in ["تم قراءته 2145 مرة", "تعليقات الزوار (0)"] {
        let text = format!("{HEAD}\n{DATE}\n{counter}\n{LEAD}\n{NEXT}\n{counter}\n");
        assert_eq!(texts(&import_text(&text)), [LEAD, NEXT], "{counter}");
    }
}

#[test]
fn a_date_line_with_its_hour_glued_and_a_counter_after_it() {
    let line = "الإثنين 17 فبراير 2025 - الساعة:18:40 - قراءة: 612";
    let a = import_text(&format!("{HEAD}\n{line}\n{LEAD}\n{NEXT}\n"));
    assert_eq!(a.published.as_deref(), Some("2025-02-17T18:40"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
    // A site's note of when the content went up is its publication line.
    let line = "هذا المحتوى تم نشره يوم 28 سبتمبر 2022 - 12:05";
    let a = import_text(&format!("{HEAD}\n{line}\n{LEAD}\n{NEXT}\n"));
    assert_eq!(a.published.as_deref(), Some("2022-09-28T12:05"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn the_site_over_the_menu_named_in_the_byline_is_the_source_not_a_writer() {
    let text =
        format!("يس عراق\nسياسة\nاقتصاد\nأمن\n{HEAD}\nبغداد – يس عراق\n{DATE}\n{LEAD}\n{NEXT}\n");
    let a = import_text(&text);
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("يس عراق"));
    // A writer of another name stays the writer.
    let text = format!(
        "يس عراق\nسياسة\nاقتصاد\nأمن\n{HEAD}\nبغداد – سامي الأحمد\n{DATE}\n{LEAD}\n{NEXT}\n"
    );
    assert_eq!(import_text(&text).author.as_deref(), Some("سامي الأحمد"));
}
