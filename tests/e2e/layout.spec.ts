// The table screen is a kiosk, not a page: at every tablet size, in every
// state, nothing scrolls as a page and the controls that run the meeting are
// fully on screen, in the same place on every step. The clock grows with
// the screen. Only the words may scroll.
import { expect, test, type Page } from '@playwright/test';
import { MeetingPage } from './pages/meeting';
import { ThoughtsPage } from './pages/thoughts';
import { axeViolations, refuseWrites, words } from './support';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;

/** Tablets lying on the table: three landscape, two portrait. */
export const TABLETS = [
  { width: 1024, height: 768 },
  { width: 1080, height: 810 },
  { width: 1280, height: 800 },
  { width: 768, height: 1024 },
  { width: 810, height: 1080 },
] as const;

/** Four long questions, as a host might write them. */
export const LONG_QUESTIONS = [
  'What do you value about the Over a Brew approach, and what would you like to keep the same next time?',
  'What do you want to include, however random, in a set of Over a Brew principles for this group?',
  'How do we use what we have heard in these spaces, and who should we tell about it afterwards?',
  'How do we use what we have heard in our own lives, at home, at work and with our friends?',
];

/** The controls that run the meeting, by their exact accessible names. */
type Named =
  | 'Back'
  | 'Next step'
  | 'Start'
  | 'Pause'
  | 'Carry on'
  | 'More time'
  | 'Next person'
  | 'Pass'
  | 'Add a person'
  | 'Take a person away';
/** People come and go during "Have your say": the timekeeper needs these on every state of it. */
const PEOPLE: Named[] = ['Add a person', 'Take a person away'];
const CLOCK: Named[] = ['More time'];

export interface Where {
  /** Names that must be on screen now (a timed step also needs one of Start, Pause, Carry on). */
  named: Named[];
  /** The clock shows and one of Start / Pause / Carry on must be on screen. */
  clock?: boolean;
  /** The digits are in overtime ("+10:15"): at least 96 px, not a sixth of the screen. */
  over?: boolean;
  /** The step shows its question(s): the last one can be scrolled into view inside the words, uncovered. */
  questions?: boolean;
}

/**
 * Everything wrong with the screen now: the page scrolls (either way), or a
 * named control is missing, partly off screen, or covered by something else.
 */
