//! A button that turns something on or off ("Sound", "Both sides", "Turn
//! the screen"). `aria-pressed` carries the state for screen readers; "On"
//! or "Off" in words beside the label shows it to everyone, so colour is
//! never the only cue. The words are hidden from screen readers, so the
//! button's name stays its label alone.

use crate::text::controls;
use leptos::prelude::*;

#[component]
pub fn Toggle(
    /// The button's name, shown and read.
    label: &'static str,
    /// Whether it is on now.
    #[prop(into)]
    on: Signal<bool>,
    /// Called with the new state when tapped.
    #[prop(into)]
    set: Callback<bool>,
    /// Classes beside `button button--toggle` (say `button--quiet`).
    class: &'static str,
    /// The element's id, if something needs to find it.
    #[prop(optional)]
    id: Option<&'static str>,
    /// A small picture before the label, hidden from screen readers.
    #[prop(optional)]
    icon: Option<&'static str>,
) -> impl IntoView {
    view! {
        <button
            id=id
            class=format!("button button--toggle {class}")
            aria-pressed=move || if on.get() { "true" } else { "false" }
            on:click=move |_| set.run(!on.get_untracked())
        >
            {icon.map(|i| view! { <span aria-hidden="true">{i}</span> })}
            {label}
            <span class="button__state" aria-hidden="true">
                {move || if on.get() { controls::SOUND_ON } else { controls::SOUND_OFF }}
            </span>
        </button>
    }
}
