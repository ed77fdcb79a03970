//! The parts of the table page that are not on its first screen: the
//! panels, and what the timed and later steps show under and beside their
//! words. They are a module of their own (`later`), which the page fetches
//! just after the first step is on screen, so the first download is small.
//! Until it has come, those parts are empty; if it cannot come (no network
//! on a first visit), one notice at the top says so in plain words, with
//! "Try again". After one visit the service worker keeps it, with the rest.

use crate::app::{App, Later, Panel};
use crate::meeting::Step;
use crate::ui::components::screen_tools::Screen;
use crate::ui::components::{dynamic, show_when};
use leptos::prelude::*;
use std::future::Future;
use std::pin::{pin, Pin};
use std::sync::OnceLock;
use std::task::{Context, Poll, Waker};

/// A part of the screen that is in the `later` module.
#[derive(Clone, Copy)]
pub enum Part {
    Panel(Panel),
    /// "How it looks".
    Look(Screen),
    Body(Step),
    Side(Step),
    /// With "Both sides": the step's heading and clock for the far side.
    FarCopy(Step),
    /// "Thought saved", with "Undo", above the bottom bar.
    ThoughtNote,
    /// "Save as a spreadsheet", when this tablet cannot keep thoughts.
    SaveThoughtsNow,
}

/// The `later` module could not be fetched.
pub struct NotLoaded;

impl From<wasm_split_helpers::SplitLoaderError> for NotLoaded {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        NotLoaded
    }
}

/// The table page's `later` module, as its `main.rs` splits it off. The
/// split functions live there, not here, so that host tools (which share
/// this library) do not carry the table's parts.
pub struct Split {
    /// Fetch the module and start what runs in it; true once it is here.
    pub load: fn(App) -> Pin<Box<dyn Future<Output = bool>>>,
    /// Draw a part (once the module is here).
    pub draw: fn(App, Part) -> Option<AnyView>,
}

static SPLIT: OnceLock<&'static Split> = OnceLock::new();

/// Fetch the `later` module, just after the first screen is drawn.
pub fn install(app: App, split: &'static Split) {
    let _ = SPLIT.set(split);
    fetch(app);
}

/// Fetch the `later` module (again, after a failure).
fn fetch(app: App) {
    let Some(split) = SPLIT.get() else {
        return;
    };
    app.later.set(Later::Coming);
    wasm_bindgen_futures::spawn_local(async move {
        let here = (split.load)(app).await;
        app.later
            .set(if here { Later::Here } else { Later::Missing });
    });
}

/// `part`, once the `later` module is here (nothing until then).
pub fn later(app: App, part: Part) -> AnyView {
    dynamic(move || match app.later.get() {
        Later::Here => SPLIT
            .get()
            .and_then(|split| (split.draw)(app, part))
            .unwrap_or_else(|| ().into_any()),
        Later::Coming | Later::Missing => ().into_any(),
    })
}

/// Said once, at the top of the screen, while the `later` module cannot be
/// fetched: what happened, what to do, and "Try again".
pub fn missing_notice(app: App) -> AnyView {
    show_when(
        move || app.later.get() == Later::Missing,
        move || {
            view! {
                <div class="notices notices--later" role="alert">
                    <p class="notice">{crate::text::problems::PART_MISSING}</p>
                    <button class="button" on:click=move |_| fetch(app)>{crate::text::controls::TRY_AGAIN}</button>
                </div>
            }
            .into_any()
        },
    )
}

/// The value of a future that is ready at once (a split function whose
/// module is already here).
pub fn now<T>(future: impl Future<Output = T>) -> Option<T> {
    match pin!(future).poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(value) => Some(value),
        Poll::Pending => None,
    }
}

#[cfg(test)]
mod tests {
    use super::now;
    use std::future::{pending, ready};

    #[test]
    fn now_gives_what_is_ready_at_once() {
        assert_eq!(now(ready(7)), Some(7));
        assert_eq!(now(async { "here" }), Some("here"));
    }

    #[test]
    fn now_gives_nothing_for_what_must_wait() {
        assert_eq!(now(pending::<u8>()), None);
        // An async function that waits on something not ready is not ready either.
        assert_eq!(now(async { pending::<u8>().await }), None);
    }
}
