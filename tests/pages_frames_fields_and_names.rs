//! Pages whose headline, source or story the importer misread: a news
//! theme's main frame named for its sidebar's side; an `og:title` of the
//! site's name over the `<h1>`; a press release saved from a word
//! processor, its headline set in the largest type, its reference number
//! and hour over it and the body's address under a call to contact it;
//! a `<title>` of the site then the headline, which Readability cuts to
//! the site's name; an `og:title` cut short after the `<h1>`'s opening;
//! a media office as the author; a "last updated" line under the story;
//! an old page's masthead in large type, its trail from the home page,
//! its buttons in brackets and its earlier news with their dates; a
//! trail through the site's sections and buttons set apart by a dash; a
//! release's box about its body; a column's disclaimer; a body's other
//! activities, each dated on a line of its own.

mod support;

use support::copied::texts;
use support::page::{load_html, page, paragraphs};

const PARAGRAPHS: [&str; 3] = [
    "أعلنت وزارة الموارد المائية اليوم إطلاق دفعات مائية إضافية نحو الأهوار في محاولة لتعويض النقص الحاد منذ مطلع الصيف.",
    "وذكر بيان للوزارة أن الإطلاقات ستستمر ثلاثة أسابيع بالتنسيق مع مديرية الموارد المائية في المحافظة وفق الإيرادات.",
    "وقال مدير الموارد المائية في المحافظة إن مناسيب المياه انخفضت إلى أدنى مستوى منذ سنوات في بعض المقاطع.",
];

