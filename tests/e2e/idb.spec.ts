// Browser tests of src/platform/idb.js: the durable thought store.
//
// The module is served from disk on http://127.0.0.1:8099/ with page.route
// (no server, no build needed) and exposed as `window.idb` by a tiny page.
// Each test gets a fresh browser context, so a fresh, empty IndexedDB.
import { test, expect, chromium, type Page } from '@playwright/test';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { browserPid, waitForExit } from './support';

const ORIGIN = 'http://127.0.0.1:8099';
const MODULE_PATH = path.resolve(__dirname, '../../src/platform/idb.js');

// `window.idb` is the module; `window.freshIdb()` imports a new instance of it
// (a new "connection cache"), as a second tab or a reload would have.
const PAGE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>idb.js test</title></head>
<body>
<script type="module">
  import * as idb from "/idb.js";
  window.freshIdb = () => import("/idb.js?fresh=" + Math.random());
  window.idb = idb;
</script>
</body></html>`;

async function load(page: Page): Promise<void> {
  const source = fs.readFileSync(MODULE_PATH, 'utf8');
  await page.route(`${ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/idb.js') {
      await route.fulfill({ status: 200, contentType: 'text/javascript', body: source });
    } else {
      await route.fulfill({ status: 200, contentType: 'text/html', body: PAGE_HTML });
    }
  });
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => Boolean((window as any).idb));
}

