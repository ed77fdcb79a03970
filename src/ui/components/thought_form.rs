//! "Add a thought": anyone, from any step, with no name on it.
//!
//! The typed text is kept as a draft (a reload does not lose it). After
//! saving, the text leaves the screen so the next person does not see it,
//! and "Undo" is offered for 30 seconds.

use crate::app::{App, Panel, ThoughtNote};
use crate::meeting::thought::{chars_left, cut_to_limit, MAX_CHARS};
use crate::platform::page;
use crate::text::thought as words;
use crate::ui::components::{aria_bool, dynamic, dynamic_text, show_when};
use gloo_timers::callback::Timeout;
use leptos::prelude::*;

/// The count shows once this few characters are left.
const SHOW_COUNT_BELOW: i64 = (MAX_CHARS / 4) as i64;

/// The words on the button and the form's heading: lasting thoughts on the last two steps.
fn add_words(app: App) -> &'static str {
    if app.meeting.with(|m| m.step.is_for_lasting_thoughts()) {
        words::ADD_LASTING
    } else {
        words::ADD
    }
}

/// The button that opens the form, in the same place on every step.
#[component]
pub fn AddThoughtButton(app: App) -> impl IntoView {
    view! {
        {show_when(move || app.panel.get() != Panel::AddThought, move || view! {
            <button
                id="add-thought"
                class="button button--thought"
                on:click=move |_| {
                    app.thought_note.set(None);
                    app.open(Panel::AddThought, "thought-text");
                }
            >
                <span aria-hidden="true">"✎ "</span>
                {dynamic_text(move || String::from(add_words(app)))}
            </button>
        }.into_any())}
    }
}

#[component]
pub fn ThoughtForm(app: App) -> impl IntoView {
    let left = Memo::new(move |_| app.draft.with(|d| chars_left(d)));
    let show_count = move || left.get() <= SHOW_COUNT_BELOW;
    let cut = RwSignal::new(false);
    // The count is told politely only after typing pauses, like GOV.UK's character count.
    let count_said = RwSignal::new(String::new());
    let pause = StoredValue::new_local(None::<Timeout>);
    let problem = move || match app.thought_note.get() {
        Some(ThoughtNote::Problem(p)) => Some(p),
        _ => None,
    };

    let on_input = move |ev| {
        let typed = event_target_value(&ev);
        let (kept, was_cut) = cut_to_limit(&typed);
        cut.set(was_cut);
        if was_cut {
            // Put the kept text back in the box (the browser shows what was pasted).
            app.draft.set(typed);
        }
        app.set_draft(kept);
        pause.update_value(|t| {
            if let Some(t) = t.take() {
                t.cancel();
            }
        });
        let n = chars_left(&app.draft.get_untracked());
        let timeout = Timeout::new(1_000, move || {
            count_said.set(if n <= SHOW_COUNT_BELOW {
                words::chars_left(n)
            } else {
                String::new()
            });
        });
        pause.set_value(Some(timeout));
    };

    view! {
        <section class="panel thought-form" aria-labelledby="panel-heading">
            <h1 id="panel-heading" tabindex="-1">{dynamic_text(move || String::from(add_words(app)))}</h1>
            <div class="field">
                <label class="field__label" for="thought-text">{words::LABEL}</label>
                <p id="thought-hint" class="field__hint">
                    {dynamic_text(move || String::from(words::hint(app.meeting.with(|m| m.plan.show_thoughts))))}
                </p>
                {dynamic(move || match problem() {
                    Some(p) => view! {
                        <p id="thought-problem" class="field__problem" tabindex="-1" role="alert">{p}</p>
                    }
                    .into_any(),
                    None => ().into_any(),
                })}
                {show_when(move || cut.get(), || view! {
                    <p class="field__problem" role="alert">{words::CUT}</p>
                }.into_any())}
                <textarea
                    id="thought-text"
                    class="field__text"
                    rows="6"
                    spellcheck="true"
                    aria-describedby="thought-hint thought-count"
                    prop:value=move || app.draft.get()
                    on:input=on_input
                ></textarea>
                <p id="thought-count" class="field__count" class:field__count--hidden=move || !show_count()>
                    {dynamic_text(move || if show_count() { words::chars_left(left.get()) } else { String::new() })}
                </p>
                <div class="visually-hidden" aria-live="polite">{dynamic_text(move || count_said.get())}</div>
            </div>
            <div class="controls">
                <button
                    class="button button--main"
                    aria-disabled=move || aria_bool(app.saving.get())
                    on:click=move |_| app.save_thought()
                >
                    {dynamic_text(move || String::from(if app.saving.get() { words::SAVING } else { words::SAVE }))}
                </button>
                <button class="button" on:click=move |_| {
                    app.cancel_thought();
                    request_animation_frame(|| page::focus("add-thought"));
                }>{words::CANCEL}</button>
            </div>
        </section>
    }
}

/// "Your thought is saved" with "Undo", on the step screen; and a problem
/// that came while the form was closed (a failed "Undo"), so every message
/// reaches the screen.
#[component]
pub fn ThoughtNoteBar(app: App) -> impl IntoView {
    dynamic(move || {
        match app.thought_note.get() {
        Some(ThoughtNote::Saved { id }) => view! {
            <div id="thought-note" class="thought-note">
                <p class="thought-note__words"><span aria-hidden="true">"✓ "</span>{words::SAVED}</p>
                <button class="button" on:click=move |_| app.undo_thought(id.clone())>{words::UNDO}</button>
            </div>
        }
        .into_any(),
        Some(ThoughtNote::Undone) => view! {
            <div id="thought-note" class="thought-note">
                <p class="thought-note__words">{words::UNDONE}</p>
            </div>
        }
        .into_any(),
        // With the form open, the form shows the problem beside the text.
        Some(ThoughtNote::Problem(p)) if app.panel.get() != Panel::AddThought => view! {
            <div id="thought-note" class="thought-note" role="alert">
                <p class="thought-note__words">{p}</p>
            </div>
        }
        .into_any(),
        _ => ().into_any(),
    }
    })
}
