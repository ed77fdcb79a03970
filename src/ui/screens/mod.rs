//! What each step shows under its heading. One file per step that has more
//! than words; the words themselves live in `text.rs`.

mod talk;
mod thanks;
mod thinking;
mod turns;

use crate::app::App;
use crate::meeting::Step;
use crate::ui::components::principles::PrinciplesList;
use crate::ui::components::timer::Timer;
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

/// The clock and its controls, beside the words (below them in portrait).
pub fn side(app: App, step: Step) -> Option<AnyView> {
    match step {
        Step::Thinking(_) | Step::TalkAbout => Some(view! { <Timer app=app /> }.into_any()),
        Step::Turns(_) => Some(view! { <turns::TurnsClock app=app /> }.into_any()),
        _ => None,
    }
}

/// The part of a step screen below its heading and words (it scrolls with
/// them if it is long).
pub fn body(app: App, step: Step) -> AnyView {
    match step {
        Step::Brew => view! { <Theme app=app /> }.into_any(),
        Step::Timekeeper | Step::StillTime => ().into_any(),
        Step::Principles => view! { <PrinciplesList /> }.into_any(),
        Step::Thinking(q) => view! { <thinking::Thinking app=app q=q /> }.into_any(),
        Step::Turns(q) => view! { <turns::Turns app=app q=q /> }.into_any(),
        Step::TalkAbout => view! { <talk::Talk app=app /> }.into_any(),
        Step::Thanks => view! { <thanks::Thanks app=app /> }.into_any(),
    }
}

/// The question, very large.
#[component]
pub fn Question(app: App, q: usize) -> impl IntoView {
    let words = move || {
        app.meeting.with(|m| {
            (
                crate::text::question_heading(q, m.plan.questions.len()),
                m.plan.questions.get(q).cloned().unwrap_or_default(),
            )
        })
    };
    view! {
        <section class="question" aria-labelledby="question-label">
            <h2 id="question-label" class="question__label">{move || words().0}</h2>
            <p class="question__text">{move || words().1}</p>
        </section>
    }
}

/// The meeting's theme, if the host set one.
#[component]
fn Theme(app: App) -> impl IntoView {
    let theme = move || app.meeting.with(|m| m.plan.theme.trim().to_string());
    move || {
        let t = theme();
        (!t.is_empty()).then(|| {
            view! {
                <section class="question" aria-labelledby="theme-label">
                    <h2 id="theme-label" class="question__label">{crate::text::THEME}</h2>
                    <p class="question__text">{t}</p>
                </section>
            }
        })
    }
}