test.describe('idb.js', () => {
  test('put, read back by meeting, replace, delete', async ({ page }) => {
    await load(page);
    const result = await page.evaluate(async () => {
      const idb = (window as any).idb;
      const empty = await idb.idbAllForMeeting('m1');
      await idb.idbPut('m1-t2', 'm1', '{"text":"second"}');
      await idb.idbPut('m1-t1', 'm1', '{"text":"first"}');
      await idb.idbPut('m2-t1', 'm2', '{"text":"other meeting"}');
      const m1 = await idb.idbAllForMeeting('m1');
      const m2 = await idb.idbAllForMeeting('m2');
      // Same id again replaces the record.
      await idb.idbPut('m1-t1', 'm1', '{"text":"first, edited"}');
      const m1Edited = await idb.idbAllForMeeting('m1');
      await idb.idbDelete('m1-t2');
      const m1Deleted = await idb.idbAllForMeeting('m1');
      // Deleting what is not there is fine.
      await idb.idbDelete('no-such-thought');
      const all = await idb.idbAll();
      return { empty, m1, m2, m1Edited, m1Deleted, all };
    });
    expect(result.empty).toEqual([]);
    // In id order, not write order.
    expect(result.m1).toEqual(['{"text":"first"}', '{"text":"second"}']);
    expect(result.m2).toEqual(['{"text":"other meeting"}']);
    expect(result.m1Edited).toEqual(['{"text":"first, edited"}', '{"text":"second"}']);
    expect(result.m1Deleted).toEqual(['{"text":"first, edited"}']);
    expect(result.all).toEqual([
      { id: 'm1-t1', meeting: 'm1', json: '{"text":"first, edited"}' },
      { id: 'm2-t1', meeting: 'm2', json: '{"text":"other meeting"}' },
    ]);
  });

  test('strings survive exactly (unicode, empty, large)', async ({ page }) => {
    await load(page);
    const big = JSON.stringify({ text: 'x'.repeat(200_000) });
    const odd = JSON.stringify({ text: 'Tea ☕, café, 日本語, emoji 🫖, "quotes", \\ and \n newline' });
    const back = await page.evaluate(
      async ({ big, odd }) => {
        const idb = (window as any).idb;
        await idb.idbPut('a', 'weird meeting ✓', odd);
        await idb.idbPut('b', 'weird meeting ✓', '');
        await idb.idbPut('c', 'weird meeting ✓', big);
        return idb.idbAllForMeeting('weird meeting ✓');
      },
      { big, odd },
    );
    expect(back).toEqual([odd, '', big]);
  });

  test('delete a whole meeting, and only that meeting', async ({ page }) => {
    await load(page);
    const result = await page.evaluate(async () => {
      const idb = (window as any).idb;
      await Promise.all(
        Array.from({ length: 20 }, (_, i) => idb.idbPut(`a-${String(i).padStart(2, '0')}`, 'A', `{"n":${i}}`)),
      );
      await idb.idbPut('b-1', 'B', '{"n":1}');
      const before = (await idb.idbAllForMeeting('A')).length;
      await idb.idbDeleteMeeting('A');
      await idb.idbDeleteMeeting('nobody'); // nothing to delete is fine
      return {
        before,
        a: await idb.idbAllForMeeting('A'),
        b: await idb.idbAllForMeeting('B'),
      };
    });
    expect(result.before).toBe(20);
    expect(result.a).toEqual([]);
    expect(result.b).toEqual(['{"n":1}']);
  });

  test('writes use strict durability and resolve only after the transaction completes', async ({ page }) => {
    await load(page);
    const result = await page.evaluate(async () => {
      const idb = (window as any).idb;
      const log: string[] = [];
      const seen: Array<{ mode: string; options: unknown; durability: string | undefined }> = [];
      const original = IDBDatabase.prototype.transaction;
      IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: any[]) {
        const tx = (original as any).apply(this, args) as IDBTransaction;
        seen.push({ mode: tx.mode, options: args[2] ?? null, durability: (tx as any).durability });
        tx.addEventListener('complete', () => log.push(`${tx.mode} complete`));
        return tx;
      } as any;
      try {
        await idb.idbPut('t1', 'm1', '{"a":1}');
        log.push('put resolved');
        await idb.idbDelete('t1');
        log.push('delete resolved');
        await idb.idbDeleteMeeting('m1');
        log.push('deleteMeeting resolved');
        await idb.idbAllForMeeting('m1');
        log.push('read resolved');
      } finally {
        IDBDatabase.prototype.transaction = original;
      }
      return { log, seen };
    });
    expect(result.log).toEqual([
      'readwrite complete',
      'put resolved',
      'readwrite complete',
      'delete resolved',
      'readwrite complete',
      'deleteMeeting resolved',
      'readonly complete',
      'read resolved',
    ]);
    const writes = result.seen.filter((s) => s.mode === 'readwrite');
    expect(writes).toHaveLength(3);
    for (const w of writes) {
      expect(w.options).toEqual({ durability: 'strict' });
      expect(w.durability).toBe('strict');
    }
  });

  test('put does not resolve while its transaction cannot commit yet', async ({ page }) => {
    await load(page);
    const result = await page.evaluate(async () => {
      const idb = (window as any).idb;
      await idb.idbPut('warm', 'm0', '{}'); // the database now exists
      const log: string[] = [];

      // A second connection holds a readwrite transaction on "thoughts" open
      // (by keeping a request in flight), so our put must queue behind it.
      const other: IDBDatabase = await new Promise((resolve, reject) => {
        const r = indexedDB.open('over-a-brew', 1);
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      let release = false;
      const blocker = other.transaction('thoughts', 'readwrite');
      const store = blocker.objectStore('thoughts');
      // Requests can only be made from within the blocker's own callbacks;
      // `peek` asks the spinning loop to count the records for us.
      let peek: ((n: number) => void) | null = null;
      const spin = () => {
        if (peek) {
          const answer = peek;
          peek = null;
          const c = store.count();
          c.onsuccess = () => {
            answer(c.result);
            spin();
          };
        } else if (!release) {
          store.get('warm').onsuccess = spin;
        }
      };
      spin();
      const blockerDone = new Promise<void>((resolve) => {
        blocker.oncomplete = () => {
          log.push('blocker complete');
          resolve();
        };
      });

      let resolved = false;
      const put = idb.idbPut('t1', 'm1', '{"a":1}').then(() => {
        resolved = true;
        log.push('put resolved');
      });
      await new Promise((r) => setTimeout(r, 600));
      const resolvedWhileBlocked = resolved;
      // Any other read would queue behind the blocker, so count from inside it.
      const visibleWhileBlocked = await new Promise<number>((resolve) => {
        peek = resolve;
      });
      release = true;
      await put;
      await blockerDone;

      // Committed: a fresh connection sees it.
      const fresh: IDBDatabase = await new Promise((resolve, reject) => {
        const r = indexedDB.open('over-a-brew', 1);
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const record = await new Promise((resolve, reject) => {
        const g = fresh.transaction('thoughts').objectStore('thoughts').get('t1');
        g.onsuccess = () => resolve(g.result);
        g.onerror = () => reject(g.error);
      });
      other.close();
      fresh.close();
      return { log, resolvedWhileBlocked, visibleWhileBlocked, record };
    });
    expect(result.resolvedWhileBlocked).toBe(false);
    expect(result.visibleWhileBlocked).toBe(1); // only "warm": t1 not written yet
    expect(result.log).toEqual(['blocker complete', 'put resolved']);
    expect(result.record).toEqual({ id: 't1', meeting: 'm1', json: '{"a":1}' });
  });

  test('closes its connection on versionchange and reopens on the next call', async ({ page }) => {
    await load(page);
    const result = await page.evaluate(async () => {
      const idb = (window as any).idb;
      await idb.idbPut('old', 'm1', '"old"');
      // Another tab deletes the database: must not be blocked by our connection.
      const deleted = await new Promise((resolve) => {
        const r = indexedDB.deleteDatabase('over-a-brew');
        r.onsuccess = () => resolve('deleted');
        r.onblocked = () => resolve('blocked');
        r.onerror = () => resolve('error');
      });
      await idb.idbPut('new', 'm1', '"new"');
      const after = await idb.idbAllForMeeting('m1');
      return { deleted, after };
    });
    expect(result.deleted).toBe('deleted');
    expect(result.after).toEqual(['"new"']);
  });

  test('another tab upgrading the database is not blocked; then we report UnavailableError', async ({ page }) => {
    await load(page);
    const result = await page.evaluate(async () => {
      const idb = (window as any).idb;
      await idb.idbPut('t', 'm', '1');
      const upgraded = await new Promise((resolve) => {
        const r = indexedDB.open('over-a-brew', 2);
        r.onsuccess = () => {
          r.result.close();
          resolve('upgraded');
        };
        r.onblocked = () => resolve('blocked');
        r.onerror = () => resolve('error');
      });
      try {
        await idb.idbPut('t2', 'm', '2');
        return { upgraded, error: null };
      } catch (e: any) {
        return { upgraded, error: { name: e.name, message: String(e.message) } };
      }
    });
    expect(result.upgraded).toBe('upgraded');
    expect(result.error?.name).toBe('UnavailableError');
    expect(result.error?.message).toContain('VersionError');
  });

  test('no indexedDB at all rejects with UnavailableError', async ({ page }) => {
    await load(page);
    const result = await page.evaluate(async () => {
      Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => undefined });
      const idb = await (window as any).freshIdb();
      const errors: Array<{ name: string; message: string }> = [];
      for (const call of [
        () => idb.idbPut('k', 'm', '{}'),
        () => idb.idbDelete('k'),
        () => idb.idbAllForMeeting('m'),
        () => idb.idbAll(),
        () => idb.idbDeleteMeeting('m'),
      ]) {
        try {
          await call();
          errors.push({ name: 'resolved', message: '' });
        } catch (e: any) {
          errors.push({ name: e.name, message: e.message });
        }
      }
      return errors;
    });
    expect(result).toHaveLength(5);
    for (const e of result) expect(e.name).toBe('UnavailableError');
  });

  test('indexedDB that throws SecurityError rejects with UnavailableError', async ({ page }) => {
    await load(page);
    const error = await page.evaluate(async () => {
      Object.defineProperty(window, 'indexedDB', {
        configurable: true,
        get: () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
      const idb = await (window as any).freshIdb();
      try {
        await idb.idbPut('k', 'm', '{}');
        return null;
      } catch (e: any) {
        return { name: e.name, message: e.message, cause: e.cause?.name };
      }
    });
    expect(error).toEqual({
      name: 'UnavailableError',
      message: expect.stringContaining('SecurityError'),
      cause: 'SecurityError',
    });
  });

  test('an open that never finishes gives up with UnavailableError', async ({ page }) => {
    test.setTimeout(40_000);
    await load(page);
    const result = await page.evaluate(async () => {
      // A rude tab holds a connection and ignores versionchange; a delete
      // queues behind it, and any new open queues behind the delete.
      const rude: IDBDatabase = await new Promise((resolve, reject) => {
        const r = indexedDB.open('over-a-brew', 1);
        r.onupgradeneeded = () => r.result.createObjectStore('thoughts', { keyPath: 'id' });
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      indexedDB.deleteDatabase('over-a-brew');
      const idb = await (window as any).freshIdb();
      const started = performance.now();
      try {
        await idb.idbPut('k', 'm', '{}');
        return { name: 'resolved', message: '', ms: performance.now() - started };
      } catch (e: any) {
        return { name: e.name, message: e.message, ms: performance.now() - started };
      } finally {
        rude.close();
      }
    });
    expect(result.name).toBe('UnavailableError');
    expect(result.ms).toBeGreaterThan(2_500);
    expect(result.ms).toBeLessThan(15_000);
  });

  test('a full store rejects with QuotaExceededError and keeps nothing half-written', async ({ page, browserName }) => {
    test.skip(browserName !== 'chromium', 'uses a Chromium DevTools quota override');
    await load(page);
    const cdp = await page.context().newCDPSession(page);
    // Chromium applies the override when the database is first opened, so
    // set it before the first call. 1 MB: room for a small thought, not a big one.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: ORIGIN, quotaSize: 1024 * 1024 });
    await page.evaluate(() => (window as any).idb.idbPut('small', 'm', '{"ok":true}'));
    const result = await page.evaluate(async () => {
      const idb = (window as any).idb;
      let error = null;
      try {
        await idb.idbPut('big', 'm', JSON.stringify({ text: 'x'.repeat(2_000_000) }));
      } catch (e: any) {
        error = { name: e.name, code: e.code, message: e.message, isDomException: e instanceof DOMException };
      }
      return { error, left: await idb.idbAllForMeeting('m') };
    });
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: ORIGIN });
    expect(result.error).toMatchObject({ name: 'QuotaExceededError', isDomException: true });
    expect(result.left).toEqual(['{"ok":true}']);
  });

  test('bad arguments reject with TypeError and write nothing', async ({ page }) => {
    await load(page);
    const result = await page.evaluate(async () => {
      const idb = (window as any).idb;
      const names: string[] = [];
      for (const call of [
        () => idb.idbPut(1, 'm', '{}'),
        () => idb.idbPut('k', undefined, '{}'),
        () => idb.idbPut('k', 'm', { not: 'a string' }),
        () => idb.idbDelete(null),
        () => idb.idbAllForMeeting(7),
        () => idb.idbDeleteMeeting(undefined),
      ]) {
        try {
          await call();
          names.push('resolved');
        } catch (e: any) {
          names.push(e.name);
        }
      }
      return { names, all: await idb.idbAll() };
    });
    expect(result.names).toEqual(Array(6).fill('TypeError'));
    expect(result.all).toEqual([]);
  });
});

// The point of it all: a thought reported "saved" is still there after the
// browser is killed (SIGKILL to the browser process, no clean shutdown).
test.describe('idb.js and a killed browser', () => {
  test.skip(process.platform !== 'linux', 'finds the browser process through /proc');

  test('a put that has resolved survives SIGKILL of the browser right after', async ({
    browserName,
    launchOptions,
    headless,
  }) => {
    test.skip(browserName !== 'chromium', 'Chromium-specific process layout');
    test.setTimeout(90_000);
    const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'oab-idb-kill-'));
    try {
      const first = await chromium.launchPersistentContext(userDataDir, { ...launchOptions, headless });
      const page1 = first.pages()[0] ?? (await first.newPage());
      await load(page1);
      await page1.evaluate(async () => {
        const idb = (window as any).idb;
        for (let i = 0; i < 10; i++) {
          await idb.idbPut(`t${i}`, 'kill-test', JSON.stringify({ n: i }));
        }
        // For comparison only (not asserted): localStorage written at the same moment.
        localStorage.setItem('kill-test', 'written');
      });

      const pid = browserPid(userDataDir);
      expect(pid, 'browser process for this profile').not.toBeNull();
      process.kill(pid as number, 'SIGKILL');
      await waitForExit(pid as number);
      await first.close().catch(() => undefined);

      const second = await chromium.launchPersistentContext(userDataDir, { ...launchOptions, headless });
      try {
        const page2 = second.pages()[0] ?? (await second.newPage());
        await load(page2);
        const after = await page2.evaluate(async () => ({
          thoughts: await (window as any).idb.idbAllForMeeting('kill-test'),
          localStorage: localStorage.getItem('kill-test'),
        }));
        test.info().annotations.push({
          type: 'localStorage after kill',
          description: String(after.localStorage),
        });
        console.log(`idb.spec: after SIGKILL, localStorage written at the same moment reads ${after.localStorage}`);
        expect(after.thoughts).toEqual(Array.from({ length: 10 }, (_, n) => JSON.stringify({ n })));
      } finally {
        await second.close();
      }
    } finally {
      fs.rmSync(userDataDir, { recursive: true, force: true });
    }
  });
});

