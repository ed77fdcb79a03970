//! What the table sees: the frame every step shares, and the step screens.
//!
//! The table screen is a kiosk, not a page: a fixed box the size of the
//! screen, in three bands. At the top, the screen's own controls ("Read this
//! out", "How it looks", "Turn the screen", "Both sides"), "Our principles"
//! and "Host tools". In the middle, the step: its words (the only part that
//! may scroll) and, on timed steps, the clock beside them (below them in
//! portrait). At the bottom, "Add a thought", and "Back", the step count and
//! "Next step". The same controls stay in the same place on every step.
//!
//! What the first step does not show (the panels, the clocks, the later
//! steps' parts) is drawn through `later::later`, so that it is in the table
//! page's second WebAssembly module (see `later.rs` and `draw_later`).

pub mod components;
pub mod host;
pub mod later;
pub mod screens;

use crate::app::{page_effect, App, Panel};
use crate::meeting::{Msg, Step};
use crate::platform::look::TextSize;
use crate::platform::page;
use crate::text::{self, controls};
use components::far_copy::FarCopy;
use components::notices::Notices;
use components::principles::PrinciplesList;
use components::screen_tools::{LookPanel, Screen, ScreenTools};
use components::thought_form::{AddThoughtButton, ThoughtForm, ThoughtNoteBar};
use components::{dynamic, dynamic_text, show_when};
use later::{later, Part};
use leptos::prelude::*;

#[component]
pub fn Root(app: App) -> impl IntoView {
    let step = Memo::new(move |_| app.meeting.with(|m| m.step));
    let screen = Screen::new();

    // A new step: move focus to its heading, so everyone knows where they
    // are; stop reading the old step out, and close "How it looks".
    let mut was = None;
    page_effect(move || {
        let now = step.get();
        if was.replace(now).is_some_and(|p| p != now) {
            screen.stop_reading();
            screen.look_open.set(false);
            request_animation_frame(|| page::focus("step-heading"));
        }
    });
    // A panel covers the step: what was being read out is not on screen now.
    let mut was = None;
    page_effect(move || {
        let now = app.panel.get();
        if was.replace(now).is_some_and(|p| p != now) {
            screen.stop_reading();
        }
    });
    let has_side = move || {
        app.panel.get() == Panel::None && !screen.look_open.get() && screens::has_side(step.get())
    };
    let look = screen.look;

    view! {
        <div
            class="app kiosk"
            class:kiosk--turned=move || look.with(|l| l.turned)
            class:kiosk--both=move || look.with(|l| l.both_sides)
            class:kiosk--strong=move || look.with(|l| l.strong)
            class:kiosk--large=move || look.with(|l| l.size == TextSize::Large)
            class:kiosk--largest=move || look.with(|l| l.size == TextSize::Largest)
        >
            <Notices app=app save_now=save_thoughts_now />
            {later::missing_notice(app)}
            <TopBar app=app step=step screen=screen />
            <main id="main" class="step" class:step--side=has_side>
                {dynamic(move || match app.panel.get() {
                    Panel::None if screen.look_open.get() => later(app, Part::Look(screen)),
                    Panel::None => view! { <StepScreen app=app step=step screen=screen /> }.into_any(),
                    panel => later(app, Part::Panel(panel)),
                })}
            </main>
            // Host tools cover the whole screen; the meeting's own controls wait.
            // The note sits above the buttons, so they stay in the same place
            // when it shows.
            {show_when(move || !app.panel.get().is_host(), move || view! {
                {later(app, Part::ThoughtNote)}
                <div class="bottombar">
                    <div class="thoughtbar">
                        <AddThoughtButton app=app />
                    </div>
                    <StepNav app=app step=step />
                </div>
            }.into_any())}
            <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
                {dynamic_text(move || app.said.get())}
            </div>
        </div>
    }
}

/// "Save as a spreadsheet" in the storage notice (in the `later` module).
fn save_thoughts_now(app: App) -> AnyView {
    later(app, Part::SaveThoughtsNow)
}

