//! Links that lead out of the library (to `/`, to another folder, to a
//! `/proc` file that blocks), and `qari render` given a FIFO, a huge file
//! or a name with escapes: the library stays itself and nothing hangs.

use std::os::unix::fs::symlink;
use std::path::Path;

use super::support::Env;

fn mkfifo(path: &Path) {
    let c = std::ffi::CString::new(path.to_str().expect("utf-8 path")).expect("path");
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0, "mkfifo");
}

/// An article outside the library, reached by a link to its folder and a
/// link to its file, and a link to the root of the file system.
fn links_out(env: &Env) {
    env.article("good.json", "Good article", "Body.");
    let outside = env.path("outside");
    std::fs::create_dir(&outside).expect("mkdir");
    let doc = serde_json::json!({"id": "secret", "title": "Outside secret", "body": "Not here."});
    std::fs::write(outside.join("secret.json"), doc.to_string()).expect("write");
    let lib = env.library();
    symlink("/", lib.join("root")).expect("link to /");
    symlink(&outside, lib.join("elsewhere")).expect("link to a folder");
    symlink(outside.join("secret.json"), lib.join("x.json")).expect("link to a file");
    std::fs::create_dir(lib.join("sub")).expect("mkdir");
    symlink("../good.json", lib.join("sub/again.json")).expect("link inside");
}

#[test]
fn links_out_of_the_library_are_reported_and_not_followed() {
    let env = Env::new();
    links_out(&env);
    let checked = env.qari(&["check"]);
    checked.sane();
    let report = format!("{}{}", checked.out(), checked.stderr);
    for name in ["root", "elsewhere", "x.json"] {
        assert!(
            report
                .lines()
                .any(|l| l.contains(name) && l.contains("a link out of the library")),
            "{name} is reported:\n{report}"
        );
    }
    assert!(
        report.lines().count() < 20,
        "nothing from outside is read:\n{report}"
    );
    let listed = env.qari(&["list"]);
    listed.sane();
    let out = listed.out();
    assert!(!out.contains("Outside secret"), "{out}");
    assert_eq!(
        out.matches("Good article").count(),
        2,
        "a link inside the library is followed:\n{out}"
    );
}

#[test]
fn library_links_follow_lets_them_through() {
    let env = Env::new();
    links_out(&env);
    std::fs::remove_file(env.library().join("root")).expect("rm");
    std::fs::write(env.path("config.toml"), "library_links = \"follow\"\n").expect("config");
    let listed = env.qari(&["list"]);
    listed.ok();
    assert_eq!(listed.out().matches("Outside secret").count(), 2);
}

/// Reading `/proc/kmsg` blocks until the kernel logs something; a FIFO
/// blocks until a writer comes. Even when links are followed, neither may
/// hang a load.
#[test]
fn blocking_files_behind_links_do_not_hang_a_load() {
    let env = Env::new();
    env.article("good.json", "Good article", "Body.");
    let fifo = env.path("pipe");
    mkfifo(&fifo);
    symlink(&fifo, env.library().join("pipe.json")).expect("link");
    let kmsg = Path::new("/proc/kmsg").exists();
    if kmsg {
        symlink("/proc/kmsg", env.library().join("kmsg.txt")).expect("link");
    }
    for config in ["", "library_links = \"follow\"\n"] {
        std::fs::write(env.path("config.toml"), config).expect("config");
        let checked = env.qari(&["check"]);
        checked.sane();
        assert_eq!(checked.code(), Some(1), "{}", checked.stderr);
        let report = format!("{}{}", checked.out(), checked.stderr);
        assert!(report.contains("pipe.json"), "{config}: {report}");
        if kmsg {
            assert!(report.contains("kmsg.txt"), "{config}: {report}");
        }
        env.qari(&["list"]).ok();
    }
}

#[test]
fn render_refuses_a_fifo_and_a_huge_file_without_reading_them() {
    let env = Env::new();
    let fifo = env.path("pipe.txt");
    mkfifo(&fifo);
    env.qari(&["render", &fifo.display().to_string()])
        .fails_naming("not a regular file");
    let big = env.path("big.txt");
    std::fs::File::create(&big)
        .expect("create")
        .set_len(3 << 30)
        .expect("sparse");
    env.qari(&["render", &big.display().to_string()])
        .fails_naming("too large: 3072 MB (the limit is 64 MB)");
}

/// `sane()` fails on any ESC or BEL on stdout or stderr.
#[test]
fn render_names_a_hostile_file_name_without_its_escapes() {
    let env = Env::new();
    let name = env.path("evil\x1b]0;owned\x07\u{9b}31m.txt");
    env.qari(&["render", &name.display().to_string()])
        .fails_naming("evil");
    std::fs::write(&name, b"\xff bad").expect("write");
    env.qari(&["render", &name.display().to_string()])
        .fails_naming("invalid UTF-8");
}
