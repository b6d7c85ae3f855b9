//! The layout engine is pure: it knows nothing of terminals or files.

use std::path::Path;

#[test]
fn layout_imports_no_terminal_and_no_io() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/layout");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).expect("src/layout exists") {
        let path = entry.expect("readable directory entry").path();
        if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).expect("readable source file");
            for banned in [
                "ratatui",
                "crossterm",
                "std::fs",
                "std::io",
                "std::net",
                "std::process",
            ] {
                assert!(
                    !text.contains(banned),
                    "{} mentions {banned}: the layout engine must stay pure",
                    path.display()
                );
            }
            checked += 1;
        }
    }
    assert!(
        checked >= 6,
        "only {checked} files found in {}",
        dir.display()
    );
}
