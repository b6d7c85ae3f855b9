//! Copied text in each paragraph shape, its furniture, and its links.

mod support;

use qari::article::Block;
use qari::article::text_rules::is_code;
use support::copied::{import_text as read, texts};

const PARAGRAPHS: [&str; 4] = [
    "أعلنت وزارة الصحة اليوم عن حملة تطعيم جديدة تشمل جميع المحافظات وتستمر أسبوعين كاملين.",
    "وقال المتحدث باسم الوزارة إن الحملة تستهدف الأطفال دون الخامسة، وإن الفرق الطبية ستزور المنازل.",
    "المرحلة الثانية",
    "وأضاف أن اللقاحات متوفرة بكميات كافية في المراكز الصحية، داعيا الأهالي إلى التعاون مع الفرق.",
];

#[test]
fn one_paragraph_a_line() {
    let a = read(&format!("العنوان\n{}\n", PARAGRAPHS.join("\n")));
    assert_eq!(texts(&a), PARAGRAPHS);
    assert!(matches!(a.body[2], Block::Heading(_)));
}

#[test]
fn blank_line_separated() {
    let a = read(&format!("العنوان\n\n{}\n", PARAGRAPHS.join("\n\n")));
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn one_paragraph_a_line_with_a_blank_line_here_and_there() {
    let text = format!(
        "العنوان\n\n{}\n{}\n\n{}\n{}\n",
        PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2], PARAGRAPHS[3]
    );
    assert_eq!(texts(&read(&text)), PARAGRAPHS);
}

/// Greedy wrapping at `width` characters, as `fmt` or a mail client does.
fn wrap(paragraph: &str, width: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    for word in paragraph.split(' ') {
        let line = lines.last_mut().expect("a line");
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(word.to_owned());
        } else {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
    }
    lines
}

#[test]
fn hard_wrapped_without_blank_lines() {
    let body = [PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[3]];
    for width in [40, 50, 60, 72] {
        let lines: Vec<String> = body.iter().flat_map(|p| wrap(p, width)).collect();
        let a = read(&format!("العنوان\n{}\n", lines.join("\n")));
        assert_eq!(texts(&a), body, "width {width}");
    }
}

#[test]
fn hard_wrapped_without_blank_lines_over_a_site_foot() {
    // A read-also list, the site's links and its copyright line go from
    // under the story; what they leave behind does not make each wrapped
    // line a paragraph of its own.
    let body = [PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[3]];
    let foot = [
        "الوسوم: الصحة  التطعيم  الأطفال",
        "أخبار ذات صلة",
        "افتتاح مركز صحي جديد في المدينة",
        "الأحد 10 آذار / مارس 2024",
        "من نحن | اتصل بنا | أعلن معنا | الأرشيف",
        "جميع الحقوق محفوظة لجريدة المساء © 2024",
    ];
    for width in [40, 50, 60] {
        let mut lines: Vec<String> = body.iter().flat_map(|p| wrap(p, width)).collect();
        lines.extend(foot.iter().map(|l| l.to_string()));
        let a = read(&format!(
            "حملة تطعيم تشمل جميع المحافظات\n{}\n",
            lines.join("\n")
        ));
        assert_eq!(texts(&a), body, "width {width}");
    }
}

#[test]
fn hard_wrapped_with_blank_lines() {
    let body = [PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[3]];
    let blocks: Vec<String> = body.iter().map(|p| wrap(p, 45).join("\n")).collect();
    let a = read(&format!("العنوان\n\n{}\n", blocks.join("\n\n")));
    assert_eq!(texts(&a), body);
}

#[test]
fn read_also_lists_are_dropped_and_the_article_goes_on() {
    let text = format!(
        "العنوان\n{}\nإقرأ أيضاً\nالحكومة تعلن خطة جديدة للطاقة\n23 أغسطس 2020\nافتتاح مستشفى جديد في المدينة\n22 أغسطس 2020\n{}\n",
        PARAGRAPHS[0], PARAGRAPHS[1]
    );
    assert_eq!(texts(&read(&text)), [PARAGRAPHS[0], PARAGRAPHS[1]]);
    let inline = format!(
        "العنوان\n{}\nاقرأ أيضا: الحكومة تعلن خطة جديدة\n{}\n",
        PARAGRAPHS[0], PARAGRAPHS[1]
    );
    assert_eq!(texts(&read(&inline)), [PARAGRAPHS[0], PARAGRAPHS[1]]);
    // With its headline on the label's line the link is whole: the
    // sub-heading under it is the story's, in any paragraph shape.
    for sep in ["\n", "\n\n"] {
        let text = [
            "العنوان",
            PARAGRAPHS[0],
            "اقرأ أيضاً: الحكومة تعلن خطة جديدة للطاقة",
            PARAGRAPHS[2],
            PARAGRAPHS[3],
        ]
        .join(sep);
        assert_eq!(
            texts(&read(&text)),
            [PARAGRAPHS[0], PARAGRAPHS[2], PARAGRAPHS[3]]
        );
    }
}

