// Journeys through a meeting, as the timekeeper taps through it.
//
// Time: tests that read the clock use Playwright's fake clock, installed
// and stopped before the page loads (MeetingPage.useFakeClock), and moved on
// only by the test. The app keeps deadlines in wall-clock time (Date.now()),
// which the fake clock controls, and redraws from a 250 ms interval, which
// the fake clock fires as time is moved on.
import { test, expect } from '@playwright/test';
import { FIRST_QUESTION, MeetingPage, PRINCIPLE_ITEMS, STEPS } from './pages/meeting';
import { recordLiveRegion } from './support';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
/**
 * The face is redrawn by a 250 ms ticker, so it may show the time of up to a
 * quarter second ago; and the digits round up (0:29.5 left reads 0:30). To
 * read what a person would see for the whole of a second, the tests look
 * half-way through it: right after "Start" they let half a second pass, and
 * then move on in whole seconds.
 */
const HALF_A_SECOND = 500;

test.describe('a whole meeting', () => {
  test('three people walk every step; Back goes one step back from every step', async ({ page }) => {
    const m = new MeetingPage(page);
    await m.goto();

    for (const [i, heading] of STEPS.entries()) {
      await expect(m.heading(), `step ${i + 1}`).toHaveText(heading);
      await expect(m.stepCount()).toHaveText(`Step ${i + 1} of ${STEPS.length}`);
      // A new step puts focus on its heading.
      if (i > 0) await expect(m.heading()).toBeFocused();

      // "Our principles" is there once the principles have been shown.
      await expect(m.button('Our principles')).toHaveCount(i > STEPS.indexOf('How we talk together') ? 1 : 0);

      if (i === 0) {
        await expect(m.button('Back')).toBeDisabled();
      } else {
        await m.back();
        await expect(m.heading()).toHaveText(STEPS[i - 1]);
        await m.next();
        await expect(m.heading()).toHaveText(heading);
      }

      switch (heading) {
        case 'How we talk together':
          await expect(m.principles()).toHaveText(PRINCIPLE_ITEMS);
          break;

        case 'Thinking time':
          await expect(page.getByText(FIRST_QUESTION, { exact: true })).toBeVisible();
          await expect(m.timer()).toHaveText('1:00');
          // The principles, on top of the step, and back.
          await m.tap('Our principles');
          await expect(m.heading()).toHaveText('Our principles');
          await expect(m.principles()).toHaveText(PRINCIPLE_ITEMS);
          await m.tap('Close');
          await expect(m.heading()).toHaveText('Thinking time');
          await expect(m.timer()).toHaveText('1:00');
          break;

        case 'Have your say': {
          await expect(m.peopleCount()).toHaveText('6 people at the table');
          for (let n = 5; n >= 3; n--) {
            await m.tap('Take a person away');
            await expect(m.peopleCount()).toHaveText(`${n} people at the table`);
          }
          await expect(m.turnLine('Tap Start when the first person is ready.')).toBeVisible();
          await m.tap('Start');
          await expect(m.turnLine('Person 1 of 3')).toBeVisible();
          await expect(m.timer()).toHaveText(/^(2:00|1:59)$/);
          await m.tap('Next person');
          await expect(m.turnLine('Person 2 of 3')).toBeVisible();
          await m.tap('Next person');
          await expect(m.turnLine('Person 3 of 3')).toBeVisible();
          await m.tap('Next person');
          await expect(m.turnLine('Everyone has had a turn. Tap Next step when you are ready.')).toBeVisible();
          await expect(m.button('Next person')).toHaveCount(0);
          await expect(m.button('Start')).toHaveCount(0);
          await expect(m.timer()).toHaveCount(0);
          break;
        }

        case 'Thank you':
          await expect(page.getByText('3 turns were taken.', { exact: true })).toBeVisible();
          await expect(m.button('Next step')).toBeDisabled();
          break;
      }

      if (i < STEPS.length - 1) await m.next();
    }
  });

  test('"Our principles" opens the six principles on every later step, and "Close" returns', async ({ page }) => {
    const m = new MeetingPage(page);
    await m.goto();
    for (const heading of STEPS.slice(STEPS.indexOf('Thinking time'))) {
      await m.goToStep(heading);
      await m.tap('Our principles');
      await expect(m.heading()).toHaveText('Our principles');
      await expect(m.heading()).toBeFocused();
      await expect(m.principles()).toHaveText(PRINCIPLE_ITEMS);
      await m.tap('Close');
      await expect(m.heading()).toHaveText(heading);
      await expect(m.button('Our principles')).toBeFocused();
    }
  });
});

