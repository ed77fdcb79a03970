//! "Thank you": the end, how many turns were taken (and passed), and who
//! tells people what happens next.

use crate::app::App;
use crate::text;
use crate::ui::components::{dynamic, dynamic_text};
use leptos::prelude::*;

#[component]
pub fn Thanks(app: App) -> impl IntoView {
    let taken = move || {
        app.meeting
            .with(|m| text::thanks::turns_taken(m.turns_taken))
    };
    let passed = dynamic(move || match app.meeting.with(|m| m.turns_passed) {
        0 => ().into_any(),
        n => view! { <p class="big-line">{text::thanks::turns_passed(n)}</p> }.into_any(),
    });
    view! {
        <p class="big-line">{dynamic_text(taken)}</p>
        {passed}
        <p class="step__line">{text::thanks::NEXT}</p>
    }
}
