// Accessibility: axe on every screen, small screens and big text, the keyboard.
import { test, expect, type Page } from '@playwright/test';
import { MeetingPage, STEPS, type ControlName } from './pages/meeting';
import { expectNoAxeViolations, layoutProblems, type LayoutRules } from './support';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;

/**
 * Walk the whole meeting and call `check` on every screen the table can
 * see: each step, the principles panel, and the clock in each of its states
 * (ready, running, paused, in overtime, off), with the widest digits the
 * plan can show ("10:00", "+10:00"). Uses the fake clock, so the
 * page must not be loaded yet.
 */
async function visitEveryScreen(page: Page, check: (where: string) => Promise<void>): Promise<void> {
  const m = new MeetingPage(page);
  await m.useFakeClock();
  await m.goto();

  await check('Grab a brew');
  await m.next();
  await check('Who will keep time?');
  await m.next();
  await check('How we talk together');
  await m.next();

  await expect(m.heading()).toHaveText('Thinking time');
  await check('Thinking time, clock ready');
  await m.tap('Start');
  await m.tick(10 * SECOND);
  await check('Thinking time, clock running');
  await m.tap('Pause');
  await check('Thinking time, clock paused');
  await m.tap('Carry on');
  // 50 s left: ten minutes and a bit over gives the widest digits, "+10:xx".
  await page.clock.fastForward(10 * MINUTE + 51 * SECOND);
  await expect(m.timer()).toHaveText(/^\+10:\d\d$/);
  await check('Thinking time, 10 minutes over');
  await m.tap('Our principles');
  await expect(m.heading()).toHaveText('Our principles');
  await check('Our principles panel');
  await m.tap('Close');
  await m.tap('Turn the clock off');
  await check('Thinking time, clock off');
  await m.tap('Turn the clock on');
  await m.next();

  await expect(m.heading()).toHaveText('Have your say');
  await check('Have your say, waiting to start');
  await m.tap('Start');
  await m.tick(30 * SECOND);
  await expect(m.turnLine('Person 1 of 6')).toBeVisible();
  await check('Have your say, a turn running');
  await m.tick(1 * MINUTE + 45 * SECOND);
  await expect(m.timer()).toHaveText(/^\+0:1\d$/);
  await check('Have your say, a turn 15 seconds over');
  // 15 s over: ten minutes more gives the widest digits the plan shows, "+10:xx".
  await page.clock.fastForward(10 * MINUTE);
  await expect(m.timer()).toHaveText(/^\+10:\d\d$/);
  await expect(page.getByText('Finish what you are saying.', { exact: true })).toBeVisible();
  await check('Have your say, a turn 10 minutes over');
  // Person 2 passes (the "Pass" button stands beside "Next person").
  await m.tap('Pass');
  await expect(m.turnLine('Person 2 of 6')).toBeVisible();
  for (let k = 3; k <= 6; k++) await m.tap('Next person');
  await m.tap('Next person');
  await expect(m.turnLine('Everyone has had a turn. Tap Next step when you are ready.')).toBeVisible();
  await check('Have your say, everyone has had a turn');
  await m.next();

  await expect(m.heading()).toHaveText('Talk about what you heard');
  // No clock unless someone wants one (the guide: talk for as long as you need).
  await expect(m.timer()).toHaveCount(0);
  await check('Talk about what you heard, no clock');
  await m.tap('Turn the clock on');
  await expect(m.timer()).toHaveText('10:00');
  await check('Talk about what you heard, clock ready');
  await m.tap('Start');
  await m.tick(30 * SECOND);
  await check('Talk about what you heard, clock running');
  await m.next();

  await check('Still got some time?');
  await m.next();
  await expect(m.heading()).toHaveText('Thank you');
  await check('Thank you');
}

test.describe('axe (WCAG 2.2 A and AA, and 7:1 text contrast)', () => {
  test('every screen of a meeting has no violations', async ({ page }) => {
    const seen: string[] = [];
    await visitEveryScreen(page, async (where) => {
      seen.push(where);
      await expectNoAxeViolations(page, where);
    });
    expect(seen.length).toBeGreaterThanOrEqual(STEPS.length);
  });
});

// ---------- small screens and big text ----------

const RULES: LayoutRules = {
  // WCAG 2.5.5 (AAA) target size, as the brief for a shared tablet asks.
  minButton: 44,
  // The buttons that move the meeting on are bigger still.
  minMainButtonHeight: 64,
  mainButtons: ['Back', 'Next step', 'Start', 'Carry on', 'Next person', 'Close'],
};

