//! The page's counters and buttons wherever a copy put them: under the
//! headline, between paragraphs, after the story. None is its text, and
//! none ends it before it has begun.

use qari::article::text_import::import;

const HEADLINE: &str = "الحكومة تقر خطة لدعم المزارعين المتضررين من الجفاف";
const LEAD: &str = "أقرت الحكومة في جلستها الأسبوعية خطة لدعم المزارعين المتضررين من موجة الجفاف التي ضربت البلاد هذا الموسم.";
const SECOND: &str = "وقال وزير الزراعة إن الخطة تشمل قروضا ميسرة وتوزيع البذور مجانا على صغار المزارعين في المحافظات الجنوبية.";

const FURNITURE: [&str; 15] = [
    "عدد المشاهدات: 1524",
    // With the direction marks a page puts around the number.
    "مشاهدات: \u{200E}2514\u{200E}",
    "المشاهدات 87",
    "التعليقات (3)",
    "12 تعليقا",
    "لا توجد تعليقات",
    "حجم الخط A A",
    "تكبير الخط تصغير الخط",
    "طباعة حفظ",
    "ابحث في الموقع",
    "وضع القراءة",
    "100% حجم الخط",
    // Fields whose values the copy lost.
    "نشر في: آخر تحديث:",
    "Published",
    // A picture's copyright line, which no byline is.
    "© AP Photo / سالم الراشد",
];

fn read(lines: &[&str]) -> qari::article::Article {
    import(&(lines.join("\n") + "\n"), "x".into(), None).expect("imports")
}

fn texts(a: &qari::article::Article) -> Vec<&str> {
    a.body.iter().map(|b| b.text()).collect()
}

#[test]
fn counters_and_buttons_are_dropped_wherever_they_stand() {
    for line in FURNITURE {
        // The comments' label with its count after a paragraph opens the
        // readers' comments: what follows it is theirs (below).
        let between = !line.starts_with("التعليقات");
        let placed = [
            Some([HEADLINE, line, LEAD, SECOND]),
            between.then_some([HEADLINE, LEAD, line, SECOND]),
            Some([HEADLINE, LEAD, SECOND, line]),
        ];
        for lines in placed.into_iter().flatten() {
            let a = read(&lines);
            assert_eq!(a.title, HEADLINE, "{line}");
            assert_eq!(texts(&a), [LEAD, SECOND], "{lines:?}");
            assert_eq!(
                (a.author.as_deref(), a.source.as_deref()),
                (None, None),
                "{line}"
            );
        }
    }
}

#[test]
fn a_comments_label_under_the_headline_does_not_end_the_story() {
    let a = read(&[HEADLINE, "التعليقات", LEAD, SECOND]);
    assert_eq!(texts(&a), [LEAD, SECOND]);
    // After the story it does: what follows is the readers'.
    let a = read(&[HEADLINE, LEAD, "التعليقات", SECOND]);
    assert_eq!(texts(&a), [LEAD]);
}

#[test]
fn a_short_line_of_text_with_a_number_stays() {
    // Counted words in a sentence of the story's own are its text.
    let line = "وبلغ عدد الزيارات 1500 زيارة خلال الأسبوع الأول من افتتاح المعرض.";
    let a = read(&[HEADLINE, LEAD, line, SECOND]);
    assert_eq!(texts(&a), [LEAD, line, SECOND]);
}

#[test]
fn a_caption_closed_by_its_credit_in_brackets_is_dropped() {
    for caption in [
        "وزير الزراعة خلال جولته في المحافظات الجنوبية (المركز الإعلامي بالوزارة)",
        "مزارعون يحصدون القمح في سهل البقاع (رويترز)",
        "حقل قمح أصابه الجفاف في الجنوب (أرشيفية)",
    ] {
        for lines in [
            [HEADLINE, caption, LEAD, SECOND],
            [HEADLINE, LEAD, caption, SECOND],
        ] {
            let a = read(&lines);
            assert_eq!(a.title, HEADLINE, "{caption}");
            assert_eq!(texts(&a), [LEAD, SECOND], "{lines:?}");
        }
    }
}

