// The meeting follows the Over a Brew guide (../shared/seeds/000_877eef647b8d16cb.txt):
//
// - "Each person has time to think about the questions for ONE minute", then
//   one round of turns: by default one Thinking time shows all the questions;
//   "One question at a time" in set-up gives a thinking time and a round for
//   each question.
// - "Use the rest of the time to reflect on what's been said (no fixing)":
//   no countdown on "Talk about what you heard" unless someone wants one.
// - Ways to join: anyone may "Pass" on their turn; the summary counts passes
//   (a number, never who).
// - Opening words (a poem that "sets the scene") show on "Grab a brew" and go
//   into the full record and the summary.
// - Words that are true: who sees a thought; a failed "Undo" reaches the screen.
import { expect, test, type Page } from '@playwright/test';
import { FIRST_QUESTION, MeetingPage } from './pages/meeting';
import { HOST, HostPage, READY_QUESTIONS } from './pages/host';
import { ThoughtsPage } from './pages/thoughts';
import { expectNoAxeViolations, refuseWrites } from './support';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;

/** src/text.rs `thought::HINT` and `thought::HINT_SHOWN`. */
const HINT = "Please don't write anyone's name. The person running the meeting will read it.";
const HINT_SHOWN =
  "Please don't write anyone's name. The whole table will see it on the screen. The person running the meeting will read it too.";
const UNDO_FAILED = 'That thought could not be taken back. Please tell the person running the meeting.';

/** A fresh meeting; host tools opened, `change` made to the set-up, saved, and back. */
async function setUp(page: Page, change: (h: HostPage) => Promise<void>, fakeClock = false): Promise<HostPage> {
  const h = new HostPage(page);
  if (fakeClock) await h.meeting.useFakeClock();
  await h.meeting.goto();
  await h.open();
  await change(h);
  await h.saveSetup();
  await h.leave();
  return h;
}

/** The questions on screen: the "The questions" list, or one question. */
function questionRegion(page: Page) {
  return page.getByRole('region', { name: /^(The questions?|Question \d of \d)$/ });
}

test.describe('several questions, as in the guide', () => {
  test('by default: one Thinking time shows both questions (one minute in all), then one round of turns', async ({
    page,
  }) => {
    const h = await setUp(page, (h) => h.button('Add ready question 2').click());
    const m = h.meeting;
    // Eight steps, as with one question.
    await expect(m.stepCount()).toHaveText('Step 1 of 8');
    await m.goToStep('Thinking time');
    const q = questionRegion(page);
    await expect(q.getByRole('heading')).toHaveText('The questions');
    await expect(q.getByRole('listitem')).toHaveText([FIRST_QUESTION, READY_QUESTIONS[1]]);
    await expect(m.timer()).toHaveText('1:00');
    await expectNoAxeViolations(page, 'Thinking time with two questions');

    await m.next();
    await expect(m.heading()).toHaveText('Have your say');
    await expect(q.getByRole('listitem')).toHaveText([FIRST_QUESTION, READY_QUESTIONS[1]]);
    await m.setPeople(1);
    await m.tap('Start');
    await m.tap('Next person');
    await expect(m.turnLine('Everyone has had a turn. Tap Next step when you are ready.')).toBeVisible();
    // One round: the next step is the talk, not the second question.
    await m.next();
    await expect(m.heading()).toHaveText('Talk about what you heard');
    await expect(q.getByRole('listitem')).toHaveText([FIRST_QUESTION, READY_QUESTIONS[1]]);
  });

  test('"One question at a time": a Thinking time and a round of turns for each question', async ({ page }) => {
    const h = await setUp(page, async (h) => {
      await h.button('Add ready question 2').click();
      await expect(h.field(HOST.ONE_AT_A_TIME)).not.toBeChecked();
      await h.field(HOST.ONE_AT_A_TIME).check();
    });
    const m = h.meeting;
    await expect(m.stepCount()).toHaveText('Step 1 of 10');
    const q = questionRegion(page);
    const expected: Array<[string, string, string]> = [
      ['Thinking time', 'Question 1 of 2', FIRST_QUESTION],
      ['Have your say', 'Question 1 of 2', FIRST_QUESTION],
      ['Thinking time', 'Question 2 of 2', READY_QUESTIONS[1]],
      ['Have your say', 'Question 2 of 2', READY_QUESTIONS[1]],
    ];
    for (let i = 0; i < 3; i++) await h.nextStep();
    for (const [k, [heading, label, words]] of expected.entries()) {
      await expect(m.heading()).toHaveText(heading);
      await expect(m.stepCount()).toHaveText(`Step ${k + 4} of 10`);
      await expect(q.getByRole('heading')).toHaveText(label);
      await expect(q).toContainText(words);
      await h.nextStep();
    }
    await expect(m.heading()).toHaveText('Talk about what you heard');
  });
});

