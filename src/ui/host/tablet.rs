//! Looking after the tablet itself: an update that waits for the host,
//! "Fill the screen", and whether the browser will keep the meetings.

use crate::platform::persist::{self, Kept};
use crate::platform::{fullscreen, update};
use crate::text::host as words;
use crate::ui::components::{aria_bool, show_when};
use leptos::prelude::*;

/// "An update is ready" with "Update now", shown only once a new build has
/// been fetched and is waiting. Until the host taps it, nothing changes.
#[component]
pub fn UpdateReady() -> impl IntoView {
    let ready = RwSignal::new(false);
    // Host tools live at host/, the service worker beside the table page.
    update::watch("../sw.js", move || ready.set(true));
    view! {
        {show_when(move || ready.get(), move || view! {
            <section class="host__section host__update" aria-labelledby="host-update">
                <h2 id="host-update">{words::UPDATE_READY}</h2>
                <p>{words::UPDATE_HINT}</p>
                <p>{words::UPDATE_WHEN}</p>
                <button class="button button--main" on:click=move |_| update::update_now()>{words::UPDATE_NOW}</button>
            </section>
        }.into_any())}
    }
}

/// "This tablet": fill the screen (where the browser can), and whether the
/// meetings will be kept (asked here too: opening host tools was a tap).
#[component]
pub fn ThisTablet() -> impl IntoView {
    let kept = RwSignal::new(None::<Kept>);
    leptos::task::spawn_local(async move {
        kept.set(Some(persist::ask().await));
    });
    let home = persist::on_home_screen();
    let chosen = RwSignal::new(fullscreen::chosen());
    let toggle = move |_| {
        let on = !chosen.get_untracked();
        fullscreen::fill(on);
        chosen.set(on);
    };
    view! {
        <section class="host__section" aria-labelledby="host-tablet">
            <h2 id="host-tablet">{words::THIS_TABLET}</h2>
            {fullscreen::available().then(|| view! {
                <p id="fill-hint">{words::FILL_SCREEN_HINT}</p>
                <div class="controls">
                    <button class="button button--toggle" aria-describedby="fill-hint"
                        aria-pressed=move || aria_bool(chosen.get())
                        on:click=toggle>
                        {words::FILL_SCREEN}
                        <span class="button__state" aria-hidden="true">
                            {move || if chosen.get() { words::ON } else { words::OFF }}
                        </span>
                    </button>
                </div>
            })}
            <div id="host-keeping">
                {move || kept.get().map(|k| match k {
                    Kept::Yes => view! { <p>{words::KEPT}</p> }.into_any(),
                    Kept::Maybe => view! {
                        <p class="big-line">{words::MAY_CLEAR}</p>
                        <p>{words::MAY_CLEAR_WHY}</p>
                        {(!home).then(|| view! { <p>{words::ADD_TO_HOME}</p> })}
                        <p>{words::SAVE_EACH_TIME}</p>
                    }.into_any(),
                })}
            </div>
        </section>
    }
}
