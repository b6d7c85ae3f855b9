//! A library folder that fights back (see `fixtures::hostile_folder`), and a
//! file qari may not read.

use std::process::Command;

use super::fixtures::hostile_folder;
use super::support::{Env, run};

#[test]
fn fifo_loops_and_dangling_links_are_skipped_and_the_rest_lists_once() {
    let env = Env::new();
    hostile_folder(&env);
    let listed = env.qari(&["list"]);
    listed.sane();
    let out = listed.out();
    assert_eq!(
        out.matches("Good article").count(),
        1,
        "listed once, not again through the loop:\n{out}"
    );
    let checked = env.qari(&["check"]);
    checked.sane();
    assert_eq!(checked.code(), Some(1), "check fails: {}", checked.stderr);
    let report = format!("{}{}", checked.out(), checked.stderr);
    for name in ["pipe.json", "gone.json", "a.json"] {
        assert!(report.contains(name), "{name} is reported:\n{report}");
    }
    assert!(
        !report.contains("good.json:"),
        "the good file is not a problem:\n{report}"
    );
}

/// Tests run as root here, and root reads a `chmod 000` file anyway; so the
/// unreadable case runs qari as `nobody` (setpriv) when we are root.
#[test]
fn an_unreadable_file_is_skipped_and_named() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    env.article("good.json", "Good article", "Body.");
    let secret = env.article("secret.json", "Secret", "Not for qari.");
    std::fs::set_permissions(&secret, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    let as_root = std::fs::read(&secret).is_ok();
    let mut cmd = env.command(&["check"]);
    if as_root {
        if !super::support::have("setpriv") {
            return;
        }
        for dir in [
            env.dir.path().to_path_buf(),
            env.library(),
            env.path("home"),
        ] {
            std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o777))
                .expect("chmod dir");
        }
        let inner = cmd;
        cmd = Command::new("setpriv");
        cmd.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(inner.get_program())
            .args(inner.get_args())
            .envs(inner.get_envs().filter_map(|(k, v)| v.map(|v| (k, v))));
    }
    let checked = run(cmd, None);
    checked.sane();
    assert_eq!(checked.code(), Some(1), "{}", checked.stderr);
    let report = format!("{}{}", checked.out(), checked.stderr);
    assert!(
        report.contains("secret.json"),
        "the unreadable file is named:\n{report}"
    );
    assert!(
        report.to_lowercase().contains("permission"),
        "and why:\n{report}"
    );
}
