//! "Thinking time": the question, very large, and a one-minute clock.

use super::Question;
use crate::app::App;
use crate::ui::components::timer::Timer;
use leptos::prelude::*;

#[component]
pub fn Thinking(app: App, q: usize) -> impl IntoView {
    view! {
        <Question app=app q=q />
        <Timer app=app />
    }
}
