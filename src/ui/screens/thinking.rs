//! "Thinking time": the question (or all the questions, when they are asked
//! together), very large, and a one-minute clock.

use super::Questions;
use crate::app::App;
use crate::ui::components::timer::Timer;
use leptos::prelude::*;

#[component]
pub fn Thinking(app: App) -> impl IntoView {
    view! {
        <Questions app=app />
        <Timer app=app />
    }
}
