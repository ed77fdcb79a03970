//! The six principles, each with its picture.

use crate::text;
use leptos::prelude::*;

#[component]
pub fn PrinciplesList() -> impl IntoView {
    view! {
        <ul class="principles">
            {text::PRINCIPLES
                .iter()
                .map(|(words, picture)| {
                    view! {
                        <li class="principles__item">
                            <img class="principles__picture" src=format!("public/pictures/{picture}.svg") alt="" width="72" height="72" />
                            <span>{*words}</span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
