//! What the printing commands share: the interface's language, the layout
//! options from the configuration, the terminal's bidi switch around
//! laid-out output, and many lines made on every core into a pipe.

use std::io::{IsTerminal, Write};

use crate::app::display;
use crate::app::guard::{GuardedLines, RowOutput};
use crate::app::terminal::{bidi_mode, in_tmux};
use crate::commands::stdout::with_stdout;
use crate::config::{Config, Ui};
use crate::i18n::{UiLang, default_lang};
use crate::layout::{Direction, LayoutOptions, layout_paragraph};

/// The interface's language: the configuration's, else the locale's.
pub fn lang(config: &Config) -> UiLang {
    match config.ui.value {
        Ui::Lang(lang) => lang,
        Ui::Auto => default_lang(|name| std::env::var(name).ok()),
    }
}

/// The layout options the configuration asks for (shaping, tashkeel,
/// digits, justification), in `direction`.
pub fn layout_options(config: &Config, direction: Direction) -> LayoutOptions {
    LayoutOptions {
        direction,
        shaping: config.shape.value.shaping(),
        tashkeel: config.tashkeel.value,
        digits: config.digits.value,
        justify: config.justify.value,
    }
}

/// Whether standard output is a terminal: laid-out (visual) output goes
/// there; a pipe or a file gets logical text.
pub fn to_terminal() -> bool {
    std::io::stdout().is_terminal()
}

/// The terminal's width in cells: 80 when it does not say, or says 0 (a
/// pseudo-terminal nobody sized).
pub fn terminal_width() -> usize {
    match crossterm::terminal::size() {
        Ok((columns, _)) if columns > 0 => usize::from(columns),
        _ => 80,
    }
}

/// How laid-out rows go to the terminal this process runs in, by the
/// `bidi` setting.
pub fn row_output(config: &Config) -> RowOutput {
    let kind = display::terminal_kind(|name| std::env::var(name).ok());
    let setting = config.bidi.value;
    display::row_output(setting, kind, display::mlterm_ctl(setting, kind))
}

/// Whether printed output is laid out by qari, and how its rows go: only
/// to a terminal. mlterm and Konsole paint every row by their own bidi
/// setting of the moment, so neither can have it switched off only while
/// qari prints: an mlterm with its bidi and shaping on gets each row as
/// the logical text it lays out into the same cells, and so does a
/// Konsole, whose bidi rendering is back on once qari has printed.
pub fn laid_out_rows(config: &Config) -> Option<RowOutput> {
    if !to_terminal() {
        return None;
    }
    match row_output(config) {
        RowOutput::MltermCtlOff => Some(RowOutput::MltermLogical),
        RowOutput::KonsoleBidiOff => Some(RowOutput::KonsoleLogical),
        RowOutput::KonsoleAsIs => Some(RowOutput::Visual),
        rows => Some(rows),
    }
}

/// Runs `write` between the switches that stop a VTE terminal from
/// reordering qari's visual lines (CSI 8 l … CSI 8 h), when `terminal`;
/// each line written goes as `output` says to a terminal that reorders
/// rows itself (as logical text each lays out into the same cells).
pub fn in_visual_mode(
    out: &mut dyn Write,
    terminal: Option<RowOutput>,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let tmux = in_tmux(|name| std::env::var(name).ok());
    let Some(output) = terminal else {
        return write(out);
    };
    out.write_all(bidi_mode(true, tmux).as_bytes())?;
    let mut lines = GuardedLines::new(&mut *out, output).for_width(terminal_width());
    let result = write(&mut lines).and_then(|()| lines.finish());
    // Switched back even when writing failed half way.
    out.write_all(bidi_mode(false, tmux).as_bytes())?;
    result
}

/// Prints lines of interface text: laid out for the terminal (visual
/// order, shaped, right-to-left lines right-aligned, inside the bidi
/// switch) when standard output is one, else as logical text.
pub fn print_lines(lines: &[String], config: &Config, direction: Direction) -> anyhow::Result<()> {
    let rows = laid_out_rows(config);
    with_stdout(|out| {
        let Some(rows) = rows else {
            return lines.iter().try_for_each(|l| writeln!(out, "{l}"));
        };
        let width = terminal_width();
        let opts = layout_options(config, direction);
        in_visual_mode(out, Some(rows), |out| {
            for line in lines {
                for row in layout_paragraph(line, width, &opts) {
                    let pad = if row.rtl {
                        width.saturating_sub(row.width)
                    } else {
                        0
                    };
                    writeln!(out, "{}{}", " ".repeat(pad), row.text)?;
                }
            }
            Ok(())
        })
    })
}

