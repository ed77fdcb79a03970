//! Storage problems, in plain words, on every screen until they are fixed.

use crate::app::App;
use crate::export::csv;
use crate::platform::download;
use crate::store::Notice;
use crate::text::host as words;
use crate::ui::components::{dynamic, dynamic_text, show_when};
use leptos::prelude::*;

/// `save_now` draws "Save as a spreadsheet" (the table page fetches it
/// after its first screen; see `ui::later`).
#[component]
pub fn Notices(app: App, save_now: fn(App) -> AnyView) -> impl IntoView {
    view! {
        {show_when(move || app.notices.with(|n| !n.is_empty()), move || view! {
            <div class="notices" role="alert">
                {dynamic(move || {
                    app.notices
                        .get()
                        .into_iter()
                        .map(|n: Notice| view! { <p class="notice">{n.words()}</p> }.into_any())
                        .collect_view()
                        .into_any()
                })}
                // The table is told who acts; this button is the host's job.
                {show_when(move || app.notices.with(|n| n.contains(&Notice::NoStorage)), move || view! {
                    <p class="notice notice--host">{words::FOR_HOST}</p>
                    {save_now(app)}
                }.into_any())}
            </div>
        }.into_any())}
    }
}

/// "Save as a spreadsheet", right here: for when thoughts live only in this page.
#[component]
pub fn SaveThoughtsNow(app: App) -> impl IntoView {
    let status = RwSignal::new(String::new());
    let save = move |_| {
        let meta = download::meta();
        let file = app
            .meeting
            .with_untracked(|m| app.thoughts.with_untracked(|t| csv::csv(m, t, &meta)));
        status.set(app.save_file(&file));
    };
    view! {
        <button class="button button--main" on:click=save>{words::SAVE_CSV}</button>
        <p role="status" class="host__status">{dynamic_text(move || status.get())}</p>
    }
}
