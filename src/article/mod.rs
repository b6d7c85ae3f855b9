//! Articles: the model, the JSON format, text import, sanitizing, and the library.
