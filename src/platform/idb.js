// Durable thought records in IndexedDB. No dependencies.
//
// One record per thought in the object store "thoughts":
//   { id: <thought key>, meeting: <meeting key>, json: <the thought, as a JSON string> }
// keyPath "id", index "by_meeting" on `meeting`.
//
// What is being typed in "Add a thought" (a draft, at most one per meeting)
// lives in a database of its own, "over-a-brew-drafts", object store
// "drafts": { meeting: <meeting key>, text: <the draft>, at: <Date.now()> },
// keyPath "meeting".
// A database of its own, so the thoughts' database keeps its version.
//
// Why IndexedDB and not localStorage: measured on Chromium, localStorage
// reaches disk seconds to a minute after a write, while an IndexedDB write
// whose readwrite transaction (opened with { durability: "strict" }) has
// fired `complete` survived a kill 0.2 s later. So every write here resolves
// only on the transaction's `complete` event, and only then may the app say
// "saved".
//
// Errors: a failed transaction rejects with the browser's DOMException
// (QuotaExceededError, ConstraintError, ...). If there is no IndexedDB, or
// the database cannot be opened (open error, blocked for too long, never
// answers), the promise rejects with an Error whose `name` is
// "UnavailableError". Rust sorts both with `store::error::classify`.

const DB_NAME = "over-a-brew";
const DB_VERSION = 1;
const STORE = "thoughts";
const BY_MEETING = "by_meeting";

const DRAFTS = {
  name: "over-a-brew-drafts",
  version: 1,
  store: "drafts",
  upgrade(db) {
    if (!db.objectStoreNames.contains("drafts")) {
      db.createObjectStore("drafts", { keyPath: "meeting" });
    }
  },
};

const THOUGHTS = {
  name: DB_NAME,
  version: DB_VERSION,
  store: STORE,
  upgrade(db) {
    if (!db.objectStoreNames.contains(STORE)) {
      const store = db.createObjectStore(STORE, { keyPath: "id" });
      store.createIndex(BY_MEETING, "meeting", { unique: false });
    }
  },
};

/// How long `open` may stay blocked by another tab before we give up.
const BLOCKED_TIMEOUT_MS = 3000;
/// How long `open` may take at all (some Safari versions never answer).
const OPEN_TIMEOUT_MS = 10000;

/// The one connection to each database (by name), as a promise; none when
/// closed or not yet opened.
const connections = new Map();

function unavailable(message, cause) {
  const detail =
    cause && (cause.name || cause.message)
      ? `${message} (${cause.name || "Error"}: ${cause.message || ""})`
      : message;
  const error = new Error(detail);
  error.name = "UnavailableError";
  if (cause !== undefined) error.cause = cause;
  return error;
}

function forget(db, promise) {
  if (connections.get(db.name) === promise) connections.delete(db.name);
}

function openDb(db) {
  const open = connections.get(db.name);
  if (open) return open;

  const promise = new Promise((resolve, reject) => {
    let factory;
    try {
      // Reading `indexedDB` itself throws SecurityError in some blocked contexts.
      factory = globalThis.indexedDB;
    } catch (e) {
      reject(unavailable("IndexedDB is blocked", e));
      return;
    }
    if (!factory) {
      reject(unavailable("IndexedDB is not available"));
      return;
    }

    let request;
    try {
      request = factory.open(db.name, db.version);
    } catch (e) {
      reject(unavailable("IndexedDB could not be opened", e));
      return;
    }

    let settled = false;
    let blockedTimer = null;
    const openTimer = setTimeout(() => {
      fail(unavailable("IndexedDB did not open in time"));
    }, OPEN_TIMEOUT_MS);

    function fail(error) {
      if (settled) return;
      settled = true;
      clearTimeout(openTimer);
      clearTimeout(blockedTimer);
      reject(error);
    }

    request.onupgradeneeded = () => db.upgrade(request.result);

    request.onsuccess = () => {
      const connection = request.result;
      if (settled) {
        // We already gave up (timeout); do not leak a connection that would
        // block another tab's upgrade.
        connection.close();
        return;
      }
      settled = true;
      clearTimeout(openTimer);
      clearTimeout(blockedTimer);
      // Another tab wants to upgrade or delete the database: step aside.
      // The next call opens a fresh connection.
      connection.onversionchange = () => {
        forget(db, promise);
        connection.close();
      };
      // The browser closed the connection itself (storage cleared, disk error).
      connection.onclose = () => forget(db, promise);
      resolve(connection);
    };

    request.onerror = (event) => {
      // Do not let the error bubble to window.onerror as unhandled.
      if (event && typeof event.preventDefault === "function") event.preventDefault();
      fail(unavailable("IndexedDB could not be opened", request.error));
    };

    request.onblocked = () => {
      if (blockedTimer !== null) return;
      blockedTimer = setTimeout(() => {
        fail(unavailable("IndexedDB open is blocked by another tab"));
      }, BLOCKED_TIMEOUT_MS);
    };
  });

  connections.set(db.name, promise);
  // A failed open is not remembered: the next call tries again.
  promise.catch(() => forget(db, promise));
  return promise;
}

function abortError(message) {
  try {
    return new DOMException(message, "AbortError");
  } catch (_) {
    const error = new Error(message);
    error.name = "AbortError";
    return error;
  }
}

