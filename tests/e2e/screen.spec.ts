// The screen's own controls: "Turn the screen", "Both sides", "How it looks"
// and "Read this out"; and the host's "Show numbers on the clock".
import { expect, test, type Page } from '@playwright/test';
import { HostPage } from './pages/host';
import { MeetingPage, FIRST_QUESTION } from './pages/meeting';
import { expectNoAxeViolations } from './support';

const SECOND = 1_000;

/** The rotation of an element's computed transform, in degrees (0 when none). */
async function turnedBy(page: Page, selector: string): Promise<number> {
  return page.locator(selector).first().evaluate((el) => {
    const t = getComputedStyle(el).transform;
    if (!t || t === 'none') return 0;
    const m = new DOMMatrixReadOnly(t);
    return Math.round((Math.atan2(m.b, m.a) * 180) / Math.PI + 360) % 360;
  });
}

const pressed = (page: Page, name: string) =>
  page.getByRole('button', { name, exact: true });

/** Choose a text size in "How it looks", then close it. */
async function textSize(page: Page, m: MeetingPage, size: 'Standard' | 'Large' | 'Largest'): Promise<void> {
  await page.getByRole('button', { name: 'How it looks', exact: true }).click();
  await m.settle();
  await expect(m.heading()).toHaveText('How it looks');
  await page.getByRole('radio', { name: size, exact: true }).check();
  await m.tap('Close');
  await expect(m.heading()).not.toHaveText('How it looks');
}

test.describe('"Turn the screen"', () => {
  test('turns the whole view round, is remembered, and turns back', async ({ page }) => {
    const m = new MeetingPage(page);
    await m.goto();
    const turn = pressed(page, 'Turn the screen');
    await expect(turn).toHaveAttribute('aria-pressed', 'false');
    expect(await turnedBy(page, '.kiosk')).toBe(0);

    await turn.click();
    await expect(turn).toHaveAttribute('aria-pressed', 'true');
    expect(await turnedBy(page, '.kiosk'), 'the whole view, turned').toBe(180);
    // The view is one box, so everything in it (the step buttons too) turns with it.
    const next = await m.button('Next step').boundingBox();
    expect(next!.x, '"Next step" is now on the left').toBeLessThan(200);
    expect(next!.y, '"Next step" is now at the top').toBeLessThan(200);

    await m.reload();
    await expect(pressed(page, 'Turn the screen')).toHaveAttribute('aria-pressed', 'true');
    expect(await turnedBy(page, '.kiosk'), 'still turned after a reload').toBe(180);

    await pressed(page, 'Turn the screen').click();
    await expect(pressed(page, 'Turn the screen')).toHaveAttribute('aria-pressed', 'false');
    expect(await turnedBy(page, '.kiosk')).toBe(0);
  });
});

test.describe('"Both sides"', () => {
  test('draws the heading and the clock again, upside down and hidden from screen readers', async ({ page }) => {
    const m = new MeetingPage(page);
    await m.useFakeClock();
    await m.goto();
    await m.goToStep('Thinking time');
    await m.tap('Start');
    await m.tick(15 * SECOND);
    await expect(page.locator('.far')).toHaveCount(0);

    const both = pressed(page, 'Both sides');
    await expect(both).toHaveAttribute('aria-pressed', 'false');
    await both.click();
    await m.settle();
    await expect(both).toHaveAttribute('aria-pressed', 'true');

    const far = page.locator('.far');
    await expect(far).toBeVisible();
    await expect(far).toHaveAttribute('aria-hidden', 'true');
    expect(await turnedBy(page, '.far'), 'the far copy is upside down').toBe(180);
    await expect(far).toContainText('Thinking time');
    await expect(far).toContainText(/0:4\d/);
    // Screen readers meet one heading and one timer.
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(m.timer()).toHaveCount(1);
    await m.expectTimeNear('0:45', 1);

    await m.reload();
    await expect(pressed(page, 'Both sides')).toHaveAttribute('aria-pressed', 'true');
    await pressed(page, 'Both sides').click();
    await expect(page.locator('.far')).toHaveCount(0);
  });

  for (const mode of ['turned', 'both sides'] as const) {
    test(`axe finds nothing with the screen ${mode}, at each text size and with strong colours`, async ({ page }) => {
      const m = new MeetingPage(page);
      await m.useFakeClock();
      await m.goto();
      await m.goToStep('Have your say');
      await m.tap('Start');
      await m.tick(20 * SECOND);
      await pressed(page, mode === 'turned' ? 'Turn the screen' : 'Both sides').click();
      await m.settle();
      for (const size of ['Standard', 'Large', 'Largest'] as const) {
        await textSize(page, m, size);
        await expectNoAxeViolations(page, `Have your say, ${mode}, ${size} text`);
      }
      await page.getByRole('button', { name: 'How it looks', exact: true }).click();
      await m.settle();
      await expectNoAxeViolations(page, `"How it looks" open, ${mode}`);
      await page.getByRole('checkbox', { name: 'Strong colours', exact: true }).check();
      await m.tap('Close');
      await expectNoAxeViolations(page, `Have your say, ${mode}, strong colours`);
    });
  }
});