#[test]
fn a_main_frame_named_for_its_sidebars_side_holds_the_story() {
    let h1 = "الموارد المائية تطلق دفعات جديدة نحو الأهوار وسط نفوق مئات الجواميس";
    let html = page(
        "<title>قناة النهرين</title>",
        &format!(
            "<div class=\"jeg_main jeg_sidebar_left\"><div class=\"jeg_main_content\">\
             <h1 class=\"jeg_post_title\">{h1}</h1>\
             <div class=\"entry-content\"><div class=\"content-inner\">{}</div></div></div>\
             <div class=\"jeg_sidebar\"><h3>الأكثر قراءة</h3><a href=\"/x\">خبر آخر عن الطقس</a></div></div>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.title, h1);
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn an_og_title_of_the_sites_name_gives_way_to_the_h1() {
    let h1 = "«المصرف» يطلق حملة «رمضان الخير» لتوزيع ستين ألف وجبة إفطار صائم";
    let html = page(
        "<title>المصرف يطلق حملة رمضان الخير</title>\
         <meta property=\"og:title\" content=\"مصرف الواحة الإسلامي\">",
        &format!(
            "<a class=\"logo\" href=\"/\"><img src=\"logo.png\" alt=\"مصرف الواحة الإسلامي\"></a>\
             <h1 class=\"news-title\">{h1}</h1><div class=\"news-body\">{}</div>\
             <div class=\"copyright\">جميع الحقوق محفوظة © مصرف الواحة الإسلامي 2023</div>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.title, h1);
    assert_eq!(a.source.as_deref(), Some("مصرف الواحة الإسلامي"));
}

#[test]
fn a_word_processors_release_its_largest_line_the_headline_and_its_fields_gone() {
    let headline = "المركز يحذر من كارثة إنسانية وشيكة جراء استمرار انقطاع الكهرباء والمياه";
    let p = |size: &str, text: &str| {
        format!(
            "<p class=MsoNormal dir=RTL><span lang=AR-SA style='font-size:{size};font-family:Tahoma'>{text}<o:p></o:p></span></p>\n"
        )
    };
    let mut body = String::from("<div class=Section1 dir=RTL>");
    body += &p("16.0pt", "بيان صحفي");
    body += &p("12.0pt", "الرقم المرجعي: 72/2006");
    body += &p("12.0pt", "التاريخ: 18 تموز/ يوليو 2006");
    body += &p("12.0pt", "الوقت: 11:30 بتوقيت غزة");
    body += &p("18.0pt", headline);
    for para in PARAGRAPHS {
        body += &p("14.0pt", para);
    }
    body += &p(
        "10.0pt",
        "للمزيد من المعلومات الرجاء الاتصال بمركز الحقوق في غزة",
    );
    body += &p(
        "10.0pt",
        "غزة - شارع عمر المختار - بالقرب من مفترق الشوا ص.ب: 1328",
    );
    body += &p("10.0pt", "Tel: +972 8 2824776 Fax: +972 8 2824777");
    body += "</div>";
    let html = page(
        "<meta name=Generator content=\"Microsoft Word 11\"><title>مركز الحقوق</title>",
        &body,
    );
    let a = load_html(&html);
    assert_eq!(a.title, headline);
    assert_eq!(a.published.as_deref(), Some("2006-07-18"));
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn a_title_of_the_site_then_the_headline_under_the_sites_own_h1() {
    let headline =
        "عمال «النسيج» يواصلون اعتصامهم لليوم الثاني عشر.. والمركز يقيم دعوى لصرف أجورهم";
    let html = page(
        &format!("<title>مركز القاهرة للحقوق الاقتصادية والاجتماعية  &raquo; {headline}</title>"),
        &format!(
            "<h1 class=\"site-title\"><a href=\"/\">مركز القاهرة للحقوق الاقتصادية والاجتماعية</a></h1>\
             <div class=\"post\"><h1 class=\"entry-title\"><a href=\"/?p=1\">{headline}</a></h1>\
             <div class=\"entry\">{}</div></div>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.title, headline);
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn a_shared_title_cut_short_gives_way_to_the_h1_and_names_the_site() {
    let h1 = "طيران الواحة تضيف أنطاليا وطرابزون وسالزبورغ إلى وجهاتها الصيفية لعام 2024";
    let short = "طيران الواحة تضيف ثلاث وجهات صيفية جديدة";
    let html = page(
        &format!(
            "<title>{short} | طيران الواحة</title>\
             <meta property=\"og:title\" content=\"{short}\">"
        ),
        &format!(
            "<h1 class=\"cmp-title__text\">{h1}</h1><div class=\"text\">{}</div>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.title, h1);
    assert_eq!(a.source.as_deref(), Some("طيران الواحة"));
}

#[test]
fn a_media_office_as_the_author_is_the_source_and_an_update_line_leaves() {
    let html = page(
        "<title>النادي الساحلي يفوز وديا</title>",
        &format!(
            "<h1 class=\"entry-title\">النادي الساحلي يتغلب على ضيفه وديا بثلاثية استعدادا للموسم الجديد</h1>\
             <div class=\"entry-meta\"><span class=\"author vcard\"><a href=\"/author/media\">المركز الإعلامي للنادي الساحلي</a></span>\
             <time datetime=\"2023-09-21T19:40:12+00:00\">21 سبتمبر 2023</time></div>\
             <div class=\"entry-content\">{}</div>\
             <div class=\"node__updated\">آخر تحديث: 23 سبتمبر 2023</div>\
             <div class=\"field__label\">تحميل</div>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("المركز الإعلامي للنادي الساحلي"));
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn an_old_pages_masthead_in_large_type_its_trail_buttons_and_earlier_news_leave() {
    let headline = "المكتب السياسي يطالب بإشراك القوى السياسية في المفاوضات ويحذر من اتفاق ثنائي";
    let html = page(
        "<title>حزب النهضة الوطني :: الأخبار</title>",
        &format!(
            "<table><tr><td><font size=\"7\"><b>حـــزب النهضـــة الوطنـــي</b></font></td></tr>\
             <tr><td><font size=\"1\"><a href=\"index.htm\">الرئيسية</a> &gt; <a href=\"akhbar.htm\">الأخبار</a></font>\
             <p align=\"center\"><font size=\"5\"><b>{headline}</b></font></p>\
             <p><font size=\"2\">الأحد 16 أبريل 2006م</font></p>\
             {}\
             <p align=\"center\"><font size=\"2\">[ <a href=\"javascript:window.print()\">طباعة الخبر</a> ] &nbsp; \
             [ <a href=\"send.htm\">أرسل لصديق</a> ] &nbsp; [ <a href=\"akhbar.htm\">عودة للأخبار</a> ]</font></p>\
             <p><b>أخبار سابقة:</b></p><ul>\
             <li><a href=\"a.htm\">الحزب يرحب بتمديد مهلة المفاوضات</a> <font>(12/4/2006)</font></li>\
             <li><a href=\"b.htm\">وفد من الحزب يزور معسكرات النازحين</a> <font>(8/4/2006)</font></li></ul>\
             </td></tr></table>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    let a = load_html(&html);
    assert_eq!(a.title, headline);
    assert_eq!(texts(&a), PARAGRAPHS);
}

#[test]
fn a_trail_through_sections_and_buttons_set_apart_by_a_dash_leave() {
    let html = page(
        "<title>أخبار الواحة</title>",
        &format!(
            "<table><tr><td><font size=\"2\"><a href=\"/news\">أخبار</a> &gt; <a href=\"/eco\">اقتصاد</a></font><br>\
             <font size=\"5\"><b>الحكومة تخصص مليار دينار لمشروعات الإسكان خلال عامين</b></font><br>\
             <font size=\"2\">الخميس 8 نوفمبر 2007م</font>\
             {}\
             <font size=\"2\"><a href=\"print.htm\">نسخة للطباعة</a> - <a href=\"send.htm\">أرسل لصديق</a></font>\
             </td></tr></table>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    assert_eq!(texts(&load_html(&html)), PARAGRAPHS);
}

#[test]
fn a_releases_box_about_its_body_leaves() {
    let html = page(
        "<title>شركة الواحة تطلق برنامجا لتأهيل الشباب</title>",
        &format!(
            "<h1>شركة الواحة تطلق برنامجا لتأهيل خمسة آلاف شاب وشابة في المهارات الرقمية</h1>\
             <div class=\"article-body\">{}<h3>نبذة عن شركة الواحة</h3>\
             <p>تأسست شركة الواحة عام 1998 وتعمل في مجالات الاتصالات والخدمات الرقمية في عدد من دول المنطقة.</p></div>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    assert_eq!(texts(&load_html(&html)), PARAGRAPHS);
}

#[test]
fn a_disclaimer_notes_to_editors_and_other_activities_with_their_days_leave() {
    let html = page(
        "<title>الرئيس يستقبل وزيرة الفلاحة</title>",
        &format!(
            "<h1>الرئيس يستقبل وزيرة الفلاحة والموارد المائية والصيد البحري</h1>\
             <div class=\"article-body\">{}\
             <p>تُعبّر الآراء الواردة في هذا المقال عن وجهة نظر كاتبيه فقط، ولا تعكس بالضرورة مواقف المؤسسة.</p></div>\
             <h2>أنشطة أخرى</h2><div class=\"view-content\">\
             <div class=\"views-row\"><time datetime=\"2021-01-12T23:00:00Z\">13 جانفي 2021</time>\
             <a href=\"/a\">الرئيس يشرف على اجتماع مجلس الأمن القومي</a></div>\
             <div class=\"views-row\"><time datetime=\"2021-01-11T23:00:00Z\">12 جانفي 2021</time>\
             <a href=\"/b\">الرئيس يستقبل رئيس الحكومة</a></div></div>",
            paragraphs(&PARAGRAPHS)
        ),
    );
    assert_eq!(texts(&load_html(&html)), PARAGRAPHS);
}
