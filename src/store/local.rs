//! The quick working copy in localStorage, through `web_sys` directly (no
//! wrapper crate: fewer bytes to download). Never panics: where storage is
//! blocked or missing, every call is `StoreError::Unavailable`.

use super::error::StoreError;
use wasm_bindgen::JsValue;

fn storage() -> Result<web_sys::Storage, StoreError> {
    // `local_storage()` throws in some private modes and returns None where it is off.
    match web_sys::window().map(|w| w.local_storage()) {
        Some(Ok(Some(s))) => Ok(s),
        _ => Err(StoreError::Unavailable),
    }
}

/// Is there a localStorage at all?
pub fn available() -> bool {
    storage().is_ok()
}

pub fn get(key: &str) -> Result<Option<String>, StoreError> {
    storage()?.get_item(key).map_err(js_error)
}

pub fn set(key: &str, value: &str) -> Result<(), StoreError> {
    storage()?.set_item(key, value).map_err(js_error)
}

pub fn remove(key: &str) -> Result<(), StoreError> {
    storage()?.remove_item(key).map_err(js_error)
}

/// Every key in the store (to find backups and past meetings).
pub fn keys() -> Result<Vec<String>, StoreError> {
    let s = storage()?;
    let n = s.length().map_err(js_error)?;
    Ok((0..n).filter_map(|i| s.key(i).ok().flatten()).collect())
}

/// Turn a thrown DOMException into a typed error (the same rules as IndexedDB's).
fn js_error(e: JsValue) -> StoreError {
    crate::platform::idb::to_store_error(&e)
}
