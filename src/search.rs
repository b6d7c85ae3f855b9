//! Arabic-aware normalization and matching.
