// Host tools: for the person running the meeting. Set it up, save
// everything to files, bring tablets together, and look after the meetings
// kept on this tablet.
//
// Time: tests that read the clock or the date in a file name use the fake
// clock (MeetingPage.useFakeClock, installed and stopped before the page
// loads), so the meeting starts on Monday 2 March 2026 at 10:00 in London
// and the files are called `over-a-brew-2026-03-02-...`.
import { test, expect, type Browser, type Page } from '@playwright/test';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { FIRST_QUESTION, STEPS, T0 } from './pages/meeting';
import {
  BRING_IN_WORDS,
  HOST,
  HostPage,
  KEYS,
  READY_QUESTIONS,
  savedFile,
  stubPrint,
  type SavedFile,
  type Storage,
} from './pages/host';
import { expectNoAxeViolations } from './support';

const SECOND = 1_000;
/** See meeting.spec.ts: read the clock half-way through a second. */
const HALF_A_SECOND = 500;

/** The day of T0, as file names and the CSV write it. */
const DAY = '2026-03-02';
/** Fixture files made for these tests. */
const FILES = path.resolve(__dirname, 'files');

// London, where T0 is 10:00 (GMT in March): dates and times in files are local.
test.use({ timezoneId: 'Europe/London' });

/** A fresh meeting at "Grab a brew", with the fake clock stopped at T0. */
async function freshMeeting(page: Page, fakeClock = true): Promise<HostPage> {
  const h = new HostPage(page);
  if (fakeClock) await h.meeting.useFakeClock();
  await h.meeting.goto();
  return h;
}

/** Open host tools, set the theme and table, save, and go back to the meeting. */
async function setUp(h: HostPage, theme: string, table: string): Promise<void> {
  await h.open();
  await h.setThemeAndTable(theme, table);
  await h.saveSetup();
  await h.leave();
}

/** Every localStorage key and IndexedDB record that belongs to meeting `id`. */
function traces(s: Storage, id: string): { keys: string[]; records: string[] } {
  return {
    keys: Object.keys(s.local).filter((k) => k.includes(id) || s.local[k] === id),
    records: s.idb.filter((r) => r.meeting === id || r.id.includes(id)).map((r) => r.id),
  };
}

// ---------------------------------------------------------------------------

