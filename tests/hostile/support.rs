//! Running the real binary against hostile input: a private home, library,
//! state and config per case, a hard timeout, and checks for what must never
//! happen (a panic, a signal, a hang, an escape sequence on stdout).

use std::io::Read;
use std::path::PathBuf;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use tempfile::TempDir;

pub const QARI: &str = env!("CARGO_BIN_EXE_qari");

/// A run that takes longer is a hang, not a slow run (the machines running
/// the suite are shared: a second is often ten).
pub const TIMEOUT: Duration = Duration::from_secs(40);

/// For the 50 MB article: a few seconds of work, many more on a loaded
/// machine.
pub const BIG_TIMEOUT: Duration = Duration::from_secs(150);

/// One case's private world: nothing here touches the user's files.
pub struct Env {
    pub dir: TempDir,
}

impl Env {
    pub fn new() -> Env {
        let dir = tempfile::Builder::new()
            .prefix("qari-hostile-")
            .tempdir()
            .expect("temp dir");
        for sub in ["library", "home", "home/.config"] {
            std::fs::create_dir_all(dir.path().join(sub)).expect("mkdir");
        }
        Env { dir }
    }

    pub fn library(&self) -> PathBuf {
        self.dir.path().join("library")
    }

    pub fn state(&self) -> PathBuf {
        self.dir.path().join("state.json")
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Writes one article as JSON into the library, as `name`.
    pub fn article(&self, name: &str, title: &str, body: &str) -> PathBuf {
        let doc = json!({ "id": name.trim_end_matches(".json"), "title": title, "body": body });
        self.raw(name, doc.to_string().as_bytes())
    }

    /// Writes raw bytes into the library, as `name`.
    pub fn raw(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.library().join(name);
        std::fs::write(&path, bytes).expect("write library file");
        path
    }

    /// The arguments every run gets so that it stays inside this world.
    pub fn globals(&self) -> Vec<String> {
        self.globals_with(&self.path("config.toml"))
    }

    pub fn globals_with(&self, config: &std::path::Path) -> Vec<String> {
        let p = |x: PathBuf| x.display().to_string();
        vec![
            "--library".into(),
            p(self.library()),
            "--state".into(),
            p(self.state()),
            "--config".into(),
            p(config.to_path_buf()),
        ]
    }

    pub fn command(&self, args: &[&str]) -> Command {
        self.command_with(args, &self.path("config.toml"))
    }

    pub fn command_with(&self, args: &[&str], config: &std::path::Path) -> Command {
        let mut cmd = Command::new(QARI);
        cmd.args(args)
            .args(self.globals_with(config))
            .env("HOME", self.path("home"))
            .env("XDG_CONFIG_HOME", self.path("home/.config"))
            .env("XDG_DATA_HOME", self.path("home/.local/share"))
            .env("XDG_STATE_HOME", self.path("home/.local/state"))
            .env_remove("QARI_LIBRARY")
            .env_remove("QARI_STATE")
            .env("COLUMNS", "80");
        cmd
    }

    /// `qari ARGS --library .. --state .. --config ..`, with a timeout.
    pub fn qari(&self, args: &[&str]) -> Run {
        run(self.command(args), None)
    }

    pub fn qari_big(&self, args: &[&str]) -> Run {
        run_within(self.command(args), None, BIG_TIMEOUT)
    }

    pub fn qari_stdin(&self, args: &[&str], input: Vec<u8>) -> Run {
        run(self.command(args), Some(input))
    }
}

/// What one run of the binary gave.
pub struct Run {
    pub what: String,
    pub status: ExitStatus,
    pub stdout: Vec<u8>,
    pub stderr: String,
    pub took: Duration,
}

impl Run {
    pub fn out(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }

    pub fn code(&self) -> Option<i32> {
        self.status.code()
    }

    /// Exited by itself (no signal, no panic) with one of qari's statuses:
    /// 0 success, 1 "done, but some input was bad", 2 a clear error.
    pub fn sane(&self) -> &Run {
        assert!(
            !self.stderr.contains("panicked"),
            "{}: panicked:\n{}",
            self.what,
            self.stderr
        );
        match self.status.code() {
            Some(0..=2) => {}
            other => panic!(
                "{}: ended with {other:?} ({:?}); stderr:\n{}",
                self.what, self.status, self.stderr
            ),
        }
        assert_no_escapes(&format!("{} (stdout)", self.what), &self.stdout);
        // Error messages reach the same terminal: quoting bad input there
        // must not let its escapes through either.
        assert_no_escapes(&format!("{} (stderr)", self.what), self.stderr.as_bytes());
        self
    }

