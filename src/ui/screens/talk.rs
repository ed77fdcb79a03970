//! "Talk about what you heard": the question(s), and the thoughts so far if
//! the host chose to show them. Beside them (see `side`): no clock unless
//! the host set a time or someone turns it on.

use super::Questions;
use crate::app::App;
use crate::ui::components::show_when;
use crate::ui::components::thought_list::ThoughtList;
use leptos::prelude::*;

#[component]
pub fn Talk(app: App) -> impl IntoView {
    let show = move || app.meeting.with(|m| m.plan.show_thoughts);
    view! {
        <Questions app=app />
        {show_when(show, move || view! {
            <section class="host__section" aria-labelledby="talk-thoughts">
                <h2 id="talk-thoughts">{crate::text::THOUGHTS_SO_FAR}</h2>
                <ThoughtList app=app />
            </section>
        }.into_any())}
    }
}
