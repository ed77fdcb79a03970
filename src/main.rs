//! The table page: load the meeting, then mount the step screens. The parts
//! not on the first screen are split off into a module of their own,
//! `later`, fetched just after (see `ui::later`).
use leptos::prelude::AnyView;
use over_a_brew::app::{self, App};
use over_a_brew::ui;
use over_a_brew::ui::later::{now, NotLoaded, Part, Split};
use std::future::Future;
use std::pin::Pin;
use wasm_split_helpers::wasm_split;

fn main() {
    let app = app::boot();
    leptos::mount::mount_to_body(move || {
        app::install_table(app);
        ui::later::install(app, &SPLIT);
        ui::Root(ui::RootProps { app })
    });
}

static SPLIT: Split = Split { load, draw };

fn load(app: App) -> Pin<Box<dyn Future<Output = bool>>> {
    // Each split function waits for the module once: `draw_part` through
    // `load_later`, `start` here.
    Box::pin(async move { load_later().await.is_ok() && start(app).await.is_ok() })
}

fn draw(app: App, part: Part) -> Option<AnyView> {
    now(draw_part(app, part)).and_then(Result::ok)
}

/// The parts of the screen in the `later` module.
#[wasm_split(later, fallible, preload(load_later))]
fn draw_part(app: App, part: Part) -> Result<AnyView, NotLoaded> {
    Ok(ui::draw_later(app, part))
}

/// What the table page starts once the `later` module is here.
#[wasm_split(later, fallible)]
fn start(app: App) -> Result<(), NotLoaded> {
    app::recover(app);
    app::install_table_later(app);
    Ok(())
}
