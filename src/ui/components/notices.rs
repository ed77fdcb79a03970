//! Storage problems, in plain words, on every screen until they are fixed.

use crate::app::App;
use crate::store::Notice;
use leptos::prelude::*;

#[component]
pub fn Notices(app: App) -> impl IntoView {
    view! {
        <Show when=move || app.notices.with(|n| !n.is_empty())>
            <div class="notices" role="alert">
                {move || {
                    app.notices
                        .get()
                        .into_iter()
                        .map(|n: Notice| view! { <p class="notice">{n.words()}</p> })
                        .collect_view()
                }}
            </div>
        </Show>
    }
}
