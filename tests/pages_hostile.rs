//! Saved pages that are not articles: `qari import` names the file, says
//! what is wrong, exits 1 and writes nothing; `qari check` reports them;
//! nothing hangs or panics.

mod support;

use std::fs;
use std::path::Path;
use std::process::Output;

use support::cli::qari_at_home;

const GOOD: &str = "tests/data/pages/economy-opengraph.html";

fn run(home: &Path, args: &[&str]) -> Output {
    qari_at_home(home).args(args).output().expect("qari runs")
}

/// Imports `name` holding `bytes` into a folder that already holds an
/// article of that name; returns the error output.
fn import_fails(name: &str, bytes: &[u8], why: &str) {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join(name);
    fs::write(&page, bytes).unwrap();
    let into = dir.path().join("lib");
    fs::create_dir(&into).unwrap();
    let stem = Path::new(name).file_stem().unwrap().to_str().unwrap();
    let existing = into.join(format!("{stem}.json"));
    fs::write(&existing, "kept").unwrap();
    let out = run(
        dir.path(),
        &[
            "import",
            "--force",
            "--into",
            into.to_str().unwrap(),
            page.to_str().unwrap(),
        ],
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{name}: {err}");
    assert!(err.contains(page.to_str().unwrap()), "{name}: {err}");
    assert!(err.contains(why), "{name}: wanted {why:?} in {err}");
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(fs::read_to_string(&existing).unwrap(), "kept");
    assert_eq!(
        fs::read_dir(&into).unwrap().count(),
        1,
        "{name}: wrote a file"
    );
}

#[test]
fn a_page_of_navigation_and_scripts_has_no_article() {
    let nav: String = (0..40)
        .map(|i| format!("<li><a href=\"/section/{i}\">قسم رقم {i}</a></li>"))
        .collect();
    let html = format!(
        "<html><head><title>الصفحة الرئيسية</title><script>var a = 1;</script></head>\
         <body><nav><ul>{nav}</ul></nav><div class=\"menu\"><a href=\"/\">الرئيسية</a></div>\
         <script>document.write('<p>نص من سكربت طويل جدا جدا</p>');</script>\
         <footer>جميع الحقوق محفوظة</footer></body></html>"
    );
    import_fails("home.html", html.as_bytes(), "no article text found");
}

#[test]
fn binary_bytes_named_html_are_refused() {
    let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    bytes.extend((0..5000u32).map(|i| (i * 7919 % 251) as u8));
    import_fails("photo.html", &bytes, "binary data, not a web page");
}

#[test]
fn markup_nested_100000_deep_is_refused_quickly() {
    let html = format!(
        "<html><body>{}<p>نص</p>{}</body></html>",
        "<div>".repeat(100_000),
        "</div>".repeat(100_000)
    );
    import_fails("deep.html", html.as_bytes(), "nested 100002 deep");
}

#[test]
fn an_mhtml_file_without_a_page_is_named() {
    let mail = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n\
                --b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n";
    import_fails("saved.mhtml", mail.as_bytes(), "no text/html part");
    import_fails("empty.mht", b"", "not a saved single-file page");
}

#[test]
fn a_truncated_page_gives_what_it_holds() {
    let full = fs::read_to_string(GOOD).unwrap();
    // Cut in the middle of a letter: still UTF-8, not a legacy code page.
    let cut = &full.as_bytes()[..full.find("وتوقع محللون").unwrap() + 41];
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("cut.html");
    fs::write(&page, cut).unwrap();
    let a = qari::article::scan::load_file(&page).unwrap().remove(0);
    assert_eq!(
        a.title,
        "البنك المركزي يثبت أسعار الفائدة للمرة الثالثة على التوالي"
    );
    assert!(a.body[0].text().starts_with("قررت لجنة"));
    assert!(a.body[2].text().starts_with("وتوقع محللون"), "{:?}", a.body);
    // Cut inside a tag, a comment and a script: each still ends cleanly.
    for tail in ["<p class=\"x", "<!-- a comment", "<script>var s = '<p>"] {
        let html = format!("{}{tail}", &full[..full.find("وأرجعت").unwrap()]);
        fs::write(&page, html).unwrap();
        match qari::article::scan::load_file(&page) {
            Ok(a) => assert!(a[0].body[0].text().starts_with("قررت لجنة")),
            Err(p) => assert!(p.message.contains("no article"), "{p}"),
        }
    }
}

#[test]
fn a_60_mb_page_is_read_or_refused_without_hanging() {
    let paragraph =
        "<p>ارتفعت أسعار الذهب في الأسواق المحلية خلال تعاملات اليوم، وسط إقبال من المواطنين.</p>\n";
    let mut html = String::from("<html><head><title>صفحة كبيرة</title></head><body><article>");
    while html.len() < 60 * 1024 * 1024 {
        html.push_str(paragraph);
    }
    html.push_str("</article></body></html>");
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("huge.html");
    fs::write(&page, &html).unwrap();
    drop(html);
    match qari::article::scan::load_file(&page) {
        Ok(a) => assert!(a[0].body.len() > 1000),
        Err(p) => assert!(p.message.contains("too many"), "{p}"),
    }
}

#[test]
fn check_reports_a_page_with_no_article_and_passes_good_pages() {
    let dir = tempfile::tempdir().unwrap();
    let lib = dir.path().join("lib");
    fs::create_dir(&lib).unwrap();
    fs::copy(GOOD, lib.join("good.html")).unwrap();
    let out = run(dir.path(), &["check", lib.to_str().unwrap()]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    fs::write(
        lib.join("empty.htm"),
        "<html><body><nav><a href=\"/\">الرئيسية</a></nav><script>x()</script></body></html>",
    )
    .unwrap();
    let out = run(dir.path(), &["check", lib.to_str().unwrap()]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("empty.htm: no article text found"), "{text}");
    assert!(text.contains("2 files, 1 article, 1 bad file"), "{text}");
}

#[test]
fn import_writes_a_page_as_json_with_its_links() {
    let dir = tempfile::tempdir().unwrap();
    let into = dir.path().join("lib");
    let out = run(
        dir.path(),
        &["import", "--into", into.to_str().unwrap(), GOOD],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json = fs::read_to_string(into.join("economy-opengraph.json")).unwrap();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        v["url"],
        "https://asharq-news.example/economy/central-bank-rates"
    );
    assert_eq!(v["body"][1]["links"][0]["start"], 24);
    assert_eq!(
        v["body"][1]["links"][0]["url"],
        "https://asharq-news.example/economy/statement-nov-2023"
    );
}

#[test]
fn import_says_which_encoding_it_guessed() {
    let dir = tempfile::tempdir().unwrap();
    let text = fs::read_to_string("tests/data/pages/legacy-no-charset.html").unwrap();
    let (bytes, _, _) = encoding_rs::ISO_8859_6.encode(&text);
    let page = dir.path().join("legacy.html");
    fs::write(&page, &bytes).unwrap();
    let into = dir.path().join("lib");
    let out = run(
        dir.path(),
        &[
            "import",
            "--into",
            into.to_str().unwrap(),
            page.to_str().unwrap(),
            GOOD,
        ],
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    let said = String::from_utf8_lossy(&out.stdout);
    let note = format!("{}: read as ISO-8859-6", page.display());
    assert!(said.lines().any(|l| l == note), "{said}");
    // A page that declares its charset is not said to be guessed.
    assert!(!said.contains("economy-opengraph.html: read as"), "{said}");
    let json = fs::read_to_string(into.join("legacy.json")).unwrap();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["title"], "ارتفاع أسعار الذهب في الأسواق المحلية");
}