/// Lines into a pipe, as they are: a hundred thousand of them are made in
/// parts, one a core, and written in order.
pub fn write_logical(
    out: &mut dyn Write,
    count: usize,
    line: &(impl Fn(usize, &mut String) + Sync),
) -> std::io::Result<()> {
    let lines = |from: usize, to: usize, chunk: &mut String| {
        for k in from..to {
            line(k, chunk);
            chunk.push('\n');
        }
    };
    // Made and written a chunk at a time: no more than a chunk in memory.
    let streamed = |out: &mut dyn Write, from: usize, to: usize| {
        let mut chunk = String::with_capacity(1 << 16);
        for k in from..to {
            lines(k, k + 1, &mut chunk);
            if chunk.len() >= 1 << 15 {
                out.write_all(chunk.as_bytes())?;
                chunk.clear();
            }
        }
        out.write_all(chunk.as_bytes())
    };
    let cores = crate::cores();
    let parts = cores.min(4);
    if parts < 2 || count < 8192 {
        return streamed(out, 0, count);
    }
    let bounds: Vec<usize> = (0..=parts).map(|k| k * count / parts).collect();
    std::thread::scope(|s| {
        let later: Vec<_> = bounds[1..]
            .windows(2)
            .map(|w| s.spawn(move || held(w[0], w[1], &lines)))
            .collect();
        // The first part goes out as it is made; only the later ones are
        // held until their turn.
        streamed(out, 0, bounds[1])?;
        for part in later {
            let chunk = part
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            out.write_all(chunk.as_bytes())?;
        }
        Ok(())
    })
}

/// The lines `from..to` made by `lines`, in one string sized from its first
/// lines: grown as it is filled, a string of megabytes is copied whole
/// each time, into fresh memory the kernel must clear.
fn held(from: usize, to: usize, lines: &(impl Fn(usize, usize, &mut String) + Sync)) -> String {
    let sample = (to - from).min(256);
    let mut chunk = String::with_capacity(1 << 16);
    lines(from, from + sample, &mut chunk);
    let each = chunk.len().div_ceil(sample.max(1));
    // A quarter more than the sample's lines would take.
    chunk.reserve((to - from - sample) * each / 4 * 5);
    lines(from + sample, to, &mut chunk);
    chunk
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_made_in_parts_are_written_in_order() {
        for count in [0, 3, 8191, 8192, 10_007] {
            let mut out = Vec::new();
            let line = |k: usize, text: &mut String| text.push_str(&format!("{k}: سطر"));
            write_logical(&mut out, count, &line).expect("written");
            let expected: String = (0..count).map(|k| format!("{k}: سطر\n")).collect();
            assert!(
                String::from_utf8(out).expect("UTF-8") == expected,
                "{count}"
            );
        }
    }

    #[test]
    fn laid_out_output_to_a_terminal_is_inside_the_bidi_switch() {
        let mut out = Vec::new();
        in_visual_mode(&mut out, Some(RowOutput::Visual), |out| {
            writeln!(out, "line")
        })
        .unwrap();
        let text = String::from_utf8(out).unwrap();
        let line = text.find("line\n").expect("the line");
        assert!(text.starts_with("\x1b[8l"), "{text:?}");
        assert!(text[line..].contains("\x1b[8h"), "{text:?}");
        let mut piped = Vec::new();
        in_visual_mode(&mut piped, None, |out| writeln!(out, "line")).unwrap();
        assert_eq!(piped, b"line\n");
    }

    #[test]
    fn mlterm_gets_each_row_as_the_logical_text_it_lays_out_again() {
        let mut out = Vec::new();
        // "قال" as qari draws it, right-aligned in the terminal.
        let row = format!("{}ﻝﺎﻗ", " ".repeat(terminal_width() - 3));
        in_visual_mode(&mut out, Some(RowOutput::MltermLogical), |out| {
            writeln!(out, "{row}\nok")
        })
        .unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(text, "\x1b[8lﻗﺎﻝ\nok\n\x1b[8h");
    }

    #[test]
    fn konsole_gets_each_row_as_the_logical_text_its_bidi_lays_out_again() {
        let mut out = Vec::new();
        // "قال" as qari draws it, right-aligned: the padding stays in
        // front, since Konsole lays a row out left to right.
        in_visual_mode(&mut out, Some(RowOutput::KonsoleLogical), |out| {
            writeln!(out, "     ﻝﺎﻗ\nok")
        })
        .unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(text, "\x1b[8l     ﻗﺎﻝ\nok\n\x1b[8h");
    }

    #[test]
    fn guarded_output_marks_every_line_inside_the_switch() {
        let mut out = Vec::new();
        in_visual_mode(&mut out, Some(RowOutput::Guarded), |out| {
            writeln!(out, "ﻝﺎﻗ\nok")
        })
        .unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(
            text,
            "\x1b[8l\u{200E}ﻝ\u{200E}ﺎ\u{200E}ﻗ\u{200E}\n\u{200E}ok\n\x1b[8h"
        );
    }
}