export async function kioskProblems(page: Page, where: string, want: Where, bigDigits: boolean): Promise<string[]> {
  const names: string[] = [...want.named];
  const out: string[] = [];
  if (want.clock) {
    const startLike = await Promise.all(
      (['Start', 'Pause', 'Carry on'] as const).map((n) => page.getByRole('button', { name: n, exact: true }).count()),
    );
    const shown = (['Start', 'Pause', 'Carry on'] as const).filter((_, i) => startLike[i] > 0);
    if (shown.length !== 1) out.push(`one of Start, Pause, Carry on should show, found ${JSON.stringify(shown)}`);
    names.push(...shown, ...CLOCK);
  }
  const found = await page.evaluate(
    ({ names, bigDigits, over, questions }) => {
      const problems: string[] = [];
      const doc = document.documentElement;
      // The window, not the document (whose height is the page's in quirks mode).
      const w = Math.min(doc.clientWidth, innerWidth);
      const h = Math.min(doc.clientHeight, innerHeight);
      if (doc.scrollHeight > h) problems.push(`the page scrolls up and down (${doc.scrollHeight}px in ${h}px)`);
      if (doc.scrollWidth > w) problems.push(`the page scrolls sideways (${doc.scrollWidth}px in ${w}px)`);
      const buttons = Array.from(document.querySelectorAll('button'));
      const nameOf = (b: Element) =>
        Array.from(b.childNodes)
          .filter((n) => !(n instanceof Element && n.getAttribute('aria-hidden') === 'true'))
          .map((n) => n.textContent ?? '')
          .join('')
          .trim();
      for (const name of names) {
        const b = buttons.find((x) => nameOf(x) === name && !x.closest('[aria-hidden="true"]'));
        if (!b) {
          problems.push(`"${name}" is missing`);
          continue;
        }
        const r = b.getBoundingClientRect();
        if (r.left < -0.5 || r.top < -0.5 || r.right > w + 0.5 || r.bottom > h + 0.5) {
          problems.push(
            `"${name}" is not fully on screen (${Math.round(r.left)},${Math.round(r.top)} to ${Math.round(r.right)},${Math.round(r.bottom)} in ${w}×${h})`,
          );
          continue;
        }
        // Nothing on top of it: what a finger lands on, at its middle, is the button.
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        if (!hit || !(hit === b || b.contains(hit))) {
          problems.push(`"${name}" is covered by <${hit?.tagName.toLowerCase()} class="${hit?.getAttribute('class') ?? ''}">`);
        }
      }
      const digits = document.querySelector('[role="timer"]');
      if (digits && !digits.classList.contains('visually-hidden')) {
        const px = Number.parseFloat(getComputedStyle(digits).fontSize);
        const sixth = Math.min(w, h) / 6;
        const least = bigDigits && !over ? Math.max(96, sixth) : 96;
        if (px + 0.5 < least) problems.push(`the clock's digits are ${px}px, less than ${Math.round(least)}px`);
        const d = digits.getBoundingClientRect();
        const face = digits.parentElement?.getBoundingClientRect();
        if (face && d.width > face.width + 0.5) problems.push(`the digits (${d.width}px) are wider than the face (${face.width}px)`);
      }
      if (questions) {
        const shown = Array.from(document.querySelectorAll('.question__text')).filter(
          (q) => !q.closest('[aria-hidden="true"]'),
        );
        const last = shown[shown.length - 1];
        // The box the words scroll in (never the page).
        let box = last?.parentElement ?? null;
        while (box && box !== document.body && !/(auto|scroll)/.test(getComputedStyle(box).overflowY)) box = box.parentElement;
        if (!last) problems.push('no question is shown');
        else if (!box || box === document.body) problems.push('the questions are in no box that scrolls');
        else {
          // Scroll the box through its whole length: somewhere the last question shows whole.
          const before = box.scrollTop;
          const most = box.scrollHeight - box.clientHeight;
          // Whole, where it fits in its box; where it is taller than the box (a
          // long question in "Largest" text), its first and its last line can
          // each be scrolled into view and the box shows two lines at least.
          let topSeen = false;
          let bottomSeen = false;
          let cover = '';
          let uncovered = false;
          const b = box.getBoundingClientRect();
          const top = Math.max(b.top, 0);
          const bottom = Math.min(b.bottom, h);
          const line = Number.parseFloat(getComputedStyle(last).lineHeight) || 40;
          const whole = last.getBoundingClientRect().height <= bottom - top + 0.5;
          const upright = b.top <= last.getBoundingClientRect().top; // not turned
          for (let at = 0; at <= most + 2; at += 2) {
            box.scrollTop = at;
            const r = last.getBoundingClientRect();
            const [first, end] = upright ? [r.top, r.bottom] : [r.bottom, r.top];
            const inBox = (y: number) => y >= top - 0.5 && y <= bottom + 0.5;
            if (whole ? inBox(r.top) && inBox(r.bottom) : inBox(first)) {
              topSeen = true;
              // Something stuck over the words (the clock on a phone) may cover it here.
              const y = whole ? r.top + r.height / 2 : upright ? r.top + line / 2 : r.bottom - line / 2;
              const hit = document.elementFromPoint(r.left + r.width / 2, y);
              if (hit && last.contains(hit)) uncovered = true;
              else cover = `<${hit?.tagName.toLowerCase()} class="${hit?.getAttribute('class') ?? ''}">`;
            }
            if (whole || inBox(end)) bottomSeen = true;
          }
          if (!topSeen || !bottomSeen || (!whole && bottom - top < 2 * line - 0.5)) {
            const r = last.getBoundingClientRect();
            problems.push(`the last question cannot be scrolled into view (${Math.round(r.height)}px tall, its box shows ${Math.round(bottom - top)}px)`);
          } else if (!uncovered) {
            problems.push(`the last question is covered by ${cover}`);
          }
          box.scrollTop = before;
        }
      }
      return problems;
    },
    { names, bigDigits, over: !!want.over, questions: !!want.questions },
  );
  out.push(...found);
  return out.map((p) => `[${where}] ${p}`);
}

