//! A terminal started from Konsole inherits `KONSOLE_VERSION`: qari asks
//! the terminal who it is (XTVERSION, device attributes) before taking it
//! for Konsole. Here qari runs on a pseudo-terminal whose other end plays
//! the terminal and answers as Konsole 22.12, xterm 379 or nothing at all
//! (as measured from the real ones).

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{FromRawFd, OwnedFd};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A pseudo-terminal 100×30: its controlling side and the side qari gets.
fn pty() -> (File, OwnedFd) {
    let (mut control, mut side) = (0, 0);
    let size = libc::winsize {
        ws_row: 30,
        ws_col: 100,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: two out-pointers to ints, no name, default settings, a size.
    let made = unsafe {
        libc::openpty(
            &mut control,
            &mut side,
            std::ptr::null_mut(),
            std::ptr::null(),
            &size,
        )
    };
    assert_eq!(made, 0, "openpty: {}", std::io::Error::last_os_error());
    // SAFETY: both descriptors were just opened and are owned here only.
    unsafe { (File::from_raw_fd(control), OwnedFd::from_raw_fd(side)) }
}

/// `qari doctor` (English) run with `KONSOLE_VERSION` set on a terminal
/// that answers the question for its name with `answer` (`None`: never
/// answers); everything qari wrote.
fn doctor_asked(answer: Option<&'static [u8]>) -> String {
    let (mut control, side) = pty();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_qari"));
    cmd.args(["--config", "/nonexistent/qari.toml", "--ui", "en", "doctor"]);
    for var in [
        "VTE_VERSION",
        "MLTERM",
        "TMUX",
        "STY",
        "KITTY_WINDOW_ID",
        "TERM_PROGRAM",
    ] {
        cmd.env_remove(var);
    }
    cmd.env("TERM", "xterm-256color")
        .env("KONSOLE_VERSION", "221203")
        .stdin(Stdio::from(side.try_clone().expect("dup")))
        .stdout(Stdio::from(side.try_clone().expect("dup")))
        .stderr(Stdio::from(side));
    let mut child = cmd.spawn().expect("run qari doctor");
    drop(cmd);
    // Only the child holds the terminal's side now, so reading ends when it
    // exits. The terminal's part: answer the question when it comes.
    let terminal = std::thread::spawn(move || {
        let mut seen = Vec::new();
        let mut buf = [0u8; 4096];
        let mut asked = false;
        while let Ok(n @ 1..) = control.read(&mut buf) {
            seen.extend_from_slice(&buf[..n]);
            if !asked && seen.windows(4).any(|w| w == b"\x1b[>q") {
                asked = true;
                if let Some(answer) = answer {
                    control.write_all(answer).expect("answer");
                }
            }
        }
        (asked, seen)
    });
    let deadline = Instant::now() + Duration::from_secs(20);
    let status = loop {
        if let Some(status) = child.try_wait().expect("qari runs") {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("qari doctor did not end");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let (asked, seen) = terminal.join().expect("the terminal's side");
    let seen = String::from_utf8_lossy(&seen).replace("\r\n", "\n");
    assert!(status.success(), "{seen}");
    assert!(asked, "qari did not ask: {seen:?}");
    seen
}

#[test]
fn an_xterm_started_from_konsole_is_not_taken_for_konsole() {
    let konsole = doctor_asked(Some(
        b"\x1bP>|Konsole 22.12.3\x1b\\\x1b[>1;115;0c\x1b[?62;1;4c",
    ));
    assert!(konsole.contains("Terminal: Konsole"), "{konsole}");
    let xterm = doctor_asked(Some(
        b"\x1bP>|XTerm(379)\x1b\\\x1b[>41;379;0c\x1b[?64;1;2;6;9;15;16;17;18;21;22;28c",
    ));
    assert!(!xterm.contains("Konsole"), "{xterm}");
    assert!(xterm.contains("not recognised"), "{xterm}");
    // A terminal that does not answer: the environment is believed.
    let silent = doctor_asked(None);
    assert!(silent.contains("Terminal: Konsole"), "{silent}");
}
