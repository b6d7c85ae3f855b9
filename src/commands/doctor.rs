use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use anyhow::Context;
use clap::Args;

use crate::app::isolate;
use crate::app::terminal::{self, TerminalKind, bidi_mode};
use crate::cli::GlobalArgs;
use crate::config::ShapeSetting;
use crate::config::Ui;
use crate::i18n::UiLang;
use crate::i18n::{DoctorStrings, default_lang};
use crate::layout::{Direction, LayoutOptions, Shaping, fit_line, layout_paragraph};

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
    let kind = terminal::detect(env);
    let tmux = terminal::in_tmux(env);
    let shaping = global
        .shape
        .unwrap_or(ShapeSetting::Auto)
        .shaping(kind == TerminalKind::Mlterm);
    let lang = match crate::config::load(global).config.ui.value {
        Ui::Lang(lang) => lang,
        Ui::Auto => default_lang(env),
    };
    let to_terminal = std::io::stdout().is_terminal();
    let width = to_terminal
        .then(crossterm::terminal::size)
        .and_then(Result::ok)
        .map_or(PROSE, |(columns, _)| usize::from(columns).clamp(20, PROSE));
    let report = Report {
        lang,
        shaping,
        width,
    };
    let mut out = std::io::stdout().lock();
    report
        .write(&mut out, kind, tmux, to_terminal)
        .context("could not write the report")?;
    Ok(ExitCode::SUCCESS)
}

/// How the report is written: in which language, with which shaping, and
/// how wide its prose may be.
pub struct Report {
    pub lang: UiLang,
    pub shaping: Shaping,
    pub width: usize,
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

    /// The whole report: test screen, detected terminal, advice. Every
    /// line of it is laid out by qari, so to a terminal it goes inside the
    /// same bidi switch the reader sends.
    pub fn write(
        &self,
        out: &mut impl Write,
        kind: TerminalKind,
        tmux: bool,
        to_terminal: bool,
    ) -> std::io::Result<()> {
        if to_terminal {
            out.write_all(bidi_mode(true, tmux).as_bytes())?;
        }
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
        self.prose(out, w.if_wrong, "")?;
        if to_terminal {
            out.write_all(bidi_mode(false, tmux).as_bytes())?;
        }
        Ok(())
    }

    /// A paragraph of the report after `bullet`. English is printed as it
    /// is; Arabic is laid out right to left at the report's width, right
    /// aligned, with its Latin fragments isolated and the bullet on the
    /// right.
    fn prose(&self, out: &mut impl Write, text: &str, bullet: &str) -> std::io::Result<()> {
        if !self.rtl() {
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

    fn test_screen(&self, out: &mut impl Write) -> std::io::Result<()> {
        let w = self.words();
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
        let left = ["Reading list", "3 articles", "Press ? for help"];
        let right = ["المقالات", "ثلاث مقالات", "اضغط ? للمساعدة"];
        for (l, r) in left.iter().zip(right) {
            let latin = cell(l, PANE, &ltr, false);
            let arabic = cell(r, PANE, &rtl, true);
            writeln!(out, "  │{latin}│{arabic}│")?;
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
    if tmux {
        lines.push(w.advice_tmux);
    }
    lines
}
