//! Articles: the model, the JSON format, text import, sanitizing, and the library.

mod model;

pub use model::{Article, Block};
