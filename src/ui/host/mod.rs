//! Host tools: for the person running the meeting. A small button in a
//! corner, then "Are you running this meeting?", then the PIN if one is set.
//! Leaving returns to the same step; the timer keeps its deadline meanwhile.

mod files;
mod meetings;
mod setup;
mod tablet;
mod thoughts;

use crate::app::{App, Panel};
use crate::platform::page;
use crate::store;
use crate::text::host as words;
use crate::ui::components::notices::{Notices, SaveThoughtsNow};
use crate::ui::components::show_when;
use leptos::prelude::*;

pub use files::SummaryPanel;

/// The small corner button (still 44 × 44 px at least).
#[component]
pub fn HostButton(app: App) -> impl IntoView {
    view! {
        <button
            id="open-host"
            class="button button--quiet"
            on:click=move |_| {
                app.open(Panel::HostAsk, "panel-heading");
            }
        >
            {words::OPEN}
        </button>
    }
}

/// Back to the step from the question, focus on the corner button.
pub fn leave(app: App) {
    app.open(Panel::None, "open-host");
}

/// On the host page: answered, so show the tools.
fn open_tools(app: App) {
    page::mark_host_open();
    app.open(Panel::Host, "panel-heading");
}

/// "Are you running this meeting?" `on_yes` runs once the PIN (if any) is given.
#[component]
pub fn HostAsk(app: App, on_yes: fn(App), on_no: fn(App)) -> impl IntoView {
    let yes = move |_| {
        if store::pin().is_some() {
            app.open(Panel::HostPin, "host-pin");
        } else {
            on_yes(app);
        }
    };
    view! {
        <section class="panel" aria-labelledby="panel-heading">
            <h1 id="panel-heading" tabindex="-1">{words::ASK}</h1>
            <p>{words::ASK_HINT}</p>
            <div class="controls">
                <button class="button button--main" on:click=yes>{words::YES}</button>
                <button class="button" on:click=move |_| on_no(app)>{words::NO}</button>
            </div>
        </section>
    }
}

#[component]
pub fn HostPin(app: App, on_yes: fn(App), on_no: fn(App)) -> impl IntoView {
    let typed = RwSignal::new(String::new());
    let wrong = RwSignal::new(false);
    let check = move || {
        if store::pin().as_deref() == Some(typed.get_untracked().trim()) {
            on_yes(app);
        } else {
            wrong.set(true);
            typed.set(String::new());
            request_animation_frame(|| page::focus("host-pin"));
        }
    };
    view! {
        <section class="panel" aria-labelledby="panel-heading">
            <h1 id="panel-heading" tabindex="-1">{words::ASK}</h1>
            <form class="field" on:submit=move |ev| { ev.prevent_default(); check(); }>
                <label class="field__label" for="host-pin">{words::PIN_LABEL}</label>
                {show_when(move || wrong.get(), move || view! {
                    <p class="field__problem" role="alert">{words::PIN_WRONG}</p>
                }.into_any())}
                <input
                    id="host-pin"
                    class="field__input field__input--pin"
                    type="password"
                    inputmode="numeric"
                    autocomplete="off"
                    maxlength="4"
                    prop:value=move || typed.get()
                    on:input=move |ev| typed.set(event_target_value(&ev))
                />
                <div class="controls">
                    <button class="button button--main" type="submit">{words::PIN_OPEN}</button>
                    <button class="button" type="button" on:click=move |_| on_no(app)>{words::NO}</button>
                </div>
            </form>
        </section>
    }
}

/// On this page, "Save as a spreadsheet" is drawn here and now.
fn save_thoughts_now(app: App) -> AnyView {
    view! { <SaveThoughtsNow app=app /> }.into_any()
}

/// The host page: the same question if this tab has not answered it, then the tools.
#[component]
pub fn HostRoot(app: App) -> impl IntoView {
    view! {
        <div class="app">
            <Notices app=app save_now=save_thoughts_now />
            <main id="main" class="step">
                {move || match app.panel.get() {
                    Panel::HostAsk => view! { <HostAsk app=app on_yes=open_tools on_no=|_| page::go_to_meeting() /> }.into_any(),
                    Panel::HostPin => view! { <HostPin app=app on_yes=open_tools on_no=|_| page::go_to_meeting() /> }.into_any(),
                    Panel::Summary => view! { <SummaryPanel app=app /> }.into_any(),
                    _ => view! { <HostTools app=app /> }.into_any(),
                }}
            </main>
            <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
                {move || app.said.get()}
            </div>
        </div>
    }
}

/// The tools themselves, one section each.
#[component]
pub fn HostTools(app: App) -> impl IntoView {
    view! {
        <section class="panel host" aria-labelledby="panel-heading">
            <div class="host__top">
                <h1 id="panel-heading" tabindex="-1">{words::HEADING}</h1>
                <button class="button button--main" on:click=move |_| page::go_to_meeting()>{words::BACK}</button>
            </div>
            <tablet::UpdateReady />
            <files::SaveFiles app=app />
            <thoughts::ThoughtsSoFar app=app />
            <setup::Setup app=app />
            <files::BringIn app=app />
            <meetings::Meetings app=app />
            <meetings::Space />
            <meetings::Backups />
            <tablet::ThisTablet />
            <button class="button button--main" on:click=move |_| page::go_to_meeting()>{words::BACK}</button>
        </section>
    }
}
