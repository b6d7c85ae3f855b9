//! Copies signed by a body's media office under a city, by a site's
//! editorial team, or by a writer after the site's short name and a bar.

mod support;

use support::copied::check_lines;

const HEAD: &str = "منتخب الناشئين يختتم معسكره الإعدادي بفوز ودي على ضيفه";
const LEAD: &str = "اختتم منتخب الناشئين معسكره الإعدادي في العاصمة بالفوز على ضيفه بثلاثة أهداف مقابل هدف في مباراة ودية أمس.";
const NEXT: &str = "وقال مدرب المنتخب إن المعسكر حقق أهدافه البدنية والفنية قبل انطلاق البطولة الإقليمية الشهر المقبل.";

#[test]
fn a_media_office_under_a_city_is_no_writer_nor_its_trail_a_source() {
    check_lines(
        &[
            "الاتحاد الوطني لكرة القدم",
            "الرئيسية",
            "المنتخبات",
            "المركز الإعلامي / الأخبار",
            HEAD,
            "الأحد 12 يناير 2025",
            "الدوحة - المركز الإعلامي",
            LEAD,
            NEXT,
            "جميع الحقوق محفوظة © 2025 الاتحاد الوطني لكرة القدم",
        ],
        HEAD,
        [Some("2025-01-12"), None, Some("الاتحاد الوطني لكرة القدم")],
        &["اختتم منتخب الناشئين", "وقال مدرب المنتخب"],
    );
}

#[test]
fn a_sites_editorial_team_makes_the_site_the_source() {
    for team in ["فريق تحرير تيليكوم ريفيو", "أسرة تحرير تيليكوم ريفيو"]
    {
        check_lines(
            &[HEAD, "الإثنين، 20 مايو 2024", team, LEAD, NEXT],
            HEAD,
            [Some("2024-05-20"), None, Some("تيليكوم ريفيو")],
            &["اختتم منتخب الناشئين", "وقال مدرب المنتخب"],
        );
    }
}

#[test]
fn a_writer_after_the_sites_short_name_and_a_bar_is_the_author() {
    check_lines(
        &[
            HEAD,
            "4 فبراير 2024",
            "الطيوب | متابعة وتصوير: سالمة المدني",
            LEAD,
            NEXT,
        ],
        HEAD,
        [Some("2024-02-04"), Some("سالمة المدني"), None],
        &["اختتم منتخب الناشئين", "وقال مدرب المنتخب"],
    );
}

#[test]
fn a_bodys_long_name_under_the_source_label_is_the_source() {
    check_lines(
        &[
            HEAD,
            "1 يوليو 2021",
            LEAD,
            NEXT,
            "المصدر: الاتحاد العام لنقابات عمال البحرين",
            "طباعة | إرسال لصديق",
        ],
        HEAD,
        [
            Some("2021-07-01"),
            None,
            Some("الاتحاد العام لنقابات عمال البحرين"),
        ],
        &["اختتم منتخب الناشئين", "وقال مدرب المنتخب"],
    );
    // A note under the label (`بيان صادر عن …`) names no source.
    let lines = [
        HEAD,
        "1 يوليو 2021",
        LEAD,
        NEXT,
        "المصدر: بيان صادر عن وزارة الشباب",
    ];
    assert_eq!(support::copied::import_text(&lines.join("\n")).source, None);
}
