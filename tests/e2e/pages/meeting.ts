// The meeting as the people at the table see it.
//
// Controls are found ONLY by their role and accessible name, with the exact
// words from src/text.rs, so a test fails if a name changes for screen-reader
// users too. Plain text (the step count, "Person 1 of 3") is found by its words.
import { expect, type Locator, type Page } from '@playwright/test';

/** Every step of the default one-question meeting, in order (src/text.rs step_words). */
export const STEPS = [
  'Grab a brew',
  'Who will keep time?',
  'How we talk together',
  'Thinking time',
  'Have your say',
  'Talk about what you heard',
  'Still got some time?',
  'Thank you',
] as const;
export type StepHeading = (typeof STEPS)[number];

/** The six principles (src/text.rs PRINCIPLES). */
export const PRINCIPLES = [
  'Mix with people who are not like you',
  'Ask someone who is struggling to help you',
  'No fixing. Just be alongside one another',
  "It's OK to disagree respectfully",
  "It's OK to be a bit rubbish sometimes",
  'To be silly is to be human',
] as const;

/** The plain line under each principle (src/text.rs PRINCIPLES, `line`). */
export const PRINCIPLE_LINES = [
  'We learn a lot from people who see things in a new way.',
  'Helping others can help the person who is struggling too.',
  'We do not try to fix things. We just stay with each other.',
  'You can think something else. Just be kind when you say it.',
  'Nobody has to be perfect. We all have bad days.',
  'It is fine to laugh and have fun.',
] as const;

/** Each principle's list item: the Camerados words, then the plain line. */
export const PRINCIPLE_ITEMS = PRINCIPLES.map((p, i) => `${p} ${PRINCIPLE_LINES[i]}`);

/** Accessible names of the controls (src/text.rs `controls`). */
export type ControlName =
  | 'Next step'
  | 'Back'
  | 'Start'
  | 'Pause'
  | 'Carry on'
  | 'More time'
  | 'Turn the clock off'
  | 'Turn the clock on'
  | 'Sound'
  | 'Next person'
  | 'Pass'
  | 'Add a person'
  | 'Take a person away'
  | 'Our principles'
  | 'Close';

/** The first question of the default plan (src/meeting/plan.rs READY_QUESTIONS[0]). */
export const FIRST_QUESTION = 'What do you value about the Over a Brew approach?';

/**
 * A fixed wall-clock moment for tests with the fake clock: Monday 2 March
 * 2026, 10:00 in London. Any moment would do; a fixed one makes failures
 * repeatable.
 */
export const T0 = Date.parse('2026-03-02T10:00:00Z');

export class MeetingPage {
  /** True once `useFakeClock()` has run: time then moves only when a test moves it. */
  private fakeClock = false;

  constructor(readonly page: Page) {}

  // ---------- time ----------

  /**
   * Install Playwright's fake clock, stopped. Call BEFORE `goto()`.
   *
   * `clock.install()` alone leaves the fake time flowing at real speed, so a
   * reading taken a moment later could be a second off. `pauseAt()` stops it:
   * from then on time moves only with `tick()` / `clock.runFor()` /
   * `clock.fastForward()`, and every timer (the app's 250 ms ticker,
   * requestAnimationFrame) fires only inside those calls.
   *
   * Across a reload: Playwright keeps the clock per browser context, as a log
   * of init scripts (install, pauseAt, runFor, fastForward ...). A reloaded
   * page replays that log before its first `Date.now()`, so it starts at
   * exactly the fake time the old page had reached, still paused. (Were the
   * clock left running, the replay would also add the real time that passed,
   * and a reload would jump ahead by however long the test took.) Timers of
   * the old page are gone: the new page sets up its own.
   */
  async useFakeClock(at: number = T0): Promise<void> {
    // Keep the real timers where tools that must not wait for the fake clock
    // (axe) can borrow them. A context init script added before the clock's
    // runs before it on every load.
    await this.page.context().addInitScript(keepRealTimers);
    await this.page.clock.install({ time: at });
    // A little after `at`: pauseAt may not go back, and some real time passed since install.
    await this.page.clock.pauseAt(at + 5_000);
    this.fakeClock = true;
  }

