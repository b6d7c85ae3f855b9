//! Pages whose writers, sites, dates and furniture the importer misread: a
//! writer's profile box and its link's label, a chart, a BEM deck and a
//! cover's words, an agency's end mark, writers after the site's mark, an
//! old table's fields set apart by no-break spaces, a French title class,
//! an old portal's (PHP-Nuke) headline, date and comments, a report's
//! file, SPIP's attached documents, a writer labelled at the foot beside
//! the photographer, Drupal's writers' field, K2's hits line, a logo's
//! home link, a copyright's long name, a header's dashed fields, a
//! `<title>` that is the site beside the page's kind, a CMS's epoch date,
//! a run-together date, a byline among bulleted fields and a role before
//! the writer's name.

mod support;

use support::copied::texts;
use support::page::load_html;
use support::page::page;
use support::page::paragraphs;

const PARAGRAPHS: [&str; 3] = [
    "أطلقت المؤسسة أمس برنامجا لتدريب الشباب على المهارات الرقمية يستفيد منه ألف متدرب في خمس مدن.",
    "وأوضح مدير البرنامج أن الدورات تشمل البرمجة وتحليل البيانات والتسويق الإلكتروني وتستمر ثلاثة أشهر.",
    "ويتسلم المتدربون في ختام البرنامج شهادات معتمدة تؤهلهم للعمل في الشركات الناشئة.",
];
const HEAD: &str = "المؤسسة تطلق برنامجا لتدريب الشباب على المهارات الرقمية";

fn story() -> String {
    paragraphs(&PARAGRAPHS)
}

