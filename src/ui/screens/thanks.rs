//! "Thank you": the end, how many turns were taken, what happens next.

use crate::app::App;
use crate::text;
use leptos::prelude::*;

#[component]
pub fn Thanks(app: App) -> impl IntoView {
    let taken = move || {
        app.meeting
            .with(|m| text::thanks::turns_taken(m.turns_taken))
    };
    view! {
        <p class="big-line">{taken}</p>
        <p class="step__line">{text::thanks::NEXT}</p>
    }
}
