//! Feeds (RSS 2.0, RSS 1.0, Atom, JSON Feed) imported, listed and checked
//! as a user would: every entry once, again only the new ones, bad feeds
//! reported with nothing written.

mod support;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use support::cli::{files_in, json, library_files, output_within_a_minute, qari_at_home, text};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/feeds");

fn fixture(name: &str) -> PathBuf {
    Path::new(FIXTURES).join(name)
}

/// qari with its library, state and config in `dir`, and the arguments.
fn qari(dir: &Path, args: &[&std::ffi::OsStr]) -> Command {
    let mut cmd = qari_at_home(dir);
    cmd.args(files_in(dir)).args(args);
    cmd
}

fn import(dir: &Path, feeds: &[&Path]) -> Output {
    let mut args: Vec<&std::ffi::OsStr> = vec!["import".as_ref()];
    args.extend(feeds.iter().map(|p| p.as_os_str()));
    output_within_a_minute(qari(dir, &args))
}

#[test]
fn every_entry_of_each_format_is_imported_once() {
    let dir = tempfile::tempdir().unwrap();
    let feeds = ["rss2.xml", "atom.xml", "rss1.rdf", "feed.json"].map(fixture);
    let out = import(dir.path(), &feeds.each_ref().map(PathBuf::as_path));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let files = library_files(dir.path());
    assert_eq!(files.len(), 3 + 2 + 2 + 2, "{:?}", files.keys());
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("rss2.xml: 3 new articles, 0 already in"),
        "{stdout}"
    );
    assert!(
        stdout.contains("feed.json: 2 new articles, 0 already in"),
        "{stdout}"
    );

    let by_title: BTreeMap<String, serde_json::Value> = files
        .values()
        .map(|b| json(b))
        .map(|v| (v["title"].as_str().unwrap().to_owned(), v))
        .collect();
    let bridge = &by_title["افتتاح جسر جديد على النهر يختصر الطريق إلى المدينة"];
    assert_eq!(bridge["source"], "صحيفة الوادي - آخر الأخبار");
    assert_eq!(bridge["author"], "سلمى العطار");
    assert_eq!(bridge["published"], "2026-11-30T08:15:00+03:00");
    let url = bridge["url"].as_str().unwrap();
    assert_eq!(
        support::percent::decode(url),
        "https://www.alwadi-news.example/محليات/افتتاح-جسر-جديد"
    );
    assert!(url.is_ascii(), "the stored link stays a valid URL: {url}");
    assert_eq!(bridge["body"][1]["heading"], "كلفة المشروع");
    let sardine = &by_title["موسم السردين"];
    assert_eq!(sardine["url"], "https://sahel.example/2026/11/sardine");
    assert_eq!(sardine["source"], "مدونة الساحل");
    assert_eq!(
        by_title["برنامج الصباح يحتفل بعامه العاشر"]["author"],
        "ليلى منصور"
    );
    assert_eq!(
        by_title["الثلوج تغلق طريق القرى العليا"]["source"],
        "نشرة الجبل"
    );

    // The written files load back as the same articles.
    let listed = output_within_a_minute(qari(dir.path(), &["list".as_ref(), "--json".as_ref()]));
    let listed = json(&listed.stdout);
    assert_eq!(listed.as_array().unwrap().len(), 9);
}

