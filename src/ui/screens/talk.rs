//! "Talk about what you heard": the host's time for this step, or no clock.

use crate::app::App;
use crate::ui::components::timer::Timer;
use leptos::prelude::*;

#[component]
pub fn Talk(app: App) -> impl IntoView {
    view! { <Timer app=app /> }
}
