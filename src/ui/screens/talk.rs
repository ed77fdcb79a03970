//! "Talk about what you heard": the thoughts so far, if the host chose to
//! show them (the host's time for this step, or no clock, is beside them).

use crate::app::App;
use crate::text::host as words;
use crate::ui::components::thought_list::ThoughtList;
use leptos::prelude::*;

#[component]
pub fn Talk(app: App) -> impl IntoView {
    let show = move || app.meeting.with(|m| m.plan.show_thoughts);
    view! {
        <Show when=show>
            <section class="host__section" aria-labelledby="talk-thoughts">
                <h2 id="talk-thoughts">{words::THOUGHTS}</h2>
                <ThoughtList app=app />
            </section>
        </Show>
    }
}
