// Thoughts: anyone adds one from any step, and none is ever lost.
//
// Every check reads back what a person (or the host) would rely on: the
// words on screen, found by role and accessible name, and the two places a
// thought is kept (src/store/thoughts.rs): the quick copy in localStorage
// (`over-a-brew:thoughts:<meeting id>`) and one durable record per thought in
// IndexedDB ("over-a-brew", store "thoughts").
//
// Most tests run on the real clock (saving is a chain of IndexedDB events,
// not timers). The "Undo" test uses the fake clock to let 30 seconds pass.
import { test, expect, chromium, type Page } from '@playwright/test';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MeetingPage, STEPS, type StepHeading } from './pages/meeting';
import { KEYS, ThoughtsPage, WORDS, fillLocalStorage, readDurable } from './pages/thoughts';
import { browserPid, expectNoAxeViolations, blockStorage, waitForExit, words } from './support';

/** Steps where thoughts are "lasting" (src/meeting/steps.rs `is_for_lasting_thoughts`). */
const LASTING_STEPS: readonly StepHeading[] = ['Still got some time?', 'Thank you'];

/** Words we never show people (as src/text.rs `JARGON`, plus a few more). */
const JARGON = /json|localstorage|indexeddb|error|invalid|data|corrupt|parse|exception|quota|null|undefined/i;

/** Open the app with fresh storage and return its page objects. */
async function start(page: Page): Promise<ThoughtsPage> {
  const t = new ThoughtsPage(page);
  await t.m.goto();
  return t;
}

const sorted = (xs: string[]) => [...xs].sort();

// ---------------------------------------------------------------- 1

test.describe('"Add a thought" on every step', () => {
  test('is on every step screen, in the same place, at least 64 px high; "lasting" on the last two', async ({ page }) => {
    const t = await start(page);
    const nav = page.getByRole('navigation', { name: 'Move between steps' });
    let first: { left: number; aboveNav: number; height: number } | null = null;
    const scrolled: string[] = [];

    for (const step of STEPS) {
      await t.m.goToStep(step);
      const lasting = LASTING_STEPS.includes(step);
      await expect(t.addButton(lasting), `the add button on "${step}"`).toBeVisible();
      await expect(t.addButton(!lasting), `the other wording on "${step}"`).toHaveCount(0);

      const b = await t.addButton(lasting).boundingBox();
      const n = await nav.boundingBox();
      expect(b, `"${step}": the button has a box`).not.toBeNull();
      expect(n, `"${step}": the step nav has a box`).not.toBeNull();
      const place = { left: b!.x, aboveNav: n!.y - b!.y, height: b!.height };
      expect(place.height, `"${step}": height of the add button`).toBeGreaterThanOrEqual(64);
      if (first === null) {
        first = place;
      } else {
        expect(place.left, `"${step}": left edge, as on "${STEPS[0]}"`).toBeCloseTo(first.left, 0);
        expect(place.aboveNav, `"${step}": distance above the step nav, as on "${STEPS[0]}"`).toBeCloseTo(first.aboveNav, 0);
        expect(place.height, `"${step}": height, as on "${STEPS[0]}"`).toBeCloseTo(first.height, 0);
      }
      const fold = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
      if (fold > 0) scrolled.push(`${step} (+${Math.round(fold)} px)`);
    }
    if (scrolled.length) {
      test.info().annotations.push({
        type: 'the page scrolls (button is below the fold at first) on',
        description: scrolled.join(', '),
      });
    }
  });

  test('stays in the same place while "Your thought is saved." shows, here and on the next step', async ({ page }) => {
    const t = await start(page);
    const placeOf = async () => {
      const b = await t.anyAddButton().boundingBox();
      const n = await page.getByRole('navigation', { name: 'Move between steps' }).boundingBox();
      return { left: Math.round(b!.x), aboveNav: Math.round(n!.y - b!.y) };
    };
    const before = await placeOf();
    await t.add('A thought on the first step');
    await expect(t.savedNote()).toBeVisible();
    expect(await placeOf(), 'the add button with the saved note showing').toEqual(before);
    await t.m.next();
    await expect(t.savedNote()).toBeVisible();
    expect(await placeOf(), 'the add button on the next step, saved note still showing').toEqual(before);
  });

  test('a thought on the last two steps is "lasting"; before them it is not', async ({ page }) => {
    const t = await start(page);
    await t.m.goToStep('Talk about what you heard');
    await t.add('An ordinary thought');
    await t.m.goToStep('Still got some time?');
    await t.open(true);
    await expect(t.formHeading(true)).toBeVisible();
    await t.textbox().fill('A lasting thought on Still got some time');
    await t.saveButton().click();
    await expect(t.savedNote()).toBeVisible();
    await t.m.goToStep('Thank you');
    await t.add('A lasting thought on Thank you', true);

    const kinds = (list: Array<{ text: string; kind: string }>) =>
      Object.fromEntries(list.map((x) => [x.text, x.kind]));
    const want = {
      'An ordinary thought': 'thought',
      'A lasting thought on Still got some time': 'lasting',
      'A lasting thought on Thank you': 'lasting',
    };
    expect(kinds((await t.quickCopy())!.thoughts), 'kinds in the quick copy').toEqual(want);
    expect(kinds(await t.durable()), 'kinds in IndexedDB').toEqual(want);

    await t.openHostTools();
    await expect(t.listedThoughts().filter({ hasText: 'A lasting thought on Thank you' })).toContainText('Lasting thought');
    await expect(t.listedThoughts().filter({ hasText: 'An ordinary thought' })).not.toContainText('Lasting thought');
  });
});

