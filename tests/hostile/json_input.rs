//! Broken JSON: invalid UTF-8, lone surrogates in `\u` escapes, nesting
//! 10,000 deep, an empty file. Each is skipped and reported with its place;
//! the rest of the library still loads.

use super::support::Env;

fn with_good_neighbour(env: &Env) {
    env.article(
        "good.json",
        "Good neighbour",
        "Loads whatever the others do.",
    );
}

/// `qari list` still lists the good article and names the bad file;
/// `qari check` fails naming the file with a line and column.
fn reported(env: &Env, file: &str, place: &str) {
    let listed = env.qari(&["list"]);
    listed.sane();
    assert!(
        listed.out().contains("Good neighbour"),
        "{file}: the rest loads:\n{}",
        listed.out()
    );
    assert!(
        !listed.out().contains("panicked"),
        "{file}: {}",
        listed.out()
    );
    let checked = env.qari(&["check"]);
    checked.fails_naming(file);
    assert_eq!(
        checked.code(),
        Some(1),
        "{file}: check reports bad files with status 1"
    );
    assert!(
        checked.stderr.contains(place) || checked.out().contains(place),
        "{file}: no {place:?} in\n{}{}",
        checked.out(),
        checked.stderr
    );
}

#[test]
fn invalid_utf8_is_reported_with_its_place() {
    let env = Env::new();
    with_good_neighbour(&env);
    env.raw(
        "latin1.json",
        b"{\n  \"title\": \"caf\xe9 \xff\xfe\",\n  \"body\": \"x\"\n}\n",
    );
    reported(&env, "latin1.json", "latin1.json:2:");
}

#[test]
fn lone_surrogates_in_escapes_are_reported_and_pairs_load() {
    let env = Env::new();
    with_good_neighbour(&env);
    env.raw(
        "lone.json",
        br#"{"title": "lone \ud800 high", "body": "and \udc00 low"}"#,
    );
    env.raw(
        "pair.json",
        br#"{"title": "Paired \ud83d\ude00 surrogates", "body": "fine"}"#,
    );
    reported(&env, "lone.json", "lone.json:1:");
    let listed = env.qari(&["list"]);
    assert!(listed.out().contains("Paired"), "{}", listed.out());
}

#[test]
fn nesting_ten_thousand_deep_is_an_error_not_a_stack_overflow() {
    let env = Env::new();
    with_good_neighbour(&env);
    let deep = |open: &str, close: &str| format!("{}{}", open.repeat(10_000), close.repeat(10_000));
    env.raw("deep-array.json", deep("[", "]").as_bytes());
    env.raw(
        "deep-field.json",
        format!(
            r#"{{"title": "t", "body": "b", "extra": {}}}"#,
            deep("{\"a\":", "}")
        )
        .as_bytes(),
    );
    reported(&env, "deep-array.json", "deep-array.json:1:");
    let checked = env.qari(&["check"]);
    assert!(
        checked.stderr.contains("deep-field.json") || checked.out().contains("deep-field.json")
    );
}

#[test]
fn empty_and_whitespace_files_are_reported() {
    let env = Env::new();
    with_good_neighbour(&env);
    env.raw("empty.json", b"");
    env.raw("blank.json", b"  \n\n ");
    reported(&env, "empty.json", "empty.json");
}
