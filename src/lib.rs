//! Over a Brew: the table tablet.
//!
//! - `meeting`: the pure meeting core (steps, timer, turns). No browser.
//! - `text`: every word the app shows.
//! - the browser shell lives in `app`, `ui`, `platform` and `store`.

pub mod meeting;
