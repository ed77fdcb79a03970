//! Browser edges: clock, page visibility and focus, sound, speech, wake lock,
//! IndexedDB; and for a kiosk: full screen, keeping the data, sending files,
//! and updates that wait for the host. Each is small and never panics; where the browser lacks a
//! feature, the call does nothing.

pub mod clock;
pub mod download;
pub mod fullscreen;
pub mod idb;
mod js;
pub mod look;
pub mod page;
pub mod persist;
pub mod share;
pub mod sound;
pub mod speech;
pub mod update;
pub mod wake;