/**
 * Two ways the screen gets "smaller" for the same layout:
 *
 * - 320 CSS px wide: a 640 px wide tablet at 200% browser zoom (or a 1280 px
 *   screen at 400%), the WCAG 1.4.10 reflow width. Browser zoom makes CSS
 *   pixels bigger, so it is exactly a 320 px wide viewport; deviceScaleFactor
 *   2 draws it with the zoomed tablet's pixels.
 *
 * - 200% text (WCAG 1.4.4) on a small tablet standing up (640 × 960): only
 *   the text gets bigger, as with the browser's own "Font size" setting.
 *   We set that very setting: Chromium's default font size goes from 16 px to
 *   32 px through the DevTools protocol (Page.setFontSizes). The app sizes
 *   everything in rem from `html { font-size: 100% }`, so this doubles text,
 *   buttons and gaps, and media queries in rem see a narrower screen.
 */
const SMALL = [
  { name: '320 px wide (200% zoom of a 640 px tablet)', viewport: { width: 320, height: 640 }, scale: 2, fontPx: 16 },
  { name: '200% text on a 640 px wide tablet', viewport: { width: 640, height: 960 }, scale: 1, fontPx: 32 },
] as const;

for (const setup of SMALL) {
  test.describe(setup.name, () => {
    test.use({ viewport: setup.viewport, deviceScaleFactor: setup.scale });

    test('no sideways scrolling on any screen; buttons big enough to tap', async ({ page }) => {
      if (setup.fontPx !== 16) {
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Page.enable');
        await cdp.send('Page.setFontSizes', { fontSizes: { standard: setup.fontPx, fixed: setup.fontPx } });
      }
      const problems: string[] = [];
      await visitEveryScreen(page, async (where) => {
        // The text really is the size we asked for.
        const rootPx = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
        expect(rootPx, 'root font size').toBe(`${setup.fontPx}px`);
        problems.push(...(await layoutProblems(page, where, RULES)));
      });
      expect(problems, `layout problems:\n${problems.join('\n')}`).toEqual([]);
    });
  });
}

// ---------- the keyboard ----------

/** Press Tab (or Shift+Tab) until `name` has focus; fail after `limit` presses. */
async function tabTo(page: Page, m: MeetingPage, name: ControlName, backwards = false, limit = 30): Promise<number> {
  const target = m.button(name);
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return presses;
  }
  throw new Error(`Tab did not reach "${name}" in ${limit} presses (step "${await m.heading().textContent()}")`);
}

test.describe('keyboard', () => {
  test('Tab reaches "Next step", Enter moves on, and focus lands on the new heading, on every step', async ({ page }) => {
    const m = new MeetingPage(page);
    await m.goto();
    for (const [i, heading] of STEPS.entries()) {
      await expect(m.heading()).toHaveText(heading);
      if (i === STEPS.length - 1) {
        // The last step: "Next step" is disabled, so Tab passes it by.
        await expect(m.button('Next step')).toBeDisabled();
        break;
      }
      await tabTo(page, m, 'Next step');
      await expect(m.button('Next step')).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(m.heading()).toHaveText(STEPS[i + 1]);
      await expect(m.heading()).toBeFocused();
    }
  });

  test('"Back" by keyboard also puts focus on the heading', async ({ page }) => {
    const m = new MeetingPage(page);
    await m.goto();
    await m.goToStep('Thinking time');
    await m.button('Back').focus();
    await page.keyboard.press('Enter');
    await expect(m.heading()).toHaveText('How we talk together');
    await expect(m.heading()).toBeFocused();
    // Space works too, as on any button.
    await m.button('Back').focus();
    await page.keyboard.press('Space');
    await expect(m.heading()).toHaveText('Who will keep time?');
    await expect(m.heading()).toBeFocused();
  });

  test('"Our principles" by keyboard: focus goes to the panel, and back to the button on "Close"', async ({ page }) => {
    const m = new MeetingPage(page);
    await m.goto();
    await m.goToStep('Thinking time');
    await expect(m.heading()).toBeFocused();
    // The button is above the heading.
    await tabTo(page, m, 'Our principles', true);
    const target = m.button('Our principles');
    await expect(target).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(m.heading()).toHaveText('Our principles');
    await expect(m.heading()).toBeFocused();
    await tabTo(page, m, 'Close');
    await page.keyboard.press('Enter');
    await expect(m.heading()).toHaveText('Thinking time');
    await expect(target).toBeFocused();
  });
});
