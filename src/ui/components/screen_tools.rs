//! The screen's own controls, on every step: "Read this out", "How it
//! looks", "Turn the screen" and "Both sides". The look is remembered on this
//! tablet (`platform::look`); reading out uses the browser's own voice and
//! is not offered where the browser has none.

use crate::app::App;
use crate::meeting::{Countdown, Meeting, Step};
use crate::platform::look::{self, Look, TextSize};
use crate::platform::{page, speech};
use crate::text::{self, controls, screen as words};
use crate::ui::components::toggle::Toggle;
use crate::ui::components::{aria_bool, dynamic_text, show_when};
use leptos::prelude::*;

/// What the screen's controls change, shared by the frame and its parts.
#[derive(Clone, Copy)]
pub struct Screen {
    pub look: RwSignal<Look>,
    /// "How it looks" is open in place of the step.
    pub look_open: RwSignal<bool>,
    /// The step is being read out.
    pub reading: RwSignal<bool>,
    /// The browser can speak (it has speech and a voice).
    pub can_speak: RwSignal<bool>,
}

impl Screen {
    pub fn new() -> Self {
        let can_speak = RwSignal::new(speech::available());
        speech::on_voices_changed(move |yes| can_speak.set(yes));
        Screen {
            look: RwSignal::new(look::load()),
            look_open: RwSignal::new(false),
            reading: RwSignal::new(false),
            can_speak,
        }
    }

    /// Change the look and remember it on this tablet.
    pub fn change(self, f: impl FnOnce(&mut Look)) {
        self.look.update(f);
        self.look.with_untracked(look::save);
    }

    pub fn stop_reading(self) {
        if self.reading.get_untracked() {
            speech::stop();
            self.reading.set(false);
        }
    }
}

impl Default for Screen {
    fn default() -> Self {
        Self::new()
    }
}