test.describe('"How it looks"', () => {
  test('text size and strong colours change the screen and are remembered on this tablet', async ({ page }) => {
    const m = new MeetingPage(page);
    await m.goto();
    const headingPx = () => m.heading().evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    const standard = await headingPx();
    await textSize(page, m, 'Large');
    const large = await headingPx();
    await textSize(page, m, 'Largest');
    const largest = await headingPx();
    expect(large).toBeGreaterThan(standard);
    expect(largest).toBeGreaterThan(large);

    await page.getByRole('button', { name: 'How it looks', exact: true }).click();
    await page.getByRole('checkbox', { name: 'Strong colours', exact: true }).check();
    await m.tap('Close');
    const colours = () =>
      page.locator('.kiosk').evaluate((el) => {
        const s = getComputedStyle(el);
        return `${s.backgroundColor} ${s.color}`;
      });
    expect(await colours()).toBe('rgb(0, 0, 0) rgb(255, 255, 255)');

    await m.reload();
    expect(await headingPx(), 'text size after a reload').toBe(largest);
    expect(await colours(), 'strong colours after a reload').toBe('rgb(0, 0, 0) rgb(255, 255, 255)');
    await page.getByRole('button', { name: 'How it looks', exact: true }).click();
    await expect(page.getByRole('radio', { name: 'Largest', exact: true })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Strong colours', exact: true })).toBeChecked();
  });
});

/** Replace the browser's voice with a recorder (with one en-GB voice, or none). */
async function recordSpeech(page: Page, voices: boolean): Promise<void> {
  await page.addInitScript((voices) => {
    const w = window as unknown as { said: { text: string; lang: string; rate: number }[]; cancels: number };
    w.said = [];
    w.cancels = 0;
    const synth = {
      speak(u: { text: string; lang: string; rate: number }) {
        w.said.push({ text: u.text, lang: u.lang, rate: u.rate });
      },
      getVoices: () => (voices ? [{ lang: 'en-GB', name: 'Recorder', default: true }] : []),
      cancel() {
        w.cancels += 1;
      },
    };
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, get: () => synth });
  }, voices);
}

const said = (page: Page) =>
  page.evaluate(() => (window as unknown as { said: { text: string; lang: string; rate: number }[] }).said);
const cancels = (page: Page) => page.evaluate(() => (window as unknown as { cancels: number }).cancels);