test.describe('the way in: the corner button, the question, the PIN', () => {
  test('"Host tools" is on every screen, in the top corner, at least 44 × 44 px', async ({ page }) => {
    const h = await freshMeeting(page, false);
    const m = h.meeting;

    const check = async (where: string) => {
      const button = h.openButton();
      await expect(button, where).toBeVisible();
      await expect(button, where).toBeEnabled();
      const place = await button.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const doc = document.documentElement;
        // Where it is on the page, not in the window (a long step may be scrolled).
        return {
          left: r.left + window.scrollX,
          top: r.top + window.scrollY,
          right: doc.clientWidth - (r.right + window.scrollX),
          width: r.width,
          height: r.height,
        };
      });
      expect(place.width, `${where}: width`).toBeGreaterThanOrEqual(44);
      expect(place.height, `${where}: height`).toBeGreaterThanOrEqual(44);
      // The top right-hand corner: nothing but the page's margin above or to the right.
      expect(place.top, `${where}: distance from the top of the page`).toBeLessThanOrEqual(32);
      expect(place.right, `${where}: distance from the right of the page`).toBeLessThanOrEqual(32);
    };

    for (const heading of STEPS) {
      await m.goToStep(heading);
      await check(heading);
    }
    // And over the panels the table opens.
    await m.goToStep('Thinking time');
    await m.tap('Our principles');
    await expect(m.heading()).toHaveText('Our principles');
    await check('Our principles panel');
    await m.tap('Close');
    await page.getByRole('button', { name: 'Add a thought', exact: true }).click();
    await expect(m.heading()).toHaveText('Add a thought');
    await check('Add a thought');
  });

  test('"Are you running this meeting?" — "No" goes back to the same step, every step', async ({ page }) => {
    const h = await freshMeeting(page, false);
    const m = h.meeting;
    for (const [i, heading] of STEPS.entries()) {
      await m.goToStep(heading);
      await h.ask();
      await expect(h.heading()).toBeFocused();
      await expect(h.button(HOST.YES)).toBeVisible();
      await expect(h.button(HOST.NO)).toBeVisible();
      // Nothing of host tools is shown yet.
      await expect(h.section(HOST.SETUP)).toHaveCount(0);
      await h.button(HOST.NO).click();
      await m.settle();
      await expect(m.heading()).toHaveText(heading);
      await expect(m.stepCount()).toHaveText(`Step ${i + 1} of ${STEPS.length}`);
      await expect(h.openButton()).toBeFocused();
    }
  });

  test('a PIN set in set-up is asked for; a wrong one does not open; the right one does', async ({ page }) => {
    const h = await freshMeeting(page, false);
    const m = h.meeting;
    await m.goToStep('How we talk together');

    // No PIN yet: "Yes" opens host tools at once.
    await h.open();

    // A PIN that is not 4 numbers is refused, and none is kept.
    await h.field(HOST.PIN_SET).fill('12a');
    await h.button(HOST.SAVE_SETUP).click();
    await expect(h.section(HOST.SETUP).getByRole('alert')).toHaveText(HOST.BAD_PIN);
    expect((await h.storage()).local[KEYS.PIN]).toBeUndefined();

    await h.field(HOST.PIN_SET).fill('2580');
    await h.saveSetup();
    await h.leave();
    await expect(m.heading()).toHaveText('How we talk together');
    await expect(m.stepCount()).toHaveText('Step 3 of 8');

    // Now the PIN is asked for.
    await h.ask();
    await h.yes();
    await expect(h.pinBox()).toBeVisible();
    await expect(h.pinBox()).toBeFocused();
    await expect(h.button(HOST.PIN_OPEN)).toBeVisible();
    await expect(h.section(HOST.SETUP)).toHaveCount(0);

    // A wrong PIN: a plain message, the box emptied, and host tools stay shut.
    await h.enterPin('1111');
    await expect(page.getByRole('alert')).toHaveText(HOST.PIN_WRONG);
    await expect(h.pinBox()).toHaveValue('');
    await expect(h.heading()).toHaveText(HOST.ASK);
    await expect(h.section(HOST.SETUP)).toHaveCount(0);
    await expect(h.button(HOST.BACK)).toHaveCount(0);

    // "No" from the PIN screen goes back to the same step.
    await h.button(HOST.NO).click();
    await m.settle();
    await expect(m.heading()).toHaveText('How we talk together');
    await expect(m.stepCount()).toHaveText('Step 3 of 8');

    // The right PIN opens host tools.
    await h.ask();
    await h.yes();
    await h.enterPin('2580');
    await expect(h.heading()).toHaveText(HOST.HEADING);
    await expect(h.section(HOST.SETUP)).toBeVisible();
    await h.leave();
    await expect(m.heading()).toHaveText('How we talk together');

    // The PIN is kept on the tablet: still asked for after a reload.
    await m.reload();
    await h.ask();
    await h.yes();
    await expect(h.pinBox()).toBeVisible();
    await h.enterPin('0000');
    await expect(page.getByRole('alert')).toHaveText(HOST.PIN_WRONG);
    await h.enterPin('2580');
    await expect(h.heading()).toHaveText(HOST.HEADING);

    // Emptying the PIN takes it away.
    await h.field(HOST.PIN_SET).fill('');
    await h.saveSetup();
    await h.leave();
    await h.open();
  });

  test('going straight to the host tools page still asks the question and the PIN', async ({ page }) => {
    const h = await freshMeeting(page, false);
    const m = h.meeting;
    await h.open();
    await h.field(HOST.PIN_SET).fill('2580');
    await h.saveSetup();
    await h.leave();
    await m.goToStep('Who will keep time?');

    // Host tools are a page of their own (host/): typing its address is no way round.
    await page.goto('host/');
    await expect(h.heading()).toHaveText(HOST.ASK);
    await expect(h.section(HOST.SETUP)).toHaveCount(0);
    // "No" goes to the meeting, at its step.
    await h.button(HOST.NO).click();
    await expect(m.heading()).toHaveText('Who will keep time?');

    await page.goto('host/');
    await expect(h.heading()).toHaveText(HOST.ASK);
    await h.yes();
    await expect(h.pinBox()).toBeVisible();
    await h.enterPin('9999');
    await expect(page.getByRole('alert')).toHaveText(HOST.PIN_WRONG);
    await expect(h.section(HOST.SETUP)).toHaveCount(0);
    await h.enterPin('2580');
    await expect(h.heading()).toHaveText(HOST.HEADING);
    await h.leave();
    await expect(m.heading()).toHaveText('Who will keep time?');

    // Once back at the meeting, the address asks again.
    await page.goto('host/');
    await expect(h.heading()).toHaveText(HOST.ASK);
  });

  test('leaving host tools returns to the same step, with the timer as it was', async ({ page }) => {
    const h = await freshMeeting(page);
    const m = h.meeting;
    await m.goToStep('Thinking time');
    await expect(m.timer()).toHaveText('1:00');
    await m.tap('Start');
    await m.tick(HALF_A_SECOND);
    await m.tick(20 * SECOND);
    await expect(m.timer()).toHaveText('0:40');

    await h.open();
    await expect(m.timer()).toHaveCount(0);
    // The clock goes on while host tools are open.
    await m.tick(10 * SECOND);
    await h.leave();

    await expect(m.heading()).toHaveText('Thinking time');
    await expect(m.stepCount()).toHaveText('Step 4 of 8');
    await expect(m.timer()).toHaveText('0:30');
    // Still running.
    await expect(m.button('Pause')).toBeVisible();
    await m.tick(10 * SECOND);
    await expect(m.timer()).toHaveText('0:20');
  });
});

// ---------------------------------------------------------------------------

