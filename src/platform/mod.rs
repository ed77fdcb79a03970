//! Browser edges: clock, ticker, sound, speech, wake lock, IndexedDB.

pub mod idb;
