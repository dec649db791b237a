//! The terminal interface: the screens and the one loop that drives them.

pub mod app;
mod event_loop;
pub mod keys;
pub mod morning;
mod reminders;
pub mod safety;
pub mod style;
mod terminal;
pub mod view;

pub use event_loop::run;
pub use reminders::Reminders;
