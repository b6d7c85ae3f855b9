use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use anyhow::Context;
use clap::Args;

use crate::app::terminal::{self, TerminalKind, bidi_mode};
use crate::cli::{GlobalArgs, ShapeSetting};
use crate::layout::{Direction, LayoutOptions, Shaping, fit_line};

#[derive(Debug, Args)]
pub struct DoctorArgs {}

/// Cells of the test screen's drawn column.
const DRAWN: usize = 34;
/// Cells of each of the two side-by-side panes.
const PANE: usize = 24;

/// A line of the test screen: what it tests, the text, and what a reader
/// should see when the terminal shows qari's lines as drawn.
struct Sample {
    what: &'static str,
    text: &'static str,
    expect: &'static str,
}

const SAMPLES: &[Sample] = &[
    Sample {
        what: "lam-alef",
        text: "لا إله إلا الله",
        expect: "letters joined; each لا one glyph",
    },
    Sample {
        what: "harakat",
        text: "مُدَرِّسَةٌ جَمِيلَةٌ",
        expect: "marks above/below their letters",
    },
    Sample {
        what: "digits",
        text: "في عام 2024 أو ٢٠٢٤ م",
        expect: "2024 and ٢٠٢٤ read left to right",
    },
    Sample {
        what: "brackets",
        text: "قال (مرحبا) ثم [انتهى]",
        expect: "brackets open on the right",
    },
    Sample {
        what: "Latin name",
        text: "قال John Smith إن الخبر صحيح",
        expect: "John Smith in the middle, unreversed",
    },
];

pub fn run(global: &GlobalArgs, _args: &DoctorArgs) -> anyhow::Result<ExitCode> {
    let env = |name: &str| std::env::var(name).ok();
    let kind = terminal::detect(env);
    let tmux = terminal::in_tmux(env);
    let shaping = match global.shape {
        Some(ShapeSetting::On) => Shaping::On,
        Some(ShapeSetting::Off) => Shaping::Off,
        _ if kind == TerminalKind::Mlterm => Shaping::Off,
        _ => Shaping::On,
    };
    let to_terminal = std::io::stdout().is_terminal();
    let mut out = std::io::stdout().lock();
    write_report(&mut out, kind, tmux, shaping, to_terminal)
        .context("could not write the report")?;
    Ok(ExitCode::SUCCESS)
}

/// The whole report: test screen, detected terminal, advice.
pub fn write_report(
    out: &mut impl Write,
    kind: TerminalKind,
    tmux: bool,
    shaping: Shaping,
    to_terminal: bool,
) -> std::io::Result<()> {
    writeln!(out, "qari doctor: how this terminal shows Arabic\n")?;
    if to_terminal {
        // The same switch the reader sends, so the screen shows what it would.
        out.write_all(bidi_mode(true, tmux).as_bytes())?;
    }
    test_screen(out, shaping)?;
    if to_terminal {
        out.write_all(bidi_mode(false, tmux).as_bytes())?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "Terminal: {}{}",
        name(kind),
        if tmux { ", inside tmux" } else { "" }
    )?;
    writeln!(
        out,
        "Shaping: {}",
        match shaping {
            Shaping::On => "qari shapes Arabic (--shape on)",
            Shaping::Off => "left to the terminal (--shape off)",
        }
    )?;
    for line in advice(kind, tmux) {
        writeln!(out, "  - {line}")?;
    }
    writeln!(
        out,
        "\nIf a line above looks wrong: disconnected letters mean try --shape on; \
         doubled or broken joins mean --shape off; whole lines read backwards mean \
         the terminal reorders text itself (see the advice above)."
    )?;
    Ok(())
}

fn test_screen(out: &mut impl Write, shaping: Shaping) -> std::io::Result<()> {
    let opts = LayoutOptions {
        direction: Direction::Rtl,
        shaping,
        ..LayoutOptions::default()
    };
    let ltr = LayoutOptions {
        direction: Direction::Ltr,
        ..opts
    };
    writeln!(
        out,
        "  {:<11} {:>DRAWN$}   should look like",
        "test", "qari draws"
    )?;
    for sample in SAMPLES {
        let line = fit_line(sample.text, DRAWN, &opts);
        let pad = " ".repeat(DRAWN.saturating_sub(line.width));
        // The description may hold Arabic too: it is laid out like the rest.
        let expect = fit_line(sample.expect, 60, &ltr);
        writeln!(
            out,
            "  {:<11} {pad}{} │ {}",
            sample.what, line.text, expect.text
        )?;
    }
    writeln!(
        out,
        "\n  two panes: English left, Arabic right, each in its own box"
    )?;
    let left = ["Reading list", "3 articles", "Press ? for help"];
    let right = ["المقالات", "ثلاث مقالات", "اضغط ? للمساعدة"];
    for (l, r) in left.iter().zip(right) {
        let latin = fit_line(l, PANE, &ltr);
        let arabic = fit_line(r, PANE, &opts);
        let l_pad = " ".repeat(PANE.saturating_sub(latin.width));
        let r_pad = " ".repeat(PANE.saturating_sub(arabic.width));
        writeln!(out, "  │{}{l_pad}│{r_pad}{}│", latin.text, arabic.text)?;
    }
    Ok(())
}

fn name(kind: TerminalKind) -> &'static str {
    match kind {
        TerminalKind::Vte => "VTE (GNOME Terminal, Tilix, Terminator…)",
        TerminalKind::Konsole => "Konsole",
        TerminalKind::Kitty => "kitty",
        TerminalKind::WezTerm => "WezTerm",
        TerminalKind::Mlterm => "mlterm",
        TerminalKind::Other => "not recognised from the environment",
    }
}

/// What to set, for the terminal found.
pub fn advice(kind: TerminalKind, tmux: bool) -> Vec<&'static str> {
    let mut lines = vec![match kind {
        TerminalKind::Vte => {
            "VTE reorders right-to-left text itself; qari switches that off while it runs \
             (CSI 8 l) and back on when it quits. Nothing to set."
        }
        TerminalKind::Konsole => {
            "Konsole reorders right-to-left text itself and has no switch qari can send: \
             turn off Settings > Edit Current Profile > Advanced > Bi-Directional text rendering."
        }
        TerminalKind::Kitty => {
            "kitty draws cells as given and does not join Arabic letters: the defaults are right."
        }
        TerminalKind::WezTerm => {
            "WezTerm: keep bidi_enabled = false (its default) so it draws qari's lines as given."
        }
        TerminalKind::Mlterm => {
            "mlterm joins Arabic letters itself: qari leaves shaping to it (--shape off, chosen \
             automatically here)."
        }
        TerminalKind::Other => {
            "If the test lines look as described, the defaults suit this terminal; otherwise \
             try --shape off, or turn off the terminal's own bidi support."
        }
    }];
    if tmux {
        lines.push(
            "tmux passes qari's cells through unchanged, but the terminal around it decides \
             the rest: with VTE outside, `set -g allow-passthrough on` lets qari's CSI 8 l \
             reach it; with Konsole, turn its bidi rendering off.",
        );
    }
    lines
}
