//! Durable thought records in IndexedDB.
//!
//! One record per thought, written by `idb.js` in a readwrite transaction
//! opened with `{ durability: "strict" }`. Every write here returns `Ok(())`
//! only after the transaction's `complete` event, so the app may say "saved"
//! exactly then and not before. (Measured on Chromium: localStorage reaches
//! disk seconds to a minute after a write; a completed strict IndexedDB
//! transaction survived a kill 0.2 s later.)
//!
//! Never panics: every failure, including "no IndexedDB at all", comes back as
//! a [`StoreError`] sorted by [`classify`].
//!
//! How `idb.js` works (its own comments say the same, and describe the
//! second database it keeps for drafts):
//! - One record per thought in the object store "thoughts" of the database
//!   "over-a-brew" (version 1): `{ id, meeting, json }`, keyPath `id`, index
//!   `by_meeting` on `meeting`.
//! - One connection, kept as a promise. A failed open is not remembered (the
//!   next call tries again). A connection another tab wants to upgrade or
//!   delete (`versionchange`), or that the browser closed, is dropped, and the
//!   next call opens a fresh one. A transaction on a connection that is
//!   closing (`InvalidStateError`) is retried once on a new connection.
//! - Opening gives up after 3 s blocked by another tab, or 10 s in all (some
//!   Safari versions never answer); a connection that opens after that is
//!   closed at once, so it cannot block another tab's upgrade.
//! - `run(mode, work)` does `work` in one transaction and resolves on its
//!   `complete` event (with the request's result, if `work` returned one);
//!   it rejects on `error` (with the failed request's error, say
//!   `ConstraintError`) or `abort` (quota errors at commit time arrive here).
//!   A synchronous throw in `work` aborts the transaction and rejects.
//! - Errors: a failed transaction rejects with the browser's `DOMException`.
//!   No IndexedDB, or a database that cannot be opened, rejects with an
//!   `Error` named "UnavailableError"; a bad argument with a `TypeError`.
//!   `to_store_error` below sorts them all.
//! - `idbMeetings` walks the `by_meeting` index with a `nextunique` key
//!   cursor: each meeting with a thought once. `idbAll` (every record) is for
//!   host tools.
//!
//! These functions only work in a browser. They compile natively (so the
//! crate's native `cargo test` builds), but calling them there panics inside
//! wasm-bindgen, so native code must not call them.