test.describe('the clock', () => {
  test('thinking time: 1:00, counts down, "Time is up", then never moves on by itself', async ({ page }) => {
    const m = new MeetingPage(page);
    await m.useFakeClock();
    await m.goto();
    await m.goToStep('Thinking time');

    await expect(m.timer()).toHaveText('1:00');
    await expect(m.timeWords()).toHaveText('Tap Start when you are ready.');
    await m.button('Start').click();
    await expect(m.timer()).toHaveText('1:00');
    await expect(m.timeWords()).toHaveText('1 minute left');
    await m.tick(HALF_A_SECOND);
    await expect(m.timer()).toHaveText('1:00');

    await m.tick(30 * SECOND);
    await expect(m.timer()).toHaveText('0:30');
    await expect(m.timeWords()).toHaveText('Less than 30 seconds left');

    await m.tick(30 * SECOND);
    await expect(m.timer()).toHaveText('0:00');
    await expect(m.timeWords()).toHaveText(/Time is up$/);

    // Ten more minutes at "Time is up": still thinking time, in overtime.
    await page.clock.fastForward(10 * MINUTE);
    await expect(m.timer()).toHaveText('+10:00');
    await expect(m.timeWords()).toHaveText(/Time is up$/);
    await expect(m.heading()).toHaveText('Thinking time');
    await expect(m.stepCount()).toHaveText(`Step 4 of ${STEPS.length}`);
  });

  test('"Pause" holds the time for 5 minutes; "Carry on" goes on from there', async ({ page }) => {
    const m = new MeetingPage(page);
    await m.useFakeClock();
    await m.goto();
    await m.goToStep('Thinking time');

    await m.button('Start').click();
    await m.tick(HALF_A_SECOND);
    await m.tick(10 * SECOND);
    await expect(m.timer()).toHaveText('0:50');

    await m.button('Pause').click();
    await expect(m.timer()).toHaveText('0:50');
    await expect(m.timeWords()).toHaveText('Paused at 0:50');
    await expect(m.button('Pause')).toHaveCount(0);

    await m.tick(5 * MINUTE);
    await expect(m.timer()).toHaveText('0:50');
    await expect(m.timeWords()).toHaveText('Paused at 0:50');

    await m.button('Carry on').click();
    await expect(m.timer()).toHaveText('0:50');
    await expect(m.button('Pause')).toBeVisible();
    await m.tick(10 * SECOND);
    await expect(m.timer()).toHaveText('0:40');
  });

  test('"More time" adds a minute, before the start and while running', async ({ page }) => {
    const m = new MeetingPage(page);
    await m.useFakeClock();
    await m.goto();
    await m.goToStep('Thinking time');

    await expect(m.timer()).toHaveText('1:00');
    await m.button('More time').click();
    await expect(m.timer()).toHaveText('2:00');

    // "Back" and "Next step" find the step as it was: still 2:00.
    await m.back();
    await m.next();
    await expect(m.timer()).toHaveText('2:00');
    // The same on a clock that is running.
    await m.button('Start').click();
    await m.tick(HALF_A_SECOND);
    await m.tick(20 * SECOND);
    await expect(m.timer()).toHaveText('1:40');
    await m.button('More time').click();
    await expect(m.timer()).toHaveText('2:40');
    await m.tick(10 * SECOND);
    await expect(m.timer()).toHaveText('2:30');
  });

  test('a reload mid-turn shows the same time left, and the same person', async ({ page }) => {
    const m = new MeetingPage(page);
    await m.useFakeClock();
    await m.goto();
    await m.goToStep('Have your say');

    await m.button('Start').click();
    await expect(m.turnLine('Person 1 of 6')).toBeVisible();
    await expect(m.timer()).toHaveText('2:00');
    await m.tick(HALF_A_SECOND);
    await m.tick(45 * SECOND);
    await expect(m.timer()).toHaveText('1:15');

    // The reloaded page starts at the same fake time (see MeetingPage.useFakeClock).
    const before = await page.evaluate(() => Date.now());
    await m.reload();
    const after = await page.evaluate(() => Date.now());
    expect(Math.abs(after - before), 'fake time across the reload (ms)').toBeLessThan(SECOND);

    await expect(m.heading()).toHaveText('Have your say');
    await expect(m.turnLine('Person 1 of 6')).toBeVisible();
    await m.expectTimeNear('1:15', 1);
    // ... and it is still running.
    await m.tick(15 * SECOND);
    await m.expectTimeNear('1:00', 1);
    await expect(m.button('Pause')).toBeVisible();
  });

  test('overtime on a turn: "+0:15", "Time is up", nobody is cut off', async ({ page }) => {
    const m = new MeetingPage(page);
    await m.useFakeClock();
    await m.goto();
    await m.goToStep('Have your say');

    await m.button('Start').click();
    await expect(m.turnLine('Person 1 of 6')).toBeVisible();
    await expect(page.getByText('Finish what you are saying.', { exact: true })).toHaveCount(0);
    await m.tick(HALF_A_SECOND);
    await m.tick(2 * MINUTE + 15 * SECOND);

    await expect(m.timer()).toHaveText('+0:15');
    await expect(m.timeWords()).toHaveText(/Time is up$/);
    await expect(page.getByText('Finish what you are saying.', { exact: true })).toBeVisible();
    await expect(m.heading()).toHaveText('Have your say');
    await expect(m.turnLine('Person 1 of 6')).toBeVisible();
    await expect(m.stepCount()).toHaveText(`Step 5 of ${STEPS.length}`);
  });

  test('the digits are at least 96 px on a tablet: ready, running, and 10 minutes over', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    const m = new MeetingPage(page);
    await m.useFakeClock();
    await m.goto();
    await m.goToStep('Have your say');
    await m.button('Start').click();
    const px = async () => Number.parseFloat(await m.timer().evaluate((el) => getComputedStyle(el).fontSize));
    const fits = async () => {
      const [digits, face] = await Promise.all([m.timer().boundingBox(), m.timer().locator('..').boundingBox()]);
      return digits !== null && face !== null && digits.width <= face.width;
    };
    expect(await px()).toBeGreaterThanOrEqual(96);
    await m.tick(HALF_A_SECOND);
    await m.tick(12 * MINUTE + 15 * SECOND);
    await expect(m.timer()).toHaveText('+10:15');
    expect(await px(), 'overtime digits on a tablet').toBeGreaterThanOrEqual(96);
    expect(await fits(), 'overtime digits inside the ring').toBe(true);
  });

  test('"Turn the clock off" takes the clock away; "Turn the clock on" brings it back', async ({ page }) => {
    const m = new MeetingPage(page);
    await m.useFakeClock();
    await m.goto();
    await m.goToStep('Thinking time');

    await expect(m.timer()).toBeVisible();
    await m.button('Turn the clock off').click();
    await expect(m.timer()).toHaveCount(0);
    await expect(page.getByText('No clock for this step.', { exact: true })).toBeVisible();
    await expect(m.button('Start')).toHaveCount(0);

    await m.button('Turn the clock on').click();
    await expect(m.timer()).toHaveText('1:00');
    await expect(page.getByText('No clock for this step.', { exact: true })).toHaveCount(0);
    await expect(m.button('Start')).toBeVisible();
  });

  test('with the clock off on a turn, the turns go on without a clock', async ({ page }) => {
    const m = new MeetingPage(page);
    await m.useFakeClock();
    await m.goto();
    await m.goToStep('Have your say');

    await m.button('Start').click();
    await expect(m.turnLine('Person 1 of 6')).toBeVisible();
    await m.button('Turn the clock off').click();
    await expect(m.timer()).toHaveCount(0);
    await expect(page.getByText('No clock for this step.', { exact: true })).toBeVisible();
    await m.tick(5 * MINUTE);
    await m.button('Next person').click();
    await expect(m.turnLine('Person 2 of 6')).toBeVisible();
    await expect(m.timer()).toHaveCount(0);

    await m.button('Turn the clock on').click();
    await expect(m.timer()).toHaveText('2:00');
  });

  test('"Sound" is a toggle: aria-pressed and On/Off change together, and survive a reload', async ({ page }) => {
    const m = new MeetingPage(page);
    await m.goto();
    await m.goToStep('Thinking time');

    const sound = m.button('Sound');
    await expect(sound).toHaveAttribute('aria-pressed', 'true');
    await expect(sound).toHaveText(/^\s*Sound\s*On\s*$/);

    await sound.click();
    await expect(sound).toHaveAttribute('aria-pressed', 'false');
    await expect(sound).toHaveText(/^\s*Sound\s*Off\s*$/);

    await m.reload();
    await expect(m.heading()).toHaveText('Thinking time');
    await expect(sound).toHaveAttribute('aria-pressed', 'false');
    await expect(sound).toHaveText(/^\s*Sound\s*Off\s*$/);

    await sound.click();
    await expect(sound).toHaveAttribute('aria-pressed', 'true');
    await expect(sound).toHaveText(/^\s*Sound\s*On\s*$/);
    await m.reload();
    await expect(sound).toHaveAttribute('aria-pressed', 'true');
  });
});

