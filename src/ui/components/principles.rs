//! The six principles, each with its picture and one plain line under it.

use crate::text;
use leptos::prelude::*;

#[component]
pub fn PrinciplesList() -> impl IntoView {
    view! {
        <ul class="principles">
            {text::PRINCIPLES
                .iter()
                .map(|p| {
                    view! {
                        <li class="principles__item">
                            <img class="principles__picture" src=format!("public/pictures/{}.svg", p.picture) alt="" width="72" height="72" />
                            <span class="principles__words">
                                <strong class="principles__name">{p.words}</strong>
                                // A space, so the two are read as two sentences.
                                {" "}
                                <span class="principles__line">{p.line}</span>
                            </span>
                        </li>
                    }
                    .into_any()
                })
                .collect_view()}
        </ul>
    }
}
