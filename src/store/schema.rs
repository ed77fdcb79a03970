//! The saved format, versioned. (to be written)