    pub fn ok(&self) -> &Run {
        self.sane();
        assert_eq!(
            self.code(),
            Some(0),
            "{}: failed; stderr:\n{}",
            self.what,
            self.stderr
        );
        self
    }

    /// A clear error: status 1 or 2 and a message naming `needle`.
    pub fn fails_naming(&self, needle: &str) -> &Run {
        self.sane();
        assert!(
            matches!(self.code(), Some(1 | 2)),
            "{}: expected a failure status, got {:?}; stdout:\n{}",
            self.what,
            self.code(),
            self.out()
        );
        // A report (`qari check`) goes to stdout, an error to stderr.
        assert!(
            self.stderr.contains(needle) || self.out().contains(needle),
            "{}: the error does not name {needle:?}:\n{}{}",
            self.what,
            self.out(),
            self.stderr
        );
        self
    }
}

/// No ESC, no C1 CSI (as a raw byte or as U+009B), no BEL: nothing the
/// terminal would act on.
pub fn assert_no_escapes(what: &str, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    if let Some(at) = bytes.iter().position(|&b| b == 0x1b || b == 0x07) {
        let from = at.saturating_sub(40);
        panic!(
            "{what}: control byte {:#04x} on stdout at {at}: {:?}",
            bytes[at],
            String::from_utf8_lossy(&bytes[from..(at + 40).min(bytes.len())])
        );
    }
    assert!(
        std::str::from_utf8(bytes).is_ok() || !bytes.contains(&0x9b),
        "{what}: raw 0x9B byte on stdout"
    );
    assert!(!text.contains('\u{9b}'), "{what}: U+009B (CSI) on stdout");
}

pub fn run(cmd: Command, input: Option<Vec<u8>>) -> Run {
    run_within(cmd, input, TIMEOUT)
}

pub fn run_within(mut cmd: Command, input: Option<Vec<u8>>, timeout: Duration) -> Run {
    let what = format!("{cmd:?}");
    let what = if what.len() > 160 {
        format!("{}…", &what[..what.floor_char_boundary(160)])
    } else {
        what
    };
    cmd.stdin(if input.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    })
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    let start = Instant::now();
    let mut child = cmd.spawn().expect("start qari");
    let feeder = input.map(|bytes| {
        let mut stdin = child.stdin.take().expect("stdin");
        thread::spawn(move || {
            // qari may stop reading early on bad input: a broken pipe is fine.
            let _ = std::io::Write::write_all(&mut stdin, &bytes);
        })
    });
    let out = drain(child.stdout.take().expect("stdout"));
    let err = drain(child.stderr.take().expect("stderr"));
    let status = wait_or_kill(&mut child, &what, timeout);
    if let Some(f) = feeder {
        let _ = f.join();
    }
    Run {
        what,
        status,
        stdout: out.join().expect("stdout reader"),
        stderr: String::from_utf8_lossy(&err.join().expect("stderr reader")).into_owned(),
        took: start.elapsed(),
    }
}

fn drain(mut pipe: impl Read + Send + 'static) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = pipe.read_to_end(&mut buf);
        buf
    })
}

fn wait_or_kill(child: &mut Child, what: &str, timeout: Duration) -> ExitStatus {
    let deadline = Instant::now() + timeout;
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            return status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{what}: still running after {timeout:?}: a hang");
        }
        thread::sleep(Duration::from_millis(10));
    }
}

/// True when the outside tool is on PATH; in CI a missing tool fails.
pub fn have(tool: &str) -> bool {
    let found = Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !found {
        super::shared::missing(&format!(
            "{tool} is not on PATH, and this test needs it (see .ci/run)"
        ));
    }
    found
}

/// JSON `{"title": .., "body": ..}` as a serde value, for arrays of articles.
pub fn article_value(id: &str, title: &str, body: &str) -> Value {
    json!({ "id": id, "title": title, "body": body })
}

/// Every embedding/override and isolate opened on a line is closed on it,
/// so no line can change how another is drawn.
pub fn bidi_balanced(line: &str) -> bool {
    let (mut embeds, mut isolates) = (0usize, 0usize);
    for ch in line.chars() {
        match ch {
            '\u{202C}' => embeds = embeds.saturating_sub(1),
            '\u{202A}'..='\u{202E}' => embeds += 1,
            '\u{2069}' => isolates = isolates.saturating_sub(1),
            '\u{2066}'..='\u{2068}' => isolates += 1,
            _ => {}
        }
    }
    embeds == 0 && isolates == 0
}

pub fn is_bidi_control(ch: char) -> bool {
    matches!(ch, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}
