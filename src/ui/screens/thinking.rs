//! "Thinking time": the question, very large (the one-minute clock is
//! beside it, see `side`).

use super::Question;
use crate::app::App;
use leptos::prelude::*;

#[component]
pub fn Thinking(app: App, q: usize) -> impl IntoView {
    view! {
        <Question app=app q=q />
    }
}
