//! Settings: the built-in defaults (`default.toml`, compiled in), overlaid by
//! the user's TOML file, then the environment, then command-line flags.
//! Every effective value remembers where it came from.
//!
//! Loading never fails: a file that cannot be read or parsed is reported
//! with its line and column and left out as a whole, so qari starts on the
//! defaults; an unknown key is a warning and the rest of the file applies.

mod source;
mod state;
mod values;

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use crate::article::order::SortOrder;
use crate::article::scan::LibraryLinks;
use crate::cli::GlobalArgs;
use crate::layout::{Digits, Justify, Tashkeel};

pub use state::overlay_state;
pub use values::{BidiSetting, Choice, Colour, KeyChord, Mirror, ShapeSetting, ThemeSetting, Ui};

const DEFAULTS: &str = include_str!("default.toml");

/// Where an effective value came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    Default,
    File {
        path: PathBuf,
        line: usize,
        column: usize,
    },
    Environment(&'static str),
    Flag(&'static str),
    /// Chosen in the reader and kept in the reading state at this path.
    State(PathBuf),
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::Default => f.write_str("default"),
            Origin::File { path, line, column } => {
                write!(f, "file {}:{line}:{column}", path.display())
            }
            Origin::Environment(var) => write!(f, "environment {var}"),
            Origin::Flag(flag) => write!(f, "flag {flag}"),
            Origin::State(path) => write!(f, "state {}", path.display()),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Setting<T> {
    pub value: T,
    pub origin: Origin,
}

impl<T> Setting<T> {
    fn default(value: T) -> Self {
        Setting {
            value,
            origin: Origin::Default,
        }
    }
}

/// The effective configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    pub ui: Setting<Ui>,
    pub layout: Setting<Mirror>,
    pub shape: Setting<ShapeSetting>,
    pub bidi: Setting<BidiSetting>,
    pub tashkeel: Setting<Tashkeel>,
    pub digits: Setting<Digits>,
    pub justify: Setting<Justify>,
    /// The list's order in the reader.
    pub sort: Setting<SortOrder>,
    pub library: Setting<Option<PathBuf>>,
    pub library_links: Setting<LibraryLinks>,
    /// Where archived articles go; `None`: the XDG data folder's.
    pub archive_dir: Setting<Option<PathBuf>>,
    pub share_folder: Setting<Option<PathBuf>>,
    /// Light or dark colours (`theme = "light"`, or `base` in `[theme]`).
    pub theme_base: Setting<ThemeSetting>,
    /// Colour name (as in `default.toml`'s `[theme]`) to colour.
    pub theme: BTreeMap<String, Setting<Colour>>,
    /// Rebound actions only: action name to its keys.
    pub keys: BTreeMap<String, Setting<Vec<KeyChord>>>,
}

/// A problem with the configuration, where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigProblem {
    /// `path:line:column` or `$VARIABLE` or `--flag`.
    pub place: String,
    pub message: String,
}

impl fmt::Display for ConfigProblem {
    /// Control characters from the file or a path are shown as `\u{1B}`:
    /// the message goes to a terminal, which would obey them.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = format!("{}: {}", self.place, self.message);
        for ch in text.chars() {
            if ch.is_control() {
                write!(f, "\\u{{{:X}}}", ch as u32)?;
            } else {
                write!(f, "{ch}")?;
            }
        }
        Ok(())
    }
}

/// The outcome of loading: always a usable configuration.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub config: Config,
    /// The file that was read (or tried), if any.
    pub file: Option<PathBuf>,
    /// Whether `file` existed.
    pub file_found: bool,
    /// Errors: a bad file is left out as a whole, a bad variable alone.
    pub errors: Vec<ConfigProblem>,
    pub warnings: Vec<ConfigProblem>,
    /// Whether the file was left out because of its errors.
    pub file_ignored: bool,
}

impl Loaded {
    /// The first problem (errors before warnings) and how many others.
    pub fn status_parts(&self) -> Option<(String, usize)> {
        let first = self.errors.first().or(self.warnings.first())?;
        Some((
            first.to_string(),
            self.errors.len() + self.warnings.len() - 1,
        ))
    }

