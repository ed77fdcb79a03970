// The meeting's place is never lost either (src/meeting/mod.rs `go_to`,
// src/store/mod.rs `save_place`, src/app.rs `install_follow_meeting`).
//
// - "Back" by mistake, then "Next step": the same person's turn, the clock as it was.
// - Two tabs on one meeting: a change in one is followed by the other, and
//   a tab that missed the news never writes its older place over the newer one.
import { expect, test, type Page } from '@playwright/test';
import { MeetingPage } from './pages/meeting';
import { KEYS } from './pages/thoughts';

/** The saved place of the meeting on screen, parsed. */
async function savedPlace(page: Page): Promise<any> {
  return page.evaluate((keys) => {
    const id = localStorage.getItem(keys.current);
    const raw = id && localStorage.getItem(keys.meetingPrefix + id);
    return raw ? JSON.parse(raw).meeting : null;
  }, { current: KEYS.current, meetingPrefix: KEYS.meeting('') });
}

test.describe('"Back" by mistake', () => {
  test('person 4\'s turn → Back → Next step: still person 4, the clock still running from where it was', async ({ page }) => {
    const m = new MeetingPage(page);
    await m.useFakeClock();
    await m.goto();
    await m.goToStep('Have your say');
    await m.tap('Start');
    await expect(m.turnLine('Person 1 of 6')).toBeVisible();
    for (const k of [2, 3, 4]) {
      await m.tap('Next person');
      await expect(m.turnLine(`Person ${k} of 6`)).toBeVisible();
    }
    await m.tick(40_000);
    // The face is redrawn every 250 ms: allow a second either way.
    await m.expectTimeNear('1:20', 1);

    // The timekeeper taps "Back" by mistake, and comes back 5 seconds later.
    await m.back();
    await expect(m.heading()).toHaveText('Thinking time');
    await m.tick(5_000);
    await m.next();
    await expect(m.heading()).toHaveText('Have your say');
    await expect(m.turnLine('Person 4 of 6'), 'still person 4').toBeVisible();
    // The clock kept running while we were away: its deadline stayed.
    await m.expectTimeNear('1:15', 1);
    await expect(m.button('Pause')).toBeVisible();
    await m.tick(10_000);
    await m.expectTimeNear('1:05', 1);

    // The step time record: both visits to "Have your say" are in it.
    const place = await savedPlace(page);
    const visits = place.step_times.filter((t: any) => t.step.step === 'turns');
    expect(visits, 'one visit to "Have your say" before Back').toHaveLength(1);
    // 40 seconds of person 4, and a few animation frames (40 ms each) of tapping.
    expect(visits[0].ms).toBeGreaterThanOrEqual(40_000);
    expect(visits[0].ms).toBeLessThan(41_000);
    const last = place.step_times.at(-1);
    expect(last.step, 'then thinking time').toEqual({ step: 'thinking', question: 0 });
    expect(last.ms, 'for 5 seconds').toBeGreaterThanOrEqual(5_000);
    expect(last.ms).toBeLessThan(5_500);

    // And the next person is person 5.
    await m.tap('Next person');
    await expect(m.turnLine('Person 5 of 6')).toBeVisible();
    await expect(m.timer()).toHaveText('2:00');
  });

  test('a paused clock is still paused, at the same time, after Back and Next step', async ({ page }) => {
    const m = new MeetingPage(page);
    await m.useFakeClock();
    await m.goto();
    await m.goToStep('Have your say');
    await m.tap('Start');
    await m.tap('Next person');
    await m.tick(25_000);
    await m.tap('Pause');
    const held = (await m.timer().textContent()) ?? '';
    await m.expectTimeNear('1:35', 1);
    await m.back();
    await m.tick(60_000);
    await m.next();
    await expect(m.turnLine('Person 2 of 6')).toBeVisible();
    await expect(m.timer()).toHaveText(held);
    await expect(m.button('Carry on')).toBeVisible();
    // After a reload too: the place of each step is saved.
    await m.back();
    await m.reload();
    await m.next();
    await expect(m.turnLine('Person 2 of 6')).toBeVisible();
    await expect(m.timer()).toHaveText(held);
  });
});

test.describe('two tabs on one meeting', () => {
  async function twoPages(page: Page): Promise<{ a: MeetingPage; b: MeetingPage; pageB: Page }> {
    const a = new MeetingPage(page);
    await a.goto();
    const pageB = await page.context().newPage();
    // Tab B can be made deaf to other tabs (as if their news were lost).
    await pageB.addInitScript(() => {
      const add = window.addEventListener;
      window.addEventListener = function (this: Window, type: string, listener: any, options?: any) {
        if (type !== 'storage' || typeof listener !== 'function') return add.call(this, type, listener, options);
        const muted = (e: Event) => {
          if (!(window as any).__e2eDeaf) listener.call(this, e);
        };
        return add.call(this, type, muted, options);
      } as typeof window.addEventListener;
    });
    const b = new MeetingPage(pageB);
    await pageB.goto('/');
    await expect(b.heading()).toHaveText('Grab a brew');
    return { a, b, pageB };
  }

  test('a step, a turn or a pause in one is followed by the other, without a reload', async ({ page }) => {
    const { a, b } = await twoPages(page);

    await a.goToStep('Thinking time');
    await expect(b.heading(), 'B follows the step').toHaveText('Thinking time');
    await expect(b.stepCount()).toHaveText('Step 4 of 8');

    await a.tap('Start');
    await expect(b.button('Pause'), 'B follows the start').toBeVisible();
    await b.tap('Pause');
    await expect(a.button('Carry on'), 'A follows the pause').toBeVisible();
    // Both show the same held time.
    await expect(b.timer()).toHaveText((await a.timer().textContent()) ?? '');

    await b.next();
    await expect(a.heading(), 'A follows B to the next step').toHaveText('Have your say');
    await a.tap('Start');
    await expect(b.turnLine('Person 1 of 6'), 'B follows the turn').toBeVisible();
    await b.tap('Next person');
    await expect(a.turnLine('Person 2 of 6'), 'A follows the next person').toBeVisible();

    // Every change was saved as a newer revision.
    const place = await savedPlace(page);
    expect(place.revision).toBeGreaterThanOrEqual(6);
    expect(place.step).toEqual({ step: 'turns', question: 0 });
  });

  test('a tab that missed the news never writes its older place over a newer one', async ({ page }) => {
    const { a, b, pageB } = await twoPages(page);
    // Tab B stops hearing about changes: it is now behind.
    await pageB.evaluate(() => ((window as any).__e2eDeaf = true));
    await a.goToStep('Thinking time');
    await expect(b.heading(), 'B missed it').toHaveText('Grab a brew');
    const newer = await savedPlace(page);
    expect(newer.step).toEqual({ step: 'thinking', question: 0 });

    // B, behind, taps "Next step". Its place is older: it follows the newer
    // one instead of writing over it.
    await b.button('Next step').click();
    await expect(b.heading(), 'B now shows the newer place').toHaveText('Thinking time');
    const after = await savedPlace(page);
    expect(after.step, 'the newer place is still saved').toEqual({ step: 'thinking', question: 0 });
    expect(after.revision, 'nothing was written over it').toBe(newer.revision);
    await expect(a.heading()).toHaveText('Thinking time');

    // From there on, B's changes are saved and A follows them.
    await b.next();
    await expect(a.heading()).toHaveText('Have your say');
    expect((await savedPlace(page)).revision).toBe(newer.revision + 1);
  });
});
