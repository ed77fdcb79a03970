//! The table page: load the meeting, then mount the step screens.
use over_a_brew::{app, ui};

fn main() {
    let app = app::boot();
    leptos::mount::mount_to_body(move || {
        app::install_table(app);
        ui::Root(ui::RootProps { app })
    });
}
