//! "Save to a file", "Print a summary" and "Add thoughts from another tablet".
//! Files are made by the pure renderers in `export`; only the download and
//! reading the picked files happen here.

use crate::app::{App, Panel};
use crate::export::{self, record, summary, File};
use crate::meeting::Msg;
use crate::platform::share::{self, Sent};
use crate::platform::{clock, download};
use crate::store::thoughts;
use crate::text::host as words;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[derive(Clone, Copy)]
enum Kind {
    Csv,
    Record,
    Text,
}

fn make(app: App, kind: Kind) -> File {
    let meta = download::meta();
    app.meeting.with_untracked(|m| {
        app.thoughts.with_untracked(|t| match kind {
            Kind::Csv => export::csv::csv(m, t, &meta),
            Kind::Record => record::record(m, t, &meta),
            Kind::Text => summary::markdown(&summary::summary(m, t, &meta), m, &meta),
        })
    })
}

/// "Send the spreadsheet" / "Send the full record": the tablet's share sheet.
/// Opened straight from the tap; a sent file counts as saved.
fn send(app: App, kind: Kind, status: RwSignal<String>) {
    let made = make(app, kind);
    let Some(file) = share::file(&made.name, made.mime, &made.body) else {
        status.set(words::SEND_FAILED.to_string());
        return;
    };
    let sending = share::send(&file);
    leptos::task::spawn_local(async move {
        let words = match sending.await {
            Sent::Yes => {
                app.dispatch(Msg::SavedToFile);
                words::sent_file(&made.name)
            }
            Sent::Cancelled => words::SEND_CANCELLED.to_string(),
            Sent::Failed => words::SEND_FAILED.to_string(),
        };
        status.set(words);
    });
}

/// Can this tablet send files like these? (Checked with the files themselves:
/// some browsers send a spreadsheet but not a `.json` record.)
fn can_send(app: App, kind: Kind) -> bool {
    let made = make(app, kind);
    share::file(&made.name, made.mime, &made.body).is_some_and(|f| share::can_send(&f))
}

#[component]
pub fn SaveFiles(app: App) -> impl IntoView {
    let status = RwSignal::new(String::new());
    let save = move |kind: Kind| status.set(app.save_file(&make(app, kind)));
    let send_csv = can_send(app, Kind::Csv);
    let send_record = can_send(app, Kind::Record);
    view! {
        <section class="host__section" aria-labelledby="host-files">
            <h2 id="host-files">{words::FILES}</h2>
            <p>{words::FILES_HINT}</p>
            <div class="controls">
                <button class="button button--main" on:click=move |_| save(Kind::Csv)>{words::SAVE_CSV}</button>
                <button class="button button--main" on:click=move |_| save(Kind::Record)>{words::SAVE_RECORD}</button>
                <button class="button" on:click=move |_| {
                    app.open(Panel::Summary, "panel-heading");
                }>{words::PRINT}</button>
                <button class="button" on:click=move |_| save(Kind::Text)>{words::SAVE_TEXT}</button>
            </div>
            {(send_csv || send_record).then(|| view! {
                <div class="controls">
                    {send_csv.then(|| view! {
                        <button class="button" on:click=move |_| send(app, Kind::Csv, status)>{words::SEND_CSV}</button>
                    })}
                    {send_record.then(|| view! {
                        <button class="button" on:click=move |_| send(app, Kind::Record, status)>{words::SEND_RECORD}</button>
                    })}
                </div>
            })}
            <p role="status" class="host__status">{move || status.get()}</p>
        </section>
    }
}

/// The printable summary, in the spirit of the seed's report: the same
/// blocks, in the same order, as the summary's text file.
#[component]
pub fn SummaryPanel(app: App) -> impl IntoView {
    let blocks = app.meeting.with_untracked(|m| {
        app.thoughts
            .with_untracked(|t| summary::blocks(&summary::summary(m, t, &download::meta())))
    });
    let drawn = blocks
        .into_iter()
        .map(|b| match b {
            summary::Block::Title(t) => {
                view! { <h1 id="panel-heading" tabindex="-1">{t}</h1> }.into_any()
            }
            summary::Block::Heading(t) => view! { <h2>{t}</h2> }.into_any(),
            summary::Block::Subheading(t) => view! { <h3>{t}</h3> }.into_any(),
            summary::Block::Line(t) => view! { <p>{t}</p> }.into_any(),
            summary::Block::Verse(lines) => view! {
                <p class="summary__verse">
                    {lines.into_iter().map(|l| view! { {l}<br /> }).collect_view()}
                </p>
            }
            .into_any(),
            summary::Block::List(items) => view! {
                <ul class="summary__list">{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul>
            }
            .into_any(),
        })
        .collect_view();
    view! {
        <section class="panel summary" aria-labelledby="panel-heading">
            <div class="controls summary__controls">
                <button class="button button--main" on:click=move |_| {
                    app.dispatch(Msg::SavedToFile);
                    download::print();
                }>{words::PRINT}</button>
                <button class="button" on:click=move |_| {
                    app.open(Panel::Host, "panel-heading");
                }>{words::HEADING}</button>
            </div>
            {drawn}
        </section>
    }
}

#[component]
pub fn BringIn(app: App) -> impl IntoView {
    let report = RwSignal::new(Vec::<String>::new());
    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let files: Vec<web_sys::File> = input
            .files()
            .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
            .unwrap_or_default();
        input.set_value("");
        leptos::task::spawn_local(async move {
            let mut lines = Vec::new();
            for file in files {
                lines.push(bring_in_one(app, &file).await);
            }
            report.set(lines);
        });
    };
    view! {
        <section class="host__section" aria-labelledby="host-bring-in">
            <h2 id="host-bring-in">{words::BRING_IN}</h2>
            <p id="bring-in-hint">{words::BRING_IN_HINT}</p>
            <input id="bring-in-files" class="file-pick__input" type="file" multiple
                accept=".json,application/json" aria-describedby="bring-in-hint" on:change=on_change />
            <label class="button file-pick" for="bring-in-files">{words::CHOOSE_FILES}</label>
            <div role="status" class="host__status">
                {move || report.get().into_iter().map(|l| view! { <p>{l}</p> }).collect_view()}
            </div>
        </section>
    }
}

/// Read one picked file and merge its thoughts in; a plain line says what happened.
async fn bring_in_one(app: App, file: &web_sys::File) -> String {
    let name = file.name();
    let size = file.size() as usize;
    // Refuse a big file before reading it.
    let bytes = if size > record::MAX_IMPORT_BYTES {
        Err(record::ImportProblem::TooBig { bytes: size })
    } else {
        match wasm_bindgen_futures::JsFuture::from(file.text()).await {
            Ok(text) => Ok(text.as_string().unwrap_or_default().into_bytes()),
            Err(_) => Err(record::ImportProblem::NotText),
        }
    };
    let theirs = match bytes.and_then(|b| record::read_record(&b)) {
        Ok(r) => r,
        Err(problem) => {
            return format!("{name}: {} {}", problem.words(), words::NOTHING_CHANGED);
        }
    };
    let ours = app.thoughts.get_untracked();
    let (merged, report) = record::bring_in(&ours, &theirs);
    let meeting = app.meeting.with_untracked(|m| m.id.clone());
    match thoughts::keep_all(&meeting, &ours, &merged, clock::now()).await {
        Ok(set) => {
            app.thoughts.set(set);
            format!("{name}: {}", report.words())
        }
        Err(_) => format!("{name}: {}", words::BRING_IN_FAILED),
    }
}