#[test]
fn most_read_suggested_stories_and_comment_forms_end_the_article() {
    for end in [
        "الأكثر تصفحاً",
        "قصص مقترحة",
        "إضافة تعليق جديد",
        "اسمك",
        "تعليقك *",
    ] {
        let text = format!(
            "العنوان\n{}\n{end}\nعنوان خبر آخر\nنص طويل من خبر آخر لا علاقة له بالمقال.\n",
            PARAGRAPHS[0]
        );
        assert_eq!(texts(&read(&text)), [PARAGRAPHS[0]], "{end}");
    }
}

#[test]
fn furniture_lines_are_dropped() {
    for line in [
        "Share on FacebookShare on Twitterwhatsapp",
        "Tweet",
        "شارك على فيسبوك",
        "إعلان",
        "التعليق على الصورة،متظاهرون أمام البرلمان",
        "صدر الصورة،Reuters",
        "جميع الحقوق محفوظة © 2024",
        // A prompt to follow the site, after the text or inside it.
        "تابعوا آخر الأخبار عبر تطبيقنا",
        "تابعونا عبر تلغرام",
        "لمتابعة آخر الأخبار اشترك في قناتنا على تلغرام",
        "انضم إلى قناتنا على واتساب",
    ] {
        let text = format!("العنوان\n{}\n{line}\n{}\n", PARAGRAPHS[0], PARAGRAPHS[1]);
        assert_eq!(
            texts(&read(&text)),
            [PARAGRAPHS[0], PARAGRAPHS[1]],
            "{line}"
        );
    }
}

#[test]
fn share_words_inside_a_paragraph_are_kept() {
    let p = "شارك آلاف المتظاهرين في مسيرة على فيسبوك وتويتر دعما للقرار.";
    assert_eq!(texts(&read(&format!("العنوان\n{p}\n"))), [p]);
}

#[test]
fn script_code_is_dropped_and_code_talk_is_not() {
    for code in [
        "jQuery(document).ready(function(){",
        "  jQuery('.gallery').slick({autoplay: true});",
        "});",
        "}",
        "var _gaq = _gaq || []; _gaq.push(['_trackPageview']);",
        "(adsbygoogle = window.adsbygoogle || []).push({});",
        "googletag.cmd.push(function() { googletag.display('div-1'); });",
        ".article p { margin: 0 !important; }",
    ] {
        assert!(is_code(code), "{code}");
    }
    for text in [
        PARAGRAPHS[0],
        "Python 3.12 و Rust 1.75 لغتان تستخدمهما فرق البرمجة.",
        "The minister said (in English) that talks would resume.",
        "(ملاحظة: الأرقام أولية [غير نهائية] وقد تتغير {لاحقا}.)",
    ] {
        assert!(!is_code(text), "{text}");
    }
}

#[test]
fn links_in_the_text_become_the_articles_url() {
    for (line, url) in [
        ("المصدر: https://example.com/a/1", "https://example.com/a/1"),
        (
            "https://example.com/ar/news?id=12",
            "https://example.com/ar/news?id=12",
        ),
        ("رابط المقال: http://example.org/x.", "http://example.org/x"),
        ("Source: https://example.net/y", "https://example.net/y"),
    ] {
        let a = read(&format!("العنوان\n{}\n{line}\n", PARAGRAPHS[0]));
        assert_eq!(a.url.as_deref(), Some(url), "{line}");
        assert_eq!(texts(&a), [PARAGRAPHS[0]], "{line}");
    }
    let mention = "نشر التقرير على https://example.com قبل ساعات.";
    let a = read(&format!("العنوان\n{mention}\n"));
    assert_eq!(a.url, None);
    assert_eq!(texts(&a), [mention]);
}

#[test]
fn a_date_line_above_the_title_is_the_date() {
    let a = read(&format!(
        "الجمعة 8 فيفري 2019\nالعنوان\n{}\n",
        PARAGRAPHS[0]
    ));
    assert_eq!(a.title, "العنوان");
    assert_eq!(a.published.as_deref(), Some("2019-02-08"));
}

