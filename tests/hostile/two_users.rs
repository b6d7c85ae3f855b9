//! Cases with two users: qari runs as the test's user (root in CI) and an
//! attacker, `nobody` through `setpriv`, prepares a folder both can write.
//! Not root, the cases are skipped with a message on the terminal.

use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use super::support::{TIMEOUT, have};

/// The attacker's uid and gid: `nobody` and `nogroup` on Debian.
pub const OTHER: u32 = 65534;

/// The second user, when this test can act as one.
pub struct Other;

impl Other {
    /// `Some` when running as root with `setpriv`; otherwise prints why the
    /// case is skipped, past the test harness's capture so it is seen.
    pub fn get(case: &str) -> Option<Other> {
        // SAFETY: geteuid has no preconditions.
        let root = unsafe { libc::geteuid() } == 0;
        let why = if !root {
            "not running as root, so no second user can be played"
        } else if !have("setpriv") {
            "setpriv (util-linux) is missing"
        } else {
            return Some(Other);
        };
        let _ = writeln!(std::io::stderr(), "skipped: {case}: {why}");
        None
    }

    /// `program args` run as the other user.
    pub fn command(&self, program: &str, args: &[&str]) -> Command {
        let mut cmd = Command::new("setpriv");
        cmd.args([
            format!("--reuid={OTHER}"),
            format!("--regid={OTHER}"),
            "--clear-groups".into(),
        ])
        .arg(program)
        .args(args);
        cmd
    }

    /// Runs `sh -c script` as the other user; returns whether it succeeded.
    pub fn sh(&self, script: &str) -> bool {
        self.command("sh", &["-c", script])
            .stdin(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    }

    /// Runs `sh -c script` as the other user, which must succeed.
    pub fn must(&self, script: &str) {
        assert!(self.sh(script), "as the other user: {script}");
    }
}

/// Lets the other user through `dir` (a private temporary folder) without
/// letting it list or write there.
pub fn open_to_others(dir: &Path) {
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o711)).expect("chmod");
}

/// Starts `cmd` stopped just before it runs, so that its process id (the
/// one the old temporary names used) is known before it does anything.
#[allow(
    clippy::zombie_processes,
    reason = "the child is returned stopped; `resume` waits for it"
)]
pub fn spawn_stopped(cmd: &Command) -> Child {
    let mut sh = Command::new("sh");
    sh.args(["-c", "kill -STOP $$; exec \"$@\"", "sh"])
        .arg(cmd.get_program())
        .args(cmd.get_args())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    copy_env(cmd, &mut sh);
    if let Some(dir) = cmd.get_current_dir() {
        sh.current_dir(dir);
    }
    let mut child = sh.spawn().expect("spawn");
    let stat = format!("/proc/{}/stat", child.id());
    let deadline = Instant::now() + TIMEOUT;
    loop {
        let state = std::fs::read_to_string(&stat).unwrap_or_default();
        // The state follows the command name in parentheses.
        if state
            .rsplit(") ")
            .next()
            .is_some_and(|s| s.starts_with('T'))
        {
            return child;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the child never stopped");
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Continues a child from `spawn_stopped` and waits for it; returns its
/// status and standard error.
pub fn resume(mut child: Child) -> (ExitStatus, String) {
    let pid = child.id().to_string();
    let sent = Command::new("kill").args(["-CONT", &pid]).status();
    assert!(sent.is_ok_and(|s| s.success()), "SIGCONT");
    let deadline = Instant::now() + TIMEOUT;
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            let mut stderr = String::new();
            if let Some(mut pipe) = child.stderr.take() {
                let _ = std::io::Read::read_to_string(&mut pipe, &mut stderr);
            }
            return (status, stderr);
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("the child did not finish within {TIMEOUT:?}");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// A private file of the test's user, as an attacker would aim at.
pub fn victim(path: &Path) {
    std::fs::write(path, "secret\n").expect("victim");
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).expect("chmod");
}

/// The victim file is untouched: its content and its 0600 mode.
pub fn assert_victim_untouched(path: &Path, what: &str) {
    let meta = std::fs::metadata(path).expect("victim");
    assert_eq!(
        std::fs::read_to_string(path).expect("victim"),
        "secret\n",
        "{what}: the victim's content was replaced"
    );
    assert_eq!(
        meta.permissions().mode() & 0o7777,
        0o600,
        "{what}: the victim's mode changed"
    );
}

/// The variables `from` sets and removes, set and removed on `to`.
pub fn copy_env(from: &Command, to: &mut Command) {
    for (key, value) in from.get_envs() {
        match value {
            Some(value) => to.env(key, value),
            None => to.env_remove(key),
        };
    }
}
