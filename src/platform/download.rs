//! Saving a file to the tablet: a Blob and an `<a download>`. Nothing is sent anywhere.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Offer `body` as a file called `name`. Returns an error the caller can show.
pub fn save(name: &str, mime: &str, body: &str) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let parts = js_sys::Array::of1(&JsValue::from_str(body));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let a: HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(name);
    a.set_hidden(true);
    let body_el = document
        .body()
        .ok_or_else(|| JsValue::from_str("no body"))?;
    body_el.append_child(&a)?;
    a.click();
    a.remove();
    // Let the browser finish reading the file before the address is freed.
    gloo_timers::callback::Timeout::new(60_000, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Open the browser's print window (its "Save as PDF" works too).
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// When a file is made: now, in the tablet's own time.
pub fn meta() -> crate::export::Meta {
    crate::export::Meta {
        now: super::clock::now(),
        offset_minutes: offset_minutes(),
    }
}

/// The tablet's offset from UTC in minutes ahead (BST is +60).
pub fn offset_minutes() -> i32 {
    -(js_sys::Date::new_0().get_timezone_offset() as i32)
}
