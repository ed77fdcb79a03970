//! "Send" a file with the tablet's own share sheet (Web Share with files), so
//! the host can email it to themselves or send it to another tablet. Only
//! where `navigator.canShare({files})` says yes; elsewhere it is never offered.
//! The app sends nothing itself: the person picks where the file goes.

use super::js;
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;
use web_sys::{File, FilePropertyBag};

/// How sending went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sent {
    Yes,
    /// The person closed the share sheet.
    Cancelled,
    Failed,
}

/// A file to send, made in memory.
pub fn file(name: &str, mime: &str, body: &str) -> Option<File> {
    let parts = Array::of1(&JsValue::from_str(body));
    let options = FilePropertyBag::new();
    // The bare type ("text/csv"): share sheets may refuse "; charset=…".
    options.set_type(mime.split(';').next().unwrap_or(mime).trim());
    File::new_with_str_sequence_and_options(&parts, name, &options).ok()
}

fn data(file: &File) -> Option<Object> {
    let data = Object::new();
    Reflect::set(&data, &"files".into(), &Array::of1(file)).ok()?;
    Some(data)
}

/// Can this browser send a file like this one?
pub fn can_send(file: &File) -> bool {
    let (Some(nav), Some(data)) = (web_sys::window().map(|w| w.navigator()), data(file)) else {
        return false;
    };
    js::has_method(&nav, "share")
        && js::call(&nav, "canShare", &[&data]).and_then(|v| v.as_bool()) == Some(true)
}

/// Open the share sheet. Call straight from a tap (browsers insist), then
/// wait for the answer.
pub fn send(file: &File) -> impl std::future::Future<Output = Sent> {
    let started = web_sys::window()
        .zip(data(file))
        .and_then(|(w, data)| js::call_promise(&w.navigator(), "share", &[&data]));
    async move {
        let Some(promise) = started else {
            return Sent::Failed;
        };
        match js::wait(promise).await {
            Ok(_) => Sent::Yes,
            Err(e)
                if js::get(&e, "name").and_then(|n| n.as_string()).as_deref()
                    == Some("AbortError") =>
            {
                Sent::Cancelled
            }
            Err(_) => Sent::Failed,
        }
    }
}
