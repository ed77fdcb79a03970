//! Over a Brew: the table tablet.
//!
//! Pure (plain Rust, tested with `cargo test`):
//! - `meeting`: steps, timer, turns, plan, thoughts. `Meeting::update` is the only way it changes.
//! - `store::schema`: the saved format, versioned.
//! - `text`: every word the app shows.
//!
//! Browser shell (reads the clock, draws, plays sounds, writes storage):
//! - `app`: one signal holding the meeting; `dispatch` reads the clock once.
//! - `ui`: screens and components.
//! - `platform`: clock, ticker, sound, speech, wake lock, IndexedDB.
//! - `store`: the only code that touches browser storage.

pub mod app;
pub mod export;
pub mod meeting;
pub mod platform;
pub mod store;
pub mod text;
pub mod ui;