// ---------------------------------------------------------------- 2

test.describe('thoughts are kept', () => {
  const THREE: Array<[StepHeading, string]> = [
    ['Grab a brew', 'First, while the kettle boils'],
    ['Thinking time', 'Second, while thinking'],
    ['Talk about what you heard', 'Third, while talking'],
  ];

  async function addThree(t: ThoughtsPage): Promise<void> {
    for (const [step, text] of THREE) {
      await t.m.goToStep(step);
      await t.add(text);
    }
  }
  const texts = sorted(THREE.map(([, text]) => text));

  test('three thoughts on three steps are all there after a reload, in both stores and on screen', async ({ page }) => {
    const t = await start(page);
    await addThree(t);
    await t.m.reload();

    const id = await t.meetingId();
    expect(sorted(await t.quickTexts(id)), 'the quick copy').toEqual(texts);
    const durable = await t.durable(id);
    expect(sorted(durable.map((d) => d.text)), 'IndexedDB').toEqual(texts);
    expect(new Set(durable.map((d) => JSON.stringify(d.step))).size, 'each kept with its own step').toBe(3);
    for (const d of durable) expect(d.meeting).toBe(id);

    await t.openHostTools();
    await expect(t.thoughtsSoFar()).toContainText('3 thoughts.');
    expect(sorted(await t.listedTexts()), 'Thoughts so far').toEqual(texts);
  });

  test('either store alone brings them all back, and the missing copy is mended', async ({ page }) => {
    const t = await start(page);
    await addThree(t);
    const id = await t.meetingId();

    // The quick copy is gone: IndexedDB brings them back, and the quick copy is written again.
    await page.evaluate((k) => localStorage.removeItem(k), KEYS.thoughts(id));
    await t.m.reload();
    expect(sorted(await t.shownThoughts()), 'shown with only IndexedDB').toEqual(texts);
    await expect.poll(async () => sorted(await t.quickTexts(id)), { message: 'the quick copy mended' }).toEqual(texts);

    // IndexedDB is gone: the quick copy brings them back, and IndexedDB is written again.
    const deleted = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const r = indexedDB.deleteDatabase('over-a-brew');
          r.onsuccess = () => resolve('deleted');
          r.onblocked = () => resolve('blocked');
          r.onerror = () => resolve('error');
        }),
    );
    expect(deleted).toBe('deleted');
    await t.m.reload();
    expect(sorted(await t.shownThoughts()), 'shown with only the quick copy').toEqual(texts);
    await expect.poll(async () => sorted(await t.durableTexts(id)), { message: 'IndexedDB mended' }).toEqual(texts);
  });
});

