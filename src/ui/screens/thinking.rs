//! "Thinking time": the question (or all the questions, when they are asked
//! together), very large. The one-minute clock is beside it (see `side`).

use super::Questions;
use crate::app::App;
use leptos::prelude::*;

#[component]
pub fn Thinking(app: App) -> impl IntoView {
    view! { <Questions app=app /> }
}
