//! Browser edges: clock, page visibility and focus, sound, speech, wake lock,
//! IndexedDB. Each is small and never panics; where the browser lacks a
//! feature, the call does nothing.

pub mod clock;
pub mod download;
pub mod idb;
pub mod look;
pub mod page;
pub mod sound;
pub mod speech;
pub mod wake;