// ---------------------------------------------------------------- 3

test.describe('two pages of the same browser', () => {
  test('a thought saved in one shows in the other at once, and neither removes the other\'s', async ({ page, context }) => {
    const a = await start(page);
    const pageB = await context.newPage();
    const b = new ThoughtsPage(pageB);
    await pageB.goto('/');
    await expect(b.m.heading()).toBeVisible();
    expect(await b.meetingId(), 'both pages show the same meeting').toBe(await a.meetingId());

    await b.openHostTools();
    await expect(b.thoughtsSoFar()).toContainText('No thoughts yet.');

    await a.add('Written in page A');
    // No reload of page B: the storage event brings it.
    await expect(b.thoughtsSoFar().locator('.thoughts__text')).toHaveText(['Written in page A']);

    await b.closeHostTools();
    await b.add('Written in page B');

    const both = sorted(['Written in page A', 'Written in page B']);
    const id = await a.meetingId();
    await expect.poll(async () => sorted(await a.quickTexts(id)), { message: 'the quick copy' }).toEqual(both);
    await expect.poll(async () => sorted(await a.durableTexts(id)), { message: 'IndexedDB' }).toEqual(both);

    // Page A, never reloaded, shows both too.
    await a.openHostTools();
    await expect.poll(async () => sorted(await a.listedTexts()), { message: 'page A lists both' }).toEqual(both);

    // And both are still there when page A writes again.
    await a.closeHostTools();
    await a.add('Written in page A again');
    const three = sorted([...both, 'Written in page A again']);
    await expect.poll(async () => sorted(await b.quickTexts(id)), { message: 'the quick copy, after A writes again' }).toEqual(three);
    await pageB.reload();
    await expect(b.m.heading()).toBeVisible();
    expect(sorted(await b.shownThoughts()), 'page B after a reload').toEqual(three);
  });
});

// ---------------------------------------------------------------- 4

