//! Copies the importer misread: a download link with the file's kind
//! after it; font buttons with their signs; a writer and the date on one
//! line under a deck; a caption under its picture's credit; the site's
//! lines under the story; the story's kind and date over the headline; a
//! deck over a wire's dateline, or over the date; an aggregator's notice
//! that names no paper; the menu's items glued together, or run into a
//! trail that ends with the headline; another story's cut teaser over
//! its read-more link; a notice's Latin initials; a question with its
//! subscribe button; a link back to the list with its arrow; a plea for
//! support under its label; the site's name heading the copy and its
//! foot; an outlet no table knows between a place and a writer; a body's
//! media division after a "posted by" label; a magazine's word on its
//! new issue; the post's category under its byline; a plea whose label
//! the menu says too.

mod support;

use support::copied::import_text;
use support::copied::story::{DATE, HEAD, LEAD, NEXT};
use support::copied::texts;

#[test]
fn a_download_link_with_the_files_kind_after_it_is_no_writer() {
    let a = import_text(&[HEAD, DATE, "تحميل البيان PDF", LEAD, NEXT].join("\n"));
    assert_eq!(a.author, None);
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn font_buttons_with_their_signs_are_the_pages() {
    let a = import_text(&[HEAD, DATE, "حجم الخط: أ+ أ أ-", LEAD, NEXT].join("\n"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_writer_and_the_date_under_a_deck_of_sentences() {
    let deck = "مشروع تجريبي يؤهل شباباً تونسيين في مجالي الرعاية الصحية والميكاترونيك وفق النظام الألماني. كيف يعمل؟";
    let a = import_text(
        &[
            "المعرفة",
            HEAD,
            deck,
            "كاترين هوفمان، 15.04.2024",
            "",
            LEAD,
            "",
            NEXT,
        ]
        .join("\n"),
    );
    assert_eq!(a.author.as_deref(), Some("كاترين هوفمان"));
    assert_eq!(a.published.as_deref(), Some("2024-04-15"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_caption_right_under_its_pictures_credit() {
    let a = import_text(
        &[
            HEAD,
            DATE,
            "",
            LEAD,
            "",
            "© Mohamed Messara/dpa",
            "متدربون في ورشة الميكاترونيك بمدينة سوسة",
            "",
            NEXT,
        ]
        .join("\n"),
    );
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn the_sites_category_about_link_and_imprint_under_the_story() {
    let a = import_text(
        &[
            HEAD,
            DATE,
            LEAD,
            NEXT,
            "عن deutschland.de",
            "يصدر موقع deutschland.de عن دار FAZIT Communication GmbH في فرانكفورت.",
            "نُشر في أخبار",
        ]
        .join("\n"),
    );
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn the_storys_kind_and_date_over_the_headline_date_it() {
    let a = import_text(
        &[
            "تخطي إلى المحتوى الرئيسي",
            "منظمة العمل الدولية",
            "العربية",
            "English",
            "المواضيع",
            "الموارد",
            "الأخبار والفعاليات",
            "عن المنظمة",
            "الأخبار والفعاليات",
            "خبر | 20 أيار/مايو 2024",
            "عمل الأطفال",
            HEAD,
            LEAD,
            NEXT,
        ]
        .join("\n"),
    );
    assert_eq!(a.title, HEAD);
    assert_eq!(a.published.as_deref(), Some("2024-05-20"));
}

#[test]
fn a_deck_over_a_wires_dateline_is_the_summary() {
    let deck =
        "تدعو الدراسة إلى تعزيز تفتيش العمل وتوسيع برامج الحماية الاجتماعية لتشمل الأسر الزراعية.";
    let lead = format!("بيروت (منظمة العمل الدولية) – {LEAD}");
    let a = import_text(&[HEAD, DATE, deck, &lead, NEXT].join("\n"));
    assert!(!texts(&a).contains(&deck), "{:?}", texts(&a));
    assert_eq!(texts(&a).last(), Some(&NEXT));
}

#[test]
fn a_deck_over_the_date_is_the_summary() {
    let deck = "فاز الفريق الأبيض على ضيفه بنتيجة 2-1 في ملعب المدينة ضمن الجولة 29 من الدوري.";
    let a = import_text(&[HEAD, deck, "16/03/2025", LEAD, NEXT].join("\n"));
    assert_eq!(a.published.as_deref(), Some("2025-03-16"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn an_aggregators_notice_that_names_no_paper_is_the_sites() {
    let a = import_text(
        &[
            HEAD,
            DATE,
            LEAD,
            NEXT,
            "تم نقل هذا الخبر آلياً من مصدره، ونحن غير مسؤولين عن محتواه، ويمكنكم متابعة تطورات هذا الخبر من مصدره الأصلي.",
        ]
        .join("\n"),
    );
    assert_eq!(texts(&a), [LEAD, NEXT]);
    assert_ne!(a.source.as_deref(), Some("مصدره"));
}

#[test]
fn the_menus_items_glued_together_are_no_headline() {
    let a = import_text(
        &[
            "حضرموت نيوز",
            "الرئيسية",
            "أخبار حضرموت",
            "تقارير وتحقيقات",
            "رياضة",
            "أخبار حضرموتتقارير وتحقيقات",
            HEAD,
            DATE,
            LEAD,
            NEXT,
        ]
        .join("\n"),
    );
    assert_eq!(a.title, HEAD);
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_trail_of_the_menus_items_that_ends_with_the_headline() {
    let trail = format!("الرئيسية التمويل {HEAD}");
    let a = import_text(
        &[
            "الرئيسية",
            "ريادة",
            "التمويل",
            "المرأة",
            &trail,
            HEAD,
            DATE,
            LEAD,
            NEXT,
        ]
        .join("\n"),
    );
    assert_eq!(a.title, HEAD);
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn another_storys_cut_teaser_goes_with_its_read_more_link() {
    let a = import_text(
        &[
            HEAD,
            DATE,
            LEAD,
            NEXT,
            "شاهد أيضاً",
            "مخيمات شمال إدلب تستعد لشتاء جديد بلا وقود",
            "زيتون – وسيم درويش يستقبل سكان المخيمات في ريف إدلب الشمالي فصل الشتاء هذا العام وسط تراجع كبير في كميات المساعدات ...",
            "أكمل القراءة »",
        ]
        .join("\n"),
    );
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_latin_initial_after_the_notices_name_is_no_part_of_it() {
    let a = import_text(
        &[
            HEAD,
            DATE,
            LEAD,
            NEXT,
            "© ريال مدريد C.F. 2025. جميع الحقوق محفوظة",
        ]
        .join("\n"),
    );
    assert_eq!(a.source.as_deref(), Some("ريال مدريد"));
}

#[test]
fn a_question_with_its_subscribe_button_and_the_sites_links() {
    let a = import_text(
        &[
            HEAD,
            DATE,
            LEAD,
            NEXT,
            "هل تريد الحصول على معلومات منتظمة عن ألمانيا؟ اشترك هنا:",
            "الاشتراك في النشرة الإخبارية",
            "مشاركة",
            "Facebook",
            "X",
            "E-Mail",
            "بيانات الناشر",
            "حماية البيانات",
            "‹ العودة إلى لائحة الأخبار",
        ]
        .join("\n"),
    );
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_plea_for_support_under_its_label_with_its_button() {
    let a = import_text(
        &[
            HEAD,
            DATE,
            LEAD,
            NEXT,
            "ادعم أليتيا",
            "إذا كنت تقرأ هذه السطور فلأنّ قرّاء مثلك قرّروا أن يدعموا رسالتنا بتبرعاتهم الصغيرة كل شهر.",
            "تبرّع الآن",
        ]
        .join("\n"),
    );
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn the_sites_name_heading_the_copy_and_its_foot_is_the_source() {
    let name = "المكتب الوطني للكهرباء والماء الصالح للشرب";
    let a = import_text(
        &[
            "Accueil",
            "FR",
            "AR",
            name,
            "الكهرباء",
            "الماء",
            HEAD,
            DATE,
            LEAD,
            NEXT,
            "وأوضح المكتب أن الانقطاع يأتي لإنجاز أشغال ربط القناة الجديدة بالشبكة.",
            "ودعا المكتب الزبناء إلى اتخاذ الاحتياطات اللازمة خلال فترة الانقطاع.",
            "وسيعود التزويد تدريجيا ابتداء من الساعة السادسة مساء.",
            name,
            "شارع محمد بلحسن الوزاني، الرباط",
            "© ONEE 2024 - جميع الحقوق محفوظة",
        ]
        .join("\n"),
    );
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some(name));
}

#[test]
fn an_outlet_no_table_knows_between_a_place_and_a_writer() {
    let a = import_text(
        &[
            HEAD,
            DATE,
            "الحسكة – أخبار الشرق (خاص) – حسين العبدالله",
            LEAD,
            NEXT,
        ]
        .join("\n"),
    );
    assert_eq!(a.author.as_deref(), Some("حسين العبدالله"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_bodys_media_division_after_posted_by_is_no_writer() {
    let a = import_text(
        &[
            HEAD,
            DATE,
            "نشر بواسطة: إدارة الإعلام والعلاقات العامة",
            LEAD,
            NEXT,
        ]
        .join("\n"),
    );
    assert_eq!(a.author, None);
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_magazines_word_on_its_new_issue_between_paragraphs() {
    let a = import_text(
        &[
            HEAD,
            DATE,
            LEAD,
            "العدد 131 من «زمان» متوفر الآن في الأكشاك",
            NEXT,
        ]
        .join("\n"),
    );
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn the_posts_category_under_its_byline_is_no_paragraph() {
    let a = import_text(
        &[
            HEAD,
            "كتب بواسطة  Nurul Hidayah",
            "نُشر في أخبار",
            "الثلاثاء, 14 مايو 2024 10:25",
            LEAD,
            NEXT,
        ]
        .join("\n"),
    );
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_plea_whose_label_the_menu_says_too_goes_with_its_button() {
    let a = import_text(
        &[
            "أليتيا",
            "الرئيسية",
            "ادعم أليتيا",
            HEAD,
            DATE,
            LEAD,
            NEXT,
            "ادعم أليتيا",
            "إذا كنت تقرأ هذه السطور فلأنّ قرّاء مثلك قرّروا أن يدعموا رسالتنا بتبرعاتهم الصغيرة كل شهر.",
            "تبرّع الآن",
        ]
        .join("\n"),
    );
    assert_eq!(texts(&a), [LEAD, NEXT]);
}
