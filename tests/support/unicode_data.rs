//! The Unicode Character Database files that Debian's `unicode-data`
//! installs, read by the tests that check qari's tables against them.

/// Where `unicode-data` puts the files.
pub const FOLDER: &str = "/usr/share/unicode";

/// Where `unicode-data` puts the file `name`.
pub fn path(name: &str) -> String {
    format!("{FOLDER}/{name}")
}

/// The text of `FOLDER/name`, or `None` (after failing in CI, see
/// [`super::missing`]) when it is not installed.
pub fn read(name: &str) -> Option<String> {
    let path = path(name);
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(e) => {
            super::missing(&format!(
                "{path} cannot be read ({e}): apt-get install unicode-data"
            ));
            None
        }
    }
}
