//! Asking the browser to keep this tablet's meetings
//! (`navigator.storage.persist()`). Without it, a browser may clear them when
//! space runs low, in a private window, or (Safari) after 7 days without use
//! unless the app is on the home screen.

use super::js;

/// What the browser said.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kept {
    /// Kept until someone deletes them.
    Yes,
    /// The browser may clear them (it said no, or it cannot say).
    Maybe,
}

async fn storage_call(method: &str) -> Option<bool> {
    let storage = js::navigator("storage")?;
    let promise = js::call_promise(&storage, method, &[])?;
    js::wait(promise).await.ok()?.as_bool()
}

/// Ask the browser to keep the meetings (once asked and granted, this is a
/// quick "yes"). Chromium answers by itself; Firefox may ask the person.
pub async fn ask() -> Kept {
    if storage_call("persisted").await == Some(true) {
        return Kept::Yes;
    }
    match storage_call("persist").await {
        Some(true) => Kept::Yes,
        _ => Kept::Maybe,
    }
}

/// Ask, not waiting for the answer.
pub fn ask_soon() {
    wasm_bindgen_futures::spawn_local(async {
        let _ = ask().await;
    });
}

/// Is this app open from the home screen (standalone or full screen)?
pub fn on_home_screen() -> bool {
    if js::navigator("standalone").and_then(|v| v.as_bool()) == Some(true) {
        return true;
    }
    let Some(window) = web_sys::window() else {
        return false;
    };
    ["(display-mode: standalone)", "(display-mode: fullscreen)"]
        .iter()
        .any(|q| {
            js::call(
                &window,
                "matchMedia",
                &[&wasm_bindgen::JsValue::from_str(q)],
            )
            .and_then(|m| js::get(&m, "matches"))
            .and_then(|v| v.as_bool())
                == Some(true)
        })
}
