//! What the table sees: the frame every step shares, and the step screens.
//!
//! Every step has the same controls in the same place: the step count and
//! "Our principles" at the top, "Back" and "Next step" at the bottom.

pub mod components;
pub mod host;
pub mod screens;

use crate::app::{App, Panel};
use crate::meeting::{Msg, Step};
use crate::platform::page;
use crate::text::{self, controls};
use components::notices::Notices;
use components::principles::PrinciplesList;
use components::thought_form::{AddThoughtButton, ThoughtForm, ThoughtNoteBar};
use leptos::prelude::*;

#[component]
pub fn Root(app: App) -> impl IntoView {
    let step = Memo::new(move |_| app.meeting.with(|m| m.step));

    // A new step: move focus to its heading, so everyone knows where they are.
    Effect::new(move |prev: Option<Step>| {
        let now = step.get();
        if prev.is_some_and(|p| p != now) {
            request_animation_frame(|| page::focus("step-heading"));
        }
        now
    });

    view! {
        <div class="app">
            <Notices app=app />
            <TopBar app=app step=step />
            <main id="main" class="step">
                {move || match app.panel.get() {
                    Panel::Principles => view! { <PrinciplesPanel app=app /> }.into_any(),
                    Panel::AddThought => view! { <ThoughtForm app=app /> }.into_any(),
                    Panel::HostAsk => view! { <host::HostAsk app=app on_yes=open_host on_no=host::leave /> }.into_any(),
                    Panel::HostPin => view! { <host::HostPin app=app on_yes=open_host on_no=host::leave /> }.into_any(),
                    // Host tools are a page of their own (`host/`). Without
                    // storage, leaving this page would lose the thoughts, so
                    // the one thing that matters is offered here.
                    Panel::Host | Panel::Summary => view! { <NoStorageHost app=app /> }.into_any(),
                    Panel::None => view! { <StepScreen app=app step=step /> }.into_any(),
                }}
            </main>
            // Host tools cover the whole screen; the meeting's own controls wait.
            <Show when=move || !app.panel.get().is_host()>
                // The note sits above the button, so the button stays in the
                // same place (just above the step buttons) when the note shows.
                <ThoughtNoteBar app=app />
                <div class="thoughtbar">
                    <AddThoughtButton app=app />
                </div>
                <StepNav app=app step=step />
            </Show>
            <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
                {move || app.said.get()}
            </div>
        </div>
    }
}

/// Host tools open in their own page, which reads the meeting from storage.
fn open_host(app: App) {
    if crate::store::local::available() {
        page::go_to_host();
    } else {
        app.open(Panel::Host, "panel-heading");
    }
}

/// Without storage: save the thoughts to a file, here and now.
#[component]
fn NoStorageHost(app: App) -> impl IntoView {
    view! {
        <section class="panel" aria-labelledby="panel-heading">
            <h1 id="panel-heading" tabindex="-1">{text::host::HEADING}</h1>
            <p>{text::problems::HOST_NEEDS_STORAGE}</p>
            <components::notices::SaveThoughtsNow app=app />
            <section class="host__section" aria-labelledby="memory-thoughts">
                <h2 id="memory-thoughts">{text::host::THOUGHTS}</h2>
                <components::thought_list::ThoughtList app=app />
            </section>
            <button class="button" on:click=move |_| host::leave(app)>{text::host::BACK}</button>
        </section>
    }
}

#[component]
fn TopBar(app: App, step: Memo<Step>) -> impl IntoView {
    let counts = move || {
        app.meeting.with(|m| {
            let all = Step::all(m.plan.rounds());
            let at = all.iter().position(|s| *s == m.step).unwrap_or(0);
            text::step_count(at, all.len())
        })
    };
    // "Our principles" is on every step after they were shown.
    let after_principles =
        move || !matches!(step.get(), Step::Brew | Step::Timekeeper | Step::Principles);
    view! {
        <header class="topbar">
            <p class="topbar__count">{counts}</p>
            <div class="topbar__end">
            <Show when=after_principles>
                <button
                    class="button button--quiet"
                    id="open-principles"
                    on:click=move |_| {
                        app.open(Panel::Principles, "panel-heading");
                    }
                >
                    {controls::OUR_PRINCIPLES}
                </button>
            </Show>
            <host::HostButton app=app />
            </div>
        </header>
    }
}

#[component]
fn PrinciplesPanel(app: App) -> impl IntoView {
    let close = move |_| {
        app.open(Panel::None, "open-principles");
    };
    view! {
        <section class="panel" aria-labelledby="panel-heading">
            <h1 id="panel-heading" tabindex="-1">{text::PRINCIPLES_HEADING}</h1>
            <PrinciplesList />
            <button class="button button--main" on:click=close>{controls::CLOSE}</button>
        </section>
    }
}

/// The step's picture, heading and words, then what is special to the step.
#[component]
fn StepScreen(app: App, step: Memo<Step>) -> impl IntoView {
    move || {
        let s = step.get();
        let words = text::step_words(s);
        view! {
            <div class="step__intro">
                <img class="step__picture" src=screens::picture(s) alt=words.picture width="160" height="160" />
                <div class="step__words">
                    <h1 id="step-heading" tabindex="-1">{words.heading}</h1>
                    {words.lines.iter().map(|l| view! { <p class="step__line">{*l}</p> }).collect_view()}
                </div>
            </div>
            {screens::body(app, s)}
        }
    }
}

#[component]
fn StepNav(app: App, step: Memo<Step>) -> impl IntoView {
    let first = move || step.get() == Step::Brew;
    let last = move || step.get() == Step::Thanks;
    view! {
        <nav class="stepnav" aria-label=controls::STEP_NAV>
            <button class="button button--back" disabled=first on:click=move |_| {
                app.panel.set(Panel::None);
                app.dispatch(Msg::Back);
            }>
                <span aria-hidden="true">"← "</span>{controls::BACK}
            </button>
            <button class="button button--main button--next" disabled=last on:click=move |_| {
                app.panel.set(Panel::None);
                app.dispatch(Msg::Next);
            }>
                {controls::NEXT_STEP}<span aria-hidden="true">" →"</span>
            </button>
        </nav>
    }
}
