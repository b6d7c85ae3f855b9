//! Files qari writes in a folder another user can write: imports, the
//! reading state and its lock. The other user plants links at the names
//! qari used to write through (`.<name>.<pid>.tmp`, `state.json.lock`),
//! aimed at a private file of qari's user; nothing may reach it.

use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::Path;
use std::process::Command;

use qari::state::{StateNotice, StateStore};

use super::support::Env;
use super::two_users::{
    OTHER, Other, assert_victim_untouched, copy_env, open_to_others, resume, spawn_stopped, victim,
};

#[test]
fn import_into_a_folder_of_another_user_never_writes_through_a_planted_link() {
    let Some(other) = Other::get("import through a planted link") else {
        return;
    };
    let env = Env::new();
    open_to_others(env.dir.path());
    let target = env.path("victim");
    victim(&target);
    let shared = env.path("shared");
    give_to_other(&shared);
    let saved = env.path("in.txt");
    std::fs::write(&saved, "عنوان الخبر\nالقاهرة - وكالة\nنص الخبر الأول.\n").expect("write");

    let child = spawn_stopped(&env.command(&[
        "import",
        &saved.display().to_string(),
        "--into",
        &shared.display().to_string(),
    ]));
    let planted = shared.join(format!(".in.json.{}.tmp", child.id()));
    other.must(&format!(
        "ln -s '{}' '{}'",
        target.display(),
        planted.display()
    ));
    let (status, stderr) = resume(child);

    assert!(status.success(), "import failed: {stderr}");
    assert_victim_untouched(&target, "import");
    let written = shared.join("in.json");
    let meta = std::fs::symlink_metadata(&written).expect("the article is written");
    assert!(
        meta.is_file(),
        "the article is a file of its own, not a link"
    );
    assert!(
        std::fs::read_to_string(&written)
            .expect("read")
            .contains("نص الخبر الأول")
    );
}

/// `env.command(args)` with the state file at `state`.
fn with_state(env: &Env, args: &[&str], state: &Path) -> Command {
    let model = env.command(args);
    let mut cmd = Command::new(model.get_program());
    let mut next_is_state = false;
    for arg in model.get_args() {
        cmd.arg(if next_is_state {
            state.as_os_str()
        } else {
            arg
        });
        next_is_state = arg == "--state";
    }
    copy_env(&model, &mut cmd);
    cmd
}

/// A folder (0755) of the other user's.
fn give_to_other(dir: &Path) {
    std::fs::create_dir(dir).expect("mkdir");
    std::os::unix::fs::chown(dir, Some(OTHER), Some(OTHER)).expect("chown");
}

/// Two ways another user comes to write the state folder: it is theirs, or
/// it is open to everyone.
fn shared_state_folders(env: &Env) -> Vec<(&'static str, std::path::PathBuf)> {
    let theirs = env.path("theirs");
    give_to_other(&theirs);
    let open = env.path("open");
    std::fs::create_dir(&open).expect("mkdir");
    std::fs::set_permissions(&open, std::fs::Permissions::from_mode(0o777)).expect("chmod");
    vec![
        ("a folder of another user", theirs),
        ("a folder open to all", open),
    ]
}

#[test]
fn state_in_a_folder_others_can_write_is_refused_and_never_written_through_a_link() {
    let Some(other) = Other::get("state written through a planted link") else {
        return;
    };
    let env = Env::new();
    open_to_others(env.dir.path());
    env.article("a.json", "خبر", "نص.");
    let target = env.path("victim");
    victim(&target);
    for (what, folder) in shared_state_folders(&env) {
        let state = folder.join("state.json");
        let planted_state = r#"{"version":1,"articles":{"a":{"read":true},"gone":{"read":true}}}"#;
        other.must(&format!(
            "printf '%s' '{planted_state}' > '{}' && chmod 0777 '{}'",
            state.display(),
            state.display()
        ));
        let child = spawn_stopped(&with_state(&env, &["state", "prune"], &state));
        let planted = folder.join(format!(".state.json.{}.tmp", child.id()));
        other.must(&format!(
            "ln -s '{}' '{}'",
            target.display(),
            planted.display()
        ));
        let (status, stderr) = resume(child);

        assert!(!status.success(), "{what}: nothing may be pruned: {stderr}");
        assert!(
            stderr.contains("belongs to another user")
                || stderr.contains("can be written by other users"),
            "{what}: the message says why: {stderr}"
        );
        assert_victim_untouched(&target, what);
        assert_eq!(
            std::fs::read_to_string(&state).expect("state"),
            planted_state,
            "{what}: the state file is neither rewritten nor replaced"
        );
        assert!(
            !other.sh(&format!("echo owned >> '{}'", target.display())),
            "{what}: the other user cannot write the victim"
        );
        assert!(
            !folder.join("state.json.lock").exists(),
            "{what}: no lock made"
        );
    }
}

