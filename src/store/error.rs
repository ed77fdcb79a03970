//! Storage failures, in types. (to be written)
