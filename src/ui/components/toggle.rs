//! A button that turns something on or off ("Sound", "Both sides", "Turn
//! the screen"). `aria-pressed` carries the state for screen readers; "On"
//! or "Off" in words beside the label shows it to everyone, so colour is
//! never the only cue. The words are hidden from screen readers, so the
//! button's name stays its label alone.

use crate::text::controls;
use crate::ui::components::{aria_bool, dynamic_text};
use leptos::prelude::*;

#[component]
pub fn Toggle(
    /// The button's name, shown and read.
    label: &'static str,
    /// Whether it is on now (a memo, like every condition on this page:
    /// one kind of signal less to download).
    on: Memo<bool>,
    /// Called with the new state when tapped.
    #[prop(into)]
    set: Callback<bool>,
    /// The small button beside the clock ("Sound"); otherwise the quiet
    /// one of the top bar.
    #[prop(optional)]
    small: bool,
    /// The element's id.
    id: &'static str,
    /// A small picture before the label, hidden from screen readers (none
    /// by default).
    #[prop(optional)]
    icon: &'static str,
) -> impl IntoView {
    view! {
        <button
            id=id
            class=if small { "button button--toggle button--small" } else { "button button--toggle button--quiet" }
            aria-pressed=move || aria_bool(on.get())
            on:click=move |_| set.run(!on.get_untracked())
        >
            <span aria-hidden="true">{icon}</span>
            {label}
            <span class="button__state" aria-hidden="true">
                {dynamic_text(move || String::from(if on.get() { controls::SOUND_ON } else { controls::SOUND_OFF }))}
            </span>
        </button>
    }
}
