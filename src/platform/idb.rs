//! Durable thought records in IndexedDB. (to be written)
