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

pub fn is_visible() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .map(|d| d.visibility_state() == web_sys::VisibilityState::Visible)
        .unwrap_or(true)
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
