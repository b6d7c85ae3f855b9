//! What can be wrong with one article file.

/// Why a file could not be loaded, and where in it when that is known.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct ParseError {
    /// 1-based line of the problem.
    pub line: Option<usize>,
    /// 1-based column of the problem.
    pub column: Option<usize>,
    pub message: String,
}

impl ParseError {
    pub fn new(message: impl Into<String>) -> ParseError {
        ParseError {
            line: None,
            column: None,
            message: message.into(),
        }
    }

    pub fn at(line: usize, column: usize, message: impl Into<String>) -> ParseError {
        ParseError {
            line: Some(line),
            column: Some(column),
            message: message.into(),
        }
    }

    /// Text that is not UTF-8: where the first bad byte is.
    pub fn from_utf8(bytes: &[u8], err: &std::str::Utf8Error) -> ParseError {
        let good = &bytes[..err.valid_up_to()];
        let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = good.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        // The prefix is valid UTF-8, so counting non-continuation bytes
        // counts its characters.
        let column = good[line_start..]
            .iter()
            .filter(|&&b| (b & 0xC0) != 0x80)
            .count()
            + 1;
        ParseError::at(line, column, "not valid UTF-8 text")
    }
}

impl From<serde_json::Error> for ParseError {
    fn from(err: serde_json::Error) -> ParseError {
        let message = err.to_string();
        // serde_json appends the position to its message; it is reported in
        // its own fields instead.
        let suffix = format!(" at line {} column {}", err.line(), err.column());
        // The message may quote the file ("unknown variant `…`"): sanitized
        // here so that whoever shows it (the reader's status line too) is safe.
        let message = super::sanitize::inline(message.strip_suffix(&suffix).unwrap_or(&message));
        if err.line() == 0 {
            ParseError::new(message)
        } else {
            ParseError::at(err.line(), err.column().max(1), message)
        }
    }
}
