//! "Meetings on this tablet": open, start new, delete (with care);
//! how much space is used; text that could not be read, saved to a file.

use crate::app::App;
use crate::platform::{clock, download};
use crate::store::{self, meetings};
use crate::text::host as words;
use crate::ui::components::show_when;
use leptos::prelude::*;

use crate::platform::page::reload;

/// "25/11/2026" in the tablet's time.
fn short_date(ms: i64) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    format!(
        "{}/{}/{}",
        d.get_date(),
        d.get_month() + 1,
        d.get_full_year()
    )
}

#[component]
pub fn Meetings(app: App) -> impl IntoView {
    // Read again whenever this meeting or its thoughts change (a file saved,
    // thoughts brought in) or a meeting is deleted; the meeting on screen is
    // told from memory, which is never behind storage.
    let refresh = RwSignal::new(0u32);
    let list = Memo::new(move |_| {
        refresh.track();
        let (id, saved) = app
            .meeting
            .with(|m| (m.id.clone(), m.saved_to_file.is_some()));
        let count = app.thoughts.with(|t| t.len());
        let mut all = meetings::list();
        for info in all.iter_mut().filter(|i| i.id == id) {
            info.saved_to_file = saved;
            info.thoughts = count;
        }
        all
    });
    let current = move || app.meeting.with(|m| m.id.clone());
    // The meeting being deleted, if the host asked.
    let deleting = RwSignal::new(None::<meetings::MeetingInfo>);
    let status = RwSignal::new(String::new());

    let start_new = move |_| {
        let old = app.meeting.get_untracked();
        match meetings::start_new(&old, store::new_id(), clock::now()) {
            Ok(()) => reload(),
            Err(_) => status.set(crate::text::problems::FULL.to_string()),
        }
    };

    let rows = move || {
        let here = current();
        list.get()
            .into_iter()
            .map(|info| {
                let is_here = info.id == here;
                let name = if info.theme.trim().is_empty() {
                    words::NO_NAME.to_string()
                } else {
                    info.theme.clone()
                };
                let line = format!(
                    "{}. {}{}. {}",
                    short_date(info.created),
                    if info.table.is_empty() { String::new() } else { format!("{}. ", info.table) },
                    words::thought_count(info.thoughts).trim_end_matches('.'),
                    if info.saved_to_file { words::SAVED_TO_FILE } else { words::NOT_SAVED_TO_FILE },
                );
                let id = info.id.clone();
                let asked = info.clone();
                view! {
                    <li class="meetings__item">
                        <p class="meetings__name">
                            {name}
                            {is_here.then(|| view! { <span class="meetings__here">" ("{words::THIS_MEETING}")"</span> })}
                        </p>
                        <p>{line}</p>
                        <div class="controls">
                            {(!is_here).then(|| view! {
                                <button class="button" on:click=move |_| {
                                    if meetings::open(&id).is_ok() { reload(); }
                                }>{words::OPEN_MEETING}</button>
                            })}
                            <button class="button" on:click=move |_| deleting.set(Some(asked.clone()))>{words::DELETE}</button>
                        </div>
                    </li>
                }
            })
            .collect_view()
    };

    view! {
        <section class="host__section" aria-labelledby="host-meetings">
            <h2 id="host-meetings">{words::MEETINGS}</h2>
            <ul class="meetings">{rows}</ul>
            <p>{words::NEW_MEETING_HINT}</p>
            <button class="button" on:click=start_new>{words::NEW_MEETING}</button>
            {move || deleting.get().map(|info| view! {
                <ConfirmDelete app=app info=info deleting=deleting status=status refresh=refresh />
            })}
            <p role="status" class="host__status">{move || status.get()}</p>
        </section>
    }
}

/// "Delete this meeting?" Says whether it was saved to a file; if not, the
/// host types the word "delete".
#[component]
fn ConfirmDelete(
    app: App,
    info: meetings::MeetingInfo,
    deleting: RwSignal<Option<meetings::MeetingInfo>>,
    status: RwSignal<String>,
    refresh: RwSignal<u32>,
) -> impl IntoView {
    let typed = RwSignal::new(String::new());
    let must_type = !info.saved_to_file;
    let problem = RwSignal::new(false);
    let id = info.id.clone();
    let confirm = move |_| {
        if must_type && !typed.get_untracked().trim().eq_ignore_ascii_case("delete") {
            problem.set(true);
            return;
        }
        let id = id.clone();
        leptos::task::spawn_local(async move {
            match meetings::delete(&id).await {
                Ok(()) => {
                    deleting.set(None);
                    if app.meeting.with_untracked(|m| m.id == id) {
                        reload();
                    } else {
                        refresh.update(|n| *n += 1);
                        status.set(words::DELETED.to_string());
                    }
                }
                Err(_) => status.set(words::DELETE_FAILED.to_string()),
            }
        });
    };
    request_animation_frame(|| crate::platform::page::focus("delete-heading"));
    view! {
        <div class="confirm" role="group" aria-labelledby="delete-heading">
            <h3 id="delete-heading" tabindex="-1">{words::DELETE_ASK}</h3>
            <p class="big-line">{if info.saved_to_file { words::DELETE_SAVED } else { words::DELETE_NOT_SAVED }}</p>
            {must_type.then(|| view! {
                <div class="field">
                    <label class="field__label" for="delete-word">{words::DELETE_TYPE}</label>
                    {show_when(move || problem.get(), move || view! {
                        <p class="field__problem" role="alert">{words::DELETE_MUST_TYPE}</p>
                    }.into_any())}
                    <input id="delete-word" class="field__input" type="text" autocomplete="off"
                        prop:value=move || typed.get() on:input=move |ev| typed.set(event_target_value(&ev)) />
                </div>
            })}
            <div class="controls">
                <button class="button button--danger" on:click=confirm>{words::DELETE_YES}</button>
                <button class="button button--main" on:click=move |_| deleting.set(None)>{words::DELETE_NO}</button>
            </div>
        </div>
    }
}

#[component]
pub fn Space() -> impl IntoView {
    let quick = meetings::quick_store_used();
    let used = RwSignal::new(quick);
    leptos::task::spawn_local(async move {
        if let Some(durable) = meetings::durable_used().await {
            used.set(quick.max(durable));
        }
    });
    let percent = move || (used.get() * 100.0).ceil().clamp(0.0, 100.0) as u32;
    view! {
        <section class="host__section" aria-labelledby="host-space">
            <h2 id="host-space">{words::SPACE}</h2>
            <p>{move || words::space_used(percent())}</p>
            {show_when(move || { percent() > 80 }, move || view! {
                <p class="field__problem" role="alert">{words::SPACE_WARNING}</p>
            }.into_any())}
        </section>
    }
}

#[component]
pub fn Backups() -> impl IntoView {
    let keys = meetings::backups();
    (!keys.is_empty()).then(|| {
        view! {
            <section class="host__section" aria-labelledby="host-backups">
                <h2 id="host-backups">{words::BACKUPS}</h2>
                <p>{words::BACKUPS_HINT}</p>
                <div class="controls">
                    {keys.into_iter().enumerate().map(|(i, key)| view! {
                        <button class="button" on:click=move |_| {
                            if let Some(text) = meetings::backup_text(&key) {
                                let _ = download::save(&format!("over-a-brew-kept-text-{}.txt", i + 1), "text/plain;charset=utf-8", &text);
                            }
                        }>{words::backup_n(i + 1)}</button>
                    }).collect_view()}
                </div>
            </section>
        }
    })
}
