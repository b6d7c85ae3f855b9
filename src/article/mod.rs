//! Articles: the model, the JSON format, text import, sanitizing, and the library.

pub mod archive;
pub mod byline;
mod byline_names;
mod byline_openers;
mod byline_parts;
mod byline_persons;
mod byline_places;
mod date_evidence;
mod date_names;
mod date_times;
pub mod dates;
pub mod encoding;
mod error;
pub mod feed;
pub mod html;
pub mod json;
mod library;
pub mod meta;
mod model;
pub mod order;
mod phrases;
pub mod remote;
pub mod sample;
pub mod sanitize;
pub mod scan;
pub mod tags;
mod text_blocks;
mod text_chrome;
mod text_foot;
mod text_furniture;
mod text_header;
#[doc(hidden)]
pub mod text_headline;
mod text_headline_features;
pub mod text_import;
mod text_lines;
pub mod text_rules;
mod text_shape;
mod text_site;
mod text_source;
mod text_title;
mod text_walk;
mod walk;

pub use error::ParseError;
pub use library::{Library, LoadProblem, default_dir};
pub use model::{Article, Block, Link};