/** How the host set up the meeting for a walk. */
export interface Flow {
  /** "One question at a time": thinking time and a round of turns for each question. */
  oneAtATime: boolean;
  /** A time for "Talk about what you heard" (none: no clock there, the default). */
  talkMs: number | null;
}

/** The default flow: one thinking time for all the questions, one round of turns, no clock for talk. */
export const DEFAULT_FLOW: Flow = { oneAtATime: false, talkMs: null };
/** "One question at a time", and 10 minutes to talk about what we heard. */
export const PER_QUESTION: Flow = { oneAtATime: true, talkMs: 10 * MINUTE };

/** How many steps a meeting with 4 questions has in this flow. */
const stepsIn = (flow: Flow) => 3 + 2 * (flow.oneAtATime ? LONG_QUESTIONS.length : 1) + 3;

/**
 * Put 4 long questions and 12 people in the saved meeting, set the flow, and
 * (with `notice`) spoil the thoughts copy (a storage notice).
 */
export async function setUpBigMeeting(page: Page, m: MeetingPage, notice = true, flow: Flow = PER_QUESTION): Promise<void> {
  await page.evaluate(({ questions, notice, flow }) => {
    const id = localStorage.getItem('over-a-brew:current');
    const key = `over-a-brew:meeting:${id}`;
    const saved = JSON.parse(localStorage.getItem(key) ?? 'null');
    saved.meeting.plan.questions = questions;
    saved.meeting.plan.people = 12;
    saved.meeting.plan.one_at_a_time = flow.oneAtATime;
    saved.meeting.plan.talk = flow.talkMs;
    saved.meeting.turns.people = 12;
    localStorage.setItem(key, JSON.stringify(saved));
    if (notice) sessionStorage.setItem('e2e:spoil-thoughts', id ?? '');
  }, { questions: LONG_QUESTIONS, notice, flow });
  // Spoil the quick copy of the thoughts just before the app starts again
  // (spoiled now, the running page could mend it before the reload).
  await page.addInitScript(() => {
    const id = sessionStorage.getItem('e2e:spoil-thoughts');
    if (id) {
      localStorage.setItem(`over-a-brew:thoughts:${id}`, 'not what this app writes');
      sessionStorage.removeItem('e2e:spoil-thoughts');
    }
  });
  await m.reload();
  if (notice) await expect(page.locator('.notices[role="alert"]')).toBeVisible();
  await expect(m.stepCount()).toHaveText(`Step 1 of ${stepsIn(flow)}`);
}

/**
 * Walk a whole meeting with 4 long questions and 12 people, a storage notice
 * showing, and call `check` in every state. Uses the fake clock. With
 * `flow` = DEFAULT_FLOW, one "Thinking time" shows all 4 questions, then one
 * "Have your say", and "Talk about what you heard" has no clock; with
 * PER_QUESTION, thinking time and turns come once for each question and the
 * talk has a clock.
 */