#[test]
fn a_name_over_its_outlet_in_brackets_is_no_caption() {
    // A writer's name over the outlet in brackets is a byline.
    let a = read(&[
        HEADLINE,
        "ليلى أبو زيد (وكالة الأنباء الليبية)",
        LEAD,
        SECOND,
    ]);
    assert_eq!(a.author.as_deref(), Some("ليلى أبو زيد"));
    assert_eq!(texts(&a), [LEAD, SECOND]);
}

#[test]
fn the_site_makers_line_at_the_foot_is_dropped() {
    for line in ["تصميم و تطوير شركة المدار للحلول", "Powered by WordPress"]
    {
        let a = read(&[HEADLINE, LEAD, SECOND, line]);
        assert_eq!(texts(&a), [LEAD, SECOND], "{line}");
    }
}

#[test]
fn the_reading_time_under_a_deck_is_read_not_kept() {
    let deck = "خطة تشمل قروضا ميسرة وبذورا مجانية لصغار المزارعين في المحافظات الجنوبية كلها";
    let a = read(&[
        HEADLINE,
        deck,
        "نشر في: آخر تحديث:",
        "3 دقائق للقراءة",
        LEAD,
        SECOND,
    ]);
    assert_eq!(a.reading_minutes, 3);
    assert!(texts(&a).ends_with(&[LEAD, SECOND]), "{:?}", texts(&a));
    assert!(texts(&a).len() <= 3, "{:?}", texts(&a));
}

#[test]
fn a_paywalls_notice_ends_the_story() {
    let notice = "يمكنكم الاطلاع على المقال المطلوب وأرشيف الصحيفة عبر تسجيل الدخول أو الاشتراك";
    let a = read(&[HEADLINE, LEAD, SECOND, notice, "اشترك الآن"]);
    assert_eq!(texts(&a), [LEAD, SECOND]);
}

#[test]
fn a_players_and_a_cookie_prompts_buttons_are_dropped() {
    for line in [
        "ت + ت - الحجم الطبيعي",
        "تحميل الفيديو",
        "موافق",
        "هذا الموقع يستخدم ملفات تعريف الارتباط لتحسين تجربتك، بإمكانك قراءة شروط الاستخدام",
        "We use cookies to improve your experience",
        "المزيد في التقرير المصور",
    ] {
        for lines in [
            [HEADLINE, line, LEAD, SECOND],
            [HEADLINE, LEAD, SECOND, line],
        ] {
            let a = read(&lines);
            assert_eq!(a.title, HEADLINE, "{line}");
            assert_eq!(texts(&a), [LEAD, SECOND], "{lines:?}");
        }
    }
}

#[test]
fn a_permalink_or_copy_link_line_gives_the_articles_link() {
    for (line, url) in [
        (
            "رابط دائم : https://example.com/9JEC",
            "https://example.com/9JEC",
        ),
        (
            "انسخ الرابطhttps://example.com/news/24041/",
            "https://example.com/news/24041/",
        ),
    ] {
        for lines in [
            [HEADLINE, line, LEAD, SECOND],
            [HEADLINE, LEAD, SECOND, line],
        ] {
            let a = read(&lines);
            assert_eq!(texts(&a), [LEAD, SECOND], "{lines:?}");
            assert_eq!(a.url.as_deref(), Some(url), "{lines:?}");
        }
    }
}

#[test]
fn a_summary_that_repeats_the_lead_is_read_once() {
    let a = read(&[HEADLINE, LEAD, LEAD, SECOND]);
    assert_eq!(texts(&a), [LEAD, SECOND]);
}

