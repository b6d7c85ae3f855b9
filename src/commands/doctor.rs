use std::io::Write;
use std::process::ExitCode;

use anyhow::Context;
use clap::Args;

use crate::app::display;
use crate::app::guard::RowOutput;
use crate::app::isolate;
use crate::app::terminal::{self, TerminalKind};
use crate::cli::GlobalArgs;
use crate::commands::output::{self, in_visual_mode};
use crate::commands::stdout::with_stdout;
use crate::config::ShapeSetting;
use crate::config::Ui;
use crate::i18n::UiLang;
use crate::i18n::{DoctorStrings, default_lang};
use crate::layout::{Direction, LayoutOptions, Shaping, display_width, fit_line, layout_paragraph};

#[derive(Debug, Args)]
pub struct DoctorArgs {}

/// Cells of the test screen's name column.
const LABEL: usize = 11;
/// Cells of the test screen's drawn column.
const DRAWN: usize = 34;
/// Cells of the test screen's "should look like" column.
const EXPECT: usize = 44;
/// Cells of each of the two side-by-side panes.
const PANE: usize = 24;
/// Width of the Arabic report's prose when the terminal does not say.
const PROSE: usize = 80;

/// The lines of the two side-by-side panes of the test screen.
const PANE_LATIN: [&str; 3] = ["Reading list", "3 articles", "Press ? for help"];
const PANE_ARABIC: [&str; 3] = ["المقالات", "ثلاث مقالات", "اضغط ? للمساعدة"];

/// The test lines, in the order of `DoctorStrings::samples`.
const SAMPLES: [&str; 5] = [
    "لا إله إلا الله",
    "مُدَرِّسَةٌ جَمِيلَةٌ",
    "في عام 2024 أو ٢٠٢٤ م",
    "قال (مرحبا) ثم [انتهى]",
    "قال John Smith إن الخبر صحيح",
];

pub fn run(global: &GlobalArgs, _args: &DoctorArgs) -> anyhow::Result<ExitCode> {
    let env = |name: &str| std::env::var(name).ok();
    let kind = display::terminal_kind(env);
    let tmux = terminal::in_tmux(env);
    let config = crate::config::load(global).config;
    let shaping = global.shape.unwrap_or(ShapeSetting::Auto).shaping();
    let lang = match config.ui.value {
        Ui::Lang(lang) => lang,
        Ui::Auto => default_lang(env),
    };
    let rows = output::laid_out_rows(&config);
    let laid_out = rows.is_some();
    let width = match laid_out {
        true => output::terminal_width().clamp(20, PROSE),
        false => PROSE,
    };
    let report = Report {
        lang,
        shaping,
        width,
        laid_out,
        rows: rows.unwrap_or(RowOutput::Visual),
    };
    with_stdout(|out| report.write(out, kind, tmux)).context("could not write the report")?;
    Ok(ExitCode::SUCCESS)
}

/// How the report is written: in which language, with which shaping, how
/// wide its prose may be, and whether it is laid out for a terminal (else
/// it is logical text, for a pipe or a file).
pub struct Report {
    pub lang: UiLang,
    pub shaping: Shaping,
    pub width: usize,
    pub laid_out: bool,
    /// How the laid-out rows go to the terminal.
    pub rows: RowOutput,
}

