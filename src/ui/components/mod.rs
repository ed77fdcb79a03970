//! Pieces shared by the step screens.

pub mod far_copy;
pub mod notices;
pub mod principles;
pub mod screen_tools;
pub mod thought_form;
pub mod thought_list;
pub mod timer;
pub mod toggle;
