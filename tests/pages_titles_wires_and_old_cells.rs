//! Pages whose headline, credit or date the importer misread: a
//! `<title>` that shortens the `<h1>` in words of its own, or that is the
//! site's name alone, or an `og:title` in English over an Arabic `<h1>`;
//! a press contact with its e-mail under the story; Lebanon's wire by the
//! one word it signs with; a wire's dateline with no mark, which stays in
//! the lead; old papers' title cells (`artTitle`, `ntitle`) with a
//! `<title>` that cuts the headline after the site's name, the writer's
//! label run into the date under it, a clock with dotted seconds; other
//! stories' dates beside their links; a headline reworded for sharing;
//! a logo described as the site's logo; a labelled source in the header.

mod support;

use support::copied::{import_text, texts};
use support::page::{load_html, page, paragraphs};

const PARAGRAPHS: [&str; 3] = [
    "أعلنت الشركة عن نجاحها في حفر وإكمال أول بئر أفقية متعددة الأفرع في الحقل، في خطوة تهدف إلى رفع الطاقة الإنتاجية.",
    "وقال نائب الرئيس التنفيذي إن البئر الجديدة تتيح الوصول إلى طبقات لم يكن بالإمكان استغلالها بالآبار التقليدية.",
    "وأضاف أن الشركة تعتزم تعميم التقنية على عدد من الحقول خلال العامين المقبلين ضمن خطتها الاستراتيجية.",
];

