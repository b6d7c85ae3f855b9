//! Markup habits of the news CMSs Arabic sites run on, in fixtures written
//! for qari: a Drupal body marked `field--label-hidden`, a site that signs
//! its copy as its own author (an organisation in JSON-LD, or a person
//! named as the site) with the real byline shown as a list or as `كتب-`,
//! boxes of other headlines set inside the story with their end marker and
//! skip link, a sources line and a follow prompt under the text, and the
//! line a blog engine adds under each post in its feed; camel-case class
//! names (`imageCaption`), a WebForms page with no meta tags whose site
//! name leads its `<title>` and whose byline says `كتبت-`, and a theme that
//! shows a time counted back from now and opens the lead with the site's
//! quoted name (`بيروت- “صوت الجبل”:`); a lead whose dateline dashes are
//! glued to its words (`عمان- النجمة-`), a wire story's closing initials
//! (`ف.ع/ ر.ح (وكالات)`), and a `كتب -` byline shown after the headline
//! outside the story's container.

use std::path::{Path, PathBuf};

use qari::article::{Article, Block, scan};

fn fixture(dir: &str, name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(dir)
        .join(name)
}

fn load_one(dir: &str, name: &str) -> Article {
    let mut all = scan::load_file(&fixture(dir, name)).unwrap_or_else(|p| panic!("{p}"));
    assert_eq!(all.len(), 1, "{name}");
    all.remove(0)
}

fn texts(a: &Article) -> Vec<&str> {
    a.body.iter().map(Block::text).collect()
}

#[test]
fn a_drupal_body_whose_label_is_hidden_is_the_article() {
    let a = load_one("pages", "drupal-label-hidden.html");
    assert_eq!(
        a.title,
        "سوق الكتب القديمة في الجامع الكبير تعود بعد الترميم"
    );
    assert_eq!(a.author.as_deref(), Some("هالة المصري، طارق يوسف"));
    assert_eq!(a.source.as_deref(), Some("الواحة"));
    let body = texts(&a);
    // The dates line and the dateline naming the authors are the header.
    assert_eq!(body.len(), 4, "{body:#?}");
    assert!(body[0].starts_with("عادت سوق الكتب القديمة"));
    assert!(matches!(
        &a.body[2],
        Block::Quote { by: Some(by), .. } if by == "منير الحلبي"
    ));
    assert!(body[3].starts_with("وتخطط البلدية"));
}

#[test]
fn a_desk_signed_page_gives_the_byline_its_list_shows() {
    let a = load_one("pages", "desk-signed-byline-list.html");
    assert_eq!(a.title, "صيادو البحيرة يواجهون موسما بلا أسماك");
    // JSON-LD signs the page as the organisation; the byline list names
    // the reporter, behind a label only screen readers get.
    assert_eq!(a.author.as_deref(), Some("سامر الأيوبي"));
    assert_eq!(a.source.as_deref(), Some("المرصد عربي"));
    let body = texts(&a);
    assert_eq!(body.len(), 3, "{body:#?}");
    assert!(body[0].starts_with("يخرج الصيادون"));
    assert!(body[1].starts_with("ويقول باحثون"));
    // The most-read box inside the story, its skip link and end mark go.
    assert!(body[2].starts_with("وتطالب جمعيات الصيادين"));
    assert!(a.body.iter().all(|b| matches!(b, Block::Paragraph(_))));
}

#[test]
fn a_site_named_as_author_gives_way_to_the_katab_line() {
    let a = load_one("pages", "site-signed-katab.html");
    assert_eq!(a.title, "افتتاح سوق للمنتجات الريفية في ميدان المحطة");
    assert_eq!(a.author.as_deref(), Some("حسن عبد الغفار"));
    assert_eq!(a.source.as_deref(), Some("البوابة"));
    assert_eq!(
        texts(&a),
        [
            "افتتحت المحافظة صباح اليوم سوقا أسبوعية للمنتجات الريفية في ميدان المحطة، تعرض فيها الأسر المنتجة الجبن والعسل والخبز البلدي مباشرة للمستهلكين.",
            "وقال مسؤول بالمحافظة إن السوق ستفتح كل جمعة من الثامنة صباحا حتى الظهر، وإن الباعة لن يدفعوا أي رسوم خلال الأشهر الثلاثة الأولى.",
        ]
    );
}

#[test]
fn an_organisation_signing_as_author_is_no_author() {
    let a = load_one("pages", "desk-zone-dateline.html");
    assert_eq!(a.title, "مدرسة في الصحراء تعمل بالطاقة الشمسية بالكامل");
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("الأفق نيوز"));
    assert_eq!(a.published.as_deref(), Some("2026-09-30T07:45:00+04:00"));
    assert_eq!(a.body.len(), 3);
}

#[test]
fn feed_footers_sources_lines_and_follow_prompts_leave_the_entry() {
    let a = load_one("feeds", "wordpress-footers.xml");
    assert_eq!(a.author.as_deref(), Some("نوال بوزيد"));
    assert_eq!(
        texts(&a),
        [
            "بدأت حافلة محولة إلى مكتبة جولتها الأولى في قرى الجبل، وتحمل أكثر من ألفي كتاب للأطفال والكبار.",
            "وتتوقف الحافلة في كل قرية يوما كاملا مرة في الشهر، ويمكن للسكان استعارة الكتب وإعادتها في الزيارة التالية.",
        ]
    );
    assert!(a.links.is_empty(), "{:?}", a.links);
}

#[test]
fn camel_case_classes_mark_captions_and_boxes_of_other_headlines() {
    let a = load_one("pages", "nextjs-camel-classes.html");
    assert_eq!(a.author.as_deref(), Some("جنى سعادة"));
    let body = texts(&a);
    // Paragraphs set apart by <br><br>; the caption and the box go.
    assert_eq!(body.len(), 3, "{body:#?}");
    assert!(body[0].starts_with("افتتح في المدينة مهرجان"));
    assert!(body[2].starts_with("وتمنح لجنة التحكيم"));
}

#[test]
fn a_page_without_meta_tags_gives_its_site_and_byline_from_what_it_shows() {
    let a = load_one("pages", "webforms-no-meta.html");
    assert_eq!(a.title, "ترميم سبيل أثري في حي الجمالية يفتح للزوار");
    // The site's name before the headline in the <title>, after " : ".
    assert_eq!(a.source.as_deref(), Some("بوابة النيل"));
    assert_eq!(a.author.as_deref(), Some("سلوى عادل"));
    assert_eq!(a.published.as_deref(), Some("2026-10-12T11:05"));
    assert_eq!(a.body.len(), 3);
}

#[test]
fn a_relative_clock_and_the_sites_quoted_dateline_leave_the_text() {
    let a = load_one("pages", "wordpress-quoted-dateline.html");
    // The site signs as its own author: no byline.
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("صوت الجبل"));
    let body = texts(&a);
    assert_eq!(body.len(), 3, "{body:#?}");
    assert!(body[0].starts_with("عادت أسواق الخريف الأسبوعية"));
}

#[test]
fn glued_dateline_dashes_closing_initials_and_a_shown_byline() {
    let a = load_one("pages", "wire-signoff-glued-dateline.html");
    assert_eq!(a.author.as_deref(), Some("فراس العمري"));
    assert_eq!(a.source.as_deref(), Some("النجمة"));
    let body = texts(&a);
    assert_eq!(body.len(), 3, "{body:#?}");
    assert!(body[0].starts_with("دخلت عشرون حافلة كهربائية"));
    assert!(body[2].starts_with("وقالت هيئة النقل"));
}