  /** Let `ms` of fake time pass, firing every timer due in it, one by one. */
  async tick(ms: number): Promise<void> {
    expect(this.fakeClock, 'tick() needs useFakeClock() first').toBe(true);
    await this.page.clock.runFor(ms);
  }

  /**
   * Let a couple of animation frames run. The app moves focus and fills the
   * live region in requestAnimationFrame, which a stopped fake clock never
   * fires by itself. With a real clock this does nothing.
   */
  async settle(): Promise<void> {
    if (this.fakeClock) await this.page.clock.runFor(40);
  }

  // ---------- getting there ----------

  /**
   * Open the app with fresh storage: a new meeting at "Grab a brew".
   *
   * Each test has its own browser context, so storage starts empty anyway;
   * the init script also empties localStorage on the first load of this tab
   * (and only then: a `reload()` later keeps the meeting, as on the tablet).
   */
  async goto(): Promise<void> {
    await this.page.addInitScript(() => {
      if (!sessionStorage.getItem('e2e:fresh')) {
        localStorage.clear();
        sessionStorage.setItem('e2e:fresh', 'yes');
      }
    });
    await this.page.goto('/');
    await expect(this.heading()).toHaveText('Grab a brew');
    await expect(this.stepCount()).toHaveText(`Step 1 of ${STEPS.length}`);
  }

  /** Reload the page (the meeting is kept), and wait until the app is drawn again. */
  async reload(): Promise<void> {
    await this.page.reload();
    await expect(this.heading()).toBeVisible();
  }

  /** Go forwards or backwards with "Next step" / "Back" until the step is `heading`. */
  async goToStep(heading: StepHeading): Promise<void> {
    const target = STEPS.indexOf(heading);
    for (let guard = 0; guard < 2 * STEPS.length; guard++) {
      const at = await this.stepIndex();
      if (at === target) {
        await expect(this.heading()).toHaveText(heading);
        return;
      }
      if (at < target) await this.next();
      else await this.back();
    }
    throw new Error(`could not reach the step "${heading}"`);
  }

  /** Tap "Next step" and wait for the next step to be on screen. */
  async next(): Promise<void> {
    const at = await this.stepIndex();
    await this.button('Next step').click();
    await expect(this.stepCount()).toHaveText(`Step ${at + 2} of ${STEPS.length}`);
    await this.settle();
  }

  /** Tap "Back" and wait for the step before to be on screen. */
  async back(): Promise<void> {
    const at = await this.stepIndex();
    await this.button('Back').click();
    await expect(this.stepCount()).toHaveText(`Step ${at} of ${STEPS.length}`);
    await this.settle();
  }

  /** Where we are, from 0, read from "Step k of n". */
  async stepIndex(): Promise<number> {
    const words = (await this.stepCount().textContent()) ?? '';
    const m = /^Step (\d+) of (\d+)$/.exec(words.trim());
    if (!m) throw new Error(`no step count on screen (read "${words}")`);
    return Number(m[1]) - 1;
  }

  // ---------- what is on screen ----------

  /** The step's (or the panel's) main heading. There is only ever one h1. */
  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** "Step 4 of 8" at the top. */
  stepCount(): Locator {
    return this.page.getByText(/^Step \d+ of \d+$/);
  }

  /** A control, by its exact accessible name. */
  button(name: ControlName): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** Every button on screen, whatever its name. */
  buttons(): Locator {
    return this.page.getByRole('button');
  }

  /** The big digits: the one element with `role="timer"`. */
  timer(): Locator {
    return this.page.getByRole('timer');
  }

  /** The clock's section (labelled "Time left"), present even when the clock is off. */
  clock(): Locator {
    return this.page.getByRole('region', { name: 'Time left', exact: true });
  }

  /** The words beside the digits ("1 minute left", "Time is up", ...): the clock's first paragraph. */
  timeWords(): Locator {
    return this.clock().getByRole('paragraph').first();
  }

  /** The polite live region. */
  status(): Locator {
    return this.page.getByRole('status');
  }

  /** Whose turn it is, or where the turns are, on "Have your say". */
  turnLine(words: string | RegExp): Locator {
    return this.page.getByText(words, { exact: true });
  }

