//! rehabit: a terminal coach for home exercise programmes.
//!
//! The core ([`program`], [`plan`], [`session`], [`today`], [`safety`]) is pure: it never
//! touches files, the terminal or the clock. The shells ([`cli`], [`tui`], [`journal`],
//! [`paths`], [`settings`]) do the input and output.

#[macro_use]
pub mod i18n;

pub mod bundled;
pub mod calendar;
pub mod cli;
pub mod clock;
pub mod journal;
pub mod notify;
pub mod paths;
pub mod plan;
pub mod program;
pub mod progress;
pub mod remind;
pub mod report;
pub mod safety;
pub mod session;
pub mod settings;
pub mod today;
pub mod tui;