export async function walk(
  page: Page,
  check: (where: string, want: Where) => Promise<void>,
  look?: string,
  { notice = true, note = true, flow = PER_QUESTION }: { notice?: boolean; note?: boolean; flow?: Flow } = {},
): Promise<void> {
  const m = new MeetingPage(page);
  const t = new ThoughtsPage(page);
  await m.useFakeClock();
  await m.goto();
  if (look) await page.evaluate((l) => localStorage.setItem('over-a-brew:look', l), look);
  await setUpBigMeeting(page, m, notice, flow);
  const rounds = flow.oneAtATime ? LONG_QUESTIONS.length : 1;
  const of = rounds > 1 ? ` (question 1 of ${rounds})` : ', all 4 questions';
  const nav: Named[] = ['Back', 'Next step'];
  const next = async () => {
    await m.button('Next step').click();
    await m.settle();
  };
  // The questions this step shows: one, or (the default) all four.
  const questionsShown = async (round: number) => {
    const want = flow.oneAtATime ? [LONG_QUESTIONS[round - 1]] : LONG_QUESTIONS;
    for (const q of LONG_QUESTIONS) {
      await expect(page.getByText(q, { exact: true }), q).toHaveCount(want.includes(q) ? 1 : 0);
    }
  };

  await check('Grab a brew', { named: nav });
  await next();
  await check('Who will keep time?', { named: nav });
  await next();
  await check('How we talk together', { named: nav });
  await next();

  await expect(m.heading()).toHaveText('Thinking time');
  await questionsShown(1);
  await check(`Thinking time${of}, before Start`, { named: nav, clock: true, questions: true });
  await m.tap('Start');
  await m.tick(10 * SECOND);
  await check(`Thinking time${of}, running`, { named: nav, clock: true, questions: true });
  await m.tap('Pause');
  await check(`Thinking time${of}, paused`, { named: nav, clock: true });
  await m.tap('Carry on');
  await page.clock.fastForward(10 * MINUTE + 51 * SECOND);
  await expect(m.timer()).toHaveText(/^\+10:\d\d$/);
  await check(`Thinking time${of}, 10 minutes over`, { named: nav, clock: true, over: true, questions: true });
  await m.tap('Our principles');
  await expect(m.heading()).toHaveText('Our principles');
  await check('"Our principles" open', { named: nav });
  await m.tap('Close');
  await t.open();
  await check('"Add a thought" open', { named: nav });
  if (note) {
    await t.textbox().fill('A thought while the clock runs over');
    await t.saveButton().click();
    await expect(t.savedNote()).toBeVisible();
    await expect(t.undoButton()).toBeVisible();
    await m.settle();
    await check('the saved note with Undo', { named: nav, clock: true, over: true, questions: true });
  } else {
    await t.cancelButton().click();
    await m.settle();
  }
  await m.tap('Turn the clock off');
  await check(`Thinking time${of}, clock off`, { named: nav, questions: true });
  await m.tap('Turn the clock on');
  await next();

  await expect(m.heading()).toHaveText('Have your say');
  await questionsShown(1);
  await check(`Have your say${of}, before Start`, { named: [...nav, ...PEOPLE, 'Start'], questions: true });
  await m.tap('Start');
  await m.tick(30 * SECOND);
  await expect(m.turnLine('Person 1 of 12')).toBeVisible();
  const speaking: Named[] = [...nav, ...PEOPLE, 'Next person', 'Pass'];
  await check(`Have your say${of}, a turn running`, { named: speaking, clock: true, questions: true });
  await m.tap('Pause');
  await check(`Have your say${of}, a turn paused`, { named: speaking, clock: true });
  await m.tap('Carry on');
  await page.clock.fastForward(12 * MINUTE);
  await expect(m.timer()).toHaveText(/^\+10:\d\d$/);
  await check(`Have your say${of}, a turn 10 minutes over`, { named: speaking, clock: true, over: true, questions: true });
  await m.tap('Turn the clock off');
  await check(`Have your say${of}, clock off`, { named: speaking, questions: true });
  await m.tap('Turn the clock on');
  // Person 1 passes; then everyone else has a turn.
  await m.tap('Pass');
  await expect(m.turnLine('Person 2 of 12')).toBeVisible();
  for (let k = 3; k <= 12; k++) await m.tap('Next person');
  await expect(m.turnLine('Person 12 of 12')).toBeVisible();
  await check(`Have your say${of}, person 12 of 12`, { named: speaking, clock: true });
  await m.tap('Next person');
  await expect(m.button('Pass')).toHaveCount(0);
  await check(`Have your say${of}, everyone has had a turn`, { named: [...nav, ...PEOPLE], questions: true });

  // One question at a time: thinking time and turns again for each other question.
  for (let q = 2; q <= rounds; q++) {
    await next();
    await expect(m.heading()).toHaveText('Thinking time');
    await questionsShown(q);
    await check(`Thinking time, question ${q} of ${rounds}`, { named: nav, clock: true, questions: true });
    await next();
    await expect(m.heading()).toHaveText('Have your say');
    await check(`Have your say, question ${q} of ${rounds}`, { named: [...nav, ...PEOPLE, 'Start'], questions: true });
  }
  await next();

  await expect(m.heading()).toHaveText('Talk about what you heard');
  if (flow.talkMs !== null) {
    await check('Talk about what you heard, before Start', { named: nav, clock: true, questions: true });
    await m.tap('Start');
    await m.tick(30 * SECOND);
    await check('Talk about what you heard, running', { named: nav, clock: true, questions: true });
  } else {
    // No clock by default: the questions, and the clock can be turned on.
    await expect(m.timer()).toHaveCount(0);
    await expect(m.button('Turn the clock on')).toBeVisible();
    await check('Talk about what you heard, no clock', { named: nav, questions: true });
  }
  await next();
  await check('Still got some time?', { named: nav });
  await next();
  await expect(m.heading()).toHaveText('Thank you');
  await check('Thank you', { named: nav });
}