#[test]
fn a_profile_box_its_links_label_a_chart_a_deck_and_a_covers_words_stay_out() {
    let html = page(
        &format!("<title>{HEAD} | nippon.com</title>"),
        &format!(
            "<article><h1>{HEAD}</h1>\
             <div class=\"article__summary\">برنامج جديد للشباب في خمس مدن. إليكم التفاصيل.</div>\
             <p class=\"c-article__author\"><a href=\"/ar/author/x/\">تاكاهاشي كينجي</a> <span>[Profile]</span></p>\
             <div class=\"article__cover\"><img src=\"a.jpg\"><div class=\"article__cover-text\">متدربون في قاعة الدرس. <span>Legion Media</span></div></div>\
             <div class=\"article__text\">{}\
             <div class=\"c-chart\"><img src=\"c.png\"><p class=\"c-chart__caption\">عدد المتدربين حسب المدينة</p>\
             <p class=\"c-chart__source\">المصدر: المؤسسة.</p></div>\
             <p class=\"c-article__note\">(النص الأصلي باللغة اليابانية، الترجمة من اللغة الإنكليزية)</p></div>\
             <div class=\"c-profile\"><p class=\"c-profile__name\">تاكاهاشي كينجي</p>\
             <p class=\"c-profile__text\">صحفي مستقل يكتب عن قضايا التعليم والعمل.</p></div></article>",
            story()
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.author.as_deref(), Some("تاكاهاشي كينجي"));
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn an_agencys_end_mark_ends_the_story_and_its_initials_stay_out() {
    let html = page(
        &format!("<title>{HEAD}</title>"),
        &format!(
            "<article><h1>{HEAD}</h1><div class=\"content\">{}<p>(النهاية)</p><p>ع م ش / ب ت</p></div></article>",
            story()
        ),
    );
    assert_eq!(texts(&load_html(&html)), PARAGRAPHS);
}

#[test]
fn writers_after_the_sites_mark_and_an_old_tables_byline_field() {
    let html = page(
        &format!("<title>{HEAD} - نافذة المدينة</title>"),
        &format!(
            "<div class=\"news\"><h1>{HEAD}</h1>\
             <div class=\"writerLine\">نافذة المدينة - تعز - خاص: محمد الشرعبي - أمين الحكيمي</div>\
             <div class=\"text\">{}</div></div>",
            story()
        ),
    );
    assert_eq!(
        load_html(&html).author.as_deref(),
        Some("محمد الشرعبي، أمين الحكيمي")
    );
    let html = page(
        &format!("<title>{HEAD}</title>"),
        &format!(
            "<table><tr><td><h1>{HEAD}</h1></td></tr>\
             <tr><td class=\"small\">بقلم: <b>عبد الرحمن الطيب محمد</b> &nbsp;&nbsp; نشر بتاريخ: 14/06/2009 &nbsp;&nbsp; المصدر: صحيفة الميدان</td></tr>\
             <tr><td>{}</td></tr></table>",
            story()
        ),
    );
    assert_eq!(
        load_html(&html).author.as_deref(),
        Some("عبد الرحمن الطيب محمد")
    );
}

#[test]
fn a_french_title_class_holds_the_headline_under_a_sites_title() {
    let html = page(
        "<title>وزارة التعليم العالي والبحث العلمي</title>",
        &format!(
            "<div class=\"actu\"><div class=\"actu_titre\">{HEAD}</div>\
             <div class=\"actu_date\">06/10/2013</div><div class=\"actu_texte\">{}</div></div>",
            story()
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.title, HEAD);
    assert_eq!(
        a.source.as_deref(),
        Some("وزارة التعليم العالي والبحث العلمي")
    );
}

#[test]
fn an_old_portals_headline_date_and_comments() {
    let html = page(
        &format!("<title>وزارة الصحة - أخبار الوزارة - {HEAD}</title>"),
        &format!(
            "<table><tr><td>\
             <font class=\"title\">{HEAD}</font><br>\
             <font class=\"tiny\">أرسلت بواسطة <a href=\"u\">admin</a> في الأحد 12 مارس 2017 (316 قراءة)</font><br><br>\
             </td></tr><tr><td>{}</td></tr></table>\
             <table><tr><td><center><font class=\"content\">التعليقات ملك لأصحابها. نحن غير مسؤولين عن محتواها بأي شكل من الأشكال.</font></center></td></tr>\
             <tr><td><font class=\"content\"><b>ألف مبروك للشباب</b> (التقييم: 1)</font></td></tr></table>",
            story()
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.title, HEAD);
    assert_eq!(a.published.as_deref(), Some("2017-03-12"));
    assert!(
        !texts(&a).iter().any(|t| t.contains("مبروك")),
        "{:#?}",
        a.body
    );
}

#[test]
fn a_reports_file_and_attached_documents_stay_out() {
    let html = page(
        &format!("<title>{HEAD}</title>"),
        &format!(
            "<article><h1>{HEAD}</h1><div class=\"entry-content\">{}\
             <p><strong>للاطلاع على التقرير كاملاً:</strong></p>\
             <a href=\"r.pdf\" class=\"pdfemb-viewer\">rapport-2022-ar<br/></a>\
             <dl class=\"spip_documents\"><dt class=\"spip_doc_titre\"><strong>عدد المتدربين حسب المدينة</strong></dt></dl>\
             <div class=\"documents_joints\"><h2>الوثائق المرفقة</h2><ul><li><a href=\"n.pdf\">المذكرة</a> <small>(PDF - 612.4 كيلوبايت)</small></li></ul></div>\
             </div></article>",
            story()
        ),
    );
    assert_eq!(texts(&load_html(&html)), PARAGRAPHS);
}

#[test]
fn a_writer_labelled_at_the_foot_beside_the_photographer() {
    let html = page(
        &format!("<title>{HEAD}</title>"),
        &format!(
            "<article><h1>{HEAD}</h1><div class=\"entry-content\">{}\
             <p style=\"text-align: left;\"><span>تحرير: حيدر عبد الأمير | تصوير: مصطفى كاظم</span></p></div></article>",
            story()
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.author.as_deref(), Some("حيدر عبد الأمير"));
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn drupals_writers_field_a_signature_block_and_a_logos_home_link() {
    let html = page(
        &format!(
            "<title>{HEAD}</title><script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"author\":{{\"@type\":\"Person\",\"name\":\"Claudia Hermann\"}}}}</script>"
        ),
        &format!(
            "<header><a href=\"/ar\" class=\"site-logo\"><img src=\"l.svg\" alt=\"الرئيسية\"></a></header>\
             <article><h1>{HEAD}</h1>\
             <div class=\"field field--name-field-authors\"><div class=\"field__item\"><a href=\"/a\">كلاوديا هيرمان</a></div></div>\
             <div class=\"body\">{}\
             <p class=\"article-signature\"><strong>كلاوديا هيرمان</strong></p>\
             <p class=\"article-signature\">ترجمة: سامر سليمان</p></div></article>",
            story()
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.author.as_deref(), Some("كلاوديا هيرمان"));
    assert_ne!(a.source.as_deref(), Some("الرئيسية"));
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn k2s_hits_line_and_a_copyrights_six_word_name() {
    let site = "مستشفى الملك فيصل التخصصي ومركز الأبحاث";
    let html = page(
        &format!("<title>{site} | المركز الإعلامي | الأخبار</title>"),
        &format!(
            "<div class=\"itemView\"><h2 class=\"itemTitle\">{HEAD}</h2><div class=\"itemBody\">{}</div>\
             <div class=\"itemContentFooter\"><span class=\"itemHits\">قراءة <b>233</b> مرات</span>\
             <span class=\"itemDateModified\">آخر تعديل في الإثنين, 05 أفريل 2021 14:40</span></div></div>\
             <footer><div class=\"copyright\"><p>جميع الحقوق محفوظة © 2024 {site}</p></div></footer>",
            story()
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.source.as_deref(), Some(site));
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn a_date_among_a_headers_dashed_fields_over_other_stories_dates() {
    let html = page(
        &format!("<title>{HEAD} - عدن بوست</title>"),
        &format!(
            "<div class=\"news\"><h1>{HEAD}</h1>\
             <div class=\"newsinfo\">الثلاثاء 14 مايو 2019 10:40 صباحاً - عدن بوست - خاص</div>\
             <div class=\"newstext\">{}</div></div>\
             <ul class=\"more\"><li><a href=\"/n/1\">خبر آخر عن التدريب</a> <span>(2019-05-09)</span></li></ul>",
            story()
        ),
    );
    assert_eq!(
        load_html(&html).published.as_deref().map(|d| &d[..10]),
        Some("2019-05-14")
    );
}

#[test]
fn a_title_of_the_site_beside_the_pages_kind_over_a_title_cell() {
    let html = page(
        "<title>\n\tجهاز حماية المستهلك - تفاصيل الخبر\n</title>",
        &format!(
            "<table><tr><td class=\"NewsTitle\"><span>{HEAD}</span></td></tr>\
             <tr><td class=\"NewsBody\">{}</td></tr></table>",
            story()
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.title, HEAD);
    assert_eq!(a.source.as_deref(), Some("جهاز حماية المستهلك"));
}

#[test]
fn an_epoch_date_and_a_run_together_date_are_read_as_no_date_and_as_a_day() {
    let html = page(
        &format!(
            "<title>{HEAD}</title><script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"datePublished\":\"1970-01-01T02:00:00+02:00\"}}</script>"
        ),
        &format!(
            "<article><h1>{HEAD}</h1><span class=\"news-date\">الإثنين 17 أكتوبر 2022 | 11:42 ص</span>\
             <div class=\"content\">{}</div></article>",
            story()
        ),
    );
    assert_eq!(
        load_html(&html).published.as_deref().map(|d| &d[..10]),
        Some("2022-10-17")
    );
    let html = page(
        &format!("<title>{HEAD}</title><meta name=\"pubdate\" content=\"20221107\" />"),
        &format!(
            "<article><h1>{HEAD}</h1><div class=\"content\">{}</div></article>",
            story()
        ),
    );
    assert_eq!(load_html(&html).published.as_deref(), Some("2022-11-07"));
}

#[test]
fn a_byline_among_bulleted_fields_and_a_role_before_the_name() {
    let html = page(
        &format!("<title>{HEAD}</title>"),
        &format!(
            "<article><h1>{HEAD}</h1>\
             <div class=\"art-meta\">بقلم ساندرا نعمة &nbsp;•&nbsp; <time datetime=\"2023-05-22\">22 أيار 2023</time></div>\
             <div class=\"content\">{}</div></article>",
            story()
        ),
    );
    assert_eq!(load_html(&html).author.as_deref(), Some("ساندرا نعمة"));
    let html = page(
        &format!("<title>{HEAD}</title>"),
        &format!(
            "<article><h1>{HEAD}</h1>\
             <div class=\"article_auteur\">مبعوث «الشباك» إلى عين دراهم: هشام بوزيدي</div>\
             <div class=\"content\">{}</div></article>",
            story()
        ),
    );
    assert_eq!(load_html(&html).author.as_deref(), Some("هشام بوزيدي"));
}