test.describe('set-up', () => {
  test('theme, table, questions and times; the meeting then follows the new set-up', async ({ page }) => {
    const h = await freshMeeting(page);
    const m = h.meeting;
    const NEW_QUESTION = 'What makes a place feel like home?';

    await h.open();
    await expect(h.question(1)).toHaveValue(FIRST_QUESTION);
    await expect(h.questions()).toHaveCount(1);

    await h.setThemeAndTable('Feeling at home', 'Table 2');

    // A ready question: it joins the list and leaves the ready ones.
    await h.button('Add ready question 2').click();
    await expect(h.questions()).toHaveCount(2);
    await expect(h.question(2)).toHaveValue(READY_QUESTIONS[1]);
    await expect(h.button('Add ready question 2')).toHaveCount(0);
    // The first ready question is in the plan already, so it is not offered.
    await expect(h.button('Add ready question 1')).toHaveCount(0);
    await expect(h.button('Add ready question 3')).toBeVisible();

    // A new question of our own.
    await h.field(HOST.NEW_QUESTION).fill(NEW_QUESTION);
    await h.button(HOST.ADD_QUESTION).click();
    await expect(h.questions()).toHaveCount(3);
    await expect(h.question(3)).toHaveValue(NEW_QUESTION);
    await expect(h.field(HOST.NEW_QUESTION)).toHaveValue('');

    // Reorder: question 3 up, so it is second.
    await expect(h.button('Move question 1 up')).toBeDisabled();
    await expect(h.button('Move question 3 down')).toBeDisabled();
    await h.button('Move question 3 up').click();
    await expect(h.question(2)).toHaveValue(NEW_QUESTION);
    await expect(h.question(3)).toHaveValue(READY_QUESTIONS[1]);

    // Take the first one away: ours is first now.
    await h.button('Take question 1 away').click();
    await expect(h.questions()).toHaveCount(2);
    await expect(h.question(1)).toHaveValue(NEW_QUESTION);
    await expect(h.question(2)).toHaveValue(READY_QUESTIONS[1]);
    // The ready question taken away is offered again.
    await expect(h.button('Add ready question 1')).toBeVisible();

    // Times, from the lists.
    await expect(h.field(HOST.THINKING)).toHaveValue(String(60 * SECOND));
    await h.chooseTime('Thinking time', '2 minutes');
    await h.chooseTime('Each turn', '30 seconds');
    await h.chooseTime('Talk about what you heard', 'No clock');
    // A thinking time and a round of turns for each question (by default,
    // one of each for all the questions: see guide.spec.ts).
    await h.field(HOST.ONE_AT_A_TIME).check();
    await h.saveSetup();

    // Host tools show the set-up as saved.
    await expect(h.field(HOST.THINKING).locator('option:checked')).toHaveText('2 minutes');
    await expect(h.field(HOST.TURN).locator('option:checked')).toHaveText('30 seconds');
    await expect(h.field(HOST.TALK).locator('option:checked')).toHaveText(HOST.NO_CLOCK);
    await expect(h.field(HOST.ONE_AT_A_TIME)).toBeChecked();
    await h.leave();

    // "Grab a brew" shows the theme.
    await expect(m.heading()).toHaveText('Grab a brew');
    const theme = page.getByRole('region', { name: 'Today we talk about', exact: true });
    await expect(theme).toContainText('Feeling at home');
    // Two questions: thinking and have-your-say come twice, so 10 steps.
    await expect(m.stepCount()).toHaveText('Step 1 of 10');

    const question = page.getByRole('region', { name: /^Question \d of 2$/ });
    const expected: Array<[string, string | null, string | null]> = [
      ['Who will keep time?', null, null],
      ['How we talk together', null, null],
      ['Thinking time', 'Question 1 of 2', NEW_QUESTION],
      ['Have your say', 'Question 1 of 2', NEW_QUESTION],
      ['Thinking time', 'Question 2 of 2', READY_QUESTIONS[1]],
      ['Have your say', 'Question 2 of 2', READY_QUESTIONS[1]],
      ['Talk about what you heard', null, null],
      ['Still got some time?', null, null],
      ['Thank you', null, null],
    ];
    for (const [k, [heading, label, words]] of expected.entries()) {
      await h.nextStep();
      await expect(m.heading(), `step ${k + 2}`).toHaveText(heading);
      await expect(m.stepCount()).toHaveText(`Step ${k + 2} of 10`);
      if (label) {
        await expect(question.getByRole('heading')).toHaveText(label);
        await expect(question).toContainText(words as string);
      } else {
        await expect(question).toHaveCount(0);
      }
      switch (heading) {
        case 'Thinking time':
          await expect(m.timer()).toHaveText('2:00');
          break;
        case 'Have your say':
          await m.setPeople(2);
          await m.tap('Start');
          await expect(m.turnLine('Person 1 of 2')).toBeVisible();
          await expect(m.timer()).toHaveText('0:30');
          await m.tap('Next person');
          await m.tap('Next person');
          await expect(m.turnLine('Everyone has had a turn. Tap Next step when you are ready.')).toBeVisible();
          break;
        case 'Talk about what you heard':
          await expect(m.timer()).toHaveCount(0);
          await expect(page.getByText('No clock for this step.', { exact: true })).toBeVisible();
          await expect(m.button('Turn the clock on')).toBeVisible();
          break;
      }
    }
    await expect(m.button('Next step')).toBeDisabled();

    // The set-up is kept on the tablet.
    await m.reload();
    await expect(m.stepCount()).toHaveText('Step 10 of 10');
    await h.open();
    await expect(h.field(HOST.THEME)).toHaveValue('Feeling at home');
    await expect(h.field(HOST.TABLE)).toHaveValue('Table 2');
    await expect(h.question(1)).toHaveValue(NEW_QUESTION);
    await expect(h.question(2)).toHaveValue(READY_QUESTIONS[1]);
  });

  test('with no questions, "Save set-up" says "Add at least one question." and changes nothing', async ({ page }) => {
    const h = await freshMeeting(page);
    const m = h.meeting;
    const id = await h.currentId();
    const before = (await h.storage()).local[KEYS.meeting(id)];
    expect(before).toBeTruthy();

    await h.open();
    await h.setThemeAndTable('This must not be kept', 'Table 9');
    await h.chooseTime('Thinking time', '5 minutes');
    await h.button('Take question 1 away').click();
    await expect(h.questions()).toHaveCount(0);
    await h.button(HOST.SAVE_SETUP).click();
    await expect(h.section(HOST.SETUP).getByRole('alert')).toHaveText(HOST.NO_QUESTIONS);
    await expect(h.section(HOST.SETUP).getByRole('status')).toHaveText('');

    // Nothing kept.
    expect((await h.storage()).local[KEYS.meeting(id)]).toBe(before);
    await h.leave();
    await expect(m.heading()).toHaveText('Grab a brew');
    await expect(page.getByRole('region', { name: 'Today we talk about', exact: true })).toHaveCount(0);
    await expect(m.stepCount()).toHaveText(`Step 1 of ${STEPS.length}`);
    await m.goToStep('Thinking time');
    await expect(page.getByText(FIRST_QUESTION, { exact: true })).toBeVisible();
    await expect(m.timer()).toHaveText('1:00');

    // Host tools open again on the set-up as it was.
    await h.open();
    await expect(h.field(HOST.THEME)).toHaveValue('');
    await expect(h.field(HOST.TABLE)).toHaveValue('');
    await expect(h.questions()).toHaveCount(1);
    await expect(h.question(1)).toHaveValue(FIRST_QUESTION);
    await expect(h.field(HOST.THINKING).locator('option:checked')).toHaveText('1 minute');
  });
});

