//! "Fill the screen" (the Fullscreen API, where the browser has it).
//!
//! Full screen ends when a page is left, and host tools are a page of their
//! own. So the choice is remembered on this tablet, and the table page fills
//! the screen again at the next tap (browsers allow it only after a tap).

use super::js;
use std::cell::Cell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

const CHOSEN: &str = "over-a-brew:fill-screen";

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

fn local() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// Can this browser fill the screen? (Not on an iPhone, for one.)
pub fn available() -> bool {
    document()
        .and_then(|d| js::get(&d, "fullscreenEnabled"))
        .and_then(|v| v.as_bool())
        == Some(true)
        && document().is_some_and(|d| {
            d.document_element()
                .is_some_and(|e| js::has_method(&e, "requestFullscreen"))
        })
}

/// Is the screen filled now?
pub fn is_full() -> bool {
    document().is_some_and(|d| js::get(&d, "fullscreenElement").is_some())
}

/// Did the host choose "Fill the screen" on this tablet?
pub fn chosen() -> bool {
    local()
        .and_then(|s| s.get_item(CHOSEN).ok().flatten())
        .is_some()
}

fn request() {
    let Some(el) = document().and_then(|d| d.document_element()) else {
        return;
    };
    if let Some(p) = js::call_promise(&el, "requestFullscreen", &[]) {
        js::forget(p);
    }
}

/// Fill the screen (and remember it), or stop.
pub fn fill(on: bool) {
    if let Some(s) = local() {
        let _ = if on {
            s.set_item(CHOSEN, "yes")
        } else {
            s.remove_item(CHOSEN)
        };
    }
    if on {
        if !is_full() {
            request();
        }
    } else if is_full() {
        if let Some(p) = document().and_then(|d| js::call_promise(&d, "exitFullscreen", &[])) {
            js::forget(p);
        }
    }
}

/// On the table page: if the host chose "Fill the screen", fill it at the
/// first tap (once per page, so someone who leaves full screen stays out).
pub fn fill_at_next_tap() {
    if !available() || !chosen() {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let done = Cell::new(false);
    let cb = Closure::<dyn Fn()>::new(move || {
        if !done.get() && chosen() && !is_full() {
            request();
        }
        done.set(true);
    });
    if window
        .add_event_listener_with_callback("click", cb.as_ref().unchecked_ref())
        .is_ok()
    {
        cb.forget();
    }
}
