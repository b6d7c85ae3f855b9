//! `qari import URL` against a server the test starts on 127.0.0.1: pages
//! and feeds told apart, charsets from the response, redirects, limits, and
//! every failure reported with nothing written.

mod support;

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use support::cli::{files_in, json, library_files, output_within_a_minute, qari_at_home, text};
use support::http::{Reply, Server};

const FEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/feeds");
const PAGES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/pages");

fn read(dir: &str, name: &str) -> Vec<u8> {
    fs::read(Path::new(dir).join(name)).unwrap()
}

/// `qari import ARGS...` with its files in `dir`, no proxy, and a minute
/// to finish: no server may make it hang.
fn import(dir: &Path, args: &[&str]) -> Output {
    let mut cmd: Command = qari_at_home(dir);
    for proxy in ["http_proxy", "https_proxy", "all_proxy", "no_proxy"] {
        cmd.env_remove(proxy).env_remove(proxy.to_ascii_uppercase());
    }
    cmd.args(files_in(dir)).arg("import").args(args);
    output_within_a_minute(cmd)
}

#[test]
fn a_feed_by_address_gives_its_entries_and_again_only_new_ones() {
    let server = Server::start();
    server.route(
        "/rss",
        Reply::body(
            "application/rss+xml; charset=utf-8",
            read(FEEDS, "rss2.xml"),
        ),
    );
    let dir = tempfile::tempdir().unwrap();
    let url = server.url("/rss");
    let out = import(dir.path(), &[&url]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let files = library_files(dir.path());
    assert_eq!(files.len(), 3, "{:?}", files.keys());
    assert!(text(&out.stdout).contains(&format!("{url}: 3 new articles, 0 already in")));
    let titles: Vec<String> = files
        .values()
        .map(|b| json(b)["title"].as_str().unwrap().to_owned())
        .collect();
    assert!(
        titles.contains(&"ارتفاع أسعار الخضار في الأسواق مع بداية الشتاء".to_owned()),
        "{titles:?}"
    );

    let out = import(dir.path(), &[&url]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains(&format!("{url}: 0 new articles, 3 already in")));
    assert_eq!(library_files(dir.path()), files);
}

#[test]
fn an_address_with_raw_arabic_letters_is_sent_percent_encoded() {
    let server = Server::start();
    server.route(
        "/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1.json",
        Reply::body("application/feed+json", read(FEEDS, "feed.json")),
    );
    let dir = tempfile::tempdir().unwrap();
    let out = import(dir.path(), &[&server.url("/أخبار.json")]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(library_files(dir.path()).len(), 2);
    let bad = import(dir.path(), &["http://127.0.0.1:notaport/"]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(
        text(&bad.stderr).contains("http://127.0.0.1:notaport/: not a valid address"),
        "{}",
        text(&bad.stderr)
    );
}

#[test]
fn feeds_are_told_from_pages_by_their_content_too() {
    let server = Server::start();
    // A feed labelled as a web page, a JSON Feed labelled as plain JSON.
    server.route("/atom", Reply::body("text/html", read(FEEDS, "atom.xml")));
    server.route(
        "/json",
        Reply::body("application/json", read(FEEDS, "feed.json")),
    );
    // UTF-16 with its byte order mark, labelled as RSS.
    let rss = String::from_utf8(read(FEEDS, "rss1.rdf")).unwrap();
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(rss.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    server.route("/utf16", Reply::body("application/rss+xml", utf16));
    let dir = tempfile::tempdir().unwrap();
    let urls = [
        server.url("/atom"),
        server.url("/json"),
        server.url("/utf16"),
    ];
    let out = import(dir.path(), &urls.each_ref().map(String::as_str));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(library_files(dir.path()).len(), 6);
}

#[test]
fn a_page_by_address_is_one_article_known_by_its_address() {
    let server = Server::start();
    server.route(
        "/economy",
        Reply::body(
            "text/html; charset=utf-8",
            read(PAGES, "economy-opengraph.html"),
        ),
    );
    let dir = tempfile::tempdir().unwrap();
    let url = server.url("/economy");
    let out = import(dir.path(), &[&url]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let files = library_files(dir.path());
    assert_eq!(files.len(), 1, "{:?}", files.keys());
    let (name, bytes) = files.iter().next().unwrap();
    // The page names its own address (og:url): that is its id and link.
    assert!(
        name.starts_with("asharq-news-example-economy-central-bank-rates-"),
        "{name}"
    );
    let article = json(bytes);
    assert_eq!(
        article["title"],
        "البنك المركزي يثبت أسعار الفائدة للمرة الثالثة على التوالي"
    );
    assert_eq!(
        article["url"],
        "https://asharq-news.example/economy/central-bank-rates"
    );

    // Again: the same file, left as it is.
    let out = import(dir.path(), &[&url]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("already in"),
        "{}",
        text(&out.stdout)
    );
    assert_eq!(library_files(dir.path()), files);
}

/// The legacy page re-encoded, with no charset inside it.
fn windows_1256_page(meta: &str) -> Vec<u8> {
    let page = String::from_utf8(read(PAGES, "legacy-no-charset.html")).unwrap();
    assert!(!page.to_ascii_lowercase().contains("charset"));
    let page = page.replace("<head>", &format!("<head>{meta}"));
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1256.encode(&page);
    assert!(!unmappable);
    bytes.into_owned()
}

#[test]
fn the_charset_of_the_response_decodes_the_page() {
    let server = Server::start();
    server.route(
        "/plain",
        Reply::body("text/html; charset=windows-1256", windows_1256_page("")),
    );
    // The header wins over a page that names the wrong code page.
    let wrong = windows_1256_page("<meta charset=\"iso-8859-6\">");
    server.route(
        "/wrong-meta",
        Reply::body("text/html; charset=windows-1256", wrong),
    );
    for path in ["/plain", "/wrong-meta"] {
        let dir = tempfile::tempdir().unwrap();
        let out = import(dir.path(), &[&server.url(path)]);
        assert!(out.status.success(), "{path}: {}", text(&out.stderr));
        let files = library_files(dir.path());
        let article = json(files.values().next().unwrap());
        assert_eq!(
            article["title"], "ارتفاع أسعار الذهب في الأسواق المحلية",
            "{path}"
        );
    }
}

#[test]
fn the_charset_of_the_response_decodes_a_feed_that_does_not_say() {
    let feed = "<rss version=\"2.0\"><channel><title>نشرة</title>\
        <item><title>عنوان الخبر</title><guid>https://example.net/1</guid>\
        <description>نص الخبر</description></item></channel></rss>";
    let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(feed);
    let server = Server::start();
    server.route(
        "/feed",
        Reply::body("application/xml; charset=windows-1256", bytes.into_owned()),
    );
    let dir = tempfile::tempdir().unwrap();
    let out = import(dir.path(), &[&server.url("/feed")]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let article = json(library_files(dir.path()).values().next().unwrap());
    assert_eq!(article["title"], "عنوان الخبر");
    assert_eq!(article["source"], "نشرة");
}

#[test]
fn redirects_are_followed_a_few_times_and_loops_are_not() {
    let server = Server::start();
    server.route(
        "/feed",
        Reply::body("application/atom+xml", read(FEEDS, "atom.xml")),
    );
    server.route("/old", Reply::Redirect("/older".into()));
    server.route("/older", Reply::Redirect(server.url("/feed")));
    server.route("/a", Reply::Redirect("/b".into()));
    server.route("/b", Reply::Redirect("/a".into()));
    for i in 0..6 {
        server.route(
            &format!("/hop{i}"),
            Reply::Redirect(format!("/hop{}", i + 1)),
        );
    }
    server.route("/hop6", Reply::Redirect("/feed".into()));

    let dir = tempfile::tempdir().unwrap();
    let out = import(dir.path(), &[&server.url("/old")]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(library_files(dir.path()).len(), 2);

    for start in ["/a", "/hop0"] {
        let dir = tempfile::tempdir().unwrap();
        let url = server.url(start);
        let out = import(dir.path(), &[&url]);
        assert_eq!(out.status.code(), Some(1), "{start}");
        let err = text(&out.stderr);
        assert!(
            err.contains(&format!("{url}: more than 5 redirects")),
            "{err}"
        );
        assert!(library_files(dir.path()).is_empty());
    }
    // The loop was given up after its sixth request.
    assert_eq!(
        server
            .hits()
            .iter()
            .filter(|h| *h == "/a" || *h == "/b")
            .count(),
        6
    );
}

#[test]
fn a_body_that_never_ends_is_cut_at_the_size_limit() {
    let server = Server::start();
    server.route("/endless", Reply::Endless);
    let dir = tempfile::tempdir().unwrap();
    let url = server.url("/endless");
    let out = import(dir.path(), &[&url]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains(&format!("{url}: larger than 16 MB")), "{err}");
    assert!(library_files(dir.path()).is_empty());
}

#[test]
fn a_server_that_never_answers_times_out() {
    let server = Server::start();
    server.route("/silent", Reply::Silent);
    let dir = tempfile::tempdir().unwrap();
    let url = server.url("/silent");
    let out = import(dir.path(), &["--timeout", "1", &url]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains(&format!("{url}: no answer within 1 s")),
        "{err}"
    );
    assert!(library_files(dir.path()).is_empty());
}

#[test]
fn failures_name_the_address_and_write_nothing() {
    let server = Server::start();
    server.route("/gone", Reply::Status(410));
    server.route("/broken", Reply::Status(500));
    server.route(
        "/image",
        Reply::body("image/png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec()),
    );
    server.route(
        "/sitemap",
        Reply::body("application/xml", "<urlset><url/></urlset>"),
    );
    let cut = read(FEEDS, "rss2.xml");
    server.route(
        "/cut",
        Reply::body("application/rss+xml", cut[..cut.len() / 2].to_vec()),
    );
    server.route(
        "/empty",
        Reply::body(
            "application/rss+xml",
            "<rss version=\"2.0\"><channel><title>t</title></channel></rss>",
        ),
    );
    // A port nothing listens on.
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let closed = format!("http://127.0.0.1:{closed}/");
    let cases = [
        (
            server.url("/missing"),
            "the server answered 404 (no such page)",
        ),
        (
            server.url("/gone"),
            "the server answered 410 (no such page)",
        ),
        (
            server.url("/broken"),
            "the server answered 500 (server error)",
        ),
        (server.url("/image"), "neither a page nor a feed: image/png"),
        (
            server.url("/sitemap"),
            "not a feed: the root element is <urlset>",
        ),
        (server.url("/cut"), "truncated"),
        (server.url("/empty"), "the feed has no entries"),
        (closed, "cannot connect"),
    ];
    let dir = tempfile::tempdir().unwrap();
    let library_dir = dir.path().join("library");
    fs::create_dir(&library_dir).unwrap();
    fs::write(
        library_dir.join("kept.json"),
        "{\"title\": \"قديم\", \"body\": \"نص\"}",
    )
    .unwrap();
    let before = library_files(dir.path());
    for (url, wanted) in cases {
        let out = import(dir.path(), &[&url]);
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{url}: {err}");
        assert!(
            err.contains(&format!("{url}: ")) && err.contains(wanted),
            "{url}: {err}"
        );
        assert!(!err.contains("panicked"), "{err}");
        assert_eq!(library_files(dir.path()), before, "{url} wrote something");
    }
}
