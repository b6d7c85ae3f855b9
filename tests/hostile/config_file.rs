//! A configuration file whose values, keys and path carry terminal escapes:
//! TOML's `\u001b` lets a file hold any control character.

use super::support::Env;

#[test]
fn escapes_in_config_values_keys_and_path_never_reach_the_terminal() {
    let env = Env::new();
    let dir = env.path("conf\x1b]2;owned\x07");
    std::fs::create_dir_all(&dir).expect("mkdir");
    let file = dir.join("config.toml");
    std::fs::write(
        &file,
        concat!(
            "ui = \"\\u001b]2;owned\\u0007\"\n",
            "\"key\\u001b[2J\" = 1\n",
            "[keys]\nquit = [\"\\u009b2J\"]\n",
            "[theme]\ntitle = \"\\u001b]52;c;b3duZWQ=\\u0007\"\n",
        ),
    )
    .expect("write config");
    let run = super::support::run(env.command_with(&["config"], &file), None);
    run.fails_naming(":1:6:");
    assert!(
        run.stderr.contains(":6:9:"),
        "every bad value is named:\n{}",
        run.stderr
    );
    assert!(run.stderr.contains("unknown key"), "{}", run.stderr);
    assert!(
        run.out().contains("ui = \"auto\""),
        "starts on defaults:\n{}",
        run.out()
    );
}

#[test]
fn a_config_file_cut_short_gives_its_line_and_column() {
    let env = Env::new();
    std::fs::write(env.path("config.toml"), "ui = \"en\"\n[theme\ntitle = \"").expect("write");
    env.qari(&["config"]).fails_naming("config.toml:2:");
}
