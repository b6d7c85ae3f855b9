//! Reading state: read marks, bookmarks, positions; persisted atomically.