test.describe('a full store', () => {
  test('localStorage full: the thought is kept in IndexedDB, "saved" shows, and the host is warned', async ({ page }) => {
    const t = await start(page);
    await t.add('Saved before the store was full');
    const id = await t.meetingId();
    const quickBefore = await t.raw(KEYS.thoughts(id));

    const written = await fillLocalStorage(page);
    test.info().annotations.push({ type: 'localStorage filled with', description: `${written} characters` });

    const text = 'Written when the store was full';
    await t.open();
    await t.textbox().fill(text);
    await t.saveButton().click();

    // IndexedDB took it, so it is saved (src/store/thoughts.rs `outcome`):
    // the spare copy could not be made, and the host is told so.
    await expect(t.savedNote()).toBeVisible();
    await expect(page.locator('#thought-problem')).toHaveCount(0);
    expect(await t.durableTexts(id), 'kept durably').toContain(text);
    await expect(t.notices(), 'a warning notice').toContainText(words('problems', 'QUICK_COPY_FAILED'));
    expect(await t.notices().innerText()).not.toMatch(JARGON);

    // Nothing saved earlier is lost.
    expect(await t.raw(KEYS.thoughts(id)), 'the quick copy is as it was').toBe(quickBefore);
    expect(await t.durableTexts(id)).toContain('Saved before the store was full');

    // Still full after a reload: every saved thought is shown.
    await t.m.reload();
    expect(sorted(await t.shownThoughts())).toEqual(sorted(['Saved before the store was full', text]));
  });

  test('both stores full: the text stays in the box with a message, and nothing earlier is lost', async ({ page, browserName, baseURL }) => {
    test.skip(browserName !== 'chromium', 'uses a Chromium DevTools quota override');
    const origin = new URL(baseURL!).origin;
    const cdp = await page.context().newCDPSession(page);
    // Small enough to fill quickly; set before anything opens IndexedDB.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 4 * 1024 * 1024 });
    try {
      const t = await start(page);
      await t.add('Saved before both stores were full');
      const id = await t.meetingId();

      // Fill the origin's IndexedDB quota with another database, then localStorage.
      const idbFill = await page.evaluate(async () => {
        const db: IDBDatabase = await new Promise((resolve, reject) => {
          const r = indexedDB.open('e2e-filler', 1);
          r.onupgradeneeded = () => r.result.createObjectStore('junk');
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
        let n = 0;
        let last = '';
        for (let size = 512 * 1024; size >= 256; size = Math.floor(size / 2)) {
          for (;;) {
            // Random text, so nothing compresses it away.
            const bytes = new Uint8Array(size / 2);
            // getRandomValues gives at most 64 KiB at a time.
            for (let at = 0; at < bytes.length; at += 65_536) crypto.getRandomValues(bytes.subarray(at, at + 65_536));
            const value = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
            const ok = await new Promise<boolean>((resolve) => {
              const tx = db.transaction('junk', 'readwrite');
              tx.objectStore('junk').put(value, n);
              tx.oncomplete = () => resolve(true);
              tx.onabort = () => {
                last = tx.error?.name ?? 'aborted';
                resolve(false);
              };
            });
            if (!ok) break;
            n++;
          }
        }
        db.close();
        return { pieces: n, last };
      });
      test.info().annotations.push({ type: 'IndexedDB filler', description: JSON.stringify(idbFill) });
      expect(idbFill.last, 'IndexedDB is full').toBe('QuotaExceededError');
      await fillLocalStorage(page);

      const text = 'Written when both stores were full. '.repeat(20).trim();
      await t.open();
      await t.textbox().fill(text);
      await t.saveButton().click();

      const problem = page.locator('#thought-problem');
      await expect(problem, 'a message in the form').toBeVisible();
      await expect(problem).toHaveRole('alert');
      await expect(problem).toContainText('not saved');
      expect(await problem.innerText()).not.toMatch(JARGON);
      await expect(t.textbox(), 'the text stays in the box').toHaveValue(text);
      await expect(t.savedNote()).toHaveCount(0);
      expect(await t.durableTexts(id), 'nothing earlier is lost (IndexedDB)').toEqual(['Saved before both stores were full']);
      expect(await t.quickTexts(id), 'nothing earlier is lost (quick copy)').toEqual(['Saved before both stores were full']);
      await expectNoAxeViolations(page, '"Add a thought" with the storage-full message');

      // Make room (the host saves to a file and deletes old things): saving again works.
      await page.evaluate(async () => {
        for (const k of Object.keys(localStorage)) if (k.startsWith('e2e-filler')) localStorage.removeItem(k);
        await new Promise((resolve) => {
          const r = indexedDB.deleteDatabase('e2e-filler');
          r.onsuccess = r.onerror = r.onblocked = () => resolve(null);
        });
      });
      await t.saveButton().click();
      await expect(t.savedNote()).toBeVisible();
      await expect.poll(async () => sorted(await t.durableTexts(id))).toEqual(sorted(['Saved before both stores were full', text]));
      expect(sorted(await t.quickTexts(id))).toEqual(sorted(['Saved before both stores were full', text]));
    } finally {
      await cdp.send('Storage.overrideQuotaForOrigin', { origin }).catch(() => undefined);
    }
  });
});

// ---------------------------------------------------------------- 5

test.describe('garbage in the store', () => {
  async function backupsHolding(t: ThoughtsPage, originalKey: string): Promise<string[]> {
    const keys = await t.keysStartingWith(KEYS.backupPrefix);
    const out: string[] = [];
    for (const k of keys) if (k.endsWith(originalKey)) out.push((await t.raw(k)) as string);
    return out;
  }

  test('an unreadable quick copy of thoughts is backed up exactly, the host is told, and no thought is lost', async ({ page }) => {
    const t = await start(page);
    await t.add('Saved before the garbage');
    const id = await t.meetingId();
    const garbage = '{not json';
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEYS.thoughts(id), garbage]);
    await t.m.reload();

    await expect(t.m.heading(), 'the app runs').toHaveText('Grab a brew');
    expect(await t.meetingId(), 'the same meeting').toBe(id);
    const held = await backupsHolding(t, KEYS.thoughts(id));
    expect(held.length, 'a backup of the thoughts key').toBeGreaterThanOrEqual(1);
    for (const h of held) expect(h, 'the backup holds the garbage exactly').toBe(garbage);
    await expect(t.notices(), 'a notice for the host').toBeVisible();
    const said = await t.notices().innerText();
    expect(said).toMatch(/kept safe/i);
    expect(said).not.toMatch(JARGON);
    await expectNoAxeViolations(page, 'the notice screen (unreadable thoughts)');

    // The thought comes back from IndexedDB, and the quick copy is readable again.
    expect(await t.shownThoughts()).toEqual(['Saved before the garbage']);
    await expect.poll(() => t.quickTexts(id)).toEqual(['Saved before the garbage']);
  });

  test('an unreadable meeting is backed up exactly, a new meeting starts, the host is told', async ({ page }) => {
    const t = await start(page);
    await t.add('A thought of the old meeting');
    const oldId = await t.meetingId();
    const quickOld = await t.raw(KEYS.thoughts(oldId));
    const garbage = 'garbage \u0000 {"schema_version":"1","meeting": ✗';
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEYS.meeting(oldId), garbage]);
    await t.m.reload();

    await expect(t.m.heading(), 'the app runs').toHaveText('Grab a brew');
    const held = await backupsHolding(t, KEYS.meeting(oldId));
    expect(held, 'one backup holding the garbage exactly').toEqual([garbage]);
    await expect(t.notices()).toBeVisible();
    const words = await t.notices().innerText();
    expect(words).toMatch(/kept safe/i);
    expect(words).not.toMatch(JARGON);
    await expectNoAxeViolations(page, 'the notice screen (unreadable meeting)');

    // The old meeting's thoughts are not touched.
    expect(await t.raw(KEYS.thoughts(oldId)), 'old quick copy').toBe(quickOld);
    expect(await t.durableTexts(oldId), 'old durable records').toEqual(['A thought of the old meeting']);
  });

  test('both keys garbage at once: the app runs, the meeting garbage is backed up, the thoughts garbage is left as it was', async ({ page }) => {
    const t = await start(page);
    const oldId = await t.meetingId();
    await page.evaluate(
      ([mk, tk]) => {
        localStorage.setItem(mk, 'not a meeting');
        localStorage.setItem(tk, '{not json');
      },
      [KEYS.meeting(oldId), KEYS.thoughts(oldId)],
    );
    await t.m.reload();
    await expect(t.m.heading()).toHaveText('Grab a brew');
    await expect(t.notices()).toBeVisible();
    expect(await backupsHolding(t, KEYS.meeting(oldId))).toEqual(['not a meeting']);
    // A new meeting started; the old meeting's keys are never touched (as
    // with a readable quick copy, above): the garbage stays exactly where it was.
    expect(await t.meetingId(), 'a new meeting').not.toBe(oldId);
    expect(await t.raw(KEYS.thoughts(oldId)), 'the thoughts garbage, in place').toBe('{not json');
    expect(await backupsHolding(t, KEYS.thoughts(oldId)), 'and not copied anywhere').toEqual([]);
  });
});