#[test]
fn a_lock_link_planted_by_another_user_creates_nothing() {
    let Some(other) = Other::get("state lock through a planted link") else {
        return;
    };
    let env = Env::new();
    open_to_others(env.dir.path());
    let private = env.path("private");
    std::fs::create_dir(&private).expect("mkdir");
    let aimed = private.join("made-by-qari");
    for (what, folder) in shared_state_folders(&env) {
        let state = folder.join("state.json");
        other.must(&format!(
            "ln -s '{}' '{}.lock'",
            aimed.display(),
            state.display()
        ));
        let (status, stderr) = resume(spawn_stopped(&with_state(&env, &["state"], &state)));
        assert!(
            status.success(),
            "{what}: qari state still reports: {stderr}"
        );
        assert!(stderr.contains("not saved"), "{what}: {stderr}");
        assert!(!aimed.exists(), "{what}: the lock link was followed");
    }
}

/// A link at the state's name in a private folder, left by another user
/// (the folder was open once): it is not followed, read or replaced.
#[test]
fn a_state_link_of_another_user_is_refused() {
    let Some(_other) = Other::get("state link of another user") else {
        return;
    };
    let env = Env::new();
    let target = env.path("victim");
    victim(&target);
    let state = env.state();
    symlink(&target, &state).expect("symlink");
    std::os::unix::fs::lchown(&state, Some(OTHER), Some(OTHER)).expect("lchown");
    let mut store = StateStore::open(&state);
    let [StateNotice::Unwritable { reason, .. }] = store.notices() else {
        panic!("no refusal: {:?}", store.notices());
    };
    assert!(reason.contains("belongs to another user"), "{reason}");
    store.set_read("a", true);
    assert_eq!(store.flush().ok(), Some(false), "kept in memory");
    assert_victim_untouched(&target, "state link");
    assert!(
        std::fs::symlink_metadata(&state)
            .expect("link")
            .is_symlink()
    );
}

#[test]
fn a_huge_state_file_is_reported_and_left_alone() {
    let env = Env::new();
    let state = env.state();
    let file = std::fs::File::create(&state).expect("create");
    // Sparse: two gigabytes that take no disk.
    file.set_len(2 << 30).expect("set_len");
    let run = env.qari(&["state"]);
    run.ok();
    assert!(
        run.stderr
            .contains("too large: 2048 MB (the limit is 64 MB)"),
        "{}",
        run.stderr
    );
    assert_eq!(std::fs::metadata(&state).expect("state").len(), 2 << 30);
    let others: Vec<_> = std::fs::read_dir(env.dir.path())
        .expect("ls")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains("corrupt"))
        .collect();
    assert!(others.is_empty(), "not moved aside: {others:?}");
}

#[test]
fn share_to_a_device_is_refused() {
    let env = Env::new();
    env.article("a.json", "خبر", "نص الخبر.");
    for (to, made) in [
        ("file:/dev/null", Path::new("/dev/null-2")),
        ("file:/dev/", Path::new("/dev/a.txt")),
    ] {
        let run = env.qari(&["share", "a", "--to", to]);
        run.fails_naming("a device or special file");
        assert!(!made.exists(), "{to}: {} was created", made.display());
    }
}
