use super::*;
use crate::article::Block;
use crate::layout::Direction;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/data/feeds/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn texts(a: &Article) -> Vec<&str> {
    a.body.iter().map(Block::text).collect()
}

#[test]
fn rss2_items_become_articles_with_their_own_fields() {
    let articles = parse(&fixture("rss2.xml"), None, None).unwrap();
    assert_eq!(articles.len(), 3);
    let bridge = &articles[0];
    assert_eq!(
        bridge.title,
        "افتتاح جسر جديد على النهر يختصر الطريق إلى المدينة"
    );
    assert_eq!(bridge.author.as_deref(), Some("سلمى العطار"));
    assert_eq!(bridge.source.as_deref(), Some("صحيفة الوادي - آخر الأخبار"));
    // RFC 2822 with an offset, as an ISO 8601 instant.
    assert_eq!(
        bridge.published.as_deref(),
        Some("2026-11-30T08:15:00+03:00")
    );
    assert_eq!(bridge.lang.as_deref(), Some("ar"));
    assert_eq!(bridge.dir, Direction::Rtl);
    assert_eq!(bridge.tags, ["محليات", "نقل"]);
    // The link stays percent-encoded, as the feed wrote it.
    assert_eq!(
        bridge.url.as_deref(),
        Some(
            "https://www.alwadi-news.example/%D9%85%D8%AD%D9%84%D9%8A%D8%A7%D8%AA/%D8%A7%D9%81%D8%AA%D8%AA%D8%A7%D8%AD-%D8%AC%D8%B3%D8%B1-%D8%AC%D8%AF%D9%8A%D8%AF"
        )
    );
    // The full content, not the one-line description; no script text.
    let body = texts(bridge);
    assert!(
        body[0].starts_with("افتتحت بلدية الوادي صباح اليوم الاثنين"),
        "{body:?}"
    );
    assert!(body[0].contains("عشر دقائق"), "{body:?}");
    assert!(
        bridge.body.contains(&Block::Heading("كلفة المشروع".into())),
        "{body:?}"
    );
    assert!(
        body.iter().any(|t| t.contains("12\u{a0}مليون دينار")),
        "{body:?}"
    );
    assert!(
        body.iter()
            .all(|t| !t.contains("إعلان") && !t.contains("var ad")),
        "{body:?}"
    );
    assert_eq!(
        body.last(),
        Some(&"وقال رئيس البلدية إن العمل سيبدأ الشهر المقبل على جسر ثانٍ.")
    );
    // The link inside the content is kept with its block.
    let link = &bridge.links[0];
    assert_eq!(&body[link.block][link.start..link.end], "بيان البلدية");
    assert_eq!(
        percent_decode(&link.url),
        "https://www.alwadi-news.example/البلدية"
    );
}

#[test]
fn rss2_summary_only_items_and_plain_text_descriptions() {
    let articles = parse(&fixture("rss2.xml"), None, None).unwrap();
    let prices = &articles[1];
    assert_eq!(texts(prices).len(), 2, "{:?}", texts(prices));
    assert!(texts(prices)[0].contains("بين 10 و25 في المئة"));
    assert_eq!(
        prices.published.as_deref(),
        Some("2026-11-29T19:02:11+03:00")
    );
    let cup = &articles[2];
    assert_eq!(cup.dir, Direction::Rtl, "the feed says ar");
    assert_eq!(
        texts(cup),
        [
            "Al-Wadi beat the holders 2-1 in the semi-final.",
            "The final is played next Friday."
        ]
    );
}

#[test]
fn ids_come_from_guids_then_links_and_are_readable() {
    let articles = parse(&fixture("rss2.xml"), None, None).unwrap();
    let ids: Vec<&str> = articles.iter().map(|a| a.id.as_str()).collect();
    assert!(ids[0].starts_with("alwadi-48213-"), "{ids:?}");
    assert!(
        ids[1].starts_with("alwadi-news-example-اقتصاد-48207-"),
        "{ids:?}"
    );
    assert!(
        ids[2].starts_with("alwadi-news-example-sport-cup-final-"),
        "{ids:?}"
    );
    // Parsing again gives the same ids.
    let again = parse(&fixture("rss2.xml"), None, None).unwrap();
    assert_eq!(ids, again.iter().map(|a| a.id.as_str()).collect::<Vec<_>>());
}