// ---------------------------------------------------------------- 6

test.describe('a thought is only ever text', () => {
  test('HTML in a thought shows as those characters; no element, no script', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.addInitScript(() => {
      (window as any).__e2eAlerts = 0;
      const original = window.alert;
      window.alert = (...args: any[]) => {
        (window as any).__e2eAlerts++;
        return original.apply(window, args as any);
      };
    });
    const t = await start(page);
    const payload = '<img src=x onerror=alert(1)>';
    const payload2 = '<script>alert(2)</script><b>bold</b> & "quotes"';
    await t.add(payload);
    await t.add(payload2);

    for (const when of ['just saved', 'after a reload']) {
      if (when === 'after a reload') await t.m.reload();
      await t.openHostTools();
      expect(sorted(await t.listedTexts()), `Thoughts so far, ${when}`).toEqual(sorted([payload, payload2]));
      await expect(t.thoughtsSoFar().getByText(payload, { exact: true })).toBeVisible();
      await expect(t.thoughtsSoFar().locator('img, script, b'), `no element made from a thought, ${when}`).toHaveCount(0);
      expect(await page.locator('img[src="x"]').count(), 'no <img src=x> anywhere').toBe(0);
      await page.waitForTimeout(300); // an onerror would have fired by now
      await t.closeHostTools();
    }
    expect(dialogs, 'no dialog fired').toEqual([]);
    expect(await page.evaluate(() => (window as any).__e2eAlerts)).toBe(0);
  });
});

