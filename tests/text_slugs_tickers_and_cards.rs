//! Copies the importer misread: a byline that spells the site's name as
//! its address's slug; the site's page title with its motto as the first
//! line; a link's button alone under its pitch; a ticker of bulleted
//! headlines with its label under them; an Arabic skip link; a notice
//! that says which body the site belongs to; the site's postal address;
//! a logo's two names on one line; a reporter and his town under a
//! summary; a "written and photographed by" label; a "send to a friend"
//! button; the site's last-update clock; a ticker over a region's
//! section; a summary over its date and labelled byline; a paywall's
//! offer; the cards of the writers a byline lists; a times-read counter;
//! writers parted by a comma; a summary over a lead dated by its place
//! and day; a bank's regulatory notice.

mod support;

use support::copied::story::{DATE, HEAD, LEAD, NEXT};
use support::copied::{check_lines, import_text, texts};

#[test]
fn a_sites_name_spelled_as_its_slug_before_the_writer() {
    let a = import_text(
        &[
            "وكالة نبض",
            "الرئيسية",
            "أخبار",
            HEAD,
            DATE,
            "وكالة-نبض – سامر الخطيب",
            LEAD,
            NEXT,
        ]
        .join("\n"),
    );
    assert_eq!(a.author.as_deref(), Some("سامر الخطيب"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn the_sites_page_title_with_its_motto_is_no_headline() {
    let a = import_text(
        &[
            "Tripoli Today I طرابلس اليوم : أخبار المدينة لحظة بلحظة!",
            "",
            HEAD,
            "",
            DATE,
            "",
            LEAD,
            "",
            NEXT,
            "",
            "جميع الحقوق محفوظة © طرابلس اليوم",
        ]
        .join("\n"),
    );
    assert_eq!(a.title, HEAD);
    assert_eq!(a.source.as_deref(), Some("طرابلس اليوم"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_lone_click_button_goes_with_its_pitch_and_a_call_run_on_stays_for_the_foot() {
    check_lines(
        &[
            HEAD,
            DATE,
            LEAD,
            "تابعوا أخبار الموقع الآن عبر خدمة",
            "اضغط هنا",
            NEXT,
        ],
        HEAD,
        [Some("2024-10-03"), None, None],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_ticker_of_bulleted_headlines_and_its_label_under_them() {
    check_lines(
        &[
            "• الدار البيضاء.. توقيف سائق متهور في شارع الزرقطوني",
            "• بعد الإقصاء.. الجامعة تجتمع بالمدرب لتقييم المشاركة",
            "• أسعار الخضر تواصل الارتفاع في الأسواق الشعبية",
            "عاجل",
            DATE,
            "",
            HEAD,
            "",
            LEAD,
            NEXT,
        ],
        HEAD,
        [Some("2024-10-03"), None, None],
        &[LEAD, NEXT],
    );
}

#[test]
fn an_arabic_skip_link_and_a_notice_that_says_whose_member_the_site_is() {
    let a = import_text(
        &[
            "تخطَّ إلى المحتوى الرئيسي",
            "زيارة المكتبة",
            "الفعاليات",
            HEAD,
            DATE,
            LEAD,
            NEXT,
            "مكتبة الريان العامة، شارع الجامعة، ص.ب. 5825، الريان",
            "© 2024 مكتبة الريان العامة. عضو في مؤسسة الريان",
        ]
        .join("\n"),
    );
    assert_eq!(a.source.as_deref(), Some("مكتبة الريان العامة"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn the_sites_postal_address_in_its_foot() {
    let a = import_text(
        &[
            HEAD,
            DATE,
            LEAD,
            NEXT,
            "معهد الدراسات البحرية",
            "الشويخ – ص.ب 24885 الصفاة 13109 – دولة الكويت",
        ]
        .join("\n"),
    );
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_logos_two_names_on_one_line_give_the_arabic_one() {
    let a = import_text(
        &[
            "الواحة الجديدة | Alwaha Aljadida",
            "أفراد",
            "أعمال",
            HEAD,
            DATE,
            LEAD,
            NEXT,
            "© 2023 الواحة الجديدة. جميع الحقوق محفوظة.",
        ]
        .join("\n"),
    );
    assert_eq!(a.source.as_deref(), Some("الواحة الجديدة"));
    assert_eq!(a.author, None);
}

#[test]
fn a_reporter_and_his_town_under_a_summary() {
    check_lines(
        &[
            HEAD,
            "يخشى مزارعو الزيتون في الشمال موسما بلا أسواق بعد إغلاق المعابر هذا العام.",
            "كوباني - روجدا محمد",
            DATE,
            LEAD,
            NEXT,
        ],
        HEAD,
        [Some("2024-10-03"), Some("روجدا محمد"), None],
        &[LEAD, NEXT],
    );
}

#[test]
fn written_and_photographed_by_labels_the_writer() {
    check_lines(
        &[HEAD, DATE, "كتابة وتصوير: آوات کریم", LEAD, NEXT],
        HEAD,
        [Some("2024-10-03"), Some("آوات کریم"), None],
        &[LEAD, NEXT],
    );
}

#[test]
fn send_to_a_friend_and_a_times_read_counter_leave() {
    check_lines(
        &[
            HEAD,
            DATE,
            LEAD,
            NEXT,
            "طباعة",
            "إرسال إلى صديق",
            "قرأت 1532 مرة",
        ],
        HEAD,
        [Some("2024-10-03"), None, None],
        &[LEAD, NEXT],
    );
}

#[test]
fn the_sites_last_update_clock_names_no_writer() {
    let a = import_text(
        &[
            "آخر تحديث للموقع : الاثنين - 12 مايو 2025 - 09:47 م",
            "هيئة التحرير",
            "من نحن",
            HEAD,
            DATE,
            LEAD,
            NEXT,
        ]
        .join("\n"),
    );
    assert_eq!(a.author, None);
    assert_eq!(a.title, HEAD);
    assert_eq!(a.published.as_deref(), Some("2024-10-03"));
}

#[test]
fn a_ticker_of_headlines_over_a_regions_section() {
    check_lines(
        &[
            "إدارة الأمن تضبط متهما بسرقة كيبلات كهربائية في جعار",
            "مكتب الزراعة يبدأ توزيع بذور الذرة المحسنة على المزارعين",
            "منتخب الناشئين يتأهل إلى نصف نهائي بطولة المحافظات",
            "أبين",
            HEAD,
            "الاثنين - 12 مايو 2025 - 04:15 م بتوقيت عدن",
            "كتب / فهد علي الجعدني",
            LEAD,
            NEXT,
        ],
        HEAD,
        [Some("2025-05-12T16:15"), Some("فهد علي الجعدني"), None],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_summary_over_its_date_and_labelled_byline() {
    check_lines(
        &[
            HEAD,
            "رغم الوعود لا يزال المزارعون يبيعون زيتونهم بأقل من كلفته، لكن التعاونيات قد تغير ذلك.",
            "Mar 4, 2024",
            "بقلم كوفي أمبونغ وسلمى الدرقاوي",
            LEAD,
            NEXT,
        ],
        HEAD,
        [Some("2024-03-04"), Some("كوفي أمبونغ وسلمى الدرقاوي"), None],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_paywalls_offer_and_the_cards_of_the_writers_the_byline_lists() {
    check_lines(
        &[
            HEAD,
            "Mar 4, 2024",
            "بقلم كوفي أمبونغ وسلمى الدرقاوي",
            LEAD,
            "Subscribe to PS Digital",
            "احصل على وصول غير محدود إلى كل التعليقات وأرشيفها الكامل. اشترك الآن",
            NEXT,
            "كوفي أمبونغ، مدير مبادرة الأمن الصحي الأفريقي في أكرا.",
            "سلمى الدرقاوي، أستاذة السياسات الصحية في جامعة محمد الخامس بالرباط.",
        ],
        HEAD,
        [Some("2024-03-04"), Some("كوفي أمبونغ وسلمى الدرقاوي"), None],
        &[LEAD, NEXT],
    );
}

#[test]
fn writers_parted_by_a_comma_under_a_summary() {
    check_lines(
        &[
            HEAD,
            "بدأت عدة بلديات بتوزيع بطاقات دفع على المزارعين بدلا من المساعدات النقدية.",
            "بقلم: ماهر العلي، ليلى بن سالم",
            "نشر في : 03/10/2024",
            LEAD,
            NEXT,
        ],
        HEAD,
        [Some("2024-10-03"), Some("ماهر العلي، ليلى بن سالم"), None],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_summary_over_a_lead_dated_by_its_place_and_day_and_a_banks_notice() {
    let lead = "الرياض، 21 مارس 2024م: وقع المصرف اتفاقية تعاون مع شركة للتطوير العقاري لتمويل آلاف الوحدات السكنية شرق المدينة.";
    let a = import_text(
        &[
            "المصرف يوقع اتفاقية لتمويل وحدات سكنية شرق الرياض",
            "الخميس 11 رمضان 1445هـ الموافق 21 مارس 2024م",
            "الاتفاقية تتيح الجمع بين الدعم السكني والتمويل المصرفي بدفعة أولى ميسرة",
            lead,
            NEXT,
            "المصرف شركة مساهمة سعودية، خاضع لرقابة وإشراف البنك المركزي السعودي.",
        ]
        .join("\n"),
    );
    let kept = texts(&a);
    assert_eq!(kept.len(), 2, "{kept:#?}");
    assert!(lead.ends_with(kept[0]), "{kept:#?}");
    assert_eq!(kept[1], NEXT);
}
