//! The sample articles compiled into the binary, so qari shows something
//! real on a fresh machine, from any folder.

use std::path::Path;

use super::library::LoadProblem;
use super::{Article, scan};

/// (file name, contents) of each file in `assets/`, in the order shown.
pub const FILES: &[(&str, &str)] = &[
    (
        "000_8cd855bd8944e8de.txt",
        include_str!("../../assets/000_8cd855bd8944e8de.txt"),
    ),
    (
        "mixed-script.json",
        include_str!("../../assets/mixed-script.json"),
    ),
    (
        "numbers-and-dates.json",
        include_str!("../../assets/numbers-and-dates.json"),
    ),
    (
        "persian-urdu.json",
        include_str!("../../assets/persian-urdu.json"),
    ),
    (
        "long-read.json",
        include_str!("../../assets/long-read.json"),
    ),
];

/// The sample articles, with `path` unset (they live in no file). A sample
/// that fails to parse is a bug caught by the tests; at run time it is
/// reported like any bad file rather than stopping qari.
pub fn articles() -> (Vec<Article>, Vec<LoadProblem>) {
    let mut articles = Vec::new();
    let mut problems = Vec::new();
    for (name, text) in FILES {
        let path = Path::new(name);
        match scan::parse_file(path, text.as_bytes()) {
            Ok(found) => articles.extend(found.into_iter().map(|mut a| {
                a.path = None;
                a
            })),
            Err(e) => problems.push(LoadProblem::new(&Path::new("(built-in)").join(path), e)),
        }
    }
    (articles, problems)
}
