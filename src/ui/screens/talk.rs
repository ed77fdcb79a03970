//! "Talk about what you heard": the question(s), and the thoughts so far if
//! the host chose to show them. Beside them (see `side`): no clock unless
//! the host set a time or someone turns it on.

use super::Questions;
use crate::app::App;
use crate::text::host as words;
use crate::ui::components::thought_list::ThoughtList;
use leptos::prelude::*;

#[component]
pub fn Talk(app: App) -> impl IntoView {
    let show = move || app.meeting.with(|m| m.plan.show_thoughts);
    view! {
        <Questions app=app />
        <Show when=show>
            <section class="host__section" aria-labelledby="talk-thoughts">
                <h2 id="talk-thoughts">{words::THOUGHTS}</h2>
                <ThoughtList app=app />
            </section>
        </Show>
    }
}
