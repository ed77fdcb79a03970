// Durable thought records in IndexedDB. No dependencies. Documented in idb.rs
// (comments live there: this file is part of the table's first load).
const DB_NAME = "over-a-brew";
const DB_VERSION = 1;
const STORE = "thoughts";
const BY_MEETING = "by_meeting";

const BLOCKED_TIMEOUT_MS = 3000;
const OPEN_TIMEOUT_MS = 10000;

let dbPromise = null;

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

function forget(promise) {
  if (dbPromise === promise) dbPromise = null;
}

function openDb() {
  if (dbPromise) return dbPromise;

  const promise = new Promise((resolve, reject) => {
    let factory;
    try {
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
      request = factory.open(DB_NAME, DB_VERSION);
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

    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(STORE)) {
        const store = db.createObjectStore(STORE, { keyPath: "id" });
        store.createIndex(BY_MEETING, "meeting", { unique: false });
      }
    };

    request.onsuccess = () => {
      const db = request.result;
      if (settled) {
        db.close();
        return;
      }
      settled = true;
      clearTimeout(openTimer);
      clearTimeout(blockedTimer);
      db.onversionchange = () => {
        forget(promise);
        db.close();
      };
      db.onclose = () => forget(promise);
      resolve(db);
    };

    request.onerror = (event) => {
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

  dbPromise = promise;
  promise.catch(() => forget(promise));
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

async function transaction(mode) {
  for (let attempt = 0; ; attempt++) {
    const opening = openDb();
    const db = await opening;
    try {
      return mode === "readwrite"
        ? db.transaction(STORE, "readwrite", { durability: "strict" })
        : db.transaction(STORE, "readonly");
    } catch (e) {
      if (e && e.name === "InvalidStateError" && attempt === 0) {
        forget(opening);
        continue;
      }
      throw e;
    }
  }
}

async function run(mode, work) {
  const tx = await transaction(mode);
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
      const target = event && event.target;
      failWith(
        (target && target.error) || tx.error || abortError("IndexedDB transaction failed"),
      );
    };
    tx.onabort = () => {
      failWith(tx.error || abortError("IndexedDB transaction was aborted"));
    };

    try {
      outcome = work(tx.objectStore(STORE), tx);
    } catch (e) {
      try {
        tx.abort();
      } catch (_) {
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

export async function idbPut(key, meeting, json) {
  requireString(key, "key");
  requireString(meeting, "meeting");
  requireString(json, "json");
  await run("readwrite", (store) => {
    store.put({ id: key, meeting, json });
  });
}

export async function idbDelete(key) {
  requireString(key, "key");
  await run("readwrite", (store) => {
    store.delete(key);
  });
}

export async function idbAllForMeeting(meeting) {
  requireString(meeting, "meeting");
  const records = await run("readonly", (store) =>
    store.index(BY_MEETING).getAll(IDBKeyRange.only(meeting)),
  );
  return (records || []).map((record) => record.json);
}

export async function idbAll() {
  const records = await run("readonly", (store) => store.getAll());
  return (records || []).map(({ id, meeting, json }) => ({ id, meeting, json }));
}

export async function idbDeleteMeeting(meeting) {
  requireString(meeting, "meeting");
  await run("readwrite", (store) => {
    const keys = store.index(BY_MEETING).getAllKeys(IDBKeyRange.only(meeting));
    keys.onsuccess = () => {
      for (const key of keys.result) store.delete(key);
    };
  });
}

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
