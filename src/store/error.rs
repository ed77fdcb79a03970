//! Storage failures, in types.
//!
//! PURE: no browser types here. The browser edges (`platform::idb`, the
//! localStorage code) read `name`, `code` and `message` off whatever the
//! browser threw and hand them to [`classify`]. The words the UI shows for
//! each case live in `text`, not here; `Display` is short and meant for logs.

use std::fmt;

/// Why a write or read of browser storage failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// No storage at all: private mode, storage blocked by settings, no
    /// IndexedDB, or the database could not be opened.
    Unavailable,
    /// The storage quota is used up (or the disk is full).
    Full,
    /// Anything else, with the browser's own words for the logs.
    Other(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Unavailable => f.write_str("storage unavailable"),
            StoreError::Full => f.write_str("storage full"),
            StoreError::Other(detail) => write!(f, "storage error: {detail}"),
        }
    }
}

impl std::error::Error for StoreError {}

/// Legacy `DOMException.code` for `QUOTA_EXCEEDED_ERR` (all browsers).
const QUOTA_EXCEEDED_CODE: u32 = 22;
/// Firefox's `NS_ERROR_DOM_QUOTA_REACHED` code (older localStorage).
const FIREFOX_QUOTA_CODE: u32 = 1014;

/// Error names that mean the storage quota is used up.
const QUOTA_NAMES: [&str; 2] = ["QuotaExceededError", "NS_ERROR_DOM_QUOTA_REACHED"];

/// Error names that mean there is no usable storage at all.
///
/// - `SecurityError`: storage blocked (cookies off, sandboxed or opaque origin).
/// - `InvalidStateError`: Firefox private mode refuses to open IndexedDB; also
///   a connection that the browser has closed.
/// - `UnavailableError`: raised by `platform/idb.js` when `indexedDB` is
///   missing, or `open` fails or stays blocked.
const UNAVAILABLE_NAMES: [&str; 3] = ["SecurityError", "InvalidStateError", "UnavailableError"];

/// Sort a browser storage error into a [`StoreError`].
///
/// `name`, `code` and `message` are the fields of the thrown `DOMException`
/// (or `Error`); pass `""` / `0` for any that are missing.
///
/// Quota wins over everything else: a full store is the more useful thing to
/// tell people, and it is what the error means whenever any of the quota
/// signs is present.
pub fn classify(name: &str, code: u32, message: &str) -> StoreError {
    let is_quota = QUOTA_NAMES.contains(&name)
        || code == QUOTA_EXCEEDED_CODE
        || code == FIREFOX_QUOTA_CODE
        || message
            .as_bytes()
            .windows(5)
            .any(|w| w.eq_ignore_ascii_case(b"quota"));
    if is_quota {
        return StoreError::Full;
    }
    if UNAVAILABLE_NAMES.contains(&name) {
        return StoreError::Unavailable;
    }
    let detail = match (name.is_empty(), message.is_empty()) {
        (true, true) => "unknown error".to_string(),
        (false, true) => name.to_string(),
        (true, false) => message.to_string(),
        (false, false) => format!("{name}: {message}"),
    };
    StoreError::Other(detail)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quota_exceeded_error_name_is_full() {
        assert_eq!(classify("QuotaExceededError", 0, ""), StoreError::Full);
    }

    #[test]
    fn legacy_code_22_is_full_whatever_the_name() {
        assert_eq!(classify("", 22, ""), StoreError::Full);
        assert_eq!(classify("Error", 22, "write failed"), StoreError::Full);
    }

    #[test]
    fn firefox_quota_name_is_full() {
        assert_eq!(
            classify("NS_ERROR_DOM_QUOTA_REACHED", 0, ""),
            StoreError::Full
        );
    }

    #[test]
    fn firefox_code_1014_is_full() {
        assert_eq!(classify("", 1014, ""), StoreError::Full);
    }

    #[test]
    fn a_message_about_quota_is_full_in_any_case() {
        assert_eq!(
            classify("UnknownError", 0, "The quota has been exceeded."),
            StoreError::Full
        );
        assert_eq!(
            classify("AbortError", 20, "Quota exceeded"),
            StoreError::Full
        );
        assert_eq!(classify("", 0, "QUOTA"), StoreError::Full);
    }

    #[test]
    fn quota_wins_over_unavailable() {
        assert_eq!(
            classify("UnavailableError", 0, "open failed: QuotaExceededError"),
            StoreError::Full
        );
    }

    #[test]
    fn security_error_is_unavailable() {
        assert_eq!(
            classify("SecurityError", 18, "The operation is insecure."),
            StoreError::Unavailable
        );
    }

    #[test]
    fn invalid_state_error_is_unavailable() {
        assert_eq!(
            classify(
                "InvalidStateError",
                11,
                "A mutation operation was attempted on a database that did not allow mutations."
            ),
            StoreError::Unavailable
        );
    }

    #[test]
    fn unavailable_error_from_idb_js_is_unavailable() {
        assert_eq!(
            classify("UnavailableError", 0, "IndexedDB is not available"),
            StoreError::Unavailable
        );
    }

    #[test]
    fn anything_else_is_other_with_the_browsers_words() {
        assert_eq!(
            classify("ConstraintError", 0, "Key already exists"),
            StoreError::Other("ConstraintError: Key already exists".to_string())
        );
        assert_eq!(
            classify("DataError", 0, ""),
            StoreError::Other("DataError".to_string())
        );
        assert_eq!(
            classify("", 0, "boom"),
            StoreError::Other("boom".to_string())
        );
        assert_eq!(
            classify("", 0, ""),
            StoreError::Other("unknown error".to_string())
        );
    }

    #[test]
    fn names_are_matched_exactly() {
        assert!(matches!(
            classify("securityerror", 0, ""),
            StoreError::Other(_)
        ));
        assert!(matches!(classify("Security", 0, ""), StoreError::Other(_)));
    }

    #[test]
    fn other_codes_do_not_count_as_quota() {
        for code in [0, 1, 11, 18, 20, 21, 23, 1013, 1015] {
            assert!(
                matches!(classify("Error", code, "x"), StoreError::Other(_)),
                "code {code}"
            );
        }
    }

    #[test]
    fn display_is_short() {
        assert_eq!(StoreError::Unavailable.to_string(), "storage unavailable");
        assert_eq!(StoreError::Full.to_string(), "storage full");
        assert_eq!(
            StoreError::Other("DataError: bad key".to_string()).to_string(),
            "storage error: DataError: bad key"
        );
    }
}
