//! Reading one TOML document onto a `Config`, remembering where each value
//! came from. Positions are kept as byte spans and turned into line and
//! column by the caller, which knows the file's name.

use std::ops::Range;
use std::path::{Path, PathBuf};

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::values::{Choice, Colour, KeyChord};
use super::{Config, Origin, Setting};

/// A problem at a byte span of the document.
pub(super) type Located = (Range<usize>, String);

pub(super) struct Sink<'a> {
    pub errors: &'a mut Vec<Located>,
    pub warnings: &'a mut Vec<Located>,
}

/// How values from this document are labelled and resolved.
pub(super) struct Doc<'a> {
    pub origin: &'a dyn Fn(Range<usize>) -> Origin,
    /// Relative paths are taken from the file's folder.
    pub base_dir: Option<&'a Path>,
    /// The built-in defaults introduce the theme's colour names; a user's
    /// file may only set those.
    pub defining: bool,
}

pub(super) fn apply(cfg: &mut Config, text: &str, doc: &Doc<'_>, sink: &mut Sink<'_>) {
    let table = match DeTable::parse(text) {
        Ok(t) => t,
        Err(err) => {
            let span = err.span().unwrap_or(0..0);
            sink.errors.push((span, err.message().trim().to_string()));
            return;
        }
    };
    for (key, value) in table.get_ref().iter() {
        let k: &str = key.get_ref();
        match k {
            "ui" => choice(&mut cfg.ui, value, doc, sink),
            "layout" => choice(&mut cfg.layout, value, doc, sink),
            "shape" => choice(&mut cfg.shape, value, doc, sink),
            "bidi" => choice(&mut cfg.bidi, value, doc, sink),
            "tashkeel" => choice(&mut cfg.tashkeel, value, doc, sink),
            "digits" => choice(&mut cfg.digits, value, doc, sink),
            "justify" => choice(&mut cfg.justify, value, doc, sink),
            "sort" => choice(&mut cfg.sort, value, doc, sink),
            "library" => path(&mut cfg.library, value, doc, sink),
            "library_links" => choice(&mut cfg.library_links, value, doc, sink),
            "archive_dir" => path(&mut cfg.archive_dir, value, doc, sink),
            "share" => section(k, value, sink, |name, v, sink| match name {
                "folder" => {
                    path(&mut cfg.share_folder, v, doc, sink);
                    true
                }
                _ => false,
            }),
            // `theme = "light"`, or a `[theme]` table of colours with `base`.
            "theme" if matches!(value.get_ref(), DeValue::String(_)) => {
                choice(&mut cfg.theme_base, value, doc, sink)
            }
            "theme" => section(k, value, sink, |name, v, sink| {
                if name == "base" {
                    choice(&mut cfg.theme_base, v, doc, sink);
                    return true;
                }
                if !doc.defining && !cfg.theme.contains_key(name) {
                    return false;
                }
                if let Some(s) = string(v, sink) {
                    match Colour::parse(s) {
                        Ok(c) => set(cfg.theme.entry(name.to_string()), c, v, doc),
                        Err(msg) => sink.errors.push((v.span(), msg)),
                    }
                }
                true
            }),
            "keys" => section(k, value, sink, |name, v, sink| {
                if crate::keys::by_name(name).is_none() {
                    return false;
                }
                if let Some(chords) = key_list(v, sink) {
                    set(cfg.keys.entry(name.to_string()), chords, v, doc);
                }
                true
            }),
            _ => unknown(k, key.span(), sink),
        }
    }
}

fn set<T>(
    entry: std::collections::btree_map::Entry<'_, String, Setting<T>>,
    value: T,
    at: &Spanned<DeValue<'_>>,
    doc: &Doc<'_>,
) {
    let origin = (doc.origin)(at.span());
    entry.insert_entry(Setting { value, origin });
}

fn unknown(name: &str, span: Range<usize>, sink: &mut Sink<'_>) {
    sink.warnings
        .push((span, format!("unknown key `{name}` is ignored")));
}

