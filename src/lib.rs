//! rehabit: a terminal coach for home exercise programmes.
//!
//! The core ([`program`], [`plan`]) is pure: it never touches files, the terminal or
//! the clock. The shells ([`cli`], [`paths`], [`settings`]) do the input and output.

pub mod bundled;
pub mod cli;
pub mod clock;
pub mod paths;
pub mod plan;
pub mod program;
pub mod settings;
