//! The settings chosen in the reader and kept in the reading state, laid
//! over the configuration: they win over the file and the defaults, and
//! give way to what this run was told by a flag or a variable.

use std::path::Path;

use super::values::Choice;
use super::{ConfigProblem, Loaded, Origin, Setting};
use crate::state::Settings;

/// Lays `settings`, read from the state at `path`, over `loaded`. A value
/// the configuration does not know (a hand-edited state) is a warning and
/// leaves that setting as it was.
pub fn overlay_state(loaded: &mut Loaded, settings: &Settings, path: &Path) {
    let config = &mut loaded.config;
    for (key, value) in settings.entries() {
        let Some(value) = value else {
            continue;
        };
        let taken = match key {
            "tashkeel" => take(&mut config.tashkeel, value, path),
            "digits" => take(&mut config.digits, value, path),
            "shape" => take(&mut config.shape, value, path),
            "justify" => take(&mut config.justify, value, path),
            _ => take(&mut config.sort, value, path),
        };
        if let Err(message) = taken {
            loaded.warnings.push(ConfigProblem {
                place: format!("{} (settings.{key})", path.display()),
                message,
            });
        }
    }
}

/// `value` into `slot`, unless a flag or variable set it for this run.
fn take<T: Choice>(slot: &mut Setting<T>, value: &str, path: &Path) -> Result<(), String> {
    if matches!(slot.origin, Origin::Flag(_) | Origin::Environment(_)) {
        return Ok(());
    }
    *slot = Setting {
        value: T::parse(value)?,
        origin: Origin::State(path.to_path_buf()),
    };
    Ok(())
}