/// What "Read this out" says on a step: its heading, its lines, the theme
/// or the question, and the time left.
pub fn read_out_words(m: &Meeting) -> String {
    let w = text::step_words(m.step);
    let mut out = vec![w.heading.to_string()];
    out.extend(w.lines.iter().map(|l| l.to_string()));
    let theme = m.plan.theme.trim();
    match m.step {
        Step::Brew => {
            if !theme.is_empty() {
                out.push(format!("{} {theme}", text::THEME));
            }
            let opening = m.plan.opening.trim();
            if !opening.is_empty() {
                out.push(text::OPENING.to_string());
                out.push(opening.to_string());
            }
        }
        Step::Thinking(_) | Step::Turns(_) | Step::TalkAbout => {
            let now = m.questions_now();
            let of = m.plan.questions.len();
            match now.as_slice() {
                [(q, question)] => {
                    out.push(text::question_heading(*q, of));
                    out.push(question.to_string());
                }
                several => {
                    if !several.is_empty() {
                        out.push(text::QUESTIONS_HEADING.to_string());
                    }
                    out.extend(several.iter().map(|(_, q)| q.to_string()));
                }
            }
        }
        Step::Principles => out.extend(
            text::PRINCIPLES
                .iter()
                .flat_map(|p| [p.words.to_string(), p.line.to_string()]),
        ),
        _ => {}
    }
    if let Step::Turns(_) = m.step {
        if let crate::meeting::TurnPhase::Speaking { k, of } = m.turns.phase() {
            out.push(text::turns::person(k, of));
        }
    }
    if m.timed_step().is_some() {
        match (m.left(), m.clock) {
            (Some(left), clock) => out.push(words::time_left(
                left,
                matches!(clock, Countdown::Paused { .. }),
            )),
            (None, Countdown::Off) => out.push(words::NO_CLOCK_SPOKEN.to_string()),
            (None, _) => {}
        }
    }
    // A full stop after each part, so the voice pauses between them.
    out.iter()
        .map(|s| {
            let s = s.trim();
            if s.ends_with(['.', '?', '!']) {
                s.to_string()
            } else {
                format!("{s}.")
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The row of the screen's controls at the top of every step.
#[component]
pub fn ScreenTools(app: App, screen: Screen) -> impl IntoView {
    let read = move |_| {
        if screen.reading.get_untracked() {
            screen.stop_reading();
            return;
        }
        let said = app.meeting.with_untracked(read_out_words);
        let started = speech::read(&said, move || screen.reading.set(false));
        screen.reading.set(started);
    };
    view! {
        <div class="topbar__tools" role="group" aria-label=words::VIEW_TOOLS>
            {show_when(move || screen.can_speak.get(), move || view! {
                <button id="read-out" class="button button--quiet" on:click=read>
                    <span aria-hidden="true">"🔊 "</span>
                    {dynamic_text(move || String::from(if screen.reading.get() { words::STOP_READING } else { words::READ_OUT }))}
                </button>
            }.into_any())}
            <button
                id="how-it-looks"
                class="button button--quiet"
                aria-expanded=move || aria_bool(screen.look_open.get())
                on:click=move |_| {
                    let open = !screen.look_open.get_untracked();
                    screen.look_open.set(open);
                    request_animation_frame(move || page::focus(if open { "look-heading" } else { "how-it-looks" }));
                }
            >
                <span aria-hidden="true">"Aa "</span>{words::HOW_IT_LOOKS}
            </button>
            // "Both sides" before "Turn the screen": on a phone, "How it looks"
            // and "Both sides" share a row.
            <Toggle
                id="both-sides"
                icon="⇅ "
                label=words::BOTH_SIDES
                on=Memo::new(move |_| screen.look.with(|l| l.both_sides))
                set=move |on| screen.change(|l| l.both_sides = on)
            />
            <Toggle
                id="turn-screen"
                icon="⟲ "
                label=words::TURN
                on=Memo::new(move |_| screen.look.with(|l| l.turned))
                set=move |on| screen.change(|l| l.turned = on)
            />
        </div>
    }
}

/// "How it looks": text size and strong colours, in place of the step.
#[component]
pub fn LookPanel(screen: Screen) -> impl IntoView {
    let size_choice = move |size: TextSize, label: &'static str| {
        view! {
            <label class="check check--choice">
                <input
                    type="radio"
                    name="text-size"
                    prop:checked=move || screen.look.with(|l| l.size == size)
                    on:change=move |_| screen.change(|l| l.size = size)
                />
                <span>{label}</span>
            </label>
        }
    };
    let close = move |_| {
        screen.look_open.set(false);
        request_animation_frame(|| page::focus("how-it-looks"));
    };
    view! {
        <section class="panel look" aria-labelledby="look-heading">
            <h1 id="look-heading" tabindex="-1">{words::HOW_IT_LOOKS}</h1>
            <p>{words::LOOK_HINT}</p>
            <fieldset class="look__sizes">
                <legend class="field__label">{words::TEXT_SIZE}</legend>
                {size_choice(TextSize::Standard, words::STANDARD)}
                {size_choice(TextSize::Large, words::LARGE)}
                {size_choice(TextSize::Largest, words::LARGEST)}
            </fieldset>
            <label class="check">
                <input
                    type="checkbox"
                    aria-describedby="look-strong-hint"
                    prop:checked=move || screen.look.with(|l| l.strong)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        screen.change(|l| l.strong = on);
                    }
                />
                <span>{words::STRONG_COLOURS}</span>
            </label>
            <p class="field__hint" id="look-strong-hint">{words::STRONG_HINT}</p>
            <button class="button button--main" on:click=close>{controls::CLOSE}</button>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::meeting::{Msg, Plan};

    fn at_turns(theme: &str) -> Meeting {
        let plan = Plan {
            theme: theme.to_string(),
            ..Plan::default()
        };
        let mut m = Meeting::new(plan, "m".into(), 0);
        for _ in 0..4 {
            m.update(Msg::Next, 0);
        }
        m
    }

    #[test]
    fn reads_the_heading_lines_question_and_time_left() {
        let mut m = at_turns("");
        assert_eq!(m.step, Step::Turns(0));
        m.update(Msg::Start, 1_000);
        m.update(Msg::Tick, 31_000);
        assert_eq!(
            read_out_words(&m),
            "Have your say. Take turns to speak. Everyone else listens. When it is your turn, you can pass. \
             The question. What do you value about the Over a Brew approach? Person 1 of 6. \
             1 minute and 30 seconds left."
        );
    }

    #[test]
    fn no_clock_is_said_when_the_clock_is_off() {
        let mut m = at_turns("");
        m.update(Msg::Start, 1_000);
        m.update(Msg::ClockOff, 2_000);
        assert!(read_out_words(&m).ends_with("Person 1 of 6. There is no clock for this step."));
    }

    #[test]
    fn the_theme_is_read_on_grab_a_brew() {
        let m = Meeting::new(
            Plan {
                theme: "Feeling at home".into(),
                ..Plan::default()
            },
            "m".into(),
            0,
        );
        let said = read_out_words(&m);
        assert!(said.starts_with("Grab a brew. Welcome."), "{said}");
        assert!(
            said.ends_with("Today we talk about Feeling at home."),
            "{said}"
        );
    }
}