#[test]
fn importing_again_adds_only_new_entries_and_touches_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    let feed = dir.path().join("news.xml");
    let original = fs::read_to_string(fixture("rss2.xml")).unwrap();
    fs::write(&feed, &original).unwrap();
    assert!(import(dir.path(), &[&feed]).status.success());
    let before = library_files(dir.path());
    assert_eq!(before.len(), 3);

    // The same feed again: nothing new, nothing rewritten, success.
    let out = import(dir.path(), &[&feed]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("news.xml: 0 new articles, 3 already in"),
        "{}",
        text(&out.stdout)
    );
    assert_eq!(library_files(dir.path()), before);

    // The site publishes a new item at the top of the feed.
    let item = "<item><title>مباراة الإياب تقام في ملعب المدينة</title>\
        <link>https://www.alwadi-news.example/%D8%B1%D9%8A%D8%A7%D8%B6%D8%A9/48230</link>\
        <guid isPermaLink=\"false\">alwadi-48230</guid>\
        <pubDate>Mon, 30 Nov 2026 12:00:00 +0300</pubDate>\
        <description><![CDATA[<p>تقام مباراة الإياب يوم الجمعة.</p>]]></description></item>";
    let updated = original.replacen("<item>", &format!("{item}\n    <item>"), 1);
    fs::write(&feed, updated).unwrap();
    let out = import(dir.path(), &[&feed]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("news.xml: 1 new article, 3 already in"),
        "{}",
        text(&out.stdout)
    );
    let after = library_files(dir.path());
    assert_eq!(after.len(), 4);
    for (name, bytes) in &before {
        assert_eq!(after.get(name), Some(bytes), "{name} changed");
    }
    let new: Vec<_> = after.keys().filter(|k| !before.contains_key(*k)).collect();
    assert!(new[0].starts_with("alwadi-48230-"), "{new:?}");
    assert_eq!(
        json(&after[new[0]])["title"],
        "مباراة الإياب تقام في ملعب المدينة"
    );
}

#[test]
fn an_entry_repeated_within_a_feed_is_written_once() {
    let dir = tempfile::tempdir().unwrap();
    let feed = dir.path().join("twice.rss");
    let item = "<item><title>خبر</title><guid>https://example.net/1</guid><description>نص</description></item>";
    fs::write(
        &feed,
        format!("<rss version=\"2.0\"><channel><title>t</title>{item}{item}</channel></rss>"),
    )
    .unwrap();
    let out = import(dir.path(), &[&feed]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(library_files(dir.path()).len(), 1);
    assert!(text(&out.stdout).contains("1 new article, 1 already in"));
}

/// Each bad feed: exit status 1, a message naming the file, no article
/// written and the library's files untouched.
#[test]
fn bad_feeds_are_reported_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library");
    fs::create_dir(&library).unwrap();
    fs::write(
        library.join("kept.json"),
        "{\"title\": \"قديم\", \"body\": \"نص\"}",
    )
    .unwrap();
    let before = library_files(dir.path());
    let secret = dir.path().join("secret.txt");
    fs::write(&secret, "SECRET-PASSWORD-TEXT").unwrap();

    let laughs = {
        let mut dtd = String::from("<!ENTITY lol \"lol\">\n");
        for i in 1..10 {
            let prev = if i == 1 {
                "lol".to_owned()
            } else {
                format!("lol{}", i - 1)
            };
            dtd.push_str(&format!(
                "<!ENTITY lol{i} \"{}\">\n",
                format!("&{prev};").repeat(10)
            ));
        }
        format!(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n{dtd}]>\n<rss version=\"2.0\"><channel><title>t</title><item><title>&lol9;</title></item></channel></rss>"
        )
    };
    let xxe = format!(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \"file://{}\">]>\n<rss version=\"2.0\"><channel><title>t</title><item><title>&x;</title></item></channel></rss>",
        secret.display()
    );
    let whole = fs::read_to_string(fixture("atom.xml")).unwrap();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "empty.xml",
            b"<rss version=\"2.0\"><channel><title>t</title></channel></rss>".to_vec(),
            ": the feed has no entries",
        ),
        (
            "cut.atom",
            whole.as_bytes()[..whole.len() / 2].to_vec(),
            ":15:2: truncated: the file ends before the feed is closed",
        ),
        // The first declaration is a harmless literal; the second refers to it.
        ("laughs.xml", laughs.into_bytes(), ":4:1: the document type declares XML entities"),
        ("xxe.xml", xxe.into_bytes(), ":2:16: the document type declares XML entities"),
        ("image.xml", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01".to_vec(), ": not a feed: the file holds binary data"),
        ("page.xml", b"<html><body><p>x</p></body></html>".to_vec(), ": not a feed: the root element is <html>"),
        ("bad.json", br#"{"version": "https://jsonfeed.org/version/1.1", "title": "t", "items": [{"id": 1}]}"#.to_vec(), ": not a readable feed: unable to parse JSON"),
    ];
    for (name, bytes, wanted) in cases {
        let path = dir.path().join(name);
        fs::write(&path, &bytes).unwrap();
        let out = import(dir.path(), &[&path]);
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{name}: {err}");
        assert!(
            err.contains(&format!("{}{wanted}", path.display())),
            "{name}: {err}"
        );
        assert!(
            !err.contains("SECRET") && !text(&out.stdout).contains("SECRET"),
            "{name}"
        );
        assert!(!err.contains("panicked"), "{name}: {err}");
        assert_eq!(library_files(dir.path()), before, "{name} wrote something");
    }
}