test('"Talk about what you heard" has no running countdown by default, and shows the question', async ({ page }) => {
  const m = new MeetingPage(page);
  await m.useFakeClock();
  await m.goto();
  await m.goToStep('Talk about what you heard');
  await expect(page.getByText('Talk about what people said.', { exact: true })).toBeVisible();
  await expect(page.getByText('No fixing. Just be there for each other.', { exact: true })).toBeVisible();
  await expect(questionRegion(page)).toContainText(FIRST_QUESTION);
  await expect(m.timer()).toHaveCount(0);
  // Half an hour of talk: still no clock, and never "Time is up".
  await m.tick(30 * MINUTE);
  await expect(m.timer()).toHaveCount(0);
  await expect(page.getByText('Time is up')).toHaveCount(0);
  await expect(m.heading()).toHaveText('Talk about what you heard');
  // Someone who wants a clock can have one.
  await m.tap('Turn the clock on');
  await expect(m.timer()).toHaveText('10:00');
});

test('"Pass" moves to the next person; the summary file counts one pass, and never says who', async ({ page }) => {
  const h = new HostPage(page);
  const m = h.meeting;
  await m.goto();
  // "Grab a brew" says how people can join in.
  await expect(page.getByText('Join in your way. You can talk, listen, or write a thought.', { exact: true })).toBeVisible();
  await m.goToStep('Have your say');
  await expect(page.getByText('When it is your turn, you can pass.', { exact: true })).toBeVisible();
  await m.setPeople(3);
  await expect(m.button('Pass'), 'no pass before anyone starts').toHaveCount(0);
  await m.tap('Start');
  await expect(m.turnLine('Person 1 of 3')).toBeVisible();
  // "Pass" stands beside "Next person".
  await expect(m.button('Next person')).toBeVisible();
  await m.tap('Pass');
  await expect(m.turnLine('Person 2 of 3')).toBeVisible();
  await m.tap('Next person');
  await expect(m.turnLine('Person 3 of 3')).toBeVisible();
  await m.tap('Next person');
  await expect(m.turnLine('Everyone has had a turn. Tap Next step when you are ready.')).toBeVisible();
  await expect(m.button('Pass')).toHaveCount(0);
  await m.goToStep('Thank you');
  await expect(page.getByText('2 turns were taken.', { exact: true })).toBeVisible();
  await expect(page.getByText('1 turn was passed.', { exact: true })).toBeVisible();
  await expect(page.getByText('Thank you for your time and for your thoughts.', { exact: true })).toBeVisible();
  await expect(
    page.getByText('The person running the meeting will keep what was shared. They will tell you what happens next.', {
      exact: true,
    }),
  ).toBeVisible();

  await h.open();
  const file = await h.save(HOST.SAVE_TEXT);
  expect(file.text).toContain('\n2 turns were taken.\n');
  expect(file.text).toContain('\n1 turn was passed.\n');
  expect(file.text).not.toMatch(/Person \d/);
});

