//! The big visible timer: digits, a ring, and words, so colour is never the
//! only signal. `role="timer"` is silent to screen readers; the live region in
//! the frame announces only milestones.

use crate::app::App;
use crate::meeting::countdown::{digits, fraction_left};
use crate::meeting::{Countdown, Msg, Step};
use crate::text::{self, controls};
use leptos::prelude::*;

/// The ring's length in its own units (`pathLength`), so the dash offset is a
/// whole number (formatting floats would cost the download kilobytes).
const RING: i64 = 1000;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Face {
    /// Nothing to show (on "Have your say" before anyone speaks).
    Hidden,
    Off,
    Ready,
    Running,
    Paused,
}

#[component]
pub fn Timer(app: App) -> impl IntoView {
    let m = app.meeting;
    let face = Memo::new(move |_| {
        m.with(|m| {
            if matches!(m.step, Step::Turns(_)) && !m.turns.speaking {
                Face::Hidden
            } else {
                match m.clock {
                    Countdown::Off => Face::Off,
                    Countdown::Ready { .. } => Face::Ready,
                    Countdown::Running { .. } => Face::Running,
                    Countdown::Paused { .. } => Face::Paused,
                }
            }
        })
    });
    let left = Memo::new(move |_| m.with(|m| m.left()).unwrap_or(0));
    let over = Memo::new(move |_| left.get() <= 0);
    let shown = Memo::new(move |_| digits(left.get()));
    let words = Memo::new(move |_| {
        let f = face.get();
        text::time_words(left.get(), f == Face::Running, f == Face::Paused)
    });
    let offset = Memo::new(move |_| {
        let frac = m.with(|m| fraction_left(left.get(), m.clock_length()));
        (RING - (frac * RING as f64).round() as i64).to_string()
    });
    let is_turn = move || m.with(|m| matches!(m.step, Step::Turns(_)));

    move || {
        match face.get() {
        Face::Hidden => ().into_any(),
        Face::Off => view! {
            <section class="timer timer--off" aria-label=text::timer::LABEL>
                <p class="timer__words">{text::timer::NO_CLOCK}</p>
                <div class="controls" role="group" aria-label=controls::CLOCK_CONTROLS>
                    <button class="button" on:click=move |_| app.dispatch(Msg::ClockOn)>{controls::CLOCK_ON}</button>
                    <SoundToggle app=app />
                </div>
            </section>
        }
        .into_any(),
        f => view! {
            <section class="timer" class:timer--over=move || over.get() aria-label=text::timer::LABEL>
                <div class="timer__face">
                    <svg class="timer__ring" viewBox="0 0 100 100" aria-hidden="true" focusable="false">
                        <circle class="timer__track" cx="50" cy="50" r="45" />
                        <circle class="timer__left" cx="50" cy="50" r="45" pathLength="1000"
                            stroke-dasharray="1000" stroke-dashoffset=move || offset.get() />
                    </svg>
                    <div class="timer__digits" role="timer">{move || shown.get()}</div>
                </div>
                <p class="timer__words">
                    <span class="timer__icon" aria-hidden="true">{move || if over.get() { "⏰ " } else { "" }}</span>
                    {move || words.get()}
                </p>
                <Show when=move || over.get() && is_turn()>
                    <p class="step__line">{text::timer::NOBODY_CUT_OFF}</p>
                </Show>
                <div class="controls" role="group" aria-label=controls::CLOCK_CONTROLS>
                    {match f {
                        Face::Ready => view! {
                            <button class="button button--main" on:click=move |_| app.dispatch(Msg::Start)>{controls::START}</button>
                        }.into_any(),
                        Face::Paused => view! {
                            <button class="button button--main" on:click=move |_| app.dispatch(Msg::CarryOn)>{controls::CARRY_ON}</button>
                        }.into_any(),
                        _ => view! {
                            <button class="button" on:click=move |_| app.dispatch(Msg::Pause)>{controls::PAUSE}</button>
                        }.into_any(),
                    }}
                    <button class="button" on:click=move |_| app.dispatch(Msg::MoreTime)>{controls::MORE_TIME}</button>
                    <button class="button" on:click=move |_| app.dispatch(Msg::ClockOff)>{controls::CLOCK_OFF}</button>
                    <SoundToggle app=app />
                </div>
            </section>
        }
        .into_any(),
    }
    }
}

/// "Sound", a toggle with its state shown in words as well as by aria-pressed.
#[component]
pub fn SoundToggle(app: App) -> impl IntoView {
    let on = Memo::new(move |_| app.meeting.with(|m| m.sound));
    view! {
        <button
            class="button button--toggle"
            aria-pressed=move || if on.get() { "true" } else { "false" }
            on:click=move |_| app.dispatch(Msg::Sound(!on.get_untracked()))
        >
            {controls::SOUND}
            <span class="button__state" aria-hidden="true">
                {move || if on.get() { controls::SOUND_ON } else { controls::SOUND_OFF }}
            </span>
        </button>
    }
}