const LOOKS = [
  // Look codes as `platform::look` writes them: size (s, l, x), then c (strong colours), t (turned), b (both sides).
  { name: 'standard look', code: undefined, bigDigits: true },
  { name: '"Largest" text, "Strong colours" and "Both sides"', code: 'xcb', bigDigits: false },
  { name: '"Turn the screen" and "Large" text', code: 'lt', bigDigits: true },
] as const;

for (const size of TABLETS) {
  test.describe(`${size.width}×${size.height}`, () => {
    test.use({ viewport: size });
    const upright = size.height > size.width;

    // The meeting as it starts (the guide's question; 6 people, and 2 more
    // come), and 4 long questions at once with 12 people (the words scroll).
    for (const look of LOOKS) {
      for (const big of [false, true]) {
        const meeting = big ? '4 long questions, 12 people' : "the guide's question, 8 people";
        test(`"Take a person away" and "Add a person" stay in reach on "Have your say", with ${look.name}; ${meeting}`, async ({ page }) => {
          const m = new MeetingPage(page);
          await m.useFakeClock();
          await m.goto();
          if (look.code) await page.evaluate((l) => localStorage.setItem('over-a-brew:look', l), look.code);
          if (big) await setUpBigMeeting(page, m, false, DEFAULT_FLOW);
          else await m.reload();
          for (let i = 0; i < 4; i++) await m.next();
          await expect(m.heading()).toHaveText('Have your say');
          if (!big) {
            await m.tap('Add a person');
            await m.tap('Add a person');
          }
          await expect(m.peopleCount()).toHaveText(`${big ? 12 : 8} people at the table`);
          const problems: string[] = [];
          const nav: Named[] = ['Back', 'Next step', ...PEOPLE];
          problems.push(...(await kioskProblems(page, 'before Start', { named: [...nav, 'Start'], questions: true }, look.bigDigits)));
          await m.tap('Start');
          await m.tick(30 * SECOND);
          const running: Where = { named: [...nav, 'Next person', 'Pass'], clock: true, questions: true };
          problems.push(...(await kioskProblems(page, 'a turn running', running, look.bigDigits)));
          expect(problems, `problems:\n${problems.join('\n')}`).toEqual([]);
        });
      }
    }

    for (const look of LOOKS) {
      for (const [flowName, flow, least] of [
        ['"One question at a time", a clock to talk', PER_QUESTION, 28],
        ['the default flow: all 4 questions in one thinking time, one round', DEFAULT_FLOW, 21],
      ] as const) {
        test(`every step and state fits, with ${look.name}; ${flowName}`, async ({ page }) => {
          const problems: string[] = [];
          let seen = 0;
          await walk(
            page,
            async (where, want) => {
              seen += 1;
              // This walk shows a storage notice. On a tablet held upright that
              // leaves the words a small box, and the people buttons scroll with
              // the words there (checked without a notice below).
              const named = upright ? want.named.filter((n) => !PEOPLE.includes(n)) : want.named;
              problems.push(...(await kioskProblems(page, where, { ...want, named }, look.bigDigits)));
            },
            look.code,
            { flow },
          );
          expect(seen).toBe(least);
          expect(problems, `problems:\n${problems.join('\n')}`).toEqual([]);
        });
      }
    }

    test('"Back" and "Next step" are in the same place on every step', async ({ page }) => {
      const m = new MeetingPage(page);
      await m.goto();
      const place = async (name: 'Back' | 'Next step') => {
        const b = await m.button(name).boundingBox();
        expect(b, `${name} has a box`).not.toBeNull();
        return `${Math.round(b!.x)},${Math.round(b!.y)} ${Math.round(b!.width)}×${Math.round(b!.height)}`;
      };
      const first = { back: await place('Back'), next: await place('Next step') };
      for (let i = 1; i < 8; i++) {
        await m.next();
        const where = await m.heading().textContent();
        expect(await place('Back'), `"Back" on ${where}`).toBe(first.back);
        expect(await place('Next step'), `"Next step" on ${where}`).toBe(first.next);
      }
    });
  });
}