    /// One line for the reader's status line, if anything went wrong. What
    /// it means comes first: a narrow status line cuts the end of a long path.
    pub fn status_message(&self) -> Option<String> {
        let (first, more) = self.status_parts()?;
        let mut msg = String::new();
        if self.file_ignored {
            msg.push_str("started on the default settings: ");
        }
        msg.push_str(&first);
        if more > 0 {
            msg.push_str(&format!(" (+{more} more: qari config)"));
        }
        Some(msg)
    }
}

/// `--config`, else `$QARI_CONFIG`, else `~/.config/qari/config.toml`.
pub fn config_path(flags: &GlobalArgs, env: &dyn Fn(&str) -> Option<String>) -> Option<PathBuf> {
    if let Some(p) = &flags.config {
        return Some(p.clone());
    }
    if let Some(p) = env("QARI_CONFIG").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    directories::ProjectDirs::from("", "", "qari").map(|d| d.config_dir().join("config.toml"))
}

/// Loads from the real environment.
pub fn load(flags: &GlobalArgs) -> Loaded {
    load_with(flags, &|name| std::env::var(name).ok())
}

/// Loads with `env` standing for the environment (tests pass their own).
pub fn load_with(flags: &GlobalArgs, env: &dyn Fn(&str) -> Option<String>) -> Loaded {
    let mut config = defaults();
    let file = config_path(flags, env);
    let mut loaded_file = (false, Vec::new(), Vec::new(), false);
    if let Some(path) = &file {
        loaded_file = overlay_file(
            &mut config,
            path,
            flags.config.is_some() || env("QARI_CONFIG").is_some(),
        );
    }
    let (file_found, mut errors, warnings, file_ignored) = loaded_file;
    overlay_env(&mut config, env, &mut errors);
    overlay_flags(&mut config, flags);
    Loaded {
        config,
        file,
        file_found,
        errors,
        warnings,
        file_ignored,
    }
}

/// The built-in configuration alone.
pub fn defaults() -> Config {
    let mut config = Config {
        ui: Setting::default(Ui::Auto),
        layout: Setting::default(Mirror::Auto),
        shape: Setting::default(ShapeSetting::Auto),
        bidi: Setting::default(BidiSetting::Auto),
        theme_base: Setting::default(ThemeSetting::Auto),
        tashkeel: Setting::default(Tashkeel::Keep),
        digits: Setting::default(Digits::Keep),
        justify: Setting::default(Justify::None),
        sort: Setting::default(SortOrder::Newest),
        library: Setting::default(None),
        library_links: Setting::default(LibraryLinks::Inside),
        archive_dir: Setting::default(None),
        share_folder: Setting::default(None),
        theme: BTreeMap::new(),
        keys: BTreeMap::new(),
    };
    let doc = source::Doc {
        origin: &|_| Origin::Default,
        base_dir: None,
        defining: true,
    };
    let (mut errors, mut warnings) = (Vec::new(), Vec::new());
    let mut sink = source::Sink {
        errors: &mut errors,
        warnings: &mut warnings,
    };
    source::apply(&mut config, DEFAULTS, &doc, &mut sink);
    // default.toml is part of the program; its test keeps it clean.
    debug_assert!(
        errors.is_empty() && warnings.is_empty(),
        "{errors:?} {warnings:?}"
    );
    config
}

