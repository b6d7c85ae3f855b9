use std::io::Write;
use std::process::ExitCode;

use anyhow::Context;
use clap::Args;

use crate::app::keymap::Keymap;
use crate::app::settings::rebind_keys;
use crate::cli::GlobalArgs;
use crate::config::{self, Choice, Config, Loaded, Origin, Ui};

#[derive(Debug, Args)]
pub struct ConfigArgs {}

/// Prints the effective configuration as TOML, each value followed by where
/// it came from (the reading state too, for the settings the reader keeps). Problems go to standard error; exit status 1 when the file
/// or a variable had errors.
pub fn run(global: &GlobalArgs, _args: &ConfigArgs) -> anyhow::Result<ExitCode> {
    let mut loaded = config::load(global);
    // What the reader would start with: the settings chosen in it last
    // time, from the reading state (only looked at, as `qari list` does).
    if let Some(path) = crate::state::default_path(global.state.as_deref()) {
        let (data, notices) = crate::state::peek(&path);
        for notice in notices {
            eprintln!("qari: warning: {}", escape_controls(&notice.to_string()));
        }
        config::overlay_state(&mut loaded, &data.settings, &path);
    }
    for problem in &loaded.errors {
        eprintln!("qari: error: {problem}");
    }
    if loaded.file_ignored
        && let Some(file) = &loaded.file
    {
        eprintln!(
            "qari: {} is left out: the values below do not come from it",
            escape_controls(&file.display().to_string())
        );
    }
    for problem in &loaded.warnings {
        eprintln!("qari: warning: {problem}");
    }
    for warning in rebind_keys(&mut Keymap::default(), &loaded.config) {
        eprintln!("qari: warning: {}", escape_controls(&warning));
    }
    let text = render(&loaded);
    std::io::stdout()
        .lock()
        .write_all(text.as_bytes())
        .context("writing the configuration")?;
    Ok(if loaded.errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// The effective configuration, one `key = value  # origin` line each.
pub fn render(loaded: &Loaded) -> String {
    let mut out = String::new();
    match &loaded.file {
        Some(file) => {
            let state = match (loaded.file_found, loaded.file_ignored) {
                (false, _) => " (not found)",
                (true, true) => " (left out: it has errors)",
                (true, false) => "",
            };
            out.push_str(&format!(
                "# file: {}{state}\n",
                quote(&file.display().to_string())
            ));
        }
        None => out.push_str("# file: none (no home folder)\n"),
    }
    for (key, value, origin) in entries(&loaded.config) {
        let assignment = format!("{key} = {value}");
        out.push_str(&format!("{assignment:<38} # {}\n", origin_text(origin)));
    }
    out
}

fn entries(c: &Config) -> Vec<(String, String, &Origin)> {
    let ui = match c.ui.value {
        Ui::Auto => "auto",
        other => other.name(),
    };
    let path = |p: &Option<std::path::PathBuf>| {
        quote(
            &p.as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
        )
    };
    let mut list = vec![
        ("ui".to_string(), quote(ui), &c.ui.origin),
        (
            "layout".into(),
            quote(c.layout.value.name()),
            &c.layout.origin,
        ),
        ("shape".into(), quote(c.shape.value.name()), &c.shape.origin),
        ("bidi".into(), quote(c.bidi.value.name()), &c.bidi.origin),
        (
            "tashkeel".into(),
            quote(c.tashkeel.value.name()),
            &c.tashkeel.origin,
        ),
        (
            "digits".into(),
            quote(c.digits.value.name()),
            &c.digits.origin,
        ),
        (
            "justify".into(),
            quote(c.justify.value.name()),
            &c.justify.origin,
        ),
        ("sort".into(), quote(c.sort.value.name()), &c.sort.origin),
        ("library".into(), path(&c.library.value), &c.library.origin),
        (
            "library_links".into(),
            quote(c.library_links.value.name()),
            &c.library_links.origin,
        ),
        (
            "archive_dir".into(),
            path(&c.archive_dir.value),
            &c.archive_dir.origin,
        ),
        (
            "share.folder".into(),
            path(&c.share_folder.value),
            &c.share_folder.origin,
        ),
    ];
    list.push((
        "theme.base".into(),
        quote(c.theme_base.value.name()),
        &c.theme_base.origin,
    ));
    for (name, colour) in &c.theme {
        list.push((
            format!("theme.{name}"),
            quote(&colour.value.spelling),
            &colour.origin,
        ));
    }
    for (action, keys) in &c.keys {
        let spelled: Vec<String> = keys.value.iter().map(|k| quote(&k.spelling())).collect();
        list.push((
            format!("keys.{action}"),
            format!("[{}]", spelled.join(", ")),
            &keys.origin,
        ));
    }
    list
}

fn origin_text(origin: &Origin) -> String {
    match origin {
        Origin::File { path, line, column } => {
            format!(
                "file {}:{line}:{column}",
                escape_controls(&path.display().to_string())
            )
        }
        Origin::State(path) => format!("state {}", escape_controls(&path.display().to_string())),
        other => other.to_string(),
    }
}

/// A TOML basic string: control characters escaped, so nothing from a
/// path or variable reaches the terminal as an escape sequence.
fn quote(s: &str) -> String {
    format!("\"{}\"", escape_controls(s).replace('"', "\\\""))
}

pub(crate) fn escape_controls(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_escapes_controls_and_quotes() {
        assert_eq!(
            quote("a\"b\\c\x1b[2J\u{9b}"),
            "\"a\\\"b\\\\c\\u001B[2J\\u009B\""
        );
    }
}
