//! Pieces shared by the step screens.

pub mod notices;
pub mod principles;
pub mod thought_form;
pub mod thought_list;
pub mod timer;