/**
 * Walk a meeting on a phone and return every problem. On a phone the clock,
 * stuck to the bottom, leaves the words so little room that a long question
 * is only ever seen in parts as it scrolls: the check that the last question
 * shows whole is for tablets. `also` adds checks of its own in each state;
 * `smallOvertime` lets overtime digits be smaller than 96 px (at 320 px wide,
 * "+10:15" at 96 px is wider than the screen in this font; 85 px at least).
 */
async function phoneProblems(
  page: Page,
  { look, notice, flow, also, smallOvertime = false }: {
    look?: string;
    notice: boolean;
    flow: Flow;
    also?: (where: string) => Promise<string[]>;
    smallOvertime?: boolean;
  },
): Promise<string[]> {
  const problems: string[] = [];
  await walk(
    page,
    async (where, want) => {
      // The clock is stuck to the bottom of a phone's screen; the people
      // buttons scroll with the words above it, like the question.
      const named = want.named.filter((n) => !PEOPLE.includes(n));
      const found = await kioskProblems(page, where, { ...want, named, questions: false }, false);
      const allowed = (p: string) => smallOvertime && !!want.over && /the clock's digits are (8[5-9]|9\d)(\.\d+)?px/.test(p);
      problems.push(...found.filter((p) => !allowed(p)));
      if (also) problems.push(...(await also(where)));
    },
    look,
    { notice, flow },
  );
  return problems;
}

