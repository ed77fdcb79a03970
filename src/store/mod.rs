//! The only code that touches browser storage. Never panics: every failure
//! is a typed `StoreError` handed to the caller.

pub mod error;
pub mod schema;