/// Returns (found, errors, warnings, ignored).
fn overlay_file(
    config: &mut Config,
    path: &Path,
    explicit: bool,
) -> (bool, Vec<ConfigProblem>, Vec<ConfigProblem>, bool) {
    let problem = |place: String, message: String| ConfigProblem { place, message };
    let text = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound && !explicit => {
            return (false, vec![], vec![], false);
        }
        Err(err) => {
            let e = problem(path.display().to_string(), format!("cannot read: {err}"));
            return (false, vec![e], vec![], true);
        }
    };
    let text = match String::from_utf8(text) {
        Ok(t) => t,
        Err(err) => {
            let (line, column) = source::line_column(
                &String::from_utf8_lossy(err.as_bytes()),
                err.utf8_error().valid_up_to(),
            );
            let place = format!("{}:{line}:{column}", path.display());
            return (
                true,
                vec![problem(place, "not valid UTF-8".into())],
                vec![],
                true,
            );
        }
    };
    let origin = |span: std::ops::Range<usize>| {
        let (line, column) = source::line_column(&text, span.start);
        Origin::File {
            path: path.to_path_buf(),
            line,
            column,
        }
    };
    let doc = source::Doc {
        origin: &origin,
        base_dir: path.parent(),
        defining: false,
    };
    let (mut errs, mut warns) = (Vec::new(), Vec::new());
    let mut overlaid = config.clone();
    source::apply(
        &mut overlaid,
        &text,
        &doc,
        &mut source::Sink {
            errors: &mut errs,
            warnings: &mut warns,
        },
    );
    let located = |mut list: Vec<source::Located>| -> Vec<ConfigProblem> {
        list.sort_by_key(|(span, _)| span.start);
        list.into_iter()
            .map(|(span, message)| {
                let (line, column) = source::line_column(&text, span.start);
                problem(format!("{}:{line}:{column}", path.display()), message)
            })
            .collect()
    };
    let ignored = !errs.is_empty();
    if !ignored {
        *config = overlaid;
    }
    (true, located(errs), located(warns), ignored)
}

fn overlay_env(
    config: &mut Config,
    env: &dyn Fn(&str) -> Option<String>,
    errors: &mut Vec<ConfigProblem>,
) {
    fn choice<T: Choice>(
        slot: &mut Setting<T>,
        var: &'static str,
        env: &dyn Fn(&str) -> Option<String>,
        errors: &mut Vec<ConfigProblem>,
    ) {
        let Some(raw) = env(var).filter(|v| !v.is_empty()) else {
            return;
        };
        match T::parse(&raw) {
            Ok(value) => {
                *slot = Setting {
                    value,
                    origin: Origin::Environment(var),
                }
            }
            Err(message) => errors.push(ConfigProblem {
                place: format!("${var}"),
                message,
            }),
        }
    }
    choice(&mut config.ui, "QARI_UI", env, errors);
    choice(&mut config.layout, "QARI_LAYOUT", env, errors);
    choice(&mut config.shape, "QARI_SHAPE", env, errors);
    choice(&mut config.bidi, "QARI_BIDI", env, errors);
    choice(&mut config.theme_base, "QARI_THEME", env, errors);
    choice(&mut config.tashkeel, "QARI_TASHKEEL", env, errors);
    choice(&mut config.digits, "QARI_DIGITS", env, errors);
    choice(&mut config.justify, "QARI_JUSTIFY", env, errors);
    choice(&mut config.library_links, "QARI_LIBRARY_LINKS", env, errors);
    for (slot, var) in [
        (&mut config.library, "QARI_LIBRARY"),
        (&mut config.archive_dir, "QARI_ARCHIVE_DIR"),
        (&mut config.share_folder, "QARI_SHARE_FOLDER"),
    ] {
        if let Some(raw) = env(var).filter(|v| !v.is_empty()) {
            *slot = Setting {
                value: Some(PathBuf::from(raw)),
                origin: Origin::Environment(var),
            };
        }
    }
}

fn overlay_flags(config: &mut Config, flags: &GlobalArgs) {
    if let Some(lang) = flags.ui {
        config.ui = Setting {
            value: Ui::Lang(lang),
            origin: Origin::Flag("--ui"),
        };
    }
    if let Some(shape) = flags.shape {
        config.shape = Setting {
            value: shape,
            origin: Origin::Flag("--shape"),
        };
    }
    if let Some(bidi) = flags.bidi {
        config.bidi = Setting {
            value: bidi,
            origin: Origin::Flag("--bidi"),
        };
    }
    if let Some(theme) = flags.theme {
        config.theme_base = Setting {
            value: theme,
            origin: Origin::Flag("--theme"),
        };
    }
    if let Some(library) = &flags.library {
        config.library = Setting {
            value: Some(library.clone()),
            origin: Origin::Flag("--library"),
        };
    }
}

#[cfg(test)]
mod tests;
