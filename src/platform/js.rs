//! Reaching browser features that may be missing (Safari lacks some, older
//! tablets lack more). Everything goes through `Reflect` and `Function::call`,
//! which return errors instead of throwing, so a missing feature is `None`.

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// `obj[key]`, or `None` if it is missing, `undefined` or `null`.
pub fn get(obj: &JsValue, key: &str) -> Option<JsValue> {
    Reflect::get(obj, &JsValue::from_str(key))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

/// `window.navigator[key]`.
pub fn navigator(key: &str) -> Option<JsValue> {
    let window = web_sys::window()?;
    get(&window.navigator(), key)
}

/// Is `obj[method]` a function?
pub fn has_method(obj: &JsValue, method: &str) -> bool {
    get(obj, method).is_some_and(|f| f.is_instance_of::<Function>())
}

/// `obj[method](...args)`, or `None` if it is missing or throws.
pub fn call(obj: &JsValue, method: &str, args: &[&JsValue]) -> Option<JsValue> {
    let f: Function = get(obj, method)?.dyn_into().ok()?;
    let args: js_sys::Array = args.iter().copied().collect();
    f.apply(obj, &args).ok()
}

/// `obj[method](...args)` where it returns a promise: the promise, with its
/// failure caught, so nothing is left unhandled.
pub fn call_promise(obj: &JsValue, method: &str, args: &[&JsValue]) -> Option<Promise> {
    call(obj, method, args)?.dyn_into::<Promise>().ok()
}

/// Wait for a promise: `Ok` with its value, or `Err` with what it failed with.
pub async fn wait(promise: Promise) -> Result<JsValue, JsValue> {
    JsFuture::from(promise).await
}

/// Start a promise and forget it (its failure is caught and dropped).
pub fn forget(promise: Promise) {
    wasm_bindgen_futures::spawn_local(async move {
        let _ = JsFuture::from(promise).await;
    });
}
