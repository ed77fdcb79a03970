//! The thoughts of this meeting, always drawn as text (never as HTML).

use crate::app::App;
use crate::meeting::thought::ThoughtKind;
use crate::text::host as words;
use crate::ui::components::dynamic;
use leptos::prelude::*;

#[component]
pub fn ThoughtList(app: App) -> impl IntoView {
    dynamic(move || {
        let set = app.thoughts.get();
        if set.is_empty() {
            return view! { <p>{words::NO_THOUGHTS}</p> }.into_any();
        }
        view! {
            <ul class="thoughts">
                {set
                    .live()
                    .iter()
                    .map(|t| {
                        let lasting = t.kind == ThoughtKind::Lasting;
                        let text = t.text.clone();
                        view! {
                            <li class="thoughts__item">
                                {if lasting { view! { <span class="thoughts__kind">{words::LASTING}": "</span> }.into_any() } else { ().into_any() }}
                                <span class="thoughts__text">{text}</span>
                            </li>
                        }
                        .into_any()
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    })
}
