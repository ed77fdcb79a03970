//! "Have your say": person k of n, two minutes each, nobody cut off, and
//! anyone may pass.
//!
//! The question(s) and the number of people are with the step's words; whose
//! turn it is, the clock and "Start" / "Next person" / "Pass" are beside them.

use super::Questions;
use crate::app::App;
use crate::meeting::{Msg, TurnPhase};
use crate::text::{self, controls};
use crate::ui::components::dynamic_text;
use crate::ui::components::timer::Timer;
use leptos::prelude::*;

#[component]
pub fn Turns(app: App) -> impl IntoView {
    let m = app.meeting;
    // Read from the meeting each time: setting the same count or state
    // again changes nothing on screen, and no memo is needed.
    let people = move || m.with(|m| m.turns.people);
    let can_remove = move || m.with(|m| m.turns.people > m.turns.started.max(1));

    view! {
        <Questions app=app />
        <div class="people" role="group" aria-labelledby="people-count">
            <button class="button" disabled=move || !can_remove()
                on:click=move |_| app.dispatch(Msg::RemovePerson)>{controls::REMOVE_PERSON}</button>
            <p id="people-count" class="people__count">{dynamic_text(move || text::turns::people(people()))}</p>
            <button class="button" on:click=move |_| app.dispatch(Msg::AddPerson)>{controls::ADD_PERSON}</button>
        </div>
    }
}

/// Beside the question: whose turn it is, the clock, and "Start" or "Next
/// person" with "Pass".
#[component]
pub fn TurnsClock(app: App) -> impl IntoView {
    let m = app.meeting;
    let phase = Memo::new(move |_| m.with(|m| m.turns.phase()));
    let none_yet = Memo::new(move |_| m.with(|m| m.turns.started == 0));

    let who = move || match phase.get() {
        TurnPhase::Speaking { k, of } => text::turns::person(k, of),
        TurnPhase::Waiting if none_yet.get() => text::turns::WAITING.to_string(),
        TurnPhase::Waiting => text::turns::MORE_TO_COME.to_string(),
        TurnPhase::Finished => text::turns::FINISHED.to_string(),
    };
    let main_button = move || {
        if none_yet.get() {
            view! {
                <button class="button button--main" on:click=move |_| app.dispatch(Msg::Start)>{controls::START}</button>
            }
            .into_any()
        } else if matches!(phase.get(), TurnPhase::Speaking { .. }) {
            view! {
                <button class="button button--main" on:click=move |_| app.dispatch(Msg::NextPerson)>{controls::NEXT_PERSON}</button>
                <button class="button" on:click=move |_| app.dispatch(Msg::Pass)>{controls::PASS}</button>
            }
            .into_any()
        } else if phase.get() != TurnPhase::Finished {
            view! {
                <button class="button button--main" on:click=move |_| app.dispatch(Msg::NextPerson)>{controls::NEXT_PERSON}</button>
            }
            .into_any()
        } else {
            ().into_any()
        }
    };

    view! {
        <p class="turns__who big-line">{dynamic_text(who)}</p>
        // "Start" / "Next person" / "Pass" share a row with the clock's buttons.
        <Timer app=app lead=main_button />
    }
}