test('opening words set in host tools show on "Grab a brew", can be read out, and are in the full record and summary', async ({
  page,
}) => {
  const OPENING = 'Come as you are.\nSit where you like.';
  // Record what the browser's voice is asked to say.
  await page.addInitScript(() => {
    const w = window as unknown as { said: string[] };
    w.said = [];
    const synth = {
      speak: (u: { text: string }) => w.said.push(u.text),
      getVoices: () => [{ lang: 'en-GB', name: 'Recorder', default: true }],
      cancel() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, get: () => synth });
  });
  const h = await setUp(page, (h) => h.field(HOST.OPENING).fill(OPENING));
  const m = h.meeting;
  await expect(m.heading()).toHaveText('Grab a brew');
  const opening = page.getByRole('region', { name: 'Opening words', exact: true });
  await expect(opening).toContainText('Come as you are.');
  await expect(opening).toContainText('Sit where you like.');
  await expectNoAxeViolations(page, 'Grab a brew with opening words');
  // "Read this out" reads the opening words too (one button for all reading out).
  await page.getByRole('button', { name: 'Read this out', exact: true }).click();
  const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
  expect(said).toHaveLength(1);
  expect(said[0]).toContain('Grab a brew.');
  expect(said[0]).toContain('Opening words. Come as you are.\nSit where you like.');

  // Kept on the tablet, and in the files.
  await m.reload();
  await expect(opening).toContainText('Sit where you like.');
  await h.open();
  await expect(h.field(HOST.OPENING)).toHaveValue(OPENING);
  const record = await h.save(HOST.SAVE_RECORD);
  expect(JSON.parse(record.text).meeting.plan.opening).toBe(OPENING);
  const summary = await h.save(HOST.SAVE_TEXT);
  expect(summary.text).toContain('## Opening words\n\nCome as you are.  \nSit where you like.\n');
});

test('the thought hint says who will see a thought: the whole table, when thoughts are shown on screen', async ({
  page,
}) => {
  const h = new HostPage(page);
  const t = new ThoughtsPage(page, h.meeting);
  await h.meeting.goto();
  await t.open();
  await expect(page.getByText(HINT, { exact: true })).toBeVisible();
  await t.cancelButton().click();

  await h.open();
  await h.field('Show thoughts on screen during Talk about what you heard').check();
  await h.saveSetup();
  await h.leave();
  await t.open();
  await expect(page.getByText(HINT_SHOWN, { exact: true })).toBeVisible();
  await expect(page.getByText(HINT, { exact: true })).toHaveCount(0);
});

test('a failed "Undo" is drawn on the step screen, though the form is closed', async ({ page }) => {
  const m = new MeetingPage(page);
  const t = new ThoughtsPage(page, m);
  await m.goto();
  await t.add('A thought to take back');
  // Both places refuse from now on: the quick copy and the durable store.
  await refuseWrites(page);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  const note = page.getByRole('alert').filter({ hasText: UNDO_FAILED });
  await expect(note).toBeVisible();
  await expect(note).toHaveText(UNDO_FAILED);
  await expect(page.getByRole('textbox', { name: 'Your thought' }), 'the form stays closed').toHaveCount(0);
});

test('bringing in thoughts that this tablet cannot keep says so, and never "Your thought is not saved"', async ({
  page,
}) => {
  const h = new HostPage(page);
  await h.meeting.goto();
  await h.addThought('A thought from the other table');
  await h.open();
  // Another tablet's full record: the same shape, with new ids.
  const record = JSON.parse((await h.save(HOST.SAVE_RECORD)).text);
  record.meeting.id = 'other-meeting';
  for (const t of record.thoughts.thoughts) {
    t.id = `other-${t.id}`;
    t.meeting = 'other-meeting';
  }
  // From now on this tablet keeps nothing: both stores refuse.
  await refuseWrites(page);
  await h.chooseFiles().setInputFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(record)),
  });
  await expect(h.bringInReport()).toHaveText(
    'other.json: This tablet could not keep the thoughts from this file. Save this meeting to a file, then try again.',
  );
  await expect(h.bringInReport()).not.toContainText('Your thought');
});
