//! The hostile-input suite: input crafted to break a terminal reader, run
//! through the real binary (and the reader in tmux where it applies). Every
//! case must end in a clear error or a correct display: never a panic, a
//! hang, or a terminal left in a bad state. README "Hostile input" lists
//! what each case gives.

// Shared by the cases below; not every case needs every helper.
#[allow(dead_code)]
#[path = "hostile/fixtures.rs"]
mod fixtures;
#[path = "support/mod.rs"]
mod shared;
#[allow(dead_code)]
#[path = "hostile/support.rs"]
mod support;
#[allow(dead_code)]
#[path = "hostile/tmux.rs"]
mod tmux;
#[allow(dead_code)]
#[path = "hostile/two_users.rs"]
mod two_users;

#[path = "hostile/bidi.rs"]
mod bidi;
#[path = "hostile/config_file.rs"]
mod config_file;
#[path = "hostile/escapes.rs"]
mod escapes;
#[path = "hostile/floods.rs"]
mod floods;
#[path = "hostile/folder.rs"]
mod folder;
#[path = "hostile/frames.rs"]
mod frames;
#[path = "hostile/interrupt.rs"]
mod interrupt;
#[path = "hostile/json_input.rs"]
mod json_input;
#[path = "hostile/library_links.rs"]
mod library_links;
#[path = "hostile/loader.rs"]
mod loader;
#[path = "hostile/printed.rs"]
mod printed;
#[path = "hostile/reader.rs"]
mod reader;
#[path = "hostile/resize_storm.rs"]
mod resize_storm;
#[path = "hostile/signals.rs"]
mod signals;
#[path = "hostile/sizes.rs"]
mod sizes;
#[path = "hostile/state_file.rs"]
mod state_file;
#[path = "hostile/written_files.rs"]
mod written_files;
