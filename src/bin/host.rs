//! Host tools: a page of their own, so the table's first load stays small.
use over_a_brew::{app, ui};

fn main() {
    let app = app::boot_host();
    leptos::mount::mount_to_body(move || {
        app::install_host(app);
        ui::host::HostRoot(ui::host::HostRootProps { app })
    });
}
