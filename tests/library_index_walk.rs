//! The library index follows the shape of the library's folders: files
//! and folders added between others, a folder gone whole, a file replaced
//! by a folder or by a link, a file changed beside unchanged ones. After
//! each change the list through the index is the list read from the
//! files, the list's search finds what the files hold, and the index is
//! up to date.

mod support;

use std::fs;
use std::path::Path;

use serde_json::json;
use support::cli::succeeding;

/// stdout of `qari ARGS`, which must succeed, and its stderr.
fn qari(home: &Path, args: &[&str]) -> (String, String) {
    let out = succeeding(home, args);
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn article(path: &Path, title: &str) {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    let text = json!({"title": title, "body": format!("نص {title}."), "author": "مراسل"});
    fs::write(path, text.to_string()).unwrap();
}

/// The lists through the index and from the files are the same (lines,
/// JSON, and a search), and the index is then up to date.
fn assert_indexed_as_read(home: &Path, what: &str, find: &str) {
    for args in [
        &["list"][..],
        &["list", "--json"],
        &["list", "--find", find],
    ] {
        let mut read = args.to_vec();
        read.push("--no-index");
        assert_eq!(qari(home, args), qari(home, &read), "{what}: {args:?}");
    }
    let (status, _) = qari(home, &["index"]);
    assert!(status.contains("stale: up to date"), "{what}: {status}");
}

fn listed(home: &Path, find: &str) -> String {
    qari(home, &["list", "--find", find]).0
}

#[test]
fn folders_and_files_added_removed_and_replaced_are_indexed_as_read() {
    let home = tempfile::tempdir().unwrap();
    let lib = home.path().join("library");
    for folder in ["010", "020", "030", "040"] {
        for i in 0..5 {
            let name = format!("{folder}/a-{i}.json");
            article(&lib.join(&name), &format!("مقال {folder} رقم {i}"));
        }
    }
    assert_indexed_as_read(home.path(), "built", "مقال");

    // One file changed in a folder whose other files did not.
    article(&lib.join("020/a-3.json"), "عنوان مختلف تماما");
    assert_indexed_as_read(home.path(), "one file changed", "مختلف");
    assert!(listed(home.path(), "مختلف").contains("عنوان مختلف تماما"));

    // A folder added between two others, and files before and after them.
    article(&lib.join("015/b-1.json"), "زيتون الخليل");
    article(&lib.join("015/b-0.json"), "زيتون نابلس");
    article(&lib.join("000.json"), "أول الملفات");
    article(&lib.join("050.json"), "آخر الملفات");
    article(&lib.join("020/a-25.json"), "زيتون بين ملفين");
    assert_indexed_as_read(home.path(), "folder added", "زيتون");
    assert_eq!(listed(home.path(), "زيتون").lines().count(), 3);

    // A whole folder gone, and the first and last files.
    fs::remove_dir_all(lib.join("030")).unwrap();
    fs::remove_file(lib.join("000.json")).unwrap();
    fs::remove_file(lib.join("050.json")).unwrap();
    assert_indexed_as_read(home.path(), "folder removed", "مقال");
    assert!(!listed(home.path(), "مقال").contains("مقال 030"));

    // A file replaced by a folder of the same name, holding an article.
    fs::remove_file(lib.join("010/a-2.json")).unwrap();
    article(&lib.join("010/a-2.json/inside.json"), "تفاح في مجلد");
    assert_indexed_as_read(home.path(), "file became a folder", "تفاح");
    assert!(listed(home.path(), "تفاح").contains("تفاح في مجلد"));

    // A file replaced by a link to another article of the library.
    fs::remove_file(lib.join("040/a-1.json")).unwrap();
    std::os::unix::fs::symlink(lib.join("015/b-0.json"), lib.join("040/a-1.json")).unwrap();
    assert_indexed_as_read(home.path(), "file became a link", "زيتون");
    assert_eq!(listed(home.path(), "نابلس").lines().count(), 2);

    // And a folder replaced by a file.
    fs::remove_dir_all(lib.join("010/a-2.json")).unwrap();
    article(&lib.join("010/a-2.json"), "رمان عاد ملفا");
    assert_indexed_as_read(home.path(), "folder became a file", "رمان");
    assert!(listed(home.path(), "تفاح").is_empty());
}

fn set_time(path: &Path, secs: u64) {
    let file = fs::File::options().write(true).open(path).unwrap();
    let at = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(secs);
    file.set_modified(at).unwrap();
}

/// Files last modified long ago: a warm list finds them all as the index
/// has them, and lists the index without refreshing it.
#[test]
fn a_library_unchanged_since_its_index_is_listed_from_it_as_read() {
    let home = tempfile::tempdir().unwrap();
    let lib = home.path().join("library");
    let mut files = Vec::new();
    for i in 0..30 {
        let path = lib.join(format!("{:02}/a-{i}.json", i / 7));
        article(&path, &format!("خبر قديم رقم {i}"));
        files.push(path);
    }
    fs::write(lib.join("02/broken.json"), "{\"title\": \"cut").unwrap();
    files.push(lib.join("02/broken.json"));
    for (i, f) in files.iter().enumerate() {
        set_time(f, 1_600_000_000 + i as u64);
    }
    qari(home.path(), &["list"]);
    let index = fs::read_dir(home.path().join(".cache/qari"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "index"))
        .unwrap();
    let written = fs::read(&index).unwrap();
    assert_indexed_as_read(home.path(), "unchanged", "قديم");
    assert_eq!(fs::read(&index).unwrap(), written, "not written again");
    assert!(qari(home.path(), &["list"]).1.contains("1 file skipped"));

    // A title changed, its file's time still long ago but not the same.
    article(&files[9], "خبر معدل");
    set_time(&files[9], 1_600_000_000);
    assert_indexed_as_read(home.path(), "one changed", "معدل");
    assert!(listed(home.path(), "معدل").contains("خبر معدل"));
}