#[test]
fn atom_entries_with_html_content_and_relative_links() {
    let articles = parse(&fixture("atom.xml"), None, None).unwrap();
    assert_eq!(articles.len(), 2);
    let boats = &articles[0];
    assert_eq!(boats.title, "الصيادون يعودون إلى الميناء القديم");
    assert_eq!(boats.author.as_deref(), Some("مروان حداد"));
    assert_eq!(boats.source.as_deref(), Some("مدونة الساحل"));
    assert_eq!(
        boats.published.as_deref(),
        Some("2026-11-30T06:30:00+02:00")
    );
    assert_eq!(boats.lang.as_deref(), Some("ar"));
    assert_eq!(
        boats.url.as_deref(),
        Some(
            "https://sahel.example/2026/11/%D8%A7%D9%84%D8%B5%D9%8A%D8%A7%D8%AF%D9%88%D9%86-%D9%8A%D8%B9%D9%88%D8%AF%D9%88%D9%86"
        )
    );
    assert_eq!(texts(boats).len(), 2);
    assert!(texts(boats)[1].contains("أوسع وأكثر أماناً"));
    assert_eq!(boats.links.len(), 1);
    let sardine = &articles[1];
    // Only `updated`: that is its date. A summary is its body.
    assert_eq!(
        sardine.published.as_deref(),
        Some("2026-11-27T18:00:00+00:00")
    );
    assert_eq!(texts(sardine), ["بدأ موسم السردين مبكراً هذا العام."]);
    assert_eq!(
        sardine.url.as_deref(),
        Some("https://sahel.example/2026/11/sardine")
    );
    assert!(
        sardine.id.starts_with("tag-sahel-example-2026-post-305-"),
        "{}",
        sardine.id
    );
}

#[test]
fn rss1_and_json_feed() {
    let rdf = parse(&fixture("rss1.rdf"), None, None).unwrap();
    assert_eq!(rdf.len(), 2);
    assert_eq!(rdf[0].title, "الثلوج تغلق طريق القرى العليا");
    assert_eq!(rdf[0].author.as_deref(), Some("نادر سليمان"));
    assert_eq!(rdf[0].source.as_deref(), Some("نشرة الجبل"));
    assert_eq!(
        rdf[0].url.as_deref(),
        Some("https://jabal.example/news/snow-road")
    );
    assert_eq!(
        rdf[0].published.as_deref(),
        Some("2026-11-29T05:20:00+02:00")
    );
    assert_eq!(
        texts(&rdf[1]),
        ["قطف المزارعون معظم محصول الزيتون هذا الأسبوع."]
    );

    let json = parse(&fixture("feed.json"), None, None).unwrap();
    assert_eq!(json.len(), 2);
    assert_eq!(json[0].title, "برنامج الصباح يحتفل بعامه العاشر");
    assert_eq!(json[0].author.as_deref(), Some("ليلى منصور"));
    assert_eq!(json[0].source.as_deref(), Some("راديو المدينة"));
    assert_eq!(json[0].tags, ["برامج", "إذاعة"]);
    assert_eq!(texts(&json[0]).len(), 2, "content_html, not the summary");
    assert!(
        json[0].id.starts_with("radio-madina-example-برامج-صباح-"),
        "{}",
        json[0].id
    );
    assert_eq!(
        texts(&json[1]).len(),
        2,
        "content_text split at its blank line"
    );
    assert!(json[1].id.starts_with("radio-1187-"), "{}", json[1].id);
    assert!(is_json_feed(&fixture("feed.json")));
    assert!(!is_json_feed(
        br#"{"title": "x", "body": "jsonfeed.org/version/1"}"#
    ));
}

#[test]
fn a_windows_1256_feed_is_decoded() {
    let mut doc =
        b"<?xml version=\"1.0\" encoding=\"windows-1256\"?>\n<rss version=\"2.0\"><channel><title>"
            .to_vec();
    // "أخبار" and "خبر" in Windows-1256.
    doc.extend_from_slice(b"\xc3\xce\xc8\xc7\xd1</title><item><title>\xce\xc8\xd1</title><guid>g1</guid></item></channel></rss>");
    let articles = parse(&doc, None, None).unwrap();
    assert_eq!(articles[0].title, "خبر");
    assert_eq!(articles[0].source.as_deref(), Some("أخبار"));
}