/// Open a transaction on the database's store, even if the cached
/// connection has been closed under us (versionchange in another tab): then
/// reopen once.
async function transaction(mode, db) {
  for (let attempt = 0; ; attempt++) {
    const opening = openDb(db);
    const connection = await opening;
    try {
      return mode === "readwrite"
        ? connection.transaction(db.store, "readwrite", { durability: "strict" })
        : connection.transaction(db.store, "readonly");
    } catch (e) {
      if (e && e.name === "InvalidStateError" && attempt === 0) {
        // The connection is closing; nothing was started, so retrying is safe.
        forget(db, opening);
        continue;
      }
      throw e;
    }
  }
}

/// Run `work(store, tx)` inside one transaction. Resolves with whatever
/// `work` returns (or, if it returns an IDBRequest, that request's result)
/// on the transaction's `complete` event; rejects on `error` / `abort`.
async function run(mode, work, db = THOUGHTS) {
  const tx = await transaction(mode, db);
  return new Promise((resolve, reject) => {
    let outcome;
    let done = false;
    const failWith = (error) => {
      if (done) return;
      done = true;
      reject(error);
    };

    tx.oncomplete = () => {
      if (done) return;
      done = true;
      resolve(outcome instanceof IDBRequest ? outcome.result : outcome);
    };
    tx.onerror = (event) => {
      // A request failed; the transaction will abort. Report the request's
      // error (e.g. ConstraintError), which is more precise than the abort.
      const target = event && event.target;
      failWith(
        (target && target.error) || tx.error || abortError("IndexedDB transaction failed"),
      );
    };
    tx.onabort = () => {
      // Quota errors at commit time arrive here, as tx.error.
      failWith(tx.error || abortError("IndexedDB transaction was aborted"));
    };

    try {
      outcome = work(tx.objectStore(db.store), tx);
    } catch (e) {
      // Synchronous failure (DataError for a bad key, ...): undo and report it.
      try {
        tx.abort();
      } catch (_) {
        // Already finished or aborting.
      }
      failWith(e);
    }
  });
}

function requireString(value, what) {
  if (typeof value !== "string") {
    throw new TypeError(`${what} must be a string, got ${typeof value}`);
  }
}

/// Write (insert or replace) one thought. Resolves only once the write is
/// committed durably.
export async function idbPut(key, meeting, json) {
  requireString(key, "key");
  requireString(meeting, "meeting");
  requireString(json, "json");
  await run("readwrite", (store) => {
    store.put({ id: key, meeting, json });
  });
}

/// Delete one thought. Resolves once committed; deleting a missing key is fine.
export async function idbDelete(key) {
  requireString(key, "key");
  await run("readwrite", (store) => {
    store.delete(key);
  });
}

/// The `json` strings of every thought of one meeting, in key order.
export async function idbAllForMeeting(meeting) {
  requireString(meeting, "meeting");
  const records = await run("readonly", (store) =>
    store.index(BY_MEETING).getAll(IDBKeyRange.only(meeting)),
  );
  return (records || []).map((record) => record.json);
}

/// Every record, `{ id, meeting, json }`, in key order (for host tools).
export async function idbAll() {
  const records = await run("readonly", (store) => store.getAll());
  return (records || []).map(({ id, meeting, json }) => ({ id, meeting, json }));
}

/// Delete every thought of one meeting, in one durable transaction.
export async function idbDeleteMeeting(meeting) {
  requireString(meeting, "meeting");
  await run("readwrite", (store) => {
    const keys = store.index(BY_MEETING).getAllKeys(IDBKeyRange.only(meeting));
    keys.onsuccess = () => {
      for (const key of keys.result) store.delete(key);
    };
  });
}

/// The id of every meeting that has a thought here (each once). Used to find
/// a meeting whose quick copy was lost, say when the browser was killed.
export async function idbMeetings() {
  const ids = [];
  await run("readonly", (store) => {
    const req = store.index(BY_MEETING).openKeyCursor(null, "nextunique");
    req.onsuccess = () => {
      const cursor = req.result;
      if (cursor) {
        ids.push(cursor.key);
        cursor.continue();
      }
    };
  });
  return ids;
}

/// Keep what is typed in "Add a thought" for `meeting`, durably: resolves
/// once committed. An empty text removes the draft.
export async function idbPutDraft(meeting, text) {
  requireString(meeting, "meeting");
  requireString(text, "text");
  await run(
    "readwrite",
    (store) => {
      if (text === "") store.delete(meeting);
      else store.put({ meeting, text, at: Date.now() });
    },
    DRAFTS,
  );
}

/// The draft kept for `meeting`, or "" if none.
export async function idbGetDraft(meeting) {
  requireString(meeting, "meeting");
  const record = await run("readonly", (store) => store.get(meeting), DRAFTS);
  return record && typeof record.text === "string" ? record.text : "";
}

/// Every draft kept, `{ meeting, text, at }`, in meeting order.
export async function idbAllDrafts() {
  const records = await run("readonly", (store) => store.getAll(), DRAFTS);
  return (records || []).map(({ meeting, text, at }) => ({
    meeting,
    text: typeof text === "string" ? text : "",
    at: typeof at === "number" ? at : 0,
  }));
}