test.describe('the live region', () => {
  test('says the milestones of a turn once each, and never the digits', async ({ page }) => {
    const m = new MeetingPage(page);
    await m.useFakeClock();
    await m.goto();
    await m.goToStep('Have your say');
    await expect(m.status()).toHaveText('Have your say');

    // The digits are a timer, which screen readers do not read out by themselves.
    await expect(m.status()).toHaveCount(1);
    await m.button('Start').click();
    await m.settle();
    await expect(m.timer()).toHaveCount(1);
    await expect(m.timer()).toHaveAttribute('role', 'timer');
    const live = await m.timer().evaluate((el) => {
      const out: string[] = [];
      for (let e: Element | null = el; e; e = e.parentElement) {
        const v = e.getAttribute('aria-live');
        if (v !== null) out.push(`${e.tagName.toLowerCase()} aria-live=${v}`);
      }
      return out;
    });
    expect(live.filter((s) => !s.endsWith('=off')), 'aria-live on the timer or around it').toEqual([]);

    // Every text the live region holds from now on (it is cleared before each message).
    const heard = await recordLiveRegion(page);

    await expect(m.status()).toHaveText('Next person. Person 1 of 6');
    await m.tick(59.5 * SECOND); // 1:00.5 left
    await expect(m.timer()).toHaveText('1:01');
    await expect(m.status()).toHaveText('Next person. Person 1 of 6');
    await m.tick(1 * SECOND); // 0:59.5 left
    await expect(m.status()).toHaveText('1 minute left');
    await m.tick(29 * SECOND); // 0:30.5 left
    await expect(m.timer()).toHaveText('0:31');
    await expect(m.status()).toHaveText('1 minute left');
    await m.tick(1 * SECOND); // 0:29.5 left
    await expect(m.status()).toHaveText('30 seconds left');
    await m.tick(29 * SECOND); // 0:00.5 left
    await expect(m.timer()).toHaveText('0:01');
    await expect(m.status()).toHaveText('30 seconds left');
    await m.tick(1 * SECOND); // 0.5 s over
    await expect(m.status()).toHaveText('Time is up');
    await m.tick(30 * SECOND);
    await expect(m.timer()).toHaveText('+0:30');
    await expect(m.status()).toHaveText('Time is up');

    // Over 2½ minutes of a running clock, it spoke three times, and never in digits.
    expect(await heard()).toEqual(['1 minute left', '30 seconds left', 'Time is up']);
  });
});
