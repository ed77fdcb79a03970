//! The wall clock. Deadlines use `Date.now()` so they survive a reload.

use crate::meeting::Ms;

/// Wall-clock milliseconds now.
pub fn now() -> Ms {
    js_sys::Date::now() as Ms
}
