//! QR codes drawn with half blocks, so a phone can scan one off the screen.
//!
//! Each character cell holds two modules, one above the other: `█` both
//! dark, `▀` the upper, `▄` the lower, a space neither. Dark modules are the
//! ink; the code is drawn dark on light (`light_on_terminal` gives the
//! colours), with a quiet zone of light modules all round, since a scanner
//! needs it and the terminal's own background may be dark.

use qrcode::{EcLevel, QrCode};

use super::{Format, Share, ShareError, ShareKind, render};

/// Light modules around the code, as the QR standard asks.
pub const QUIET_ZONE: usize = 4;

/// Medium error correction: a screen photo loses some modules.
const LEVEL: EcLevel = EcLevel::M;

/// The most bytes a code at `LEVEL` holds (version 40, byte mode).
pub const MAX_BYTES: usize = 2331;

/// What a QR code of `share` carries: its URL, else its text in `format`.
pub fn payload(share: &Share, format: Format) -> String {
    share.url.clone().unwrap_or_else(|| render(share, format))
}

/// The code's modules with the quiet zone, row by row; `true` is dark.
pub fn modules(data: &str) -> Result<Vec<Vec<bool>>, ShareError> {
    let code = QrCode::with_error_correction_level(data.as_bytes(), LEVEL).map_err(|_| {
        ShareError::TooLongForQr {
            bytes: data.len(),
            max: MAX_BYTES,
            quote: false,
        }
    })?;
    let width = code.width();
    let colors = code.to_colors();
    let side = width + 2 * QUIET_ZONE;
    let mut rows = vec![vec![false; side]; side];
    for (i, color) in colors.iter().enumerate() {
        rows[QUIET_ZONE + i / width][QUIET_ZONE + i % width] = *color == qrcode::Color::Dark;
    }
    Ok(rows)
}

/// The code as lines of half blocks, two module rows a line.
pub fn half_blocks(data: &str) -> Result<Vec<String>, ShareError> {
    let rows = modules(data)?;
    let light = vec![false; rows.first().map_or(0, Vec::len)];
    Ok(rows
        .chunks(2)
        .map(|pair| {
            let lower = pair.get(1).unwrap_or(&light);
            pair[0]
                .iter()
                .zip(lower)
                .map(|(&up, &down)| match (up, down) {
                    (true, true) => '█',
                    (true, false) => '▀',
                    (false, true) => '▄',
                    (false, false) => ' ',
                })
                .collect()
        })
        .collect())
}

/// The code of `share` as half-block lines; a code too long to make says
/// what shorter share to try.
pub fn draw(share: &Share, format: Format) -> Result<Vec<String>, ShareError> {
    half_blocks(&payload(share, format)).map_err(|e| match e {
        ShareError::TooLongForQr { bytes, max, .. } => ShareError::TooLongForQr {
            bytes,
            max,
            quote: matches!(share.kind, ShareKind::Quote(_)),
        },
        other => other,
    })
}

/// SGR codes around each line on a terminal: black ink on bright white,
/// whatever the terminal's own colours.
pub const TERMINAL_START: &str = "\x1b[30;107m";
pub const TERMINAL_END: &str = "\x1b[0m";
