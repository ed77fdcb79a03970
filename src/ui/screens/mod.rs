//! What each step shows under its heading. One file per step that has more
//! than words; the words themselves live in `text.rs`.

mod talk;
mod thanks;
mod thinking;
mod turns;

use crate::app::App;
use crate::meeting::Step;
use crate::ui::components::dynamic;
use crate::ui::components::principles::PrinciplesList;
use crate::ui::components::timer::Timer;
use crate::ui::later::{later, Part};
use leptos::prelude::*;

/// The picture beside a step's words.
pub fn picture(step: Step) -> &'static str {
    match step {
        Step::Brew => "public/pictures/brew.svg",
        Step::Timekeeper => "public/pictures/clock.svg",
        Step::Principles => "public/pictures/table.svg",
        Step::Thinking(_) => "public/pictures/think.svg",
        Step::Turns(_) => "public/pictures/speak.svg",
        Step::TalkAbout => "public/pictures/talk.svg",
        Step::StillTime => "public/pictures/teapot.svg",
        Step::Thanks => "public/pictures/heart.svg",
    }
}

/// Does this step have a clock beside its words?
pub fn has_side(step: Step) -> bool {
    matches!(step, Step::Thinking(_) | Step::Turns(_) | Step::TalkAbout)
}

/// The clock and its controls, beside the words (below them in portrait);
/// nothing on a step without a clock. Drawn from the table page's `later`
/// module (see `ui::later`).
pub fn side(app: App, step: Step) -> AnyView {
    if has_side(step) {
        later(app, Part::Side(step))
    } else {
        ().into_any()
    }
}

/// What `side` draws, once the `later` module is here.
pub fn later_side(app: App, step: Step) -> AnyView {
    match step {
        Step::Thinking(_) | Step::TalkAbout => {
            view! { <div class="step__side"><Timer app=app /></div> }.into_any()
        }
        Step::Turns(_) => {
            view! { <div class="step__side"><turns::TurnsClock app=app /></div> }.into_any()
        }
        _ => ().into_any(),
    }
}

/// The part of a step screen below its heading and words (it scrolls with
/// them if it is long). The first step's is drawn at once, as it is on the
/// first screen; every other step's comes from the `later` module.
pub fn body(app: App, step: Step) -> AnyView {
    match step {
        Step::Brew => theme(app),
        _ => later(app, Part::Body(step)),
    }
}

/// What `body` draws for every step after the first, once the `later`
/// module is here.
pub fn later_body(app: App, step: Step) -> AnyView {
    match step {
        Step::Brew | Step::Timekeeper | Step::StillTime => ().into_any(),
        Step::Principles => view! { <PrinciplesList /> }.into_any(),
        Step::Thinking(_) => view! { <thinking::Thinking app=app /> }.into_any(),
        Step::Turns(_) => view! { <turns::Turns app=app /> }.into_any(),
        Step::TalkAbout => view! { <talk::Talk app=app /> }.into_any(),
        Step::Thanks => view! { <thanks::Thanks app=app /> }.into_any(),
    }
}

/// The question this step is about, very large; or all the questions, when
/// they are asked together.
#[component]
pub fn Questions(app: App) -> impl IntoView {
    let shown = Memo::new(move |_| {
        app.meeting.with(|m| {
            let now: Vec<(usize, String)> = m
                .questions_now()
                .into_iter()
                .map(|(i, q)| (i, q.to_string()))
                .collect();
            (now, m.plan.questions.len())
        })
    });
    dynamic(move || {
        let (now, of) = shown.get();
        match now.as_slice() {
            [] => ().into_any(),
            [(q, words)] => view! {
                <section class="question" aria-labelledby="question-label">
                    <h2 id="question-label" class="question__label">{crate::text::question_heading(*q, of)}</h2>
                    <p class="question__text">{words.clone()}</p>
                </section>
            }
            .into_any(),
            several => view! {
                <section class="question" aria-labelledby="question-label">
                    <h2 id="question-label" class="question__label">{crate::text::QUESTIONS_HEADING}</h2>
                    <ol class="question__list">
                        {several.iter().map(|(_, words)| view! { <li class="question__text">{words.clone()}</li> }.into_any()).collect_view()}
                    </ol>
                </section>
            }
            .into_any(),
        }
    })
}

/// The meeting's theme and the host's opening words, if set (under the
/// first step's words).
fn theme(app: App) -> AnyView {
    view! {
        {set_words(app, |p| &p.theme, crate::text::THEME, ("theme-label", "question", "question__text"))}
        {set_words(app, |p| &p.opening, crate::text::OPENING, ("opening-label", "opening", "opening__text"))}
    }
    .into_any()
}

/// Words the host set (the theme, the opening words) under their label,
/// or nothing if they are empty. `(id, section, text)`: the label's id,
/// the section's class and the words' class.
fn set_words(
    app: App,
    words: fn(&crate::meeting::Plan) -> &String,
    label: &'static str,
    (id, section, text): (&'static str, &'static str, &'static str),
) -> AnyView {
    dynamic(move || {
        let shown = app.meeting.with(|m| words(&m.plan).trim().to_string());
        if shown.is_empty() {
            return ().into_any();
        }
        view! {
            <section class=section aria-labelledby=id>
                <h2 id=id class="question__label">{label}</h2>
                <p class=text>{shown}</p>
            </section>
        }
        .into_any()
    })
}
