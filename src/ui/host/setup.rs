//! "Set up this meeting": theme, table, opening words, questions, one
//! question at a time or all together, people, times, sound, spoken cues,
//! whether thoughts show on screen, and the PIN.
//!
//! Changes are made to a copy and take effect with "Save set-up", after the
//! plan is checked; the meeting keeps its place.

use crate::app::App;
use crate::meeting::plan::READY_QUESTIONS;
use crate::meeting::{Msg, Plan, TimedStep, MINUTE};
use crate::platform::{sound, speech};
use crate::store;
use crate::text::host as words;
use crate::ui::components::show_when;
use leptos::prelude::*;

/// The times offered for each step: 30 seconds, then whole minutes up to ten
/// times the default (and more for talk).
fn time_choices(step: TimedStep) -> Vec<i64> {
    let minutes: &[i64] = match step {
        TimedStep::Thinking => &[1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
        TimedStep::Turn => &[1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20],
        TimedStep::Talk => &[1, 2, 3, 5, 10, 15, 20, 30, 45, 60, 75, 90],
    };
    std::iter::once(30_000)
        .chain(minutes.iter().map(|m| m * MINUTE))
        .filter(|ms| *ms <= step.longest())
        .collect()
}

#[component]
pub fn Setup(app: App) -> impl IntoView {
    let plan = RwSignal::new(app.meeting.with_untracked(|m| m.plan.clone()));
    let pin = RwSignal::new(store::pin().unwrap_or_default());
    let problems = RwSignal::new(Vec::<String>::new());
    let saved = RwSignal::new(false);
    let new_question = RwSignal::new(String::new());
    let can_speak = RwSignal::new(speech::available());
    speech::on_voices_changed(move |yes| can_speak.set(yes));

    let edit = move |f: &dyn Fn(&mut Plan)| {
        saved.set(false);
        plan.update(|p| f(p));
    };

    let save = move |_| {
        let p = plan.get_untracked();
        let mut found: Vec<String> = p.problems().iter().map(words::plan_problem).collect();
        if !store::pin_is_valid(pin.get_untracked().trim()) {
            found.push(words::BAD_PIN.to_string());
        }
        found.dedup();
        problems.set(found.clone());
        if found.is_empty() {
            app.dispatch(Msg::SetPlan(p));
            // Every message reaches the screen: a PIN the tablet would not keep too.
            if store::set_pin(pin.get_untracked().trim()).is_err() {
                problems.set(vec![words::PIN_NOT_KEPT.to_string()]);
            }
            saved.set(true);
        }
    };

    let try_sound = move |_| {
        sound::unlock();
        let p = plan.get_untracked();
        if p.sound {
            sound::chime(p.volume);
        }
        if p.speech {
            speech::say(&crate::text::spoken(
                crate::meeting::Announcement::MinutesLeft(1),
            ));
        }
    };

    let questions = move || {
        let qs = plan.with(|p| p.questions.clone());
        let n = qs.len();
        qs.into_iter()
            .enumerate()
            .map(|(i, q)| {
                let id = format!("setup-q-{i}");
                view! {
                    <li class="setup__question">
                        <label class="field__label" for=id.clone()>{words::question_n(i + 1)}</label>
                        <textarea id=id class="field__text field__text--short" rows="2"
                            prop:value=q
                            on:change=move |ev| {
                                let v = event_target_value(&ev);
                                edit(&|p: &mut Plan| if let Some(q) = p.questions.get_mut(i) { q.clone_from(&v) });
                            }
                        ></textarea>
                        <div class="controls">
                            <button class="button" disabled=i == 0
                                on:click=move |_| edit(&|p: &mut Plan| if i > 0 { p.questions.swap(i, i - 1) })>
                                {words::move_up(i + 1)}
                            </button>
                            <button class="button" disabled=i + 1 == n
                                on:click=move |_| edit(&|p: &mut Plan| if i + 1 < p.questions.len() { p.questions.swap(i, i + 1) })>
                                {words::move_down(i + 1)}
                            </button>
                            <button class="button"
                                on:click=move |_| edit(&|p: &mut Plan| if i < p.questions.len() { p.questions.remove(i); })>
                                {words::remove(i + 1)}
                            </button>
                        </div>
                    </li>
                }
            })
            .collect_view()
    };

    let ready = move || {
        READY_QUESTIONS
            .iter()
            .enumerate()
            .filter(|(_, q)| plan.with(|p| !p.questions.iter().any(|have| have == *q)))
            .map(|(i, q)| {
                view! {
                    <li class="setup__ready">
                        <span>{*q}</span>
                        <button class="button" on:click=move |_| edit(&|p: &mut Plan| p.questions.push(q.to_string()))>
                            {words::pick(i + 1)}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };

    let time_select = move |step: TimedStep, id: &'static str, label: &'static str| {
        let current = move || plan.with(|p| p.length(step));
        let options = time_choices(step)
            .into_iter()
            .map(|ms| {
                view! {
                    <option value=ms.to_string() selected=move || current() == Some(ms)>{words::duration(ms)}</option>
                }
            })
            .collect_view();
        view! {
            <div class="field">
                <label class="field__label" for=id>{label}</label>
                <select id=id class="field__input" on:change=move |ev| {
                    let v = event_target_value(&ev).parse::<i64>().ok();
                    edit(&|p: &mut Plan| {
                        let slot = match step {
                            TimedStep::Thinking => &mut p.thinking,
                            TimedStep::Turn => &mut p.turn,
                            TimedStep::Talk => &mut p.talk,
                        };
                        *slot = v;
                    });
                }>
                    <option value="off" selected=move || current().is_none()>{words::NO_CLOCK}</option>
                    {options}
                </select>
            </div>
        }
    };

    view! {
        <section class="host__section setup" aria-labelledby="host-setup">
            <h2 id="host-setup">{words::SETUP}</h2>
            <div class="field">
                <label class="field__label" for="setup-theme">{words::THEME}</label>
                <p class="field__hint" id="setup-theme-hint">{words::THEME_HINT}</p>
                <input id="setup-theme" class="field__input" type="text" aria-describedby="setup-theme-hint"
                    prop:value=move || plan.with(|p| p.theme.clone())
                    on:change=move |ev| { let v = event_target_value(&ev); edit(&|p: &mut Plan| p.theme.clone_from(&v)); } />
            </div>
            <div class="field">
                <label class="field__label" for="setup-table">{words::TABLE}</label>
                <p class="field__hint" id="setup-table-hint">{words::TABLE_HINT}</p>
                <input id="setup-table" class="field__input" type="text" aria-describedby="setup-table-hint"
                    prop:value=move || plan.with(|p| p.table.clone())
                    on:change=move |ev| { let v = event_target_value(&ev); edit(&|p: &mut Plan| p.table.clone_from(&v)); } />
            </div>

            <div class="field">
                <label class="field__label" for="setup-opening">{words::OPENING}</label>
                <p class="field__hint" id="setup-opening-hint">{words::OPENING_HINT}</p>
                <textarea id="setup-opening" class="field__text field__text--short" rows="4" aria-describedby="setup-opening-hint"
                    prop:value=move || plan.with(|p| p.opening.clone())
                    on:change=move |ev| { let v = event_target_value(&ev); edit(&|p: &mut Plan| p.opening.clone_from(&v)); }></textarea>
            </div>

            <h3>{words::QUESTIONS}</h3>
            <ol class="setup__questions">{questions}</ol>
            <div class="field">
                <label class="field__label" for="setup-new-question">{words::NEW_QUESTION}</label>
                <textarea id="setup-new-question" class="field__text field__text--short" rows="2"
                    prop:value=move || new_question.get()
                    on:input=move |ev| new_question.set(event_target_value(&ev))></textarea>
                <button class="button" on:click=move |_| {
                    let q = new_question.get_untracked().trim().to_string();
                    if !q.is_empty() {
                        edit(&|p: &mut Plan| p.questions.push(q.clone()));
                        new_question.set(String::new());
                    }
                }>{words::ADD_QUESTION}</button>
            </div>
            <h3>{words::READY}</h3>
            <ul class="setup__readies">{ready}</ul>
            <label class="check">
                <input type="checkbox" aria-describedby="setup-one-hint" prop:checked=move || plan.with(|p| p.one_at_a_time)
                    on:change=move |ev| { let on = event_target_checked(&ev); edit(&|p: &mut Plan| p.one_at_a_time = on); } />
                <span>{words::ONE_AT_A_TIME}</span>
            </label>
            <p class="field__hint" id="setup-one-hint">{words::ONE_AT_A_TIME_HINT}</p>

            <div class="field">
                <label class="field__label" for="setup-people">{words::PEOPLE}</label>
                <input id="setup-people" class="field__input field__input--short" type="number" min="1" max="30" inputmode="numeric"
                    prop:value=move || plan.with(|p| p.people.to_string())
                    on:change=move |ev| {
                        let v = event_target_value(&ev).trim().parse::<u32>().unwrap_or(0);
                        edit(&|p: &mut Plan| p.people = v);
                    } />
            </div>
            {time_select(TimedStep::Thinking, "setup-thinking", words::THINKING)}
            {time_select(TimedStep::Turn, "setup-turn", words::TURN)}
            {time_select(TimedStep::Talk, "setup-talk", words::TALK)}
            <p class="field__hint" id="setup-talk-hint">{words::TALK_HINT}</p>

            <label class="check">
                <input type="checkbox" prop:checked=move || plan.with(|p| p.sound)
                    on:change=move |ev| { let on = event_target_checked(&ev); edit(&|p: &mut Plan| p.sound = on); } />
                <span>{words::SOUND}</span>
            </label>
            <div class="field">
                <label class="field__label" for="setup-volume">{words::VOLUME}</label>
                <input id="setup-volume" class="field__range" type="range" min="0" max="100" step="10"
                    prop:value=move || plan.with(|p| p.volume.to_string())
                    on:change=move |ev| {
                        let v = event_target_value(&ev).parse::<u32>().unwrap_or(60).min(100);
                        edit(&|p: &mut Plan| p.volume = v);
                    } />
            </div>
            // Only where this browser can speak (never a choice that does nothing).
            {show_when(move || can_speak.get(), move || view! {
                <label class="check">
                    <input type="checkbox" aria-describedby="setup-speech-hint" prop:checked=move || plan.with(|p| p.speech)
                        on:change=move |ev| { let on = event_target_checked(&ev); edit(&|p: &mut Plan| p.speech = on); } />
                    <span>{words::SPEECH}</span>
                </label>
                <p class="field__hint" id="setup-speech-hint">{words::SPEECH_HINT}</p>
            }.into_any())}
            <button class="button" on:click=try_sound>{words::TRY_SOUND}</button>
            <label class="check">
                <input type="checkbox" aria-describedby="setup-show-hint" prop:checked=move || plan.with(|p| p.show_thoughts)
                    on:change=move |ev| { let on = event_target_checked(&ev); edit(&|p: &mut Plan| p.show_thoughts = on); } />
                <span>{words::SHOW_THOUGHTS}</span>
            </label>
            <p class="field__hint" id="setup-show-hint">{words::SHOW_THOUGHTS_HINT}</p>
            <label class="check">
                <input type="checkbox" aria-describedby="setup-digits-hint" prop:checked=move || plan.with(|p| p.show_digits)
                    on:change=move |ev| { let on = event_target_checked(&ev); edit(&|p: &mut Plan| p.show_digits = on); } />
                <span>{crate::text::screen::SHOW_DIGITS}</span>
            </label>
            <p class="field__hint" id="setup-digits-hint">{crate::text::screen::SHOW_DIGITS_HINT}</p>
            <div class="field">
                <label class="field__label" for="setup-pin">{words::PIN_SET}</label>
                <p class="field__hint" id="setup-pin-hint">{words::PIN_SET_HINT}</p>
                <input id="setup-pin" class="field__input field__input--short" type="text" inputmode="numeric"
                    autocomplete="off" maxlength="4" aria-describedby="setup-pin-hint"
                    prop:value=move || pin.get()
                    on:input=move |ev| { saved.set(false); pin.set(event_target_value(&ev)); } />
            </div>
            {show_when(move || problems.with(|p| !p.is_empty()), move || view! {
                <div class="field__problem" role="alert">
                    {move || problems.get().into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
                </div>
            }.into_any())}
            <button class="button button--main" on:click=save>{words::SAVE_SETUP}</button>
            <p role="status" class="setup__status">{move || if saved.get() { words::SETUP_SAVED } else { "" }}</p>
        </section>
    }
}
