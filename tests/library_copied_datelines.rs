//! Copies that start with their lead (tests/data/copied): the dateline or
//! the outlet's label that opens them is the source, never the title. A
//! country and agencies with a slash, a tatweel before a colon, a wire's
//! slashed dateline, a site that relays agencies' copy, the outlet's name
//! with a colon alone above the lead, the site's name after the one
//! paragraph of a short copy, a site and its agency above the lead, an
//! outlet with its city in parentheses, and an agency run into its dash.

mod support;

use std::path::Path;

use qari::article::Block;
use qari::article::text_import::import_bytes;
use support::copied::import_text;

/// File, title (the lead's first words), source, and each paragraph's start.
const COPIED: &[(&str, &str, &str, &[&str])] = &[
    (
        "slash_country_byline.txt",
        "أعلنت وزارة الزراعة السودانية",
        "وكالات",
        &["أعلنت وزارة الزراعة", "وقالت الوزارة", "وأضافت أن فرقا"],
    ),
    (
        "tatweel_colon_dateline.txt",
        "أعلنت هيئة الأشغال العامة عن افتتاح الطريق الدائري الجديد أمام حركة المرور…",
        "قنا",
        &["أعلنت هيئة الأشغال"],
    ),
    (
        "wam_slashed_dateline.txt",
        "أعلنت هيئة الطرق والمواصلات عن تشغيل خط جديد للحافلات الكهربائية يربط محطات…",
        "وام",
        &["أعلنت هيئة الطرق", "وأضافت الهيئة"],
    ),
    (
        "relayed_agencies.txt",
        "قالت شركة الطيران الوطنية اليوم الاثنين إنها ستستأنف رحلاتها إلى ثلاث عواصم…",
        "نبض الخليج",
        &["قالت شركة الطيران", "وأوضحت الشركة"],
    ),
    (
        "outlet_colon_label.txt",
        "قال مسؤول في شركة الكهرباء",
        "الوسط",
        &["قال مسؤول في شركة", "وأضاف المسؤول"],
    ),
    (
        "site_agency_label.txt",
        "افتتح وزير المواصلات اليوم محطة جديدة لتحلية المياه في المنطقة الصناعية",
        "قنا",
        &["افتتح وزير المواصلات", "وقال الوزير"],
    ),
    (
        "outlet_city_parens.txt",
        "أطلقت وزارة الصحة اليوم الثلاثاء حملة وطنية لمكافحة الملاريا في الولايات الشرقية",
        "الصحراء",
        &["أطلقت وزارة الصحة", "وقالت الوزارة"],
    ),
    (
        "agency_glued_dash.txt",
        "ارتفعت مؤشرات البورصة في ختام تعاملات اليوم الأحد",
        "أ ش أ",
        &["ارتفعت مؤشرات البورصة", "وقال متعاملون"],
    ),
    (
        "trailing_site_name.txt",
        "أعلنت وزارة الصحة اليوم عن حملة وطنية للتطعيم ضد الحصبة تستهدف الأطفال…",
        "الخليج نيوز",
        &["أعلنت وزارة الصحة"],
    ),
];

#[test]
fn the_dateline_opening_a_copy_is_its_source() {
    for &(file, title, source, starts) in COPIED {
        let path = Path::new("tests/data/copied").join(file);
        let bytes = std::fs::read(&path).expect("fixture");
        let a = import_bytes(&bytes, "x".into(), Some(&path)).expect("import");
        assert_eq!(a.title, title, "{file}: title");
        assert_eq!(a.source.as_deref(), Some(source), "{file}: source");
        assert_eq!(a.author, None, "{file}: author");
        let texts: Vec<&str> = a.body.iter().map(Block::text).collect();
        assert_eq!(texts.len(), starts.len(), "{file}: {texts:#?}");
        for (text, start) in texts.iter().zip(starts) {
            assert!(text.starts_with(start), "{file}: {text:?} for {start:?}");
        }
        let all = texts.join("\n");
        for bit in ["/", "ـ", "_", "وكالات", source, "التعليقات", "(", "أخبارنا"]
        {
            assert!(!all.contains(bit), "{file}: kept {bit:?}");
        }
    }
}

/// A sentence with a slash or a colon in it opens a lead too: without a
/// known place, an agency or `وكالات`, nothing is taken off it.
#[test]
fn a_lead_with_a_slash_or_a_colon_stays_whole() {
    let lead = "قال الوزير في 3 مارس/ آذار الماضي إن الأسعار ستنخفض، وأضاف: الخطة جاهزة للتنفيذ في كل المحافظات.";
    let a = qari::article::text_import::import(lead, "x".into(), None).expect("import");
    assert_eq!(a.source, None);
    assert_eq!(a.body[0].text(), lead);
}

/// A site's name of one word with the article before a dash opens the
/// lead: it is the source and leaves the lead, whichever dash it is and
/// whether a space comes before it, and with its place or the story's own
/// mark after another dash, or the mark first. A city there gives no
/// source, a label is no site, and a dash further on in the sentence makes
/// an aside.
#[test]
fn a_one_word_site_name_before_a_dash_is_the_source() {
    let head = "شركة الاتصالات تخفض أسعار باقات الإنترنت المنزلي";
    let text =
        "خفضت شركة الاتصالات الوطنية أسعار باقات الإنترنت المنزلي بنسبة الربع ابتداء من الشهر المقبل.";
    let next = "وقالت الشركة إن التخفيض يشمل المشتركين الحاليين والجدد.";
    for (opener, source) in [
        ("الرصيف - ", Some("الرصيف")),
        ("الساحلية – ", Some("الساحلية")),
        ("المنارة- ", Some("المنارة")),
        ("الرصيف - خاص - ", Some("الرصيف")),
        ("خاص - الرصيف - ", Some("الرصيف")),
        ("الرصيف – القدس - ", Some("الرصيف")),
        ("القاهرة - ", None),
        ("عاجل - ", None),
    ] {
        let lead = format!("{opener}{text}");
        let a = import_text(&format!("{head}\n{lead}\n{next}\n"));
        assert_eq!(a.source.as_deref(), source, "{opener}");
        let first = a.body[0].text();
        let expected = if source.is_some() {
            text
        } else {
            lead.as_str()
        };
        assert_eq!(first, expected, "{opener}");
        assert_eq!(a.body[1].text(), next, "{opener}");
    }
    let aside = "الحكومة - كما قال الوزير - ستخفض أسعار الباقات.";
    let a = import_text(&format!("{head}\n{aside}\n{next}\n"));
    assert_eq!((a.source, a.body[0].text()), (None, aside));
}