// ---------------------------------------------------------------------------

/** A meeting called "Feeling at home" at "Table 2", with two thoughts on "Thinking time". */
async function meetingWithThoughts(page: Page): Promise<HostPage> {
  const h = await freshMeeting(page);
  await setUp(h, 'Feeling at home', 'Table 2');
  await h.meeting.goToStep('Thinking time');
  await h.addThought('=1+1');
  await h.addThought('Tea, "biscuits" and a chat');
  await h.open();
  await expect(h.thoughtsSoFar()).toHaveCount(2);
  return h;
}

test.describe('saving to files', () => {
  test('"Save as a spreadsheet": a CSV with a BOM, CRLF, quoted cells, and formulas made harmless', async ({ page }) => {
    const h = await meetingWithThoughts(page);
    const file = await h.save(HOST.SAVE_CSV);

    expect(file.name).toMatch(/^over-a-brew-\d{4}-\d{2}-\d{2}-table-2\.csv$/);
    expect(file.name).toBe(`over-a-brew-${DAY}-table-2.csv`);
    await expect(h.filesStatus()).toHaveText(savedFile(file.name));

    // UTF-8 with a byte order mark.
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const body = file.text.slice(1);
    // Every row ends with CRLF, and there are no other line breaks.
    expect(body.endsWith('\r\n')).toBe(true);
    expect(body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const rows = body.split('\r\n').slice(0, -1);
    expect(rows[0]).toBe('"Meeting","Table","Date","Step","Question","Kind","Time","Thought"');
    const row = (thought: string) =>
      ['Feeling at home', 'Table 2', DAY, 'Thinking time', FIRST_QUESTION, 'Thought', '10:00', thought]
        .map((cell) => `"${cell}"`)
        .join(',');
    expect(rows.slice(1).sort()).toEqual(
      [
        // A thought that would be a formula gets an apostrophe in front.
        row("'=1+1"),
        // Quotes inside are doubled.
        row('Tea, ""biscuits"" and a chat'),
      ].sort(),
    );
  });

  test('"Save the full record": JSON with schema_version, the meeting and its thoughts', async ({ page }) => {
    const h = await meetingWithThoughts(page);
    const id = await h.currentId();
    const file = await h.save(HOST.SAVE_RECORD);

    expect(file.name).toBe(`over-a-brew-${DAY}-table-2.json`);
    await expect(h.filesStatus()).toHaveText(savedFile(file.name));

    const record = JSON.parse(file.text);
    expect(record.schema_version).toBe('1');
    expect(record.kind).toBe('over-a-brew-record');
    expect(record.saved_at).toBeGreaterThanOrEqual(T0);
    expect(record.meeting.id).toBe(id);
    expect(record.meeting.plan.theme).toBe('Feeling at home');
    expect(record.meeting.plan.table).toBe('Table 2');
    expect(record.meeting.plan.questions).toEqual([FIRST_QUESTION]);
    const thoughts = record.thoughts.thoughts as Array<Record<string, unknown>>;
    expect(thoughts.map((t) => t.text).sort()).toEqual(['=1+1', 'Tea, "biscuits" and a chat'].sort());
    for (const t of thoughts) {
      expect(t.meeting).toBe(id);
      expect(t.question).toBe(FIRST_QUESTION);
      expect(t.kind).toBe('thought');
      expect(t.table).toBe('Table 2');
    }
  });

  test('"Save the summary as a text file": Markdown with the theme, the question and the thoughts', async ({ page }) => {
    const h = await meetingWithThoughts(page);
    const file = await h.save(HOST.SAVE_TEXT);

    expect(file.name).toBe(`over-a-brew-${DAY}-table-2.md`);
    await expect(h.filesStatus()).toHaveText(savedFile(file.name));

    const lines = file.text.split('\n');
    expect(lines[0]).toBe('# Feeling at home');
    expect(file.text).toContain('Over a Brew, Monday 2 March 2026');
    expect(lines).toContain('Table: Table 2');
    expect(lines).toContain('## Questions');
    const q = lines.indexOf(`### ${FIRST_QUESTION}`);
    expect(q, 'the question as a heading').toBeGreaterThan(0);
    // The thoughts are listed under it, exactly as typed (never as markup).
    const items = lines.slice(q + 1).filter((l) => l.startsWith('- ')).slice(0, 2);
    expect(items.sort()).toEqual(['- \\=1+1', '- Tea, "biscuits" and a chat'].sort());
  });

  test('each save says which file was saved, and the meeting counts as saved', async ({ page }) => {
    const h = await meetingWithThoughts(page);
    const names: string[] = [];
    for (const button of [HOST.SAVE_CSV, HOST.SAVE_RECORD, HOST.SAVE_TEXT]) {
      const file = await h.save(button);
      names.push(file.name);
      await expect(h.filesStatus()).toHaveText(savedFile(file.name));
    }
    expect(names).toEqual([
      `over-a-brew-${DAY}-table-2.csv`,
      `over-a-brew-${DAY}-table-2.json`,
      `over-a-brew-${DAY}-table-2.md`,
    ]);
    // Opened again, the list says this meeting was saved to a file.
    await h.leave();
    await h.open();
    await expect(h.meetingRows()).toHaveCount(1);
    await expect(h.meetingRows().first()).toContainText(HOST.SAVED_TO_FILE);
  });

  test('"Print a summary" shows the summary, headed by the theme, and its button prints', async ({ page }) => {
    await page.addInitScript(stubPrint);
    const h = await meetingWithThoughts(page);
    const main = page.getByRole('main');

    await h.section(HOST.FILES).getByRole('button', { name: HOST.PRINT, exact: true }).click();
    await h.meeting.settle();
    await expect(h.heading()).toHaveText('Feeling at home');
    await expect(h.heading()).toBeFocused();
    // The same lines, in the same order, as the summary's text file.
    await expect(main.getByText('Over a Brew, Monday 2 March 2026', { exact: true })).toBeVisible();
    await expect(main.getByText('Table: Table 2', { exact: true })).toBeVisible();
    await expect(main.getByRole('heading', { level: 2, name: 'Questions', exact: true })).toBeVisible();
    await expect(main.getByRole('heading', { level: 3, name: FIRST_QUESTION, exact: true })).toBeVisible();
    await expect(main.getByRole('listitem').filter({ hasText: /^=1\+1$/ })).toHaveCount(1);
    await expect(main.getByRole('listitem').filter({ hasText: 'Tea, "biscuits" and a chat' })).toHaveCount(1);

    expect(await page.evaluate(() => (window as any).__e2ePrinted)).toBe(0);
    await main.getByRole('button', { name: HOST.PRINT, exact: true }).click();
    await expect.poll(() => page.evaluate(() => (window as any).__e2ePrinted)).toBe(1);

    // Back to host tools; printing counts as saving.
    await main.getByRole('button', { name: HOST.HEADING, exact: true }).click();
    await h.meeting.settle();
    await expect(h.heading()).toHaveText(HOST.HEADING);
    await h.leave();
    await h.open();
    await expect(h.meetingRows().first()).toContainText(HOST.SAVED_TO_FILE);
  });
});

// ---------------------------------------------------------------------------

/**
 * Another tablet: a meeting at "Table 3" with two thoughts, saved as a full
 * record in its own browser context. Returns the saved file, written to disk.
 */
async function recordFromAnotherTablet(browser: Browser, thoughts: string[]): Promise<SavedFile & { path: string }> {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    viewport: { width: 1024, height: 768 },
  });
  try {
    const page = await context.newPage();
    const h = await freshMeeting(page);
    await setUp(h, 'Feeling at home', 'Table 3');
    await h.meeting.goToStep('Thinking time');
    for (const t of thoughts) await h.addThought(t);
    await h.open();
    const file = await h.save(HOST.SAVE_RECORD);
    expect(file.name).toBe(`over-a-brew-${DAY}-table-3.json`);
    const where = test.info().outputPath(file.name);
    await fs.writeFile(where, file.bytes);
    return { ...file, path: where };
  } finally {
    await context.close();
  }
}

