//! The reader's layers stay apart: the model and its updates know nothing
//! of drawing, geometry, the theme or the terminal, and drawing knows
//! nothing of the model: it reads the view.

use std::path::Path;

fn source(path: &str) -> String {
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

#[test]
fn the_model_and_update_import_nothing_of_the_ui() {
    let files = [
        "src/app/model.rs",
        "src/app/views.rs",
        "src/app/update.rs",
        "src/app/marks.rs",
        "src/app/find.rs",
    ];
    for path in files {
        let text = source(path);
        for banned in [
            "ui::",
            "theme::",
            "geometry::",
            "ratatui",
            "crossterm",
            "std::fs",
            "std::io",
            "std::net",
            "std::process",
        ] {
            assert!(!text.contains(banned), "{path} mentions {banned}");
        }
    }
}

#[test]
fn drawing_reads_the_view_not_the_model() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/app/ui");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).expect("src/app/ui exists") {
        let path = entry.expect("readable directory entry").path();
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("readable source file");
        for banned in [
            "Model",
            "Runtime",
            "app::App",
            "&App",
            "LayoutCache",
            "keymap",
        ] {
            assert!(
                !text.contains(banned),
                "{} mentions {banned}: drawing reads the view and the theme only",
                path.display()
            );
        }
        // The view lays out every line drawn; text.rs holds the functions.
        let lays_out = [
            "ui_line(",
            "ui_paragraph(",
            "fit_line(",
            "layout_paragraph(",
        ];
        if !path.ends_with("text.rs") {
            for call in lays_out {
                assert!(
                    !text.contains(call),
                    "{} calls {call}: the view lays out, drawing only places",
                    path.display()
                );
            }
        }
        checked += 1;
    }
    assert!(checked >= 7, "only {checked} files in {}", dir.display());
}