// ---------------------------------------------------------------- 7

test.describe('"Undo"', () => {
  test('takes the thought out of both stores for good; goes after 30 seconds', async ({ page }) => {
    const t = new ThoughtsPage(page);
    await t.m.useFakeClock();
    await t.m.goto();

    await t.add('Keep me');
    await t.add('Take me back');
    const id = await t.meetingId();
    const taken = (await t.durable(id)).find((d) => d.text === 'Take me back')!.id;
    expect(taken).toBeTruthy();

    await t.undoButton().click();
    await t.m.settle();
    await expect(page.getByRole('paragraph').filter({ hasText: WORDS.undone })).toBeVisible();
    await expect(t.undoButton()).toHaveCount(0);
    await expect.poll(() => t.durableTexts(id), { message: 'IndexedDB' }).toEqual(['Keep me']);
    expect(await t.quickTexts(id), 'the quick copy').toEqual(['Keep me']);
    expect((await t.quickCopy(id))!.removed, 'remembered as taken back').toContain(taken);

    await t.m.reload();
    expect(await t.shownThoughts(), 'not back after a reload').toEqual(['Keep me']);
    expect(await t.durableTexts(id)).toEqual(['Keep me']);
    expect(await t.quickTexts(id)).toEqual(['Keep me']);

    // "Undo" is offered for 30 seconds, then goes; the thought stays.
    await t.add('Saved for good');
    await expect(t.undoButton()).toBeVisible();
    await t.m.tick(29_000);
    await expect(t.undoButton(), 'still there after 29 s').toBeVisible();
    await t.m.tick(1_000);
    await expect(t.undoButton(), 'gone after 30 s').toHaveCount(0);
    await expect(t.savedNote()).toHaveCount(0);
    expect(sorted(await t.durableTexts(id))).toEqual(sorted(['Keep me', 'Saved for good']));
  });

  test('gone after exactly runFor(30_000) from the moment it is saved', async ({ page }) => {
    const t = new ThoughtsPage(page);
    await t.m.useFakeClock();
    await t.m.goto();
    await t.open();
    await t.textbox().fill('Thirty seconds');
    await t.saveButton().click();
    await expect(t.undoButton()).toBeVisible();
    await page.clock.runFor(30_000);
    await expect(t.undoButton()).toHaveCount(0);
    expect(await t.durableTexts()).toEqual(['Thirty seconds']);
  });
});

// ---------------------------------------------------------------- 8

test.describe('a draft', () => {
  test('survives a reload; Cancel clears it for good', async ({ page }) => {
    const t = await start(page);
    await t.open();
    await t.textbox().fill('Half a thought, not saved yet');
    await t.m.reload();
    await expect(t.formHeading(), 'the form is open again').toBeVisible();
    await expect(t.textbox()).toHaveValue('Half a thought, not saved yet');

    await t.cancelButton().click();
    await t.m.settle();
    await expect(t.textbox()).toHaveCount(0);
    await expect(t.addButton()).toBeVisible();
    await t.m.reload();
    await expect(t.m.heading()).toHaveText('Grab a brew');
    await expect(t.formHeading()).toHaveCount(0);
    await expect(t.textbox()).toHaveCount(0);
    expect(await t.raw(KEYS.draft(await t.meetingId())), 'no draft kept').toBeNull();
    await t.open();
    await expect(t.textbox(), 'an empty box for the next person').toHaveValue('');
    expect(await t.durableTexts()).toEqual([]);
  });
});

// ---------------------------------------------------------------- 9