#[test]
fn a_truncated_feed_says_where_it_ends() {
    let dir = tempfile::tempdir().unwrap();
    let whole = fs::read_to_string(fixture("rss2.xml")).unwrap();
    let cut = &whole[..whole.find("</channel>").unwrap()];
    let path = dir.path().join("cut.xml");
    fs::write(&path, cut).unwrap();
    let out = import(dir.path(), &[&path]);
    let lines = cut.lines().count();
    let err = text(&out.stderr);
    assert!(err.contains(&format!("cut.xml:{lines}:")), "{err}");
    assert!(err.contains("truncated"), "{err}");
}

#[test]
fn a_library_folder_holding_feeds_lists_their_entries_and_check_reports_other_xml() {
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library");
    fs::create_dir_all(library.join("feeds")).unwrap();
    fs::copy(fixture("rss2.xml"), library.join("feeds/alwadi.xml")).unwrap();
    fs::copy(fixture("atom.xml"), library.join("sahel.atom")).unwrap();
    fs::copy(fixture("feed.json"), library.join("radio.json")).unwrap();
    fs::write(
        library.join("sitemap.xml"),
        "<urlset><url><loc>https://example.net/</loc></url></urlset>",
    )
    .unwrap();

    let out = output_within_a_minute(qari(dir.path(), &["list".as_ref(), "--json".as_ref()]));
    assert!(out.status.success());
    let listed = json(&out.stdout);
    let titles: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles.len(), 3 + 2 + 2, "{titles:?}");
    assert!(titles.contains(&"حالة الطرق صباح اليوم"));
    assert!(
        !titles.iter().any(|t| t.contains("example.net")),
        "{titles:?}"
    );
    let url_of = |title: &str| {
        listed
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["title"] == title)
            .map(|a| a["url"].clone())
    };
    assert_eq!(
        url_of("موسم السردين"),
        Some("https://sahel.example/2026/11/sardine".into())
    );

    let out = output_within_a_minute(qari(dir.path(), &["check".as_ref(), library.as_os_str()]));
    assert_eq!(out.status.code(), Some(1));
    let report = text(&out.stdout);
    assert!(
        report.contains(&format!(
            "{}: not a feed: the root element is <urlset>",
            library.join("sitemap.xml").display()
        )),
        "{report}"
    );
    assert!(
        report.contains("4 files, 7 articles, 1 bad file"),
        "{report}"
    );
}

#[test]
fn show_and_the_library_take_a_feed_file_given_by_path() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("library")).unwrap();
    let english = dir.path().join("english.atom");
    fs::write(
        &english,
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Wire</title>\
         <entry><id>urn:wire:1</id><title>Harbour reopens after repairs</title>\
         <content type=\"html\">&lt;p&gt;Fishing boats returned on Monday.&lt;/p&gt;</content></entry>\
         <entry><id>urn:wire:2</id><title>Second story</title></entry></feed>",
    )
    .unwrap();
    let out = output_within_a_minute(qari(
        dir.path(),
        &[
            "show".as_ref(),
            english.as_os_str(),
            "--width".as_ref(),
            "60".as_ref(),
        ],
    ));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let shown = text(&out.stdout);
    assert!(shown.contains("Harbour reopens after repairs"), "{shown}");
    assert!(
        shown.contains("Fishing boats returned on Monday."),
        "{shown}"
    );
    assert!(!shown.contains("Second story"), "{shown}");

    let feed = fixture("rss1.rdf");
    let library = qari::article::Library::load(None, &[feed.clone(), fixture("feed.json")]);
    assert!(library.problems.is_empty(), "{:?}", library.problems);
    assert!(!library.is_sample);
    assert_eq!(library.articles.len(), 4);
    assert!(
        library
            .articles
            .iter()
            .all(|a| a.path.as_deref() == Some(feed.as_path())
                || a.path.as_deref() == Some(fixture("feed.json").as_path()))
    );
}
