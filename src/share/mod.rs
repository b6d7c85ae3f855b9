//! Sharing: compose what leaves qari (always logical Unicode), formats and targets.
