//! The loader itself (`Library::load`) on the hostile library folders and
//! files, with a deadline: the same cases as the CLI, one layer down, so a
//! failure points at the loader rather than at a command.

use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use qari::article::Library;

use super::fixtures::hostile_folder;
use super::support::Env;

fn with_good_neighbour(env: &Env) {
    env.article(
        "good.json",
        "Good neighbour",
        "Loads whatever the others do.",
    );
}

/// Loads `dir` on another thread; a load that takes longer than the
/// deadline is a hang (a FIFO opened for reading, a symlink loop walked).
fn load(dir: &Path) -> Library {
    load_within(dir, super::support::TIMEOUT)
}

fn load_within(dir: &Path, deadline: Duration) -> Library {
    let (tx, rx) = mpsc::channel();
    let dir = dir.to_path_buf();
    std::thread::spawn(move || {
        let _ = tx.send(Library::load(Some(&dir), &[]));
    });
    rx.recv_timeout(deadline)
        .unwrap_or_else(|_| panic!("Library::load did not return within {deadline:?}: a hang"))
}

/// The file names of the library's problems, in the order reported.
fn problem_files(library: &Library) -> Vec<String> {
    library
        .problems
        .iter()
        .map(|p| {
            p.path
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned()
        })
        .collect()
}

fn problem_names(library: &Library) -> Vec<String> {
    let mut names = problem_files(library);
    names.sort();
    names
}

#[test]
fn fifo_loops_and_dangling_links_are_problems_and_the_rest_loads_once() {
    let env = Env::new();
    hostile_folder(&env);
    let library = load(&env.library());
    let good = library
        .articles
        .iter()
        .filter(|a| a.title == "Good article")
        .count();
    assert_eq!(good, 1, "loaded once, not again through the loop");
    assert_eq!(
        problem_names(&library),
        ["a.json", "b.json", "gone.json", "pipe.json"]
    );
    for p in &library.problems {
        assert!(!p.message.is_empty(), "{p}");
    }
}

#[test]
fn broken_json_files_are_problems_with_line_and_column() {
    let env = Env::new();
    with_good_neighbour(&env);
    env.raw(
        "latin1.json",
        b"{\n  \"title\": \"caf\xe9\",\n  \"body\": \"x\"\n}\n",
    );
    env.raw(
        "lone.json",
        br#"{"title": "lone \ud800 high", "body": "b"}"#,
    );
    env.raw(
        "pair.json",
        br#"{"title": "Paired \ud83d\ude00", "body": "fine"}"#,
    );
    let nest = |open: &str, close: &str| format!("{}{}", open.repeat(10_000), close.repeat(10_000));
    env.raw("deep-array.json", nest("[", "]").as_bytes());
    let field = format!(
        r#"{{"title": "t", "body": "b", "extra": {}}}"#,
        nest("{\"a\":[", "]}")
    );
    env.raw("deep.json", field.as_bytes());
    env.raw("empty.json", b"");
    let library = load(&env.library());
    assert_eq!(
        problem_names(&library),
        ["deep-array.json", "empty.json", "latin1.json", "lone.json"]
    );
    let at = |name: &str| {
        let p = library
            .problems
            .iter()
            .find(|p| p.path.ends_with(name))
            .expect(name);
        (p.line, p.column, p.to_string())
    };
    assert_eq!(at("latin1.json").0, Some(2), "{}", at("latin1.json").2);
    assert_eq!(at("lone.json").0, Some(1), "{}", at("lone.json").2);
    // Nesting in an ignored field is skipped without recursion: it loads.
    assert!(library.articles.iter().any(|a| a.title == "t"));
    assert_eq!(
        at("deep-array.json").1,
        Some(2),
        "{}",
        at("deep-array.json").2
    );
    assert!(
        library
            .articles
            .iter()
            .any(|a| a.title.starts_with("Paired \u{1F600}"))
    );
    assert!(library.articles.iter().any(|a| a.title == "Good neighbour"));
}