/// The parts of the page in the `later` module (see `later`).
pub fn draw_later(app: App, part: Part) -> AnyView {
    match part {
        Part::Look(screen) => view! { <LookPanel screen=screen /> }.into_any(),
        Part::Panel(Panel::None) => ().into_any(),
        Part::Panel(Panel::Principles) => view! { <PrinciplesPanel app=app /> }.into_any(),
        Part::Panel(Panel::AddThought) => view! { <ThoughtForm app=app /> }.into_any(),
        Part::Panel(Panel::HostAsk) => {
            view! { <host::HostAsk app=app on_yes=open_host on_no=host::leave /> }.into_any()
        }
        Part::Panel(Panel::HostPin) => {
            view! { <host::HostPin app=app on_yes=open_host on_no=host::leave /> }.into_any()
        }
        // Host tools are a page of their own (`host/`). Without
        // storage, leaving this page would lose the thoughts, so
        // the one thing that matters is offered here.
        Part::Panel(Panel::Host | Panel::Summary) => view! { <NoStorageHost app=app /> }.into_any(),
        Part::Body(step) => screens::later_body(app, step),
        Part::Side(step) => screens::later_side(app, step),
        Part::FarCopy(step) => view! { <FarCopy app=app step=step /> }.into_any(),
        Part::ThoughtNote => view! { <ThoughtNoteBar app=app /> }.into_any(),
        Part::SaveThoughtsNow => {
            view! { <components::notices::SaveThoughtsNow app=app /> }.into_any()
        }
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
fn TopBar(app: App, step: Memo<Step>, screen: Screen) -> impl IntoView {
    // "Our principles" is on every step after they were shown.
    let after_principles =
        move || !matches!(step.get(), Step::Brew | Step::Timekeeper | Step::Principles);
    view! {
        <header class="topbar">
            <ScreenTools app=app screen=screen />
            <div class="topbar__end">
            {show_when(after_principles, move || view! {
                <button
                    class="button button--quiet"
                    id="open-principles"
                    on:click=move |_| {
                        screen.look_open.set(false);
                        app.open(Panel::Principles, "panel-heading");
                    }
                >
                    {controls::OUR_PRINCIPLES}
                </button>
            }.into_any())}
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

/// The step's picture, heading and words, then what is special to the
/// step; beside them (below them in portrait) the clock and its controls.
/// With "Both sides", a copy of the heading and clock faces the far side.
#[component]
fn StepScreen(app: App, step: Memo<Step>, screen: Screen) -> impl IntoView {
    dynamic(move || {
        let s = step.get();
        let words = text::step_words(s);
        view! {
            {show_when(move || screen.look.with(|l| l.both_sides), move || later(app, Part::FarCopy(s)))}
            <div class="step__words" tabindex="0" role="region" aria-labelledby="step-heading">
                <div class="step__intro">
                    <img class="step__picture" src=screens::picture(s) alt=words.picture width="160" height="160" />
                    <div class="step__text">
                        <h1 id="step-heading" tabindex="-1">{words.heading}</h1>
                        {words.lines.iter().map(|l| view! { <p class="step__line">{*l}</p> }.into_any()).collect_view()}
                    </div>
                </div>
                {screens::body(app, s)}
            </div>
            {screens::side(app, s)}
        }
        .into_any()
    })
}

#[component]
fn StepNav(app: App, step: Memo<Step>) -> impl IntoView {
    let first = move || step.get() == Step::Brew;
    let last = move || step.get() == Step::Thanks;
    let counts = move || {
        app.meeting.with(|m| {
            let all = Step::all(m.plan.rounds());
            let at = all.iter().position(|s| *s == m.step).unwrap_or(0);
            text::step_count(at, all.len())
        })
    };
    view! {
        <nav class="stepnav" aria-label=controls::STEP_NAV>
            <button class="button button--back" disabled=first on:click=move |_| {
                app.panel.set(Panel::None);
                app.dispatch(Msg::Back);
            }>
                <span aria-hidden="true">"← "</span>{controls::BACK}
            </button>
            <p class="stepnav__count">{dynamic_text(counts)}</p>
            <button class="button button--main button--next" disabled=last on:click=move |_| {
                app.panel.set(Panel::None);
                app.dispatch(Msg::Next);
            }>
                {controls::NEXT_STEP}<span aria-hidden="true">" →"</span>
            </button>
        </nav>
    }
}