test.describe('after saving', () => {
  test('the text leaves the screen, and "Your thought is saved." is shown and announced', async ({ page }) => {
    const t = await start(page);
    await t.open();
    await t.textbox().fill('Only the host should read this');
    await expectNoAxeViolations(page, 'the "Add a thought" form');
    await t.saveButton().click();

    await expect(t.savedNote()).toBeVisible();
    await expect(t.textbox(), 'the box is gone').toHaveCount(0);
    await expect(page.getByText('Only the host should read this')).toHaveCount(0);
    await expect(t.m.status(), 'said in the polite live region').toContainText('Your thought is saved');
    await expect(t.m.status()).toHaveAttribute('aria-live', 'polite');
    await expect(t.addButton(), 'focus back on the button').toBeFocused();
    await expect(t.undoButton()).toBeVisible();
    await expectNoAxeViolations(page, '"Your thought is saved." with Undo');

    // The next person gets an empty box, after a reload too.
    await t.open();
    await expect(t.textbox()).toHaveValue('');
    await t.cancelButton().click();
    await t.m.reload();
    await expect(t.textbox()).toHaveCount(0);
    expect(await t.raw(KEYS.draft(await t.meetingId()))).toBeNull();
  });

  test('an empty thought is not saved, with a message', async ({ page }) => {
    const t = await start(page);
    await t.open();
    await t.textbox().fill('   ');
    await t.saveButton().click();
    await expect(page.locator('#thought-problem')).toHaveRole('alert');
    await expect(page.locator('#thought-problem')).toHaveText('Write something first, then tap Save thought.');
    await expect(t.savedNote()).toHaveCount(0);
    expect(await t.durableTexts()).toEqual([]);
  });
});

// ---------------------------------------------------------------- 10

test.describe('a long thought', () => {
  test('pasting more than 1,000 characters keeps 1,000 and says so; the count shows near the limit', async ({ page }) => {
    const t = await start(page);
    await t.open();
    const count = page.getByText(/^You have \d+ letters? (left|too many)$/);

    await t.textbox().fill('a'.repeat(700));
    await expect(count, 'no count far from the limit').toHaveCount(0);
    await t.textbox().fill('a'.repeat(760));
    await expect(count).toHaveText('You have 240 letters left');
    await expect(t.textbox()).toHaveAttribute('aria-describedby', /thought-count/);

    // Paste 1,200 characters into an empty box.
    const long = Array.from({ length: 1_200 }, (_, i) => String.fromCharCode(97 + (i % 26))).join('');
    await t.textbox().fill('');
    await t.textbox().focus();
    await page.keyboard.insertText(long);
    await expect(t.textbox()).toHaveValue(long.slice(0, 1_000));
    await expect(page.getByRole('alert').filter({ hasText: WORDS.cut })).toHaveText(WORDS.cut);
    await expect(count).toHaveText('You have 0 letters left');
    await expectNoAxeViolations(page, '"Add a thought" with a cut thought');

    await t.saveButton().click();
    await expect(t.savedNote()).toBeVisible();
    const [saved] = await t.durable();
    expect(saved.text).toBe(long.slice(0, 1_000));
  });

  test('the count says "1 letter left" at 999', async ({ page }) => {
    const t = await start(page);
    await t.open();
    await t.textbox().fill('z'.repeat(999));
    await expect(page.getByText('You have 1 letter left', { exact: true })).toBeVisible();
  });
});

// ---------------------------------------------------------------- 11