#[test]
fn entries_without_titles_or_links_still_get_stable_ids() {
    let doc = r#"<rss version="2.0"><channel><title>t</title>
        <item><description>&lt;p&gt;خبر عاجل بلا عنوان يصل من المراسل في المدينة الآن وبعد قليل المزيد من التفاصيل&lt;/p&gt;</description><pubDate>Mon, 30 Nov 2026 08:00:00 GMT</pubDate></item>
        <item><title></title></item>
        </channel></rss>"#;
    let articles = parse(doc.as_bytes(), None, None).unwrap();
    assert_eq!(articles.len(), 1, "the empty item is not an article");
    assert_eq!(
        articles[0].title,
        "خبر عاجل بلا عنوان يصل من المراسل في المدينة الآن وبعد قليل…"
    );
    assert_eq!(
        articles[0].id,
        parse(doc.as_bytes(), None, None).unwrap()[0].id
    );
}

#[test]
fn bad_feeds_are_errors_that_say_why() {
    let cases: [(&[u8], &str); 6] = [
        (
            b"<rss version=\"2.0\"><channel><title>t</title></channel></rss>",
            "the feed has no entries",
        ),
        (
            b"<rss version=\"2.0\"><channel><item><title>x</title>",
            "truncated",
        ),
        (b"", "not a feed: the file is empty"),
        (b"\x00\x01\x02binary", "binary data"),
        (b"<html><p>page</p></html>", "root element is <html>"),
        (br#"{"version": "1", "items": []}"#, "not a feed"),
    ];
    for (bytes, wanted) in cases {
        let err = parse(bytes, None, None).unwrap_err();
        assert!(err.message.contains(wanted), "{wanted:?}: {err:?}");
    }
}

#[test]
fn arabic_publication_dates_are_read() {
    let doc = "<rss version=\"2.0\"><channel><title>t</title>\
        <item><title>خبر</title><guid>g</guid><pubDate>الاثنين ٣٠ نوفمبر ٢٠٢٦ - 08:15</pubDate></item>\
        <item><title>خبر آخر</title><guid>h</guid><pubDate>غدا</pubDate></item>\
        </channel></rss>";
    let articles = parse(doc.as_bytes(), None, None).unwrap();
    assert_eq!(articles[0].published.as_deref(), Some("2026-11-30T08:15"));
    assert_eq!(articles[1].published, None);
}

/// Cut anywhere before its end, a feed is an error (never fewer entries
/// passed off as the whole feed, never a panic); cut after, it is whole.
#[test]
fn every_cut_of_a_feed_is_an_error_until_its_root_closes() {
    let whole = fixture("rss2.xml");
    let closed = memchr::memmem::rfind(&whole, b"</rss>").unwrap() + b"</rss>".len();
    for cut in (0..whole.len()).step_by(7).chain(closed - 1..whole.len()) {
        let result = parse(&whole[..cut], None, None);
        if cut < closed {
            assert!(
                result.is_err(),
                "cut at {cut} gave {:?}",
                result.map(|a| a.len())
            );
        } else {
            assert_eq!(result.map(|a| a.len()), Ok(3), "cut at {cut}");
        }
    }
}

#[test]
fn an_author_field_that_trips_the_feed_parser_is_read_with_the_address_set_apart() {
    // The parser cuts the name off an `email` in guillemets one byte before
    // the address, inside the two-byte «, and panics: the feed is read
    // again with the address set apart, the writer named without it.
    let feed = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
        <rss version=\"2.0\"><channel><title>صحيفة الوادي</title>\
        <item><title>خبر</title><link>https://alwadi-news.example/1</link>\
        <author>قسم الاقتصاد والأعمال «news@alwadi-news.example»</author>\
        <description>نص الخبر.</description></item></channel></rss>";
    let articles = parse(feed.as_bytes(), None, None).unwrap();
    assert_eq!(articles.len(), 1);
    assert_eq!(articles[0].author.as_deref(), Some("قسم الاقتصاد والأعمال"));
}
