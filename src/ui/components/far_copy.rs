//! "Both sides": the step's heading and the clock again, upside down, for
//! the people on the far side of the table. It is only a picture of what the
//! near side shows, so screen readers skip it (`aria-hidden`): they hear one copy.

use crate::app::App;
use crate::meeting::countdown::digits;
use crate::meeting::{Countdown, Step};
use crate::text;
use crate::ui::components::{dynamic, show_when};
use leptos::prelude::*;

#[component]
pub fn FarCopy(app: App, step: Step) -> impl IntoView {
    let m = app.meeting;
    let show_digits = Memo::new(move |_| m.with(|m| m.plan.show_digits));
    // A copy of the near side's clock, drawn again whenever the meeting moves.
    let clock = dynamic(move || {
        let (left, running, paused) = m.with(|m| {
            (
                m.left(),
                m.clock.is_running(),
                matches!(m.clock, Countdown::Paused { .. }),
            )
        });
        let Some(left) = left else {
            return ().into_any();
        };
        view! {
            <p class="far__clock" class:far__clock--over=move || left <= 0>
                {show_when(move || show_digits.get(), move || view! {
                    <span class="far__digits">{digits(left)}</span>
                }.into_any())}
                <span class="far__words">{text::time_words(left, running, paused)}</span>
            </p>
        }
        .into_any()
    });
    view! {
        <div class="far" aria-hidden="true">
            <p class="far__heading">{text::step_words(step).heading}</p>
            {clock}
        </div>
    }
}
