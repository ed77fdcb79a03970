//! The page itself: visibility, and moving focus.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Call `f` whenever the page becomes visible again (a tablet wakes, a tab comes back).
pub fn on_visible(f: impl Fn() + 'static) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let d2 = doc.clone();
    let cb = Closure::<dyn Fn()>::new(move || {
        if d2.visibility_state() == web_sys::VisibilityState::Visible {
            f();
        }
    });
    // The listener lives as long as the page.
    if doc
        .add_event_listener_with_callback("visibilitychange", cb.as_ref().unchecked_ref())
        .is_ok()
    {
        cb.forget();
    }
}

/// Move keyboard and screen-reader focus to the element with this id.
pub fn focus(id: &str) {
    let el = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        let _ = el.focus();
    }
}

/// Host tools live at `host/`, beside the table app.
const HOST_OPEN: &str = "over-a-brew:host-open";

fn session() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.session_storage().ok().flatten())
}

/// The host said yes (and gave the PIN) in this tab.
pub fn host_is_open() -> bool {
    session()
        .and_then(|s| s.get_item(HOST_OPEN).ok().flatten())
        .is_some()
}

fn go(url: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().assign(url);
    }
}

/// Remember in this tab that the host answered "Yes" (and the PIN).
pub fn mark_host_open() {
    if let Some(s) = session() {
        let _ = s.set_item(HOST_OPEN, "yes");
    }
}

/// From the table app to host tools (the question is already answered).
pub fn go_to_host() {
    mark_host_open();
    go("host/");
}

/// From host tools back to the meeting.
pub fn go_to_meeting() {
    if let Some(s) = session() {
        let _ = s.remove_item(HOST_OPEN);
    }
    go("../");
}

/// Load the page again (after opening or starting another meeting).
pub fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}