/// Errors quote the input ("unknown variant `...`"): a quoted escape must
/// not reach the terminal through the report either.
#[test]
fn error_messages_quoting_the_file_carry_no_escape() {
    let env = Env::new();
    with_good_neighbour(&env);
    let docs: [&[u8]; 5] = [
        br#"{"title": "t", "body": "b", "dir": "\u001b]2;owned\u0007"}"#,
        br#"{"title": "t", "body": [{"\u001b[2J": "x"}]}"#,
        br#"{"title": "t", "body": "b", "reading_minutes": "\u009b2J"}"#,
        br#"{"title": "\u001b]52;c;b3duZWQ=\u0007", "body": 7}"#,
        br#"{"title": "t", "body": "b", "tags": "\u001b[H"}"#,
    ];
    for (i, doc) in docs.iter().enumerate() {
        env.raw(&format!("quoted-{i}.json"), doc);
    }
    let library = qari::article::Library::load(Some(&env.library()), &[]);
    assert!(library.articles.iter().any(|a| a.title == "Good neighbour"));
    for problem in &library.problems {
        let text = problem.to_string();
        assert!(
            !text.chars().any(|c| c.is_control()),
            "a control character in the report: {text:?}"
        );
    }
    // An unknown block kind is skipped (newer files still load); the other
    // four are type errors.
    let bad = problem_files(&library);
    assert_eq!(
        bad,
        [
            "quoted-0.json",
            "quoted-2.json",
            "quoted-3.json",
            "quoted-4.json"
        ]
    );
    for article in &library.articles {
        assert!(
            !article.title.chars().any(|c| c.is_control()),
            "{:?}",
            article.title
        );
    }
}

#[test]
fn escapes_are_removed_at_load_and_bidi_controls_kept() {
    let env = Env::new();
    super::fixtures::nasty_library(&env);
    super::fixtures::trojan_library(&env);
    let library = load(&env.library());
    let nasty = library
        .articles
        .iter()
        .find(|a| a.id == "a-nasty")
        .expect("nasty article loads");
    for text in std::iter::once(nasty.title.as_str()).chain(nasty.body.iter().map(|b| b.text())) {
        assert!(
            !text.chars().any(|c| c.is_control() && c != '\n'),
            "{text:?}"
        );
        for word in super::fixtures::WORDS {
            assert!(text.contains(word), "{word:?} kept in {text:?}");
        }
    }
    let trojan = library
        .articles
        .iter()
        .find(|a| a.id == "2")
        .expect("trojan article loads");
    assert_eq!(
        trojan.title,
        super::fixtures::RLO_TITLE,
        "bidi controls are the engine's to contain"
    );
}

/// 50 MB of saved text (the 50 MB JSON goes through `qari list` and `show`
/// in `floods`), a 1 MB word, and 10,000 marks on one letter: each loads
/// within the deadline.
#[test]
fn huge_files_load_within_the_deadline() {
    let env = Env::new();
    let paragraph =
        "قال المتحدث باسم الوزارة إن المفاوضات (التي بدأت في 2023) ستستمر، وأضاف: «لا تراجع».";
    let mut body = String::with_capacity(51 << 20);
    while body.len() < 50 << 20 {
        body.push_str(paragraph);
        body.push_str("\n\n");
    }
    std::fs::write(env.library().join("big.txt"), format!("مقال ضخم\n\n{body}")).expect("write");
    let word = "كلمة".repeat(1 << 17);
    std::fs::write(
        env.library().join("word.txt"),
        format!("كلمة طويلة\n\n{word}\n"),
    )
    .expect("write");
    let marks = format!("ب{}", "\u{064E}".repeat(10_000));
    env.article("marks.json", &marks, &marks);
    let started = std::time::Instant::now();
    let library = load_within(&env.library(), super::support::BIG_TIMEOUT);
    eprintln!("loaded in {:?}", started.elapsed());
    assert!(library.problems.is_empty(), "{:?}", library.problems);
    assert_eq!(library.articles.len(), 3);
    let big = library.articles.iter().find(|a| a.id == "big");
    let text: usize = big
        .expect("big.txt")
        .body
        .iter()
        .map(|b| b.text().len())
        .sum();
    assert!(text > 45 << 20, "the whole body is kept: {text} bytes");
}