/// Walks a `[section]`; `known` handles one entry and says if it knew it.
fn section(
    name: &str,
    value: &Spanned<DeValue<'_>>,
    sink: &mut Sink<'_>,
    mut known: impl FnMut(&str, &Spanned<DeValue<'_>>, &mut Sink<'_>) -> bool,
) {
    let DeValue::Table(table) = value.get_ref() else {
        sink.errors
            .push((value.span(), format!("`{name}` must be a table: [{name}]")));
        return;
    };
    for (key, v) in table.iter() {
        let k: &str = key.get_ref();
        if !known(k, v, sink) {
            unknown(&format!("{name}.{k}"), key.span(), sink);
        }
    }
}

fn string<'v>(value: &'v Spanned<DeValue<'_>>, sink: &mut Sink<'_>) -> Option<&'v str> {
    match value.get_ref() {
        DeValue::String(s) => Some(s),
        _ => {
            sink.errors
                .push((value.span(), "expected a string in quotes".into()));
            None
        }
    }
}

fn choice<T: Choice>(
    slot: &mut Setting<T>,
    value: &Spanned<DeValue<'_>>,
    doc: &Doc<'_>,
    sink: &mut Sink<'_>,
) {
    let Some(s) = string(value, sink) else { return };
    match T::parse(s) {
        Ok(v) => {
            *slot = Setting {
                value: v,
                origin: (doc.origin)(value.span()),
            }
        }
        Err(msg) => sink.errors.push((value.span(), msg)),
    }
}

fn path(
    slot: &mut Setting<Option<PathBuf>>,
    value: &Spanned<DeValue<'_>>,
    doc: &Doc<'_>,
    sink: &mut Sink<'_>,
) {
    let Some(s) = string(value, sink) else { return };
    *slot = Setting {
        value: resolve_path(s, doc.base_dir),
        origin: (doc.origin)(value.span()),
    };
}

/// `""` is unset; `~/` is the home folder; relative paths start at `base`.
pub(super) fn resolve_path(s: &str, base: Option<&Path>) -> Option<PathBuf> {
    if s.is_empty() {
        return None;
    }
    if let Some(rest) = s.strip_prefix("~/")
        && let Some(home) = directories::BaseDirs::new()
    {
        return Some(home.home_dir().join(rest));
    }
    let p = PathBuf::from(s);
    Some(match base {
        Some(base) if p.is_relative() => base.join(p),
        _ => p,
    })
}

fn key_list(value: &Spanned<DeValue<'_>>, sink: &mut Sink<'_>) -> Option<Vec<KeyChord>> {
    let items: Vec<&Spanned<DeValue<'_>>> = match value.get_ref() {
        DeValue::String(_) => vec![value],
        DeValue::Array(items) => items.iter().collect(),
        _ => {
            sink.errors.push((
                value.span(),
                "expected a key in quotes or a list of keys".into(),
            ));
            return None;
        }
    };
    let mut chords = Vec::new();
    for item in items {
        let s = string(item, sink)?;
        match KeyChord::parse(s) {
            Ok(c) => chords.push(c),
            Err(msg) => {
                sink.errors.push((item.span(), msg));
                return None;
            }
        }
    }
    if chords.is_empty() {
        sink.errors
            .push((value.span(), "an action needs at least one key".into()));
        return None;
    }
    Some(chords)
}

/// 1-based line and column (in characters) of a byte offset.
pub(super) fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let text = "a = 1\nبب = \"x\"\n";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 6), (2, 1));
        let eq = text.find('=').unwrap();
        assert_eq!(line_column(text, eq), (1, 3));
        let second_eq = text.rfind('=').unwrap();
        assert_eq!(line_column(text, second_eq), (2, 4));
    }

    #[test]
    fn paths_are_unset_home_relative_or_file_relative() {
        assert_eq!(resolve_path("", None), None);
        assert_eq!(
            resolve_path("news", Some(Path::new("/cfg"))),
            Some(PathBuf::from("/cfg/news"))
        );
        assert_eq!(
            resolve_path("/abs", Some(Path::new("/cfg"))),
            Some(PathBuf::from("/abs"))
        );
    }
}