use js_sys::{Array, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::store::error::{classify, StoreError};

// Trunk copies wasm-bindgen snippets into the build by itself; the path is
// relative to the crate root.
#[wasm_bindgen(module = "/src/platform/idb.js")]
extern "C" {
    #[wasm_bindgen(catch, js_name = idbPut)]
    fn idb_put(key: &str, meeting: &str, json: &str) -> Result<Promise, JsValue>;

    #[wasm_bindgen(catch, js_name = idbDelete)]
    fn idb_delete(key: &str) -> Result<Promise, JsValue>;

    #[wasm_bindgen(catch, js_name = idbAllForMeeting)]
    fn idb_all_for_meeting(meeting: &str) -> Result<Promise, JsValue>;

    #[wasm_bindgen(catch, js_name = idbMeetings)]
    fn idb_meetings() -> Result<Promise, JsValue>;

    #[wasm_bindgen(catch, js_name = idbDeleteMeeting)]
    fn idb_delete_meeting(meeting: &str) -> Result<Promise, JsValue>;

    #[wasm_bindgen(catch, js_name = idbPutDraft)]
    fn idb_put_draft(meeting: &str, text: &str) -> Result<Promise, JsValue>;

    #[wasm_bindgen(catch, js_name = idbGetDraft)]
    fn idb_get_draft(meeting: &str) -> Result<Promise, JsValue>;

    #[wasm_bindgen(catch, js_name = idbAllDrafts)]
    fn idb_all_drafts() -> Result<Promise, JsValue>;
}

/// Write (insert or replace) the thought `id` of `meeting`, whose saved form
/// is `json`. `Ok` means the transaction has committed durably.
pub async fn put(id: &str, meeting: &str, json: &str) -> Result<(), StoreError> {
    settle(idb_put(id, meeting, json)).await.map(drop)
}

/// Delete the thought `id`. Deleting a thought that is not there is `Ok`.
/// `Ok` means the transaction has committed durably.
pub async fn delete(id: &str) -> Result<(), StoreError> {
    settle(idb_delete(id)).await.map(drop)
}

/// The saved `json` of every thought of `meeting`, in id order. A meeting
/// with no thoughts gives an empty list.
pub async fn all_for_meeting(meeting: &str) -> Result<Vec<String>, StoreError> {
    let value = settle(idb_all_for_meeting(meeting)).await?;
    strings(value)
}

/// The id of every meeting with at least one thought here.
pub async fn meetings() -> Result<Vec<String>, StoreError> {
    let value = settle(idb_meetings()).await?;
    strings(value)
}

/// Delete every thought of `meeting`, in one transaction. `Ok` means it has
/// committed durably.
pub async fn delete_meeting(meeting: &str) -> Result<(), StoreError> {
    settle(idb_delete_meeting(meeting)).await.map(drop)
}

/// Keep the draft of `meeting` (what is typed in "Add a thought"), durably;
/// an empty text removes it. `Ok` means the transaction has committed.
pub async fn put_draft(meeting: &str, text: &str) -> Result<(), StoreError> {
    settle(idb_put_draft(meeting, text)).await.map(drop)
}

/// The draft kept for `meeting`; empty if none.
pub async fn draft(meeting: &str) -> Result<String, StoreError> {
    let value = settle(idb_get_draft(meeting)).await?;
    value
        .as_string()
        .ok_or_else(|| StoreError::Other("the draft is not text".to_string()))
}

/// Every draft kept: (meeting, text, when it was written).
pub async fn all_drafts() -> Result<Vec<(String, String, f64)>, StoreError> {
    let value = settle(idb_all_drafts()).await?;
    let array = value
        .dyn_into::<Array>()
        .map_err(|_| StoreError::Other("IndexedDB did not return a list".to_string()))?;
    Ok(array
        .iter()
        .filter_map(|d| {
            let get = |k: &str| Reflect::get(&d, &JsValue::from_str(k)).ok();
            Some((
                get("meeting")?.as_string()?,
                get("text")?.as_string()?,
                get("at")?.as_f64()?,
            ))
        })
        .collect())
}

/// Wait for a promise from `idb.js`; a synchronous throw or a rejection both
/// become a `StoreError`.
async fn settle(started: Result<Promise, JsValue>) -> Result<JsValue, StoreError> {
    let promise = started.map_err(|thrown| to_store_error(&thrown))?;
    JsFuture::from(promise)
        .await
        .map_err(|rejected| to_store_error(&rejected))
}

/// The records' `json` fields, which `idb.js` hands back as an array.
fn strings(value: JsValue) -> Result<Vec<String>, StoreError> {
    let array = value
        .dyn_into::<Array>()
        .map_err(|_| StoreError::Other("IndexedDB did not return a list".to_string()))?;
    array
        .iter()
        .enumerate()
        .map(|(index, item)| {
            item.as_string()
                .ok_or_else(|| StoreError::Other(format!("saved thought {index} is not text")))
        })
        .collect()
}

/// Sort whatever JavaScript threw (a `DOMException`, an `Error` named
/// "UnavailableError", a `TypeError`, or even a bare string) into a
/// `StoreError`, reading `name`, `code` and `message` without panicking.
pub fn to_store_error(thrown: &JsValue) -> StoreError {
    if let Some(text) = thrown.as_string() {
        return classify("", 0, &text);
    }
    let name = string_field(thrown, "name");
    let message = string_field(thrown, "message");
    let code = field(thrown, "code")
        .and_then(|value| value.as_f64())
        .filter(|code| code.is_finite() && *code >= 0.0 && *code <= f64::from(u32::MAX))
        .map_or(0, |code| code as u32);
    classify(&name, code, &message)
}

/// `thrown[key]`, or `None` when it cannot be read (not an object, a getter
/// that throws) or is `undefined` / `null`.
fn field(thrown: &JsValue, key: &str) -> Option<JsValue> {
    if !thrown.is_object() {
        return None;
    }
    Reflect::get(thrown, &JsValue::from_str(key))
        .ok()
        .filter(|value| !value.is_undefined() && !value.is_null())
}

fn string_field(thrown: &JsValue, key: &str) -> String {
    field(thrown, key)
        .and_then(|value| value.as_string())
        .unwrap_or_default()
}
