//! "Thoughts so far": what has been written at this table.

use crate::app::App;
use crate::text::host as words;
use crate::ui::components::show_when;
use crate::ui::components::thought_list::ThoughtList;
use leptos::prelude::*;

#[component]
pub fn ThoughtsSoFar(app: App) -> impl IntoView {
    view! {
        <section class="host__section" aria-labelledby="host-thoughts">
            <h2 id="host-thoughts">{words::THOUGHTS}</h2>
            {show_when(move || app.thoughts.with(|t| !t.is_empty()), move || view! {
                <p>{move || words::thought_count(app.thoughts.with(|t| t.len()))}</p>
            }.into_any())}
            <ThoughtList app=app />
        </section>
    }
}