test.describe('"Read this out"', () => {
  test('reads "Have your say" in British English, a little slowly, and a step change stops it', async ({ page }) => {
    await recordSpeech(page, true);
    const m = new MeetingPage(page);
    await m.useFakeClock();
    await m.goto();
    await m.goToStep('Have your say');
    await m.tap('Start');
    await m.tick(30 * SECOND);
    expect(await said(page), 'nothing is said unasked').toEqual([]);

    const read = page.getByRole('button', { name: 'Read this out', exact: true });
    await read.click();
    const words = await said(page);
    expect(words).toHaveLength(1);
    expect(words[0].text).toContain('Have your say.');
    expect(words[0].text).toContain('Take turns to speak.');
    expect(words[0].text).toContain(FIRST_QUESTION);
    expect(words[0].text).toContain('Person 1 of 6.');
    expect(words[0].text).toMatch(/ 1 minute and 3\d seconds left\.$/);
    expect(words[0].lang).toBe('en-GB');
    expect(words[0].rate).toBeLessThan(1);
    expect(words[0].rate).toBeGreaterThanOrEqual(0.8);
    await expect(page.getByRole('button', { name: 'Stop reading', exact: true })).toBeVisible();

    const before = await cancels(page);
    await m.next();
    expect(await cancels(page), 'a step change stops the reading').toBeGreaterThan(before);
    await expect(read).toBeVisible();
    await expect(page.getByRole('button', { name: 'Stop reading', exact: true })).toHaveCount(0);
    expect(await said(page), 'and nothing more is said').toHaveLength(1);
  });

  test('"Stop reading" stops it', async ({ page }) => {
    await recordSpeech(page, true);
    const m = new MeetingPage(page);
    await m.goto();
    await page.getByRole('button', { name: 'Read this out', exact: true }).click();
    expect((await said(page))[0].text).toContain('Grab a brew.');
    const before = await cancels(page);
    await page.getByRole('button', { name: 'Stop reading', exact: true }).click();
    expect(await cancels(page)).toBeGreaterThan(before);
    await expect(page.getByRole('button', { name: 'Read this out', exact: true })).toBeVisible();
  });

  test('is not offered where the browser has no voice, nor are spoken cues', async ({ page }) => {
    await recordSpeech(page, false);
    const host = new HostPage(page);
    const m = host.meeting;
    await m.goto();
    await expect(m.heading()).toHaveText('Grab a brew');
    await expect(page.getByRole('button', { name: 'Read this out', exact: true })).toHaveCount(0);
    await host.open();
    await expect(page.getByRole('checkbox', { name: 'Show numbers on the clock', exact: true })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Spoken cues', exact: true })).toHaveCount(0);
  });
});

test.describe('"Show numbers on the clock"', () => {
  test('off: the ring alone shows the time; the words stay', async ({ page }) => {
    const m = new MeetingPage(page);
    await m.useFakeClock();
    await m.goto();
    await page.evaluate(() => {
      const id = localStorage.getItem('over-a-brew:current');
      const key = `over-a-brew:meeting:${id}`;
      const saved = JSON.parse(localStorage.getItem(key) ?? 'null');
      saved.meeting.plan.show_digits = false;
      localStorage.setItem(key, JSON.stringify(saved));
    });
    await m.reload();
    await m.goToStep('Thinking time');
    await m.tap('Start');
    // 31 seconds of the minute: 29 left (the screen redraws every 250 ms, so
    // it may still show 0:30), under 30 seconds whichever it shows.
    await m.tick(31 * SECOND);
    // Still there for screen readers, but not drawn.
    await m.expectTimeNear('0:29', 1);
    const box = await m.timer().boundingBox();
    expect(box!.width * box!.height, 'the digits take no room').toBeLessThanOrEqual(1);
    const ring = await page.locator('.timer__ring').boundingBox();
    expect(ring!.width, 'the ring is big').toBeGreaterThan(150);
    // About half of this minute is left: about half of the ring.
    const offset = Number(await page.locator('.timer__left').getAttribute('stroke-dashoffset'));
    expect(offset).toBeGreaterThanOrEqual(480);
    expect(offset).toBeLessThanOrEqual(520);
    await expect(m.timeWords()).toHaveText('Less than 30 seconds left');
  });
});

test('the ring shows the share of this turn left, "More time" included', async ({ page }) => {
  const m = new MeetingPage(page);
  await m.useFakeClock();
  await m.goto();
  await m.goToStep('Have your say');
  await m.tap('Start');
  const offset = async () => Number(await page.locator('.timer__left').getAttribute('stroke-dashoffset'));
  // The ring's length is 1000: the offset is the share of the turn gone.
  expect(await offset()).toBe(0);
  await m.tick(60 * SECOND);
  await m.expectTimeNear('1:00', 1);
  expect(Math.abs((await offset()) - 500), 'half of a 2 minute turn gone').toBeLessThanOrEqual(10);
  // A minute more: 2 minutes left of a 3 minute turn.
  await m.tap('More time');
  await m.expectTimeNear('2:00', 1);
  expect(Math.abs((await offset()) - 333), 'a third of the 3 minute turn gone').toBeLessThanOrEqual(10);
  // After a reload the ring still knows the turn was 3 minutes (not full again).
  await m.reload();
  await m.expectTimeNear('2:00', 1);
  expect(Math.abs((await offset()) - 333), 'a third gone, after a reload').toBeLessThanOrEqual(10);
  // The next person's turn starts the ring again.
  await m.tap('Next person');
  await expect(m.turnLine('Person 2 of 6')).toBeVisible();
  expect(await offset()).toBe(0);
});

for (const media of [
  { name: 'a dark screen', colorScheme: 'dark', contrast: 'no-preference', paper: 'rgb(20, 20, 20)' },
  { name: 'the device asking for more contrast', colorScheme: 'light', contrast: 'more', paper: 'rgb(0, 0, 0)' },
] as const) {
  test(`follows ${media.name}, with nothing for axe to find`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: media.colorScheme, contrast: media.contrast, reducedMotion: 'reduce' });
    const m = new MeetingPage(page);
    await m.useFakeClock();
    await m.goto();
    await m.goToStep('Have your say');
    await m.tap('Start');
    await m.tick(20 * SECOND);
    const paper = await page.locator('.kiosk').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(paper).toBe(media.paper);
    await expectNoAxeViolations(page, `Have your say, ${media.name}`);
    await pressed(page, 'Both sides').click();
    await m.settle();
    await expectNoAxeViolations(page, `Have your say, both sides, ${media.name}`);
  });
}
