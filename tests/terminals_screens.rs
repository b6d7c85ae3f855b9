//! qari's screens in real terminal emulators, by `scripts/terminals.sh`:
//! under Xvfb, each installed terminal shows qari with its own bidi on (as
//! installed) and off (qari alone typesetting), on a dark and a light
//! background, and the two pictures must be equal pixel for pixel; in
//! xterm and VTE, qari's lines must also equal GNU FriBidi's.
//!
//! Skipped, saying so, where Xvfb, the X tools or every terminal is
//! missing. `QARI_TERMINALS` names the terminals to run (space separated);
//! the screens are the list, an open article, the help, `show` and
//! `doctor` (the script itself also drives the search and the share pane),
//! to keep the run near a minute a terminal.

use std::path::Path;
use std::process::Command;

#[test]
fn every_installed_terminal_shows_qari_as_qari_lays_it_out() {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/terminals.sh");
    let out = tempfile::tempdir().expect("a folder for the pictures");
    let mut cmd = Command::new("bash");
    cmd.arg(&script)
        .arg(env!("CARGO_BIN_EXE_qari"))
        .arg(out.path())
        .env("SCREENS", "list article help show doctor");
    if let Ok(names) = std::env::var("QARI_TERMINALS") {
        cmd.args(names.split_whitespace());
    }
    let run = cmd.output().expect("run scripts/terminals.sh");
    let report = String::from_utf8_lossy(&run.stdout);
    match run.status.code() {
        Some(2) => {
            eprintln!("terminal screenshots skipped: {}", report.trim());
            return;
        }
        Some(0) => {}
        _ => panic!(
            "{report}\n{}\npictures kept in {}",
            String::from_utf8_lossy(&run.stderr),
            out.keep().display()
        ),
    }
    let compared = report.lines().filter(|l| l.ends_with(": same")).count();
    assert!(compared > 0, "nothing was compared:\n{report}");
    eprintln!("{report}");
}
