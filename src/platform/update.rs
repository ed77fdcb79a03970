//! A new build of the app, fetched in the background by the service worker
//! (`sw.js`), waits until the host taps "Update now" in host tools. The table
//! page never reloads by itself, so nothing changes in the middle of a meeting.

use super::js;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn container() -> Option<JsValue> {
    js::navigator("serviceWorker")
}

fn listen(target: &JsValue, event: &str, f: impl Fn() + 'static) {
    let cb = Closure::<dyn Fn()>::new(f);
    if js::call(
        target,
        "addEventListener",
        &[&JsValue::from_str(event), cb.as_ref().unchecked_ref()],
    )
    .is_some()
    {
        cb.forget();
    }
}

/// Keep the app on this tablet (register the service worker at `sw`, a path
/// from this page), and call `ready` once a new build is waiting. Also looks
/// for a new build now (where there is a network; nothing happens otherwise).
pub fn watch(sw: &str, ready: impl Fn() + Clone + 'static) {
    let Some(sw_container) = container() else {
        return;
    };
    let Some(registering) = js::call_promise(&sw_container, "register", &[&JsValue::from_str(sw)])
    else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(reg) = js::wait(registering).await else {
            return;
        };
        // Only an update waits: the very first copy is used at once.
        let has_old = move || js::get(&sw_container, "controller").is_some();
        if js::get(&reg, "waiting").is_some() && has_old() {
            ready();
        }
        let r2 = reg.clone();
        let has_old2 = has_old.clone();
        listen(&reg, "updatefound", move || {
            let Some(worker) = js::get(&r2, "installing") else {
                return;
            };
            let w2 = worker.clone();
            let ready = ready.clone();
            let has_old = has_old2.clone();
            listen(&worker, "statechange", move || {
                let installed = js::get(&w2, "state").and_then(|s| s.as_string()).as_deref()
                    == Some("installed");
                if installed && has_old() {
                    ready();
                }
            });
        });
        if let Some(p) = js::call_promise(&reg, "update", &[]) {
            js::forget(p);
        }
    });
}

/// "Update now": the waiting build takes over, then this page loads again
/// with it. Other pages (the table) carry on as they are until they next load.
pub fn update_now() {
    let Some(c) = container() else {
        return;
    };
    listen(&c, "controllerchange", || {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    let Some(getting) = js::call_promise(&c, "getRegistration", &[]) else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        if let Some(waiting) = js::wait(getting)
            .await
            .ok()
            .and_then(|reg| js::get(&reg, "waiting"))
        {
            let _ = js::call(&waiting, "postMessage", &[&JsValue::from_str("update-now")]);
        }
    });
}
