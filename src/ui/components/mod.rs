//! Pieces shared by the step screens, and the three ways a part of a screen
//! changes: `dynamic` (a part drawn again when a signal it read changes),
//! `dynamic_text` (words that change) and `show_when` (a part that comes
//! and goes). Each boxes its closure, so Leptos' code for a changing part is
//! in the download once, not once for each closure; the table page uses
//! them for every changing part (see the README's "Performance").

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
) -> AnyView {
    shown(Box::new(when), Box::new(view))
}

fn shown(
    when: Box<dyn Fn() -> bool + Send + Sync>,
    view: Box<dyn Fn() -> AnyView + Send + Sync>,
) -> AnyView {
    let when = Memo::new(move |_| when());
    dynamic(move || if when.get() { view() } else { ().into_any() })
}

/// What `view` draws, drawn again whenever a signal it read changes. The
/// same as putting the closure in a view, but boxed: Leptos' code for a
/// changing part of the screen is then in the download once, not once for
/// each closure (about 0.3 KB gzip each, measured).
pub fn dynamic(view: impl Fn() -> AnyView + Send + Sync + 'static) -> AnyView {
    boxed(Box::new(view))
}

fn boxed(view: Box<dyn Fn() -> AnyView + Send + Sync>) -> AnyView {
    (move || view()).into_any()
}

/// "true" or "false", as an ARIA state (`aria-pressed`, `aria-expanded`,
/// `aria-disabled`) is written.
pub fn aria_bool(on: bool) -> String {
    String::from(if on { "true" } else { "false" })
}

/// Words that change (a count, a button's label), boxed like `dynamic`.
pub fn dynamic_text(words: impl Fn() -> String + Send + Sync + 'static) -> AnyView {
    boxed_text(Box::new(words))
}

fn boxed_text(words: Box<dyn Fn() -> String + Send + Sync>) -> AnyView {
    (move || words()).into_any()
}