#[test]
fn pictures_markup_after_the_story_does_not_join_its_paragraphs() {
    // Three paragraphs, one a line, then two pictures' markup lines longer
    // than any of them: the paragraphs are not a hard-wrapped one.
    let third = "وأشار إلى أن البلدية ستوسع السوق في الصيف المقبل.";
    let a = read(&[
        LEAD,
        SECOND,
        third,
        "<image>![](https://example.com/uploads/2024/05/market-opening-ceremony-photo-one.jpeg)</image>",
        "<image>![](https://example.com/uploads/2024/05/market-opening-ceremony-photo-two.jpeg)</image>",
    ]);
    assert_eq!(texts(&a), [LEAD, SECOND, third]);
}

#[test]
fn a_caption_known_by_how_it_starts_is_dropped() {
    for caption in ["جانب من الفعاليات", "لقطة من الفيديو المتداول"]
    {
        for lines in [
            [HEADLINE, caption, LEAD, SECOND],
            [HEADLINE, LEAD, caption, SECOND],
        ] {
            let a = read(&lines);
            assert_eq!(texts(&a), [LEAD, SECOND], "{lines:?}");
        }
    }
    // A sentence that opens the same way is the story's.
    let line = "جانب من المشاركين أكدوا أن الخطة جاءت متأخرة عن موعدها.";
    let a = read(&[HEADLINE, LEAD, line, SECOND]);
    assert_eq!(texts(&a), [LEAD, line, SECOND]);
}

#[test]
fn other_stories_headlines_set_inside_the_story_are_dropped() {
    let a = read(&[
        HEADLINE,
        LEAD,
        "رسمياً: أحياء جديدة في العاصمة تنضم إلى مشروع المواقف المدارة",
        "عاجل: مصادر تكشف سبب إغلاق المقاهي في المدينة",
        "بالفيديو: لحظة انهيار جسر قديم فوق النهر",
        SECOND,
    ]);
    assert_eq!(texts(&a), [LEAD, SECOND]);
    // One such line alone may be the story's own subheading.
    let sub = "عاجل: الوزارة تعلن موعد صرف الدفعة الأولى";
    let a = read(&[HEADLINE, LEAD, sub, SECOND]);
    assert_eq!(texts(&a), [LEAD, sub, SECOND]);
}

#[test]
fn a_printed_papers_issue_line_is_neither_title_nor_text() {
    let issue = "العدد : ١٧٠٠٥ - الأحد ١٣ أكتوبر ٢٠٢٤ م، الموافق ١٠ ربيع الآخر ١٤٤٦هـ";
    let a = read(&[issue, issue, HEADLINE, LEAD, SECOND]);
    assert_eq!(a.title, HEADLINE);
    assert_eq!(texts(&a), [LEAD, SECOND]);
    let a = read(&[HEADLINE, LEAD, issue, SECOND]);
    assert_eq!(texts(&a), [LEAD, SECOND]);
}

#[test]
fn a_links_prompt_after_a_paragraph_is_dropped_and_the_paragraph_stays() {
    let second = format!("{SECOND} (تعرف على التفاصيل)");
    let lead = LEAD;
    let a = import(&format!("{lead}\n\n{second}\n"), "x".into(), None).expect("imports");
    assert_eq!(texts(&a), [LEAD, SECOND]);
}

#[test]
fn a_paywalls_invitation_ends_the_story() {
    for notice in [
        "انضموا إلينا للوصول إلى هذا المقال وجميع المحتويات",
        "هذا المقال مخصص للمشتركين",
    ] {
        let a = read(&[HEADLINE, LEAD, SECOND, notice, "لديك حساب ؟ تسجيل الدخول"]);
        assert_eq!(texts(&a), [LEAD, SECOND], "{notice}");
    }
}

#[test]
fn the_part_of_the_day_after_a_publication_date_names_no_one() {
    for line in [
        "تاريخ النشر : الثلاثاء 12 آذار / مارس 2024 ، صباحاً",
        "نشر في 12 مارس 2024 مساءً",
    ] {
        let a = read(&[HEADLINE, line, LEAD, SECOND]);
        assert_eq!(a.author, None, "{line}");
        assert_eq!(a.published.as_deref().map(|d| &d[..10]), Some("2024-03-12"));
        assert_eq!(texts(&a), [LEAD, SECOND], "{line}");
    }
}