test.describe('"Add thoughts from another tablet"', () => {
  test('a full record from another tablet adds its thoughts, once', async ({ page, browser }) => {
    const theirs = await recordFromAnotherTablet(browser, ['From table three, first', 'From table three, second']);

    const h = await freshMeeting(page);
    await setUp(h, 'Feeling at home', 'Table 2');
    await h.meeting.goToStep('Thinking time');
    await h.addThought('Our own thought');
    const id = await h.currentId();
    await h.open();
    await expect(h.thoughtsSoFar()).toHaveText(['Our own thought']);

    // The picker is the file input labelled "Choose files".
    await expect(h.chooseFiles()).toHaveAttribute('id', 'bring-in-files');
    await expect(h.chooseFiles()).toHaveAttribute('type', 'file');

    await h.chooseFiles().setInputFiles(theirs.path);
    await expect(h.bringInReport()).toHaveText(`${theirs.name}: Added 2 thoughts from Table 3.`);
    await expect(h.thoughtsSoFar()).toHaveCount(3);
    for (const t of ['Our own thought', 'From table three, first', 'From table three, second']) {
      await expect(h.thoughtsSoFar().filter({ hasText: t })).toHaveCount(1);
    }
    await expect(h.section(HOST.THOUGHTS).getByText('3 thoughts.', { exact: true })).toBeVisible();

    // Kept on this tablet, in both stores.
    const kept = await h.storage();
    expect(kept.idb.filter((r) => r.meeting === id)).toHaveLength(3);
    const quick = JSON.parse(kept.local[KEYS.thoughts(id)]);
    expect(JSON.stringify(quick)).toContain('From table three, second');

    // The same file again adds nothing.
    await h.chooseFiles().setInputFiles(theirs.path);
    await expect(h.bringInReport()).toHaveText(`${theirs.name}: No new thoughts. 2 were already here.`);
    await expect(h.thoughtsSoFar()).toHaveCount(3);
    expect((await h.storage()).idb.filter((r) => r.meeting === id)).toHaveLength(3);

    // Still there after a reload, and in the saved files.
    await h.meeting.reload();
    await h.ensureHostTools();
    await expect(h.thoughtsSoFar()).toHaveCount(3);
    const csv = await h.save(HOST.SAVE_CSV);
    expect(csv.text).toContain('"Feeling at home","Table 3",');
    expect(csv.text).toContain('"From table three, first"');
  });

  test('a file that is not a full record, or is too big, is refused plainly and changes nothing', async ({ page }) => {
    const h = await freshMeeting(page);
    await setUp(h, 'Feeling at home', 'Table 2');
    await h.addThought('Only this one');
    await h.open();
    const spreadsheet = await h.save(HOST.SAVE_CSV);
    const spreadsheetPath = test.info().outputPath(spreadsheet.name);
    await fs.writeFile(spreadsheetPath, spreadsheet.bytes);

    const before = await h.storage();
    const unchanged = async (what: string) => {
      expect(await h.storage(), `storage after ${what}`).toEqual(before);
      await expect(h.thoughtsSoFar()).toHaveText(['Only this one']);
    };

    // Plain text.
    await h.chooseFiles().setInputFiles(path.join(FILES, 'not-a-record.txt'));
    await expect(h.bringInReport()).toHaveText(`not-a-record.txt: ${BRING_IN_WORDS.NOT_OURS} ${HOST.NOTHING_CHANGED}`);
    await unchanged('a text file');

    // The spreadsheet saved from this very tablet.
    await h.chooseFiles().setInputFiles(spreadsheetPath);
    await expect(h.bringInReport()).toHaveText(`${spreadsheet.name}: ${BRING_IN_WORDS.NOT_OURS} ${HOST.NOTHING_CHANGED}`);
    await unchanged('a spreadsheet');

    // JSON, but not a record.
    await h.chooseFiles().setInputFiles(path.join(FILES, 'not-a-record.json'));
    await expect(h.bringInReport()).toHaveText(`not-a-record.json: ${BRING_IN_WORDS.DAMAGED} ${HOST.NOTHING_CHANGED}`);
    await unchanged('JSON that is not a record');

    // 6 MB: too big, refused before it is read.
    await h.chooseFiles().setInputFiles({
      name: 'huge.json',
      mimeType: 'application/json',
      buffer: Buffer.alloc(6 * 1024 * 1024, ' '),
    });
    await expect(h.bringInReport()).toHaveText(`huge.json: ${BRING_IN_WORDS.TOO_BIG} ${HOST.NOTHING_CHANGED}`);
    await unchanged('a 6 MB file');
  });
});

