//! Signals from outside while the reader runs in a real terminal (tmux, a
//! job-control shell): the ones that end it give the terminal back and
//! save the reading state even while the loop is busy; SIGTSTP gives the
//! terminal back and stops, and `fg` (SIGCONT) takes it again and redraws.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use super::shared::tmux::{
    Patience, Tmux, children, exit_status, qari_flags, qari_word, tmux_available,
};
use super::support::Env;

const PATIENCE: Patience = Patience {
    timeout: Duration::from_secs(15),
    every: Duration::from_millis(50),
    stable: false,
};

const EXITED: &str = "qari-ended-";
const RESUMED: &str = "qari-resumed-";
const TITLE: &str = "First plain article";

/// A shell in tmux, and qari started from it on `env`'s library.
fn start(env: &Env, before: &str) -> (Tmux, String) {
    env.article("a.json", TITLE, "A body to read.");
    let tmux = Tmux::new("signals", PATIENCE).shell(&env.path("home"), (80, 24));
    tmux.type_line(&format!(
        "{before}{} {} --ui en; echo {EXITED}$?",
        qari_word(),
        qari_flags(&env.library(), &env.state(), &env.path("config.toml")),
    ));
    tmux.wait_for("the list", |s| s.contains(TITLE));
    let shell = tmux.pane("#{pane_pid}");
    let qari = children(&shell);
    assert_eq!(qari.len(), 1, "qari is the shell's only child: {qari:?}");
    (tmux, qari[0].clone())
}

fn send(signal: &str, pid: &str) {
    let sent = Command::new("kill")
        .args([&format!("-{signal}"), pid])
        .status()
        .expect("kill");
    assert!(sent.success(), "kill -{signal} {pid}");
}

/// Main screen, no mouse reporting, the cursor shown, canonical mode.
fn assert_restored(tmux: &Tmux, what: &str) {
    assert_eq!(
        tmux.pane("#{alternate_on}"),
        "0",
        "{what}: alternate screen"
    );
    assert_eq!(
        tmux.pane("#{mouse_any_flag}"),
        "0",
        "{what}: mouse reporting"
    );
    assert_eq!(tmux.pane("#{cursor_flag}"), "1", "{what}: hidden cursor");
    tmux.type_line("stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e -icanon | sed 's/^/mode:/'");
    let screen = tmux.wait_for("stty's answer", |s| {
        s.lines().any(|l| l.starts_with("mode:"))
    });
    assert!(
        screen.lines().any(|l| l == "mode:icanon"),
        "{what}: raw mode is off:\n{screen}"
    );
}

#[test]
fn ending_signals_restore_the_terminal_and_save_while_the_loop_is_busy() {
    if !tmux_available() || !Path::new("/proc/self/task").exists() {
        return;
    }
    for (signal, number) in [("INT", 2), ("TERM", 15), ("HUP", 1), ("QUIT", 3)] {
        let env = Env::new();
        let stall = format!("{}=1 ", qari::app::STALL_WITH_UNSAVED_CHANGES);
        let (tmux, pid) = start(&env, &stall);
        // Marks the article read; the loop draws that, then stalls.
        tmux.send_keys(&["u"]);
        std::thread::sleep(Duration::from_millis(300));
        send(signal, &pid);
        let screen = tmux.wait_for("the shell", |s| exit_status(s, EXITED).is_some());
        let status = (128 + number).to_string();
        assert_eq!(
            exit_status(&screen, EXITED),
            Some(status.as_str()),
            "SIG{signal}:\n{screen}"
        );
        assert!(
            !screen.contains(TITLE),
            "SIG{signal}: still drawn:\n{screen}"
        );
        assert_restored(&tmux, &format!("SIG{signal}"));
        let state = std::fs::read_to_string(env.state()).unwrap_or_default();
        let saved: serde_json::Value = serde_json::from_str(&state).unwrap_or_default();
        assert_eq!(
            saved["articles"]["a"]["read"],
            serde_json::Value::Bool(true),
            "SIG{signal}: the change made before the signal is saved: {state}"
        );
    }
}

#[test]
fn sigtstp_gives_the_terminal_back_and_fg_takes_it_again() {
    if !tmux_available() || !Path::new("/proc/self/task").exists() {
        return;
    }
    let env = Env::new();
    let (tmux, pid) = start(&env, "");
    send("TSTP", &pid);
    tmux.wait_for("the shell while qari is stopped", |s| !s.contains(TITLE));
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    assert!(
        stat.rsplit(") ").next().is_some_and(|s| s.starts_with('T')),
        "qari is stopped: {stat}"
    );
    assert_restored(&tmux, "SIGTSTP");
    // `fg; echo …`: the shell runs the rest of the first line when the job
    // stops, so its status is the stop's (147), and this one qari's own.
    tmux.type_line(&format!("fg; echo {RESUMED}$?"));
    tmux.wait_for("the list drawn again", |s| s.contains(TITLE));
    assert_eq!(
        tmux.pane("#{alternate_on}"),
        "1",
        "the reader's screen again"
    );
    assert_eq!(tmux.pane("#{cursor_flag}"), "0", "its cursor hidden again");
    tmux.send_keys(&["q"]);
    let screen = tmux.wait_for("the shell", |s| exit_status(s, RESUMED).is_some());
    assert_eq!(exit_status(&screen, RESUMED), Some("0"), "{screen}");
    assert_restored(&tmux, "quit after fg");
}

/// Ctrl-Z in the reader takes the path SIGTSTP from outside takes: the
/// terminal given back, the process stopped, and `fg` takes it again.
#[test]
fn ctrl_z_suspends_like_sigtstp_and_fg_takes_the_terminal_again() {
    if !tmux_available() || !Path::new("/proc/self/task").exists() {
        return;
    }
    let env = Env::new();
    let (tmux, pid) = start(&env, "");
    tmux.send_keys(&["C-z"]);
    tmux.wait_for("the shell while qari is stopped", |s| !s.contains(TITLE));
    let stopped = |pid: &str| {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
        stat.rsplit(") ").next().is_some_and(|s| s.starts_with('T'))
    };
    let deadline = std::time::Instant::now() + PATIENCE.timeout;
    while !stopped(&pid) && std::time::Instant::now() < deadline {
        std::thread::sleep(PATIENCE.every);
    }
    assert!(stopped(&pid), "qari is stopped");
    assert_restored(&tmux, "Ctrl-Z");
    tmux.type_line(&format!("fg; echo {RESUMED}$?"));
    tmux.wait_for("the list drawn again", |s| s.contains(TITLE));
    assert_eq!(
        tmux.pane("#{alternate_on}"),
        "1",
        "the reader's screen again"
    );
    assert_eq!(tmux.pane("#{cursor_flag}"), "0", "its cursor hidden again");
    tmux.send_keys(&["q"]);
    let screen = tmux.wait_for("the shell", |s| exit_status(s, RESUMED).is_some());
    assert_eq!(exit_status(&screen, RESUMED), Some("0"), "{screen}");
    assert_restored(&tmux, "quit after fg");
}