#[test]
fn a_repeated_headline_and_a_section_name_above_it_are_not_text() {
    let text = format!(
        "اقتصاد\n\nالعنوان الكامل للخبر هنا\nTT\nالعنوان الكامل للخبر هنا\n{}\n",
        PARAGRAPHS[0]
    );
    let a = read(&text);
    assert_eq!(a.title, "العنوان الكامل للخبر هنا");
    assert_eq!(texts(&a), [PARAGRAPHS[0]]);
    // A short headline over a first paragraph stays the headline.
    let a = read(&format!("عاجل\n{}\n", PARAGRAPHS[0]));
    assert_eq!(a.title, "عاجل");
    assert_eq!(texts(&a), [PARAGRAPHS[0]]);
}

#[test]
fn bulleted_and_numbered_lines_are_list_items() {
    let text = format!(
        "العنوان\n{}\n• الأول من البنود\n- الثاني من البنود\n1. أولا نص مرقم\n٢) ثانيا نص مرقم\n{}\n",
        PARAGRAPHS[0], PARAGRAPHS[1]
    );
    let a = read(&text);
    assert_eq!(
        a.body[1..5],
        [
            Block::ListItem("الأول من البنود".into()),
            Block::ListItem("الثاني من البنود".into()),
            Block::ListItem("1. أولا نص مرقم".into()),
            Block::ListItem("٢) ثانيا نص مرقم".into()),
        ]
    );
    assert_eq!(a.body[5], Block::Paragraph(PARAGRAPHS[1].into()));
    // A year or a figure opening a paragraph is not a number of a list.
    let p = "2023 - كان عاما صعبا على الاقتصاد.";
    assert_eq!(
        read(&format!("العنوان\n{p}\n")).body,
        [Block::Paragraph(p.into())]
    );
    // An attribution under a quotation stays one.
    let q = read("العنوان\n«لن نتراجع عن هذا القرار».\n- وزير الخارجية\n");
    assert!(matches!(&q.body[0], Block::Quote { by: Some(b), .. } if b == "وزير الخارجية"));
}

#[test]
fn a_paragraph_before_an_embedded_tweet_stays_its_own_paragraph() {
    // The tweet's text ends in its picture link, not a full stop; that does
    // not make the paragraphs above it hard-wrapped lines.
    let first = "ذكرت مصادر في الشبكة أن الإدارة في لندن اعترضت على خط التحرير في نسختها الناطقة بالعربية خلال الأشهر الأخيرة الماضية.";
    let second = "وكانت الشبكة قد انطلقت قبل سنوات بشراكة بين مؤسسة خليجية ومؤسسة بريطانية.";
    let tweet = "#الشبكة تنشر الأخبار الكاذبة عن المظاهرات في المدينة ولا تعرض إلا رأيا واحدا pic.twitter.com/AbCdEf123";
    let by = "— قارئ غاضب (@angry_reader) March 3, 2015";
    let last = "ولم تعلق الإدارة على هذه الأنباء حتى الآن.";
    let a = read(&format!(
        "الشبكة والأخبار\n{first}\n{second}\n{tweet}\n{by}\n{last}\n"
    ));
    let t = texts(&a);
    assert_eq!(t[0], first);
    assert_eq!(t[1], second);
    assert!(t.contains(&last), "{t:?}");
}

#[test]
fn gallery_buttons_comment_notices_and_widget_labels_are_dropped() {
    let text = format!(
        "العنوان\nads\n{}\nيمين الصفحة\nشمال الصفحة\n{}\nتم أضافة تعليقك سوف يظهر بعد المراجعة\nسطر بعد التعليقات\n",
        PARAGRAPHS[0], PARAGRAPHS[1]
    );
    let a = read(&text);
    assert_eq!(texts(&a), &PARAGRAPHS[..2]);
    let b = read(&format!(
        "العنوان\n{}\nDiscussion about this post\nسطر بعد النقاش\n",
        PARAGRAPHS[0]
    ));
    assert_eq!(texts(&b), &PARAGRAPHS[..1]);
}

#[test]
fn a_sites_masthead_above_the_headline_is_not_the_title() {
    let text = format!(
        "الرئيسية البلد اليوم رياضة البلد عقارات Albalad Today english\nenglish EN\nالمشرف العام\nسعاد منصور\nرئيس التحرير: كريم حلمي\n\nالسبت 16 نوفمبر 2024\n-\nالصحة: حملة تطعيم جديدة في كل المحافظات\n{}\n{}\n",
        PARAGRAPHS[0], PARAGRAPHS[1]
    );
    let a = read(&text);
    assert_eq!(a.title, "الصحة: حملة تطعيم جديدة في كل المحافظات");
    assert_eq!(a.published.as_deref(), Some("2024-11-16"));
    assert_eq!(texts(&a), &PARAGRAPHS[..2]);
}