impl Report {
    fn words(&self) -> &'static DoctorStrings {
        DoctorStrings::get(self.lang)
    }

    fn rtl(&self) -> bool {
        self.lang == UiLang::Ar
    }

    fn opts(&self, direction: Direction) -> LayoutOptions {
        LayoutOptions {
            direction,
            shaping: self.shaping,
            ..LayoutOptions::default()
        }
    }

    /// The whole report: test screen, detected terminal, advice. Laid out,
    /// every line of it is qari's, so it goes inside the same bidi switch,
    /// and guard, that the reader uses.
    pub fn write(
        &self,
        out: &mut dyn Write,
        kind: TerminalKind,
        tmux: bool,
    ) -> std::io::Result<()> {
        let shown = self.laid_out.then_some(self.rows);
        in_visual_mode(out, shown, |out| self.write_inside(out, kind, tmux))
    }

    fn write_inside(
        &self,
        out: &mut dyn Write,
        kind: TerminalKind,
        tmux: bool,
    ) -> std::io::Result<()> {
        let w = self.words();
        self.prose(out, w.title, "")?;
        writeln!(out)?;
        self.test_screen(out)?;
        writeln!(out)?;
        let name = match kind {
            TerminalKind::Vte => w.vte_name,
            TerminalKind::Konsole => "Konsole",
            TerminalKind::Kitty => "kitty",
            TerminalKind::WezTerm => "WezTerm",
            TerminalKind::Mlterm => "mlterm",
            TerminalKind::Other => w.unknown_name,
        };
        let inside = if tmux { w.inside_tmux } else { "" };
        self.prose(out, &format!("{} {name}{inside}", w.terminal), "")?;
        let shaping = match self.shaping {
            Shaping::On => w.shaping_on,
            Shaping::Off => w.shaping_off,
        };
        self.prose(out, &format!("{} {shaping}", w.shaping), "")?;
        for line in advice(w, kind, tmux) {
            self.prose(out, line, "  - ")?;
        }
        writeln!(out)?;
        self.prose(out, w.if_wrong, "")
    }

    /// A paragraph of the report after `bullet`. English, and any text not
    /// laid out, is printed as it is; laid-out Arabic is right to left at
    /// the report's width, right aligned, with its Latin fragments isolated
    /// and the bullet on the right.
    fn prose(&self, out: &mut dyn Write, text: &str, bullet: &str) -> std::io::Result<()> {
        if !self.rtl() || !self.laid_out {
            return writeln!(out, "{bullet}{text}");
        }
        let bullet: String = bullet.chars().rev().collect();
        let width = self.width.saturating_sub(bullet.len()).max(1);
        let text = isolate::latin_runs(text);
        let lines = layout_paragraph(&text, width, &self.opts(Direction::Rtl));
        for (i, line) in lines.iter().enumerate() {
            let pad = " ".repeat(width.saturating_sub(line.width));
            let mark = if i == 0 {
                bullet.clone()
            } else {
                " ".repeat(bullet.len())
            };
            writeln!(out, "{pad}{}{}", line.text, mark.trim_end())?;
        }
        Ok(())
    }

    fn test_screen(&self, out: &mut dyn Write) -> std::io::Result<()> {
        let w = self.words();
        if !self.laid_out {
            return self.logical_test_screen(out);
        }
        let rtl = self.opts(Direction::Rtl);
        let ui = self.opts(if self.rtl() {
            Direction::Rtl
        } else {
            Direction::Ltr
        });
        // One row: the name, the line as drawn, what it should look like.
        // An Arabic report puts the name on the right, as it reads.
        let row = |out: &mut dyn Write, label: &str, drawn: &str, expect: &str, sep: &str| {
            let label = cell(label, LABEL, &ui, self.rtl());
            let drawn = cell(drawn, DRAWN, &rtl, true);
            let expect = cell(expect, EXPECT, &ui, self.rtl());
            if self.rtl() {
                writeln!(out, "  {expect} {sep} {drawn} {label}")
            } else {
                writeln!(out, "  {label} {drawn} {sep} {}", expect.trim_end())
            }
        };
        row(out, w.column_test, w.column_drawn, w.column_expect, " ")?;
        for (text, (label, expect)) in SAMPLES.iter().zip(w.samples()) {
            row(out, label, text, expect, "│")?;
        }
        writeln!(out)?;
        self.prose(out, w.two_panes, "  ")?;
        let ltr = self.opts(Direction::Ltr);
        for (l, r) in PANE_LATIN.iter().zip(PANE_ARABIC) {
            let latin = cell(l, PANE, &ltr, false);
            let arabic = cell(r, PANE, &rtl, true);
            writeln!(out, "  │{latin}│{arabic}│")?;
        }
        Ok(())
    }

    /// The test screen as logical text: each test line as it is stored,
    /// after its name and before what it should look like.
    fn logical_test_screen(&self, out: &mut dyn Write) -> std::io::Result<()> {
        let w = self.words();
        let label = |l: &str| format!("{l}{}", " ".repeat(LABEL.saturating_sub(display_width(l))));
        writeln!(
            out,
            "  {}  {}  │  {}",
            label(w.column_test),
            w.column_drawn,
            w.column_expect
        )?;
        for (text, (name, expect)) in SAMPLES.iter().zip(w.samples()) {
            writeln!(out, "  {}  {text}  │  {expect}", label(name))?;
        }
        writeln!(out)?;
        self.prose(out, w.two_panes, "  ")?;
        for (l, r) in PANE_LATIN.iter().zip(PANE_ARABIC) {
            writeln!(out, "  │{l}│{r}│")?;
        }
        Ok(())
    }
}

/// `text` laid out on one line of `cells`, padded to fill them: on the
/// left when `right` (right-aligned), else on the right.
fn cell(text: &str, cells: usize, opts: &LayoutOptions, right: bool) -> String {
    let text = if opts.direction == Direction::Rtl {
        isolate::latin_runs(text)
    } else {
        text.into()
    };
    let line = fit_line(&text, cells, opts);
    let pad = " ".repeat(cells.saturating_sub(line.width));
    if right {
        format!("{pad}{}", line.text)
    } else {
        format!("{}{pad}", line.text)
    }
}

/// What to set, for the terminal found.
pub fn advice(w: &DoctorStrings, kind: TerminalKind, tmux: bool) -> Vec<&'static str> {
    let mut lines = vec![match kind {
        TerminalKind::Vte => w.advice_vte,
        TerminalKind::Konsole => w.advice_konsole,
        TerminalKind::Kitty => w.advice_kitty,
        TerminalKind::WezTerm => w.advice_wezterm,
        TerminalKind::Mlterm => w.advice_mlterm,
        TerminalKind::Other => w.advice_other,
    }];
    if kind == TerminalKind::Konsole {
        lines.push(w.advice_konsole_off);
    }
    if tmux {
        lines.push(w.advice_tmux);
    }
    lines
}
