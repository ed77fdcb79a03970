//! Pieces shared by the step screens.

pub mod far_copy;
pub mod notices;
pub mod principles;
pub mod screen_tools;
pub mod thought_form;
pub mod thought_list;
pub mod timer;
pub mod toggle;

use leptos::prelude::*;

/// `view` while `when` is true, and nothing otherwise. Like Leptos'
/// `<Show>`, the view is made again only when `when` changes (so a button
/// keeps its focus); unlike it, every use shares one type, which keeps the
/// table page's download small (one `<Show>` brings its own copies of
/// Leptos' code for each kind of child).
pub fn show_when(
    when: impl Fn() -> bool + Send + Sync + 'static,
    view: impl Fn() -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    let when = Memo::new(move |_| when());
    move || if when.get() { view() } else { ().into_any() }
}