#[test]
fn a_lead_that_starts_with_a_staff_title_is_not_a_masthead() {
    let lead =
        "رئيس التحرير قال اليوم إن الصحيفة ستصدر طبعة جديدة كل أسبوع ابتداء من الشهر المقبل.";
    let a = read(&format!(
        "الصحيفة تطلق طبعة أسبوعية\n{lead}\n{}\n",
        PARAGRAPHS[1]
    ));
    assert_eq!(a.title, "الصحيفة تطلق طبعة أسبوعية");
    assert_eq!(texts(&a), [lead, PARAGRAPHS[1]]);
}

#[test]
fn captions_that_repeat_the_lead_are_dropped_and_a_lone_name_is_the_author() {
    let lead =
        "قالت وزيرة الصحة ليلى حداد اليوم إن حملة التطعيم تشمل جميع المحافظات وتستمر أسبوعين.";
    let text = format!(
        "حملة تطعيم في كل المحافظات\nوزيرة الصحة ليلى\nوزيرة الصحة ليلى حداد\nسامي الخطيب\n{lead}\n{}\n",
        PARAGRAPHS[1]
    );
    let a = read(&text);
    assert_eq!(a.title, "حملة تطعيم في كل المحافظات");
    assert_eq!(a.author.as_deref(), Some("سامي الخطيب"));
    assert_eq!(texts(&a), [lead, PARAGRAPHS[1]]);
    assert!(a.body.iter().all(|b| matches!(b, Block::Paragraph(_))));
}

#[test]
fn a_heading_with_words_of_its_own_before_the_lead_stays() {
    let a = read(&format!(
        "العنوان\nتفاصيل الحملة الجديدة\n{}\n{}\n",
        PARAGRAPHS[0], PARAGRAPHS[1]
    ));
    assert_eq!(a.author, None);
    assert_eq!(texts(&a)[0], "تفاصيل الحملة الجديدة");
    assert!(matches!(a.body[0], Block::Heading(_)));
}

#[test]
fn an_embedded_tweet_is_a_quotation_by_its_author() {
    let tweet = "الشبكة تنشر الأخبار الكاذبة عن المظاهرات في المدينة pic.twitter.com/AbCdEf123";
    let by = "قارئ غاضب (@angry_reader) March 3, 2015";
    let a = read(&format!(
        "العنوان\n{}\n{tweet}\n— {by}\n{}\n",
        PARAGRAPHS[0], PARAGRAPHS[1]
    ));
    assert_eq!(a.body.len(), 3, "{:?}", a.body);
    match &a.body[1] {
        Block::Quote {
            text,
            by: Some(who),
        } => {
            assert_eq!(text, tweet);
            assert_eq!(who, by);
        }
        other => panic!("not a quotation: {other:?}"),
    }
}

#[test]
fn a_sidebar_of_other_headlines_after_the_article_is_dropped() {
    let text = format!(
        "العنوان\n{}\n{}\nارتفاع أسعار الذهب في الأسواق المحلية\n01:08 .\nافتتاح معرض الكتاب بمشاركة واسعة\nالمنتخب يستعد للمباراة الودية\n",
        PARAGRAPHS[0], PARAGRAPHS[1]
    );
    assert_eq!(texts(&read(&text)), &PARAGRAPHS[..2]);
    // One short last line after the paragraphs is a tag the copy picked
    // up (`الجريدة الرسمية`), unless it reads as the writer's name, which
    // signs the story; a list is the article's own.
    let one = format!(
        "العنوان\n{}\n{}\nالجريدة الرسمية\n",
        PARAGRAPHS[0], PARAGRAPHS[1]
    );
    assert_eq!(texts(&read(&one)), &PARAGRAPHS[..2]);
    let signed = format!(
        "العنوان\n{}\n{}\nسامي الأحمد\n",
        PARAGRAPHS[0], PARAGRAPHS[1]
    );
    let a = read(&signed);
    assert_eq!(a.author.as_deref(), Some("سامي الأحمد"));
    assert_eq!(texts(&a), &PARAGRAPHS[..2]);
    let list = format!("العنوان\n{}\n- الخبز\n- الحليب\n", PARAGRAPHS[0]);
    assert_eq!(texts(&read(&list)).len(), 3);
}
