//! The big visible timer: digits, a ring, and words, so colour is never the
//! only signal. `role="timer"` is silent to screen readers; the live region in
//! the frame announces only milestones.
//!
//! The ring shows the share of *this* turn (or step) left, counting any
//! "More time" given to it. The host can hide the numbers ("Show numbers on
//! the clock"); the ring and the words stay. The face grows with its box:
//! the stylesheet sizes it with container query units.

use crate::app::App;
use crate::meeting::countdown::{digits, fraction_left};
use crate::meeting::{Countdown, Msg, Step};
use crate::text::{self, controls};
use crate::ui::components::toggle::Toggle;
use crate::ui::components::{dynamic, dynamic_text, show_when};
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

/// `lead`: the step's own main button ("Next person" on "Have your say"),
/// drawn first among the clock's buttons so that they share one row where
/// there is room. It shows even when the clock does not ("Start" before the
/// first turn).
#[component]
pub fn Timer(app: App, #[prop(optional, into)] lead: Option<ViewFn>) -> impl IntoView {
    let lead_view = move || match lead.clone() {
        Some(l) => dynamic(move || l.run()),
        None => ().into_any(),
    };
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
    // The ring: the share of the whole of this clock (this turn), "More
    // time" included, that is left. The meeting keeps what was added, so a
    // reload shows the same share.
    let more_time = move |_| app.dispatch(Msg::MoreTime);
    let offset = Memo::new(move |_| {
        let left = left.get();
        let whole = m.with(|m| m.clock_whole());
        let frac = fraction_left(left, whole);
        (RING - (frac * RING as f64).round() as i64).to_string()
    });
    let show_digits = Memo::new(move |_| m.with(|m| m.plan.show_digits));
    // How wide the digits are, so the stylesheet can fit "+10:15" as well as
    // "2:00" (`data-chars`, which it turns into `--chars`; an attribute, not a
    // style, so the page needs none of Leptos' style code). The small "+" of
    // overtime counts as about half a digit.
    let width = Memo::new(move |_| {
        shown.with(|d| {
            let n = d.chars().count();
            if d.starts_with('+') {
                format!("{}.5", n - 1)
            } else {
                n.to_string()
            }
        })
    });
    let is_turn = move || m.with(|m| matches!(m.step, Step::Turns(_)));

    dynamic(move || {
        match face.get() {
        Face::Hidden => view! { <div class="controls controls--turns">{lead_view()}</div> }.into_any(),
        Face::Off => view! {
            <section class="timer timer--off" aria-label=text::timer::LABEL>
                <p class="timer__words">{text::timer::NO_CLOCK}</p>
                <div class="controls" role="group" aria-label=controls::CLOCK_CONTROLS>
                    {lead_view()}
                    <button class="button" on:click=move |_| app.dispatch(Msg::ClockOn)>{controls::CLOCK_ON}</button>
                    <SoundToggle app=app />
                </div>
            </section>
        }
        .into_any(),
        f => view! {
            <section class="timer" class:timer--over=move || over.get()
                class:timer--ring-only=move || !show_digits.get() aria-label=text::timer::LABEL>
                <div class="timer__face">
                    <div class="timer__inner" data-chars=move || width.get()>
                        <svg class="timer__ring" viewBox="0 0 100 100" aria-hidden="true" focusable="false">
                            <circle class="timer__track" cx="50" cy="50" r="45" />
                            <circle class="timer__left" cx="50" cy="50" r="45" pathLength="1000"
                                stroke-dasharray="1000" stroke-dashoffset=move || offset.get() />
                        </svg>
                        <div class="timer__digits" role="timer"
                            class:visually-hidden=move || !show_digits.get()>
                            <span class="timer__sign">{dynamic_text(move || String::from(if shown.with(|d| d.starts_with('+')) { "+" } else { "" }))}</span>
                            {dynamic_text(move || shown.with(|d| d.trim_start_matches('+').to_string()))}
                        </div>
                    </div>
                </div>
                <p class="timer__words">
                    <span class="timer__icon" aria-hidden="true">{dynamic_text(move || String::from(if over.get() { "⏰ " } else { "" }))}</span>
                    {dynamic_text(move || words.get())}
                </p>
                {show_when(move || over.get() && is_turn(), || view! {
                    <p class="step__line">{text::timer::NOBODY_CUT_OFF}</p>
                }.into_any())}
                <div class="controls" role="group" aria-label=controls::CLOCK_CONTROLS>
                    {lead_view()}
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
                    <button class="button" on:click=more_time>{controls::MORE_TIME}</button>
                    <button class="button button--small" on:click=move |_| app.dispatch(Msg::ClockOff)>{controls::CLOCK_OFF}</button>
                    <SoundToggle app=app />
                </div>
            </section>
        }
        .into_any(),
    }
    })
}

/// "Sound", a toggle with its state shown in words as well as by aria-pressed.
#[component]
pub fn SoundToggle(app: App) -> impl IntoView {
    let on = Memo::new(move |_| app.meeting.with(|m| m.sound));
    view! {
        <Toggle id="sound" label=controls::SOUND small=true on=on set=move |on| app.dispatch(Msg::Sound(on)) />
    }
}
