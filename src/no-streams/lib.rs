//! The names server_fn uses from wasm-streams, for an app that has no server.
//! Nothing here is called: the app fetches only its own files, and never
//! asks a server for data (see Cargo.toml here, and `tests/e2e/privacy.spec.ts`,
//! which fails on any request to another address).

use futures_util::stream::{self, Stream};
use wasm_bindgen::{JsCast, JsValue};

/// What this crate says if anything ever asks it for a stream.
const NO_STREAMS: &str = "Over a Brew has no server, so it never streams data.";

/// A browser stream, as server_fn passes it about.
pub struct ReadableStream(web_sys::ReadableStream);

impl ReadableStream {
    pub fn from_raw(raw: web_sys::ReadableStream) -> Self {
        ReadableStream(raw)
    }

    /// A request body made from a Rust stream. With no server there is no
    /// request, so the body is empty (undefined) and `stream` is dropped.
    pub fn from_stream<St>(stream: St) -> Self
    where
        St: Stream<Item = Result<JsValue, JsValue>> + 'static,
    {
        drop(stream);
        ReadableStream(JsValue::UNDEFINED.unchecked_into())
    }

    pub fn into_raw(self) -> web_sys::ReadableStream {
        self.0
    }

    /// A response body read as a Rust stream: one error, then the end.
    pub fn into_stream(self) -> impl Stream<Item = Result<JsValue, JsValue>> {
        stream::once(futures_util::future::ready(Err(JsValue::from_str(
            NO_STREAMS,
        ))))
    }
}
