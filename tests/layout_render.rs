//! `qari render` as scripts use it: lines on stdout, clear errors on bad
//! input, nothing else.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn render(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_qari"))
        .arg("render")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("qari starts");
    // qari may refuse its arguments and exit before reading: a closed pipe
    // is then the expected end of the input, not a failure.
    if let Err(e) = child.stdin.take().expect("stdin").write_all(input) {
        assert_eq!(
            e.kind(),
            std::io::ErrorKind::BrokenPipe,
            "input written: {e}"
        );
    }
    child.wait_with_output().expect("qari finishes")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

#[test]
fn each_input_line_is_a_paragraph_of_visual_lines() {
    let o = render(
        &["--width", "10", "--shape", "off", "-"],
        "واحد اثنان ثلاثة\n\nabc\n".as_bytes(),
    );
    assert!(o.status.success());
    assert_eq!(stdout(&o), "نانثا دحاو\nةثالث\n\nabc\n");
}

#[test]
fn logical_lines_give_the_shaped_paragraph_back() {
    let text = "قال الرئيس إن مبيعات iPhone 15 تجاوزت التوقعات بنسبة 3.5%";
    let whole = render(&["--width", "1000", "--logical"], text.as_bytes());
    let narrow = render(&["--width", "12", "--logical"], text.as_bytes());
    let lines: Vec<&str> = std::str::from_utf8(&narrow.stdout)
        .expect("UTF-8")
        .lines()
        .collect();
    assert!(lines.len() > 3);
    assert_eq!(lines.concat(), stdout(&whole).trim_end_matches('\n'));
}

#[test]
fn default_width_off_a_terminal_is_80() {
    let text = "كلمة ".repeat(40);
    let o = render(&[], text.as_bytes());
    let widths: Vec<usize> = stdout(&o)
        .lines()
        .map(qari::layout::display_width)
        .collect();
    assert_eq!(widths, vec![79, 79, 39]);
}

#[test]
fn width_zero_is_refused_with_exit_code_2() {
    let o = render(&["--width", "0"], b"abc\n");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("at least 1"));
    assert!(o.stdout.is_empty());
}

#[test]
fn invalid_utf8_names_the_place() {
    let o = render(&[], b"abc\nde\xff\n");
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("standard input:2:3: invalid UTF-8 at byte offset 6"),
        "{err}"
    );
    assert!(o.stdout.is_empty());
}

#[test]
fn escape_sequences_in_the_text_are_not_passed_on() {
    let o = render(&[], b"abc \x1b[2J\x1b]52;c;x\x07 def\n");
    assert!(o.status.success());
    assert!(
        !o.stdout.iter().any(|&b| b < 0x20 && b != b'\n'),
        "{:?}",
        stdout(&o)
    );
}

#[test]
fn options_reach_the_engine() {
    let o = render(
        &[
            "--digits",
            "arabic",
            "--tashkeel",
            "strip",
            "--shape",
            "off",
            "--dir",
            "rtl",
        ],
        "كَتَبَ 12\n".as_bytes(),
    );
    assert_eq!(stdout(&o), "١٢ بتك\n");
    let o = render(
        &["--justify", "kashida", "--width", "12", "--shape", "off"],
        "كتب محمد بسرعة كبيرة\n".as_bytes(),
    );
    let lines: Vec<String> = stdout(&o).lines().map(String::from).collect();
    assert_eq!(qari::layout::display_width(&lines[0]), 12);
}

#[test]
fn a_missing_file_is_a_clear_error() {
    let o = render(&["/nonexistent/article.txt"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("/nonexistent/article.txt"));
}

#[test]
fn threads_give_the_same_output_as_one() {
    // About 1.5 MB: several pieces per thread, paragraphs of every length,
    // empty ones, and a Windows line end.
    let data = include_str!("data/mixed_news.txt");
    let mut text = String::new();
    let mut k = 0;
    while text.len() < 1_500_000 {
        for para in data.lines() {
            text.push_str(&para.repeat(k % 4));
            text.push_str(if k % 7 == 0 { "\r\n" } else { "\n" });
            k += 1;
        }
    }
    let one = render(&["--width", "37", "--threads", "1"], text.as_bytes());
    let three = render(&["--width", "37", "--threads", "3"], text.as_bytes());
    let auto = render(&["--width", "37"], text.as_bytes());
    assert!(one.status.success() && three.status.success() && auto.status.success());
    assert!(one.stdout.len() > 1_000_000);
    assert!(one.stdout == three.stdout, "3 threads differ from 1");
    assert!(
        one.stdout == auto.stdout,
        "the default differs from 1 thread"
    );
    let logical_one = render(
        &["--width", "37", "--threads", "1", "--logical"],
        text.as_bytes(),
    );
    let logical_two = render(
        &["--width", "37", "--threads", "2", "--logical"],
        text.as_bytes(),
    );
    assert!(logical_one.stdout == logical_two.stdout);
}

#[test]
fn zero_threads_is_refused() {
    let o = render(&["--threads", "0"], b"abc\n");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("at least 1 thread"));
}
