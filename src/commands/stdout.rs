//! Writing a command's output to standard output, buffered, where a closed
//! pipe (`qari list | head`) ends the output quietly instead of panicking.

use std::io::{self, BufWriter, Write};

/// Runs `write` against buffered standard output. A broken pipe counts as
/// success: the reader has seen all it wanted.
pub fn with_stdout(write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> anyhow::Result<()> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match write(&mut out).and_then(|()| out.flush()) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}