test.describe('a killed browser', () => {
  test.skip(process.platform !== 'linux', 'finds the browser process through /proc');

  /**
   * Launch a Chromium with its own profile, load the app, wait `settleMs`
   * (how long the meeting was open before), save a thought, SIGKILL the
   * browser as soon as "Your thought is saved." shows, relaunch on the same
   * profile, load the app, and check the thought is there.
   */
  async function killAndComeBack(
    fixtures: { launchOptions: any; headless: boolean; baseURL: string | undefined },
    settleMs: number,
  ): Promise<void> {
    const { launchOptions, headless, baseURL } = fixtures;
    const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'oab-thought-kill-'));
    const text = 'Said just before the power went';
    try {
      const first = await chromium.launchPersistentContext(userDataDir, { ...launchOptions, headless, baseURL });
      const page1 = first.pages()[0] ?? (await first.newPage());
      const t1 = await start(page1);
      const id = await t1.meetingId();
      if (settleMs > 0) await page1.waitForTimeout(settleMs);
      await t1.open();
      await t1.textbox().fill(text);
      const pid = browserPid(userDataDir);
      expect(pid, 'browser process for this profile').not.toBeNull();
      await t1.saveButton().click();
      // The moment it shows, the power goes.
      await t1.savedNote().waitFor({ state: 'visible' });

      process.kill(pid as number, 'SIGKILL');
      await waitForExit(pid as number);
      await first.close().catch(() => undefined);

      const second = await chromium.launchPersistentContext(userDataDir, { ...launchOptions, headless, baseURL });
      try {
        const page2 = second.pages()[0] ?? (await second.newPage());
        const t2 = new ThoughtsPage(page2);
        await page2.goto('/');
        await expect(t2.m.heading()).toBeVisible();
        const current = await page2.evaluate((k) => localStorage.getItem(k), KEYS.current);
        const quick = await page2.evaluate((k) => localStorage.getItem(k), KEYS.thoughts(id));
        test.info().annotations.push(
          { type: 'meeting on screen after the kill', description: `${current} (before: ${id})` },
          { type: 'quick copy after the kill', description: String(quick) },
        );
        // The lost meeting is rebuilt from IndexedDB a moment after the page
        // opens (asynchronously), and then takes the empty new one's place.
        await expect
          .poll(() => page2.evaluate((k) => localStorage.getItem(k), KEYS.current), {
            message: 'the same meeting on screen after the kill',
          })
          .toBe(id);
        expect((await readDurable(page2, id)).map((d) => d.text), 'IndexedDB after the kill').toEqual([text]);
        // What matters to the host: the thought is listed.
        expect(await t2.shownThoughts(), 'Thoughts so far after the kill').toContain(text);
      } finally {
        await second.close();
      }
    } finally {
      fs.rmSync(userDataDir, { recursive: true, force: true });
    }
  }

  test('a thought shown as saved is there after SIGKILL of the browser', async ({ browserName, launchOptions, headless, baseURL }) => {
    test.skip(browserName !== 'chromium', 'Chromium-specific process layout');
    test.setTimeout(90_000);
    await killAndComeBack({ launchOptions, headless, baseURL }, 0);
  });

  // The same, in a meeting that has been open a while: its place in
  // localStorage has had time to reach the disk, the thought's quick copy has not.
  test('the same, when the meeting was open for 10 seconds before', async ({ browserName, launchOptions, headless, baseURL }) => {
    test.skip(browserName !== 'chromium', 'Chromium-specific process layout');
    test.setTimeout(90_000);
    await killAndComeBack({ launchOptions, headless, baseURL }, 10_000);
  });
});


// ---------------------------------------------------------------- 12

test.describe('no storage at all', () => {
  test('the app runs, warns that closing the page loses things, and still takes thoughts', async ({ page }) => {
    await blockStorage(page);
    const t = new ThoughtsPage(page);
    await page.goto('/');
    await expect(t.m.heading(), 'the app runs').toHaveText('Grab a brew');
    // The block really is in place.
    expect(
      await page.evaluate(() => {
        const out: string[] = [];
        for (const get of [() => window.localStorage, () => window.indexedDB]) {
          try {
            get();
            out.push('there');
          } catch (e) {
            out.push((e as DOMException).name);
          }
        }
        return out;
      }),
    ).toEqual(['SecurityError', 'SecurityError']);

    await expect(t.notices(), 'a warning on screen').toBeVisible();
    const words = await t.notices().innerText();
    expect(words, 'says it will be lost').toMatch(/lost/i);
    expect(words, 'says when: closing the page').toMatch(/close this page/i);
    expect(words, 'says what to do: save to a file').toMatch(/save .* to a file/i);
    expect(words).not.toMatch(JARGON);
    await expectNoAxeViolations(page, 'the notice screen (no storage)');

    await t.add('Kept in this page only');
    await t.m.next();
    await t.add('And another');
    await expect(t.notices(), 'the warning stays').toBeVisible();
    expect(sorted(await t.shownThoughts())).toEqual(sorted(['Kept in this page only', 'And another']));
  });
});
