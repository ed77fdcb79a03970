//! The meetings kept on this tablet: list, open, start, delete; how much
//! space they use; the backups of text that could not be read.

use super::error::StoreError;
use super::schema;
use super::{local, save_meeting};
use crate::meeting::thoughts::ThoughtSet;
use crate::meeting::{Meeting, Ms};
use crate::platform::idb;

/// One line in "Meetings on this tablet".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MeetingInfo {
    pub id: String,
    pub created: Ms,
    pub theme: String,
    pub table: String,
    pub thoughts: usize,
    pub saved_to_file: bool,
}

/// Every meeting that can be read, newest first.
pub fn list() -> Vec<MeetingInfo> {
    let prefix = schema::meeting_key("");
    let mut out: Vec<MeetingInfo> = local::keys()
        .unwrap_or_default()
        .into_iter()
        .filter_map(|k| k.strip_prefix(&prefix).map(str::to_string))
        .filter_map(|id| {
            let raw = local::get(&schema::meeting_key(&id)).ok().flatten()?;
            let m = schema::decode_meeting(&raw).ok()?;
            Some(MeetingInfo {
                thoughts: quick_thoughts(&id).len(),
                id,
                created: m.created,
                theme: m.plan.theme,
                table: m.plan.table,
                saved_to_file: m.saved_to_file.is_some(),
            })
        })
        .collect();
    crate::meeting::sort::sort_by(&mut out, |a, b| {
        b.created.cmp(&a.created).then(a.id.cmp(&b.id))
    });
    out
}

fn quick_thoughts(id: &str) -> ThoughtSet {
    local::get(&schema::thoughts_key(id))
        .ok()
        .flatten()
        .and_then(|raw| schema::decode_thoughts(&raw).ok())
        .unwrap_or_default()
}

/// Make `id` the meeting on screen (the page reloads to show it).
pub fn open(id: &str) -> Result<(), StoreError> {
    local::set(schema::KEY_CURRENT, id)
}

/// Start a new meeting with the same set-up; the old one is kept.
pub fn start_new(old: &Meeting, id: String, now: Ms) -> Result<(), StoreError> {
    let fresh = Meeting::new(old.plan.clone(), id, now);
    save_meeting(&fresh)
}

/// Delete a meeting and its thoughts from both places. Deleted means gone.
pub async fn delete(id: &str) -> Result<(), StoreError> {
    idb::delete_meeting(id).await?;
    idb::put_draft(id, "").await?;
    local::remove(&schema::thoughts_key(id))?;
    local::remove(&schema::draft_key(id))?;
    local::remove(&schema::meeting_key(id))?;
    if local::get(schema::KEY_CURRENT)?.as_deref() == Some(id) {
        local::remove(schema::KEY_CURRENT)?;
    }
    Ok(())
}

/// Keys of text that could not be read and was kept safe.
pub fn backups() -> Vec<String> {
    let prefix = format!("{}backup:", schema::PREFIX);
    let mut keys: Vec<String> = local::keys()
        .unwrap_or_default()
        .into_iter()
        .filter(|k| k.starts_with(&prefix))
        .collect();
    crate::meeting::sort::sort(&mut keys);
    keys
}

pub fn backup_text(key: &str) -> Option<String> {
    local::get(key).ok().flatten()
}

/// How full the quick store (localStorage, about 5 MB in most browsers) is,
/// as a fraction. Each character takes two bytes there.
pub fn quick_store_used() -> f64 {
    const QUOTA_BYTES: f64 = 5.0 * 1024.0 * 1024.0;
    let bytes: usize = local::keys()
        .unwrap_or_default()
        .iter()
        .map(|k| (k.len() + local::get(k).ok().flatten().map_or(0, |v| v.len())) * 2)
        .sum();
    bytes as f64 / QUOTA_BYTES
}

/// How full the tablet's space for this app is (IndexedDB and the rest), as
/// a fraction, where the browser can tell.
pub async fn durable_used() -> Option<f64> {
    use js_sys::{Function, Promise, Reflect};
    use wasm_bindgen::{JsCast, JsValue};
    let nav = web_sys::window()?.navigator();
    let storage = Reflect::get(&nav, &JsValue::from_str("storage")).ok()?;
    let estimate: Function = Reflect::get(&storage, &JsValue::from_str("estimate"))
        .ok()?
        .dyn_into()
        .ok()?;
    let promise: Promise = estimate.call0(&storage).ok()?.dyn_into().ok()?;
    let result = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    let usage = Reflect::get(&result, &JsValue::from_str("usage"))
        .ok()?
        .as_f64()?;
    let quota = Reflect::get(&result, &JsValue::from_str("quota"))
        .ok()?
        .as_f64()?;
    (quota > 0.0).then_some(usage / quota)
}