// ---------------------------------------------------------------------------

test.describe('meetings on this tablet', () => {
  test('"Start a new meeting" keeps the old one; both are listed after a reload; "Open" goes back', async ({ page }) => {
    const h = await freshMeeting(page, false);
    const m = h.meeting;
    await setUp(h, 'Spring meeting', 'Table 1');
    await h.addThought('A thought in the first meeting');
    const oldId = await h.currentId();

    await h.open();
    await expect(h.meetingRows()).toHaveCount(1);
    const newId = await h.startNewMeeting();

    // The new meeting starts at the beginning.
    await h.ensureMeeting();
    await expect(m.heading()).toHaveText('Grab a brew');
    await expect(m.stepCount()).toHaveText(`Step 1 of ${STEPS.length}`);

    await h.open();
    await expect(h.thoughtsSoFar()).toHaveCount(0);
    await expect(h.meetingRows()).toHaveCount(2);
    const here = h.meetingRows().filter({ hasText: /\(This meeting\)/ });
    const other = h.meetingRows().filter({ hasNotText: /\(This meeting\)/ });
    await expect(here).toHaveCount(1);
    await expect(here).toContainText('No thoughts yet');
    await expect(here.getByRole('button', { name: HOST.OPEN_MEETING, exact: true })).toHaveCount(0);
    await expect(other).toHaveCount(1);
    await expect(other).toContainText('Spring meeting');
    await expect(other).toContainText('Table 1');
    await expect(other).toContainText('1 thought');
    await expect(other).toContainText(HOST.NOT_SAVED_TO_FILE);

    // After a reload, both are still there.
    await m.reload();
    await h.ensureHostTools();
    await expect(h.meetingRows()).toHaveCount(2);
    let kept = await h.storage();
    expect(kept.local[KEYS.meeting(oldId)]).toBeTruthy();
    expect(kept.local[KEYS.meeting(newId)]).toBeTruthy();
    expect(kept.idb.filter((r) => r.meeting === oldId)).toHaveLength(1);

    // "Open" brings the old meeting back, with its thought; the new one is kept.
    await h.tapAndReload(other.getByRole('button', { name: HOST.OPEN_MEETING, exact: true }));
    expect(await h.currentId()).toBe(oldId);
    await h.ensureHostTools();
    await expect(h.thoughtsSoFar()).toHaveText(['A thought in the first meeting']);
    await expect(h.meetingRows()).toHaveCount(2);
    kept = await h.storage();
    expect(kept.local[KEYS.meeting(newId)]).toBeTruthy();
  });

  test('deleting a meeting not saved to a file needs the word "delete"; then it is gone everywhere', async ({ page }) => {
    const h = await freshMeeting(page, false);
    const m = h.meeting;
    await setUp(h, 'Old meeting', 'Table 1');
    await h.addThought('Please do not lose me');
    const oldId = await h.currentId();
    await h.open();
    const newId = await h.startNewMeeting();
    await h.ensureMeeting();
    await h.addThought('A thought in the new meeting');

    await h.open();
    const before = await h.storage();
    expect(traces(before, oldId).keys.length).toBeGreaterThanOrEqual(2); // the meeting and its thoughts
    expect(traces(before, oldId).records).toHaveLength(1);

    const old = h.meetingRows().filter({ hasNotText: /\(This meeting\)/ });
    await expect(old).toContainText(HOST.NOT_SAVED_TO_FILE);

    // "No, keep it" keeps it.
    await old.getByRole('button', { name: HOST.DELETE, exact: true }).click();
    const confirm = h.deleteConfirmation();
    await expect(confirm).toBeVisible();
    await expect(confirm.getByRole('heading')).toHaveText(HOST.DELETE_ASK);
    await expect(confirm.getByRole('heading')).toBeFocused();
    await expect(confirm).toContainText(HOST.DELETE_NOT_SAVED);
    await confirm.getByRole('button', { name: HOST.DELETE_NO, exact: true }).click();
    await expect(confirm).toHaveCount(0);
    await expect(h.meetingRows()).toHaveCount(2);
    expect(await h.storage()).toEqual(before);

    // "Yes, delete it" without the word: a plain message, and nothing deleted.
    await old.getByRole('button', { name: HOST.DELETE, exact: true }).click();
    await expect(confirm).toContainText(HOST.DELETE_NOT_SAVED);
    const word = confirm.getByLabel(HOST.DELETE_TYPE, { exact: true });
    await expect(word).toBeVisible();
    await confirm.getByRole('button', { name: HOST.DELETE_YES, exact: true }).click();
    await expect(confirm.getByRole('alert')).toHaveText(HOST.DELETE_MUST_TYPE);
    await expect(h.meetingRows()).toHaveCount(2);
    expect(await h.storage()).toEqual(before);

    // Nor with another word.
    await word.fill('delet');
    await confirm.getByRole('button', { name: HOST.DELETE_YES, exact: true }).click();
    await expect(confirm.getByRole('alert')).toHaveText(HOST.DELETE_MUST_TYPE);
    await expect(h.meetingRows()).toHaveCount(2);
    expect(await h.storage()).toEqual(before);

    // With the word: gone from the list and from storage.
    await word.fill('delete');
    await confirm.getByRole('button', { name: HOST.DELETE_YES, exact: true }).click();
    await expect(h.meetingsStatus()).toHaveText(HOST.DELETED);
    await expect(confirm).toHaveCount(0);
    await expect(h.meetingRows()).toHaveCount(1);
    await expect(h.meetingRows()).toContainText('(This meeting)');
    const after = await h.storage();
    expect(traces(after, oldId)).toEqual({ keys: [], records: [] });
    // The meeting on screen is untouched.
    expect(after.local[KEYS.CURRENT]).toBe(newId);
    expect(after.local[KEYS.meeting(newId)]).toBe(before.local[KEYS.meeting(newId)]);
    expect(after.idb.filter((r) => r.meeting === newId)).toHaveLength(1);
    await expect(h.thoughtsSoFar()).toHaveText(['A thought in the new meeting']);

    // Still gone after a reload.
    await m.reload();
    await h.ensureHostTools();
    await expect(h.meetingRows()).toHaveCount(1);
    expect(traces(await h.storage(), oldId)).toEqual({ keys: [], records: [] });
  });

  test('a meeting saved to a file is deleted without typing; the confirmation says it was saved', async ({ page }) => {
    const h = await freshMeeting(page, false);
    await setUp(h, 'Saved meeting', 'Table 1');
    await h.addThought('This one is in a file');
    const savedId = await h.currentId();
    await h.open();
    await h.save(HOST.SAVE_RECORD);
    const newId = await h.startNewMeeting();
    await h.ensureHostTools();
    const old = h.meetingRows().filter({ hasNotText: /\(This meeting\)/ });
    await expect(old).toContainText(HOST.SAVED_TO_FILE);
    await old.getByRole('button', { name: HOST.DELETE, exact: true }).click();
    const confirm = h.deleteConfirmation();
    await expect(confirm).toContainText(HOST.DELETE_SAVED);
    await expect(confirm).not.toContainText(HOST.DELETE_NOT_SAVED);
    await expect(confirm.getByRole('textbox')).toHaveCount(0);
    await confirm.getByRole('button', { name: HOST.DELETE_YES, exact: true }).click();
    await expect(h.meetingsStatus()).toHaveText(HOST.DELETED);
    await expect(h.meetingRows()).toHaveCount(1);
    const after = await h.storage();
    expect(traces(after, savedId)).toEqual({ keys: [], records: [] });
    expect(after.local[KEYS.CURRENT]).toBe(newId);
  });

  test('the meeting on screen, just saved to a file: the confirmation says so, and deleting starts afresh', async ({ page }) => {
    const h = await freshMeeting(page, false);
    const m = h.meeting;
    await setUp(h, 'Just saved', 'Table 4');
    await h.addThought('Saved a moment ago');
    const id = await h.currentId();

    await h.open();
    // Saved to a file in this very visit to host tools ...
    await h.save(HOST.SAVE_CSV);
    await expect(h.filesStatus()).toContainText('Saved the file');
    // ... so the list and the confirmation must say it was saved.
    const here = h.meetingRows().filter({ hasText: /\(This meeting\)/ });
    await expect.soft(here, 'the list says the meeting was saved').toContainText(HOST.SAVED_TO_FILE);
    await here.getByRole('button', { name: HOST.DELETE, exact: true }).click();
    const confirm = h.deleteConfirmation();
    await expect(confirm, 'the confirmation says plainly that it was saved').toContainText(HOST.DELETE_SAVED);
    await expect(confirm.getByRole('textbox')).toHaveCount(0);
    await h.tapAndReload(confirm.getByRole('button', { name: HOST.DELETE_YES, exact: true }));

    // The page starts again with a new, empty meeting.
    expect(await h.currentId()).not.toBe(id);
    expect(traces(await h.storage(), id)).toEqual({ keys: [], records: [] });
    await h.ensureMeeting();
    await expect(m.heading()).toHaveText('Grab a brew');
    await h.open();
    await expect(h.meetingRows()).toHaveCount(1);
    await expect(h.thoughtsSoFar()).toHaveCount(0);
  });
});

