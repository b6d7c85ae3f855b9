//! What qari prints stays inert: C1 controls from file names in JSON, and
//! bidi overrides in dates, ids and names, which must not reach past their
//! own field in a terminal that applies bidi.

use serde_json::{Value, json};

use super::support::{Env, bidi_balanced};

/// The C1 controls xterm-style terminals obey: CSI, ST, OSC.
const C1: [char; 3] = ['\u{9b}', '\u{9c}', '\u{9d}'];

#[test]
fn list_json_escapes_c1_controls_from_file_names() {
    let env = Env::new();
    let name = "a\u{9d}0;owned\u{9c}\u{9b}31m.json";
    let path = env.article(name, "Title", "Body.");
    let run = env.qari(&["list", "--json"]);
    run.ok();
    let out = run.out();
    assert!(!out.contains(C1), "raw C1 control on stdout: {out:?}");
    assert!(out.contains("\\u009b31m"), "{out}");
    let rows: Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(
        rows[0]["path"].as_str(),
        Some(path.to_str().expect("utf-8")),
        "the same path once parsed"
    );
}

/// Each line of `out` is balanced, and no bidi control survives outside
/// an isolate.
fn assert_contained(what: &str, out: &str) {
    for line in out.lines() {
        assert!(
            bidi_balanced(line),
            "{what}: a line leaks an override: {line:?}"
        );
    }
}

/// An RLO at the start of a field, and one after a stray PDI that would
/// close the field's own isolate early.
const OVERRIDES: [&str; 2] = ["\u{202E}2020-01-02", "\u{2069}\u{202E}x"];

#[test]
fn an_override_in_a_date_or_a_name_stays_in_its_field_in_list_and_show() {
    for hostile in OVERRIDES {
        let env = Env::new();
        let doc = json!({
            "id": "a", "title": "عنوان", "author": hostile, "source": hostile,
            "published": hostile, "body": "نص."
        });
        std::fs::write(env.library().join("a.json"), doc.to_string()).expect("write");
        env.article("b.json", "Plain title", "Body.");
        let listed = env.qari(&["list"]);
        listed.ok();
        assert_contained("list", &listed.out());
        let shown = env.qari(&["show", "a"]);
        shown.ok();
        assert_contained("show", &shown.out());
    }
}

#[test]
fn an_override_in_a_duplicate_id_stays_in_its_field_in_check() {
    for hostile in OVERRIDES {
        let env = Env::new();
        for file in ["one.json", "two.json"] {
            let doc = json!({"id": hostile, "title": "T", "body": "B."});
            std::fs::write(env.library().join(file), doc.to_string()).expect("write");
        }
        let checked = env.qari(&["check"]);
        checked.sane();
        let out = checked.out();
        assert!(out.contains("warning: id"), "{out}");
        assert_contained("check", &out);
    }
}

#[test]
fn an_override_in_a_bookmarked_id_stays_in_its_field_in_state() {
    for hostile in OVERRIDES {
        let env = Env::new();
        let doc = json!({"id": hostile, "title": hostile, "body": "B."});
        std::fs::write(env.library().join("a.json"), doc.to_string()).expect("write");
        let state = json!({"version": 1, "articles": {hostile: {"bookmarked": true}}});
        std::fs::write(env.state(), state.to_string()).expect("state");
        let run = env.qari(&["--ui", "en", "state"]);
        run.ok();
        let out = run.out();
        assert!(out.contains("bookmarks:"), "{out}");
        assert_contained("state", &out);
    }
}
