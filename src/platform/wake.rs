//! Keep the screen awake while a timer runs (Screen Wake Lock, where the
//! browser has it). Nothing breaks where it does not.
//!
//! Called through `Reflect` because web-sys keeps the Wake Lock API behind an
//! unstable flag.

use js_sys::{Function, Promise, Reflect};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    static SENTINEL: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

/// Ask for the screen to stay awake. The browser drops the lock when the page
/// is hidden, so call this again when it becomes visible.
pub fn keep_awake() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(lock) = Reflect::get(&window.navigator(), &JsValue::from_str("wakeLock")) else {
        return;
    };
    if lock.is_undefined() || lock.is_null() {
        return;
    }
    let Ok(request) = Reflect::get(&lock, &JsValue::from_str("request")) else {
        return;
    };
    let Ok(request) = request.dyn_into::<Function>() else {
        return;
    };
    let Ok(promise) = request.call1(&lock, &JsValue::from_str("screen")) else {
        return;
    };
    let Ok(promise) = promise.dyn_into::<Promise>() else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        if let Ok(sentinel) = wasm_bindgen_futures::JsFuture::from(promise).await {
            let old = SENTINEL.with(|s| s.borrow_mut().replace(sentinel));
            release_sentinel(old);
        }
    });
}

/// Let the screen sleep again.
pub fn let_sleep() {
    let old = SENTINEL.with(|s| s.borrow_mut().take());
    release_sentinel(old);
}

fn release_sentinel(s: Option<JsValue>) {
    if let Some(s) = s {
        if let Ok(f) = Reflect::get(&s, &JsValue::from_str("release")) {
            if let Ok(f) = f.dyn_into::<Function>() {
                let _ = f.call0(&s);
            }
        }
    }
}