  /** "3 people at the table". */
  peopleCount(): Locator {
    return this.page.getByText(/^\d+ (people|person) at the table$/);
  }

  /** The six principles, as list items (on "How we talk together" and in the panel): see PRINCIPLE_ITEMS. */
  principles(): Locator {
    return this.page.getByRole('main').getByRole('listitem');
  }

  // ---------- doing things ----------

  /** Tap a control, then let the app's animation frames run. */
  async tap(name: ControlName): Promise<void> {
    await this.button(name).click();
    await this.settle();
  }

  /** Tap "Take a person away" (or "Add a person") until `n` people are at the table. */
  async setPeople(n: number): Promise<void> {
    for (let guard = 0; guard < 40; guard++) {
      const words = (await this.peopleCount().textContent()) ?? '';
      const now = Number.parseInt(words, 10);
      if (now === n) return;
      await this.tap(now > n ? 'Take a person away' : 'Add a person');
      await expect(this.peopleCount()).not.toHaveText(words);
    }
    throw new Error(`could not set ${n} people`);
  }

  /** Expect the digits to read `digits`, allowing `slackSeconds` either way. */
  async expectTimeNear(digits: string, slackSeconds = 0): Promise<void> {
    if (slackSeconds === 0) {
      await expect(this.timer()).toHaveText(digits);
      return;
    }
    const want = toSeconds(digits);
    const allowed = [];
    for (let s = want - slackSeconds; s <= want + slackSeconds; s++) allowed.push(fromSeconds(s));
    await expect(this.timer()).toHaveText(new RegExp(`^(${allowed.map(escape).join('|')})$`));
  }
}

/** The timers the fake clock replaces. */
const TIMERS = [
  'setTimeout',
  'clearTimeout',
  'setInterval',
  'clearInterval',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'requestIdleCallback',
  'cancelIdleCallback',
] as const;

/**
 * In the page, before the fake clock: keep the real timers as `window.__e2eRealTimers`.
 * (It runs as an init script, serialised on its own, so it lists TIMERS again.)
 */
function keepRealTimers(): void {
  const w = window as any;
  if (w.__e2eRealTimers) return;
  const real: Record<string, unknown> = {};
  for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback']) {
    if (typeof w[name] === 'function') real[name] = w[name];
  }
  w.__e2eRealTimers = real;
}

/**
 * Run `fn` with the page's real timers in place of the fake clock's, then put
 * the fake ones back. For tools that wait on setTimeout, such as axe, which
 * would otherwise wait for ever on a stopped fake clock. The app's own timers
 * stay on the fake clock: they were set up before, and the app sets no new
 * ones unless something is tapped.
 */
export async function withRealTimers<T>(page: Page, fn: () => Promise<T>): Promise<T> {
  const swapped = await page.evaluate((names) => {
    const w = window as any;
    const real = w.__e2eRealTimers as Record<string, unknown> | undefined;
    if (!real) return false;
    const fake: Record<string, unknown> = {};
    for (const name of names) {
      if (!(name in real)) continue;
      fake[name] = w[name];
      w[name] = real[name];
    }
    w.__e2eFakeTimers = fake;
    return true;
  }, [...TIMERS]);
  try {
    return await fn();
  } finally {
    if (swapped) {
      await page.evaluate(() => {
        const w = window as any;
        Object.assign(w, w.__e2eFakeTimers);
        delete w.__e2eFakeTimers;
      });
    }
  }
}

/** "1:15" → 75, "+0:15" → -15. */
export function toSeconds(digits: string): number {
  const m = /^(\+?)(\d+):(\d\d)$/.exec(digits);
  if (!m) throw new Error(`not clock digits: ${digits}`);
  const s = Number(m[2]) * 60 + Number(m[3]);
  return m[1] ? -s : s;
}

/** 75 → "1:15", -15 → "+0:15", 0 → "0:00" (as src/meeting/countdown.rs `digits`). */
export function fromSeconds(s: number): string {
  const a = Math.abs(s);
  const text = `${Math.floor(a / 60)}:${String(a % 60).padStart(2, '0')}`;
  return s < 0 ? `+${text}` : text;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
