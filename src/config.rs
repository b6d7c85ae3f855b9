//! Settings: embedded defaults overlaid by the user's TOML file, environment and flags.