#[test]
fn a_title_that_shortens_the_h1_in_its_own_words_gives_way_to_it() {
    let h1 = "شركة النفط الوطنية تنجز حفر أول بئر أفقية متعددة الأفرع في حقل الروضتين";
    let html = page(
        "<title>\n\tنجاح حفر أول بئر أفقية متعددة الأفرع\n</title>",
        &format!(
            "<h1>{h1}</h1><div class=\"news-date\">التاريخ: 24/03/2015</div>{}\
             <div class=\"contact-note\">للاستفسارات الإعلامية: فريق العلاقات العامة والإعلام - هاتف 23881234 - البريد الإلكتروني media@company.com</div>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.title, h1);
    // The press contact under the story, long with its team and address,
    // is no paragraph of it.
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn a_title_of_the_sites_name_alone_gives_way_to_the_h1() {
    let site = "مركز الحقوق والتنمية";
    let h1 = "المركز يحذر من تداعيات تصريف المياه العادمة في البحر بسبب أزمة الكهرباء";
    let html = page(
        &format!(
            "<title>{site}</title>\
             <meta property=\"og:site_name\" content=\"Center for Rights and Development\" />"
        ),
        &format!(
            "<div class=\"post_cat\">بيان صحفي</div><h1 class=\"post_title\">{h1}</h1>\
             <div class=\"post_info\">التاريخ: 14/03/2016</div>{}\
             <div class=\"copyright\">جميع الحقوق محفوظة &copy; {site} 2016</div>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.title, h1);
    // The name in Arabic, as the title and the notice give it, over the
    // Latin one of the metadata.
    assert_eq!(a.source.as_deref(), Some(site));
    assert_eq!(a.published.as_deref(), Some("2016-03-14"));
}

#[test]
fn a_headline_shared_in_english_gives_way_to_the_arabic_h1() {
    let h1 = "الشركة تطلق «أكاديمية رقمية» لتدريب 200 شاب في الأمن السيبراني والحوسبة السحابية";
    let html = page(
        "<title>الشركة | Company</title>\
         <meta property=\"og:title\" content=\"Company Launches Digital Academy to Train 200 Youth\"/>",
        &format!(
            "<h1 class=\"Article_title\">{h1}</h1><time datetime=\"2024-02-07\">7 Feb 2024</time>{}",
            paragraphs(&PARAGRAPHS)
        ),
    );
    assert_eq!(load_html(&html).title, h1);
}

#[test]
fn lebanons_wire_is_credited_by_the_word_it_signs_with() {
    let head = "مؤسسة المياه تعلن خطة طوارئ لتأمين المياه لأحياء المدينة";
    let lead = "أعلنت مؤسسة المياه، في بيان اليوم، عن خطة طوارئ لتأمين المياه إلى أحياء المدينة التي تعاني انقطاعا متكررا.";
    let html = page(
        &format!(
            "<title>{head} - الشرق</title><meta property=\"og:site_name\" content=\"Elshark\" />\
             <meta property=\"article:published_time\" content=\"2022-09-27T06:35:12+00:00\" />"
        ),
        &format!(
            "<h1>{head}</h1><span class=\"post-meta-author\"><a href=\"/author/admin/\">admin</a></span>\
             <p>وطنية – {lead}</p>{}",
            paragraphs(&PARAGRAPHS[1..])
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.source.as_deref(), Some("وطنية"));
    assert_eq!(a.author, None);
    assert_eq!(texts(&a)[0], lead);
}

#[test]
fn a_wires_dateline_with_no_mark_stays_in_the_lead_of_a_page() {
    let head = "المركز يوزع 1,860 حصة من لحوم الأضاحي في محافظة عكار";
    let lead = "عكار 14 ذو الحجة 1445 هـ الموافق 20 يونيو 2024 م واس\n وزّع المركز 1,860 حصة من لحوم الأضاحي في بلدات المحافظة، استفاد منها أكثر من 11 ألف فرد.";
    let html = page(
        &format!(
            "<title>{head}</title><meta property=\"og:site_name\" content=\"مركز الملك سلمان للإغاثة والأعمال الإنسانية\" />"
        ),
        &format!(
            "<span class=\"date-badge\"><i class=\"far fa-calendar-alt\"></i> 20 يونيو 2024</span>\
             <h1>{head}</h1><div class=\"news-body\"><p>{lead}</p>{}</div>",
            paragraphs(&PARAGRAPHS[1..])
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.source.as_deref(), Some("واس"));
    assert!(
        texts(&a)[0].starts_with("عكار 14 ذو الحجة 1445 هـ الموافق 20 يونيو 2024 م واس وزّع"),
        "{:?}",
        texts(&a)
    );
}

#[test]
fn a_wires_dateline_with_no_mark_stays_in_the_lead_of_a_copy() {
    let lead = "الرياض 20 ربيع الأول 1446 هـ الموافق 23 سبتمبر 2024 م واس توقع المركز الوطني للأرصاد هطول أمطار رعدية متوسطة إلى غزيرة على عدد من المناطق.";
    let text = format!(
        "الأرصاد: أمطار رعدية ورياح نشطة على 6 مناطق وتنبيهات للسكان\n{lead}\n{}\n",
        PARAGRAPHS[1..].join("\n")
    );
    let a = import_text(&text);
    assert_eq!(a.source.as_deref(), Some("واس"));
    assert_eq!(texts(&a)[0], lead);
}

/// An old paper's page in a table: its title cell (`class`), the
/// `<title>` with the site's name, and the cells under the headline.
fn old_paper(class: &str, title: &str, headline: &str, under: &str, after: &str) -> String {
    page(
        &format!("<title>{title}</title>"),
        &format!(
            "<table><tr><td><a href=\"/default.asp\">الرئيسية</a> &gt; <a href=\"/section.asp?cat=2\">محليات</a></td></tr>\
             <tr><td class=\"{class}\">{headline}</td></tr><tr><td class=\"ninfo\">{under}</td></tr>\
             <tr><td class=\"ntext\">{}</td></tr></table>{after}",
            paragraphs(&PARAGRAPHS)
        ),
    )
}

#[test]
fn an_art_title_cell_shows_whole_what_the_title_cuts_after_the_sites_name() {
    let headline = "«البلدي» يوافق على تخصيص موقع لسوق شعبي في الجهراء بمساحة 40 ألف متر مربع";
    let html = old_paper(
        "artTitle",
        "الوسط - «البلدي» يوافق على تخصيص موقع لسوق شعبي في الجهراء",
        headline,
        "طباعة | أرسل لصديق | عدد القراءات: 1126",
        // Other stories, each dated beside its link: not this one's date.
        "<table><tr><td class=\"txt\">&#8226; <a href=\"/news.asp?id=68102\">«البلدي» يرفض طلب إقامة محطة وقود في الواحة</a> \
         <span class=\"small\">(08/11/2009)</span></td></tr></table>",
    );
    let a = load_html(&html);
    assert_eq!(a.title, headline);
    assert_eq!(a.published, None);
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn an_ntitle_cell_and_a_writers_label_run_into_the_date_under_it() {
    let headline = "أسعار القمح تواصل الارتفاع.. وكيس الدقيق يقترب من 7 آلاف ريال";
    let html = old_paper(
        "ntitle",
        "الأهالي نت | أسعار القمح تواصل الارتفاع..",
        headline,
        "\n    كتب/ عبدالرقيب الحميري<br>\n    الأربعاء 16 أبريل-نيسان 2008 الساعة 10:25 ص &nbsp;|&nbsp; قراءات: 2341\n  ",
        "",
    );
    let a = load_html(&html);
    assert_eq!(a.title, headline);
    assert_eq!(a.author.as_deref(), Some("عبدالرقيب الحميري"));
    assert!(
        a.published
            .as_deref()
            .is_some_and(|d| d.starts_with("2008-04-16"))
    );
}

#[test]
fn a_date_line_with_a_clock_in_dotted_seconds_dates_the_story() {
    let headline = "ندوة في روما حول دور الشباب في بناء ثقافة الحوار بين الأديان";
    let html = old_paper(
        "titolo",
        headline,
        headline,
        "12/05/2011 14.23.05",
        "<table><tr><td><a href=\"/ara/2.asp\">لقاء حول الحوار بين الثقافات في جامعة روما</a>&nbsp;<span class=\"data\">02/05/2011</span></td></tr></table>",
    );
    assert_eq!(load_html(&html).published.as_deref(), Some("2011-05-12"));
}

#[test]
fn a_headline_reworded_for_sharing_gives_way_to_the_one_the_page_shows() {
    let h1 = "تونس: يجب الإفراج عن ثلاثة ناشطين بيئيين احتُجزوا بسبب احتجاج سلمي في قابس";
    let html = page(
        &format!(
            "<title>{h1} - منظمة العفو الدولية</title>\
             <meta property=\"og:title\" content=\"تونس: أفرجوا عن ناشطي قابس البيئيين\" />"
        ),
        &format!(
            "<a class=\"logo\" href=\"/ar/\"><img class=\"logo-logotype\" src=\"/logo-ar.svg\" alt=\"شعار منظمة العفو الدولية\"></a>\
             <h1 class=\"article-title\">{h1}</h1><time datetime=\"2023-09-14\">14 سبتمبر 2023</time>{}",
            paragraphs(&PARAGRAPHS)
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.title, h1);
    // The logo's picture described (`شعار …`, the logo of …) names the
    // site after its word.
    assert_eq!(a.source.as_deref(), Some("منظمة العفو الدولية"));
}

#[test]
fn a_labelled_source_in_the_header_names_the_body_over_the_site() {
    let head = "الدفاع المدني يدعو إلى الحيطة والحذر مع توقعات باستمرار الأمطار الرعدية";
    let html = |source: &str| {
        page(
            &format!(
                "<title>{head}</title><meta property=\"og:site_name\" content=\"وزارة الداخلية\" />"
            ),
            &format!(
                "<h1 class=\"news-title\">{head}</h1><div class=\"news-meta\">\
                 <span class=\"news-date\">17 نوفمبر 2019م</span>\
                 <span class=\"news-source\"><i class=\"icon-building\"></i> المصدر: {source}</span></div>{}",
                paragraphs(&PARAGRAPHS)
            ),
        )
    };
    let a = load_html(&html("المديرية العامة للدفاع المدني"));
    assert_eq!(a.source.as_deref(), Some("المديرية العامة للدفاع المدني"));
    // So does a media office that names no body: the office that put the
    // story out, as the page gives it.
    let a = load_html(&html("إدارة العلاقات العامة والإعلام"));
    assert_eq!(a.source.as_deref(), Some("إدارة العلاقات العامة والإعلام"));
}