// With a storage notice, the whole column scrolls under the clock and the
// step buttons, which stay on screen.
test.describe('a phone, 360×640', () => {
  test.use({ viewport: { width: 360, height: 640 } });
  for (const [flowName, flow] of [
    ['"One question at a time"', PER_QUESTION],
    ['the default flow, all 4 questions at once', DEFAULT_FLOW],
  ] as const) {
    for (const notice of [false, true]) {
      test(`the controls stay on screen; only the words scroll; ${flowName}${notice ? '; a storage notice showing' : ''}`, async ({ page }) => {
        let notices = 0;
        const problems = await phoneProblems(page, {
          notice,
          flow,
          also: async (where) => {
            notices += await page.locator('.notices .notice').count();
            // The column that scrolls, and <main> that gives its parts to it: still nothing for axe.
            return notice && /a turn running|the saved note/.test(where) ? axeViolations(page, where) : [];
          },
        });
        expect(problems, `problems:\n${problems.join('\n')}`).toEqual([]);
        // The walk really had the notice showing (or not).
        if (notice) expect(notices).toBeGreaterThan(0);
        else expect(notices).toBe(0);
      });
    }
  }
  for (const look of LOOKS.filter((l) => l.code)) {
    test(`the controls stay on screen with a storage notice, with ${look.name}`, async ({ page }) => {
      const problems = await phoneProblems(page, { look: look.code, notice: true, flow: DEFAULT_FLOW });
      expect(problems, `problems:\n${problems.join('\n')}`).toEqual([]);
    });
  }
});

test.describe('the narrowest phone, 320×568, with a storage notice', () => {
  test.use({ viewport: { width: 320, height: 568 } });
  test('the controls stay on screen', async ({ page }) => {
    const problems = await phoneProblems(page, { notice: true, flow: DEFAULT_FLOW, smallOvertime: true });
    expect(problems, `problems:\n${problems.join('\n')}`).toEqual([]);
  });
});

for (const size of [
  { width: 360, height: 640 },
  { width: 320, height: 568 },
]) {
  test(`${size.width}×${size.height} with a storage notice: a failed "Undo" shows whole, above the clock, and the controls stay`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    const m = new MeetingPage(page);
    const t = new ThoughtsPage(page, m);
    await m.useFakeClock();
    await m.goto();
    await setUpBigMeeting(page, m, true, DEFAULT_FLOW);
    await m.goToStep('Have your say');
    await m.tap('Start');
    await t.add('A thought to take back');
    // Both places refuse from now on: the quick copy and the durable store.
    await refuseWrites(page);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    const note = page.getByRole('alert').filter({ hasText: words('thought', 'UNDO_FAILED') });
    await expect(note).toBeVisible();
    // Its first and last lines are on screen and nothing covers them.
    const seen = await note.evaluate((el) => {
      const words = el.querySelector('p') ?? el;
      const r = words.getBoundingClientRect();
      return [r.top + 6, r.bottom - 6].map((y) => {
        const hit = document.elementFromPoint(r.left + 20, y);
        return y >= 0 && y <= innerHeight && !!hit && el.contains(hit);
      });
    });
    expect(seen, 'the first and the last line of the problem are seen').toEqual([true, true]);
    const problems = await kioskProblems(page, 'a failed Undo', { named: ['Back', 'Next step', 'Next person', 'Pass'], clock: true }, false);
    expect(problems).toEqual([]);
  });
}

test('the test can fail: a page that scrolls and a button off screen are found', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.setContent(
    '<!doctype html><body style="margin:0"><div style="height:2000px"></div><button style="position:absolute;left:1000px;top:10px">Next step</button></body>',
  );
  const found = await kioskProblems(page, 'a long page', { named: ['Next step', 'Back'] }, true);
  expect(found.join('\n')).toContain('the page scrolls up and down');
  expect(found.join('\n')).toContain('"Next step" is not fully on screen');
  expect(found.join('\n')).toContain('"Back" is missing');
});

test('the test can fail: questions cut off with nowhere to scroll are found', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.setContent(
    '<!doctype html><body style="margin:0"><div style="height:300px;overflow:hidden"><ol>' +
      LONG_QUESTIONS.map((q) => `<li class="question__text" style="font-size:80px">${q}</li>`).join('') +
      '</ol></div></body>',
  );
  const found = await kioskProblems(page, 'cut off', { named: [], questions: true }, true);
  expect(found.join('\n')).toContain('the questions are in no box that scrolls');
});
