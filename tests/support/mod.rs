//! Test support shared by several test files: the binary in a clean
//! environment, a private tmux server, the Unicode data files, articles
//! built in a test, saved pages, percent-decoding. Each
//! test file is its own crate and uses only part of this; what one of them
//! leaves unused is not dead code, hence the allowance below.
#![allow(dead_code)]

pub mod article;
pub mod cli;
pub mod copied;
pub mod http;
pub mod page;
pub mod percent;
pub mod pty;
pub mod tmux;
pub mod unicode_data;

/// An outside tool or file a test needs is missing: in CI (env `CI` set)
/// that fails the test with `why`; elsewhere the test prints that it is
/// skipped and returns.
pub fn missing(why: &str) {
    assert!(std::env::var_os("CI").is_none(), "{why}");
    eprintln!("skipped: {why}");
}