// ---------------------------------------------------------------------------

test.describe('space on this tablet', () => {
  test('"Space on this tablet" says how much the meetings use', async ({ page }) => {
    const h = await freshMeeting(page, false);
    await h.addThought('A little something');
    await h.open();
    const space = h.section(HOST.SPACE);
    await expect(space).toBeVisible();
    await expect(space.getByText(/^Meetings use \d{1,3}% of the space Over a Brew may use\.$/)).toBeVisible();
    const percent = Number(/(\d+)%/.exec((await space.textContent()) ?? '')?.[1]);
    expect(percent).toBeGreaterThanOrEqual(0);
    expect(percent).toBeLessThanOrEqual(100);
  });
});

// ---------------------------------------------------------------------------

test.describe('axe (WCAG 2.2 A and AA, and 7:1 text contrast) on the host screens', () => {
  test('the question, the PIN, host tools, the delete confirmation and the summary have no violations', async ({ page }) => {
    await page.addInitScript(stubPrint);
    const h = await freshMeeting(page, false);

    await h.ask();
    await expectNoAxeViolations(page, 'Are you running this meeting?');
    await h.yes();
    await expect(h.heading()).toHaveText(HOST.HEADING);
    await h.setThemeAndTable('Feeling at home', 'Table 2');
    await h.field(HOST.PIN_SET).fill('2580');
    await h.saveSetup();
    await h.leave();
    await h.meeting.goToStep('Thinking time');
    await h.addThought('A thought for the summary');

    await h.ask();
    await h.yes();
    await expect(h.pinBox()).toBeVisible();
    await expectNoAxeViolations(page, 'the PIN');
    await h.enterPin('1111');
    await expect(page.getByRole('alert')).toHaveText(HOST.PIN_WRONG);
    await expectNoAxeViolations(page, 'the PIN, wrong');
    await h.enterPin('2580');
    await expect(h.heading()).toHaveText(HOST.HEADING);
    await expectNoAxeViolations(page, 'host tools');

    // With messages showing: a file saved, a file refused.
    await h.save(HOST.SAVE_RECORD);
    await h.chooseFiles().setInputFiles(path.join(FILES, 'not-a-record.txt'));
    await expect(h.bringInReport()).toContainText(HOST.NOTHING_CHANGED);
    await expectNoAxeViolations(page, 'host tools, with messages');

    // The delete confirmation (a meeting not yet saved: the word is asked for).
    await h.startNewMeeting();
    await h.ensureHostTools('2580');
    const old = h.meetingRows().filter({ hasNotText: /\(This meeting\)/ });
    const here = h.meetingRows().filter({ hasText: /\(This meeting\)/ });
    await here.getByRole('button', { name: HOST.DELETE, exact: true }).click();
    const confirm = h.deleteConfirmation();
    await expect(confirm.getByLabel(HOST.DELETE_TYPE, { exact: true })).toBeVisible();
    await expectNoAxeViolations(page, 'the delete confirmation (not saved)');
    await confirm.getByRole('button', { name: HOST.DELETE_YES, exact: true }).click();
    await expect(confirm.getByRole('alert')).toHaveText(HOST.DELETE_MUST_TYPE);
    await expectNoAxeViolations(page, 'the delete confirmation, word missing');
    await confirm.getByRole('button', { name: HOST.DELETE_NO, exact: true }).click();
    // A meeting saved to a file: no word to type.
    await old.getByRole('button', { name: HOST.DELETE, exact: true }).click();
    await expect(confirm).toContainText(HOST.DELETE_SAVED);
    await expectNoAxeViolations(page, 'the delete confirmation (saved)');
    await confirm.getByRole('button', { name: HOST.DELETE_NO, exact: true }).click();

    // The summary (of the old meeting, which has the thought).
    await h.tapAndReload(old.getByRole('button', { name: HOST.OPEN_MEETING, exact: true }));
    await h.ensureHostTools('2580');
    await h.section(HOST.FILES).getByRole('button', { name: HOST.PRINT, exact: true }).click();
    await expect(h.heading()).toHaveText('Feeling at home');
    await expect(page.getByRole('main').getByRole('listitem').filter({ hasText: 'A thought for the summary' })).toHaveCount(1);
    await expectNoAxeViolations(page, 'the summary');
  });
});
