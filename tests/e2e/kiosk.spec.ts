// The tablet as a kiosk: "Fill the screen", asking the browser to keep the
// meetings (and saying its answer), and sending files with the tablet's own
// share sheet. Where a browser lacks one of these (Safari on an iPhone lacks
// full screen; most desktop browsers cannot share files), its button is not
// shown and nothing else changes.
//
// Browser features the test browser lacks, or answers by itself, are stood
// in for by init scripts that replace them (navigator.share, canShare,
// storage.persist): the app only ever reaches them through feature checks.
import { expect, test, type Page } from '@playwright/test';
import { HOST, HostPage } from './pages/host';
import { expectNoAxeViolations } from './support';

/** The words of "This tablet" and sending (src/text.rs `pub mod host`). */
const KIOSK = {
  THIS_TABLET: 'This tablet',
  FILL_SCREEN: 'Fill the screen',
  KEPT: 'This tablet will keep the meetings until you delete them.',
  MAY_CLEAR: 'This tablet may clear the meetings by itself.',
  MAY_CLEAR_WHY:
    'This can happen in a private window, or when space runs low. On an iPad, it can happen after 7 days without use.',
  ADD_TO_HOME: 'To keep them safe, add Over a Brew to the home screen.',
  SAVE_EACH_TIME: 'Save to a file after each meeting.',
  SEND_CSV: 'Send the spreadsheet',
  SEND_RECORD: 'Send the full record',
  SEND_CANCELLED: 'Nothing was sent.',
} as const;

const FILL_KEY = 'over-a-brew:fill-screen';

/** Stand in for navigator.storage.persist(): it answers `grant`, and counts the asks. */
function standInPersist(grant: boolean): void {
  const w = window as any;
  w.__e2eAsked = 0;
  let kept = false;
  const storage = navigator.storage as any;
  storage.persisted = async () => kept;
  storage.persist = async () => {
    w.__e2eAsked += 1;
    kept = grant;
    return kept;
  };
}

/** Stand in for Web Share: `json` says whether .json files may be sent; `cancel` closes the sheet. */
function standInShare({ json, cancel }: { json: boolean; cancel: boolean }): void {
  const w = window as any;
  w.__e2eShared = [];
  const ok = (data: any) =>
    !!data && Array.isArray(data.files) && data.files.length > 0 && data.files.every((f: File) => json || !f.name.endsWith('.json'));
  (navigator as any).canShare = ok;
  (navigator as any).share = async (data: any) => {
    if (!ok(data)) throw new TypeError('not allowed');
    if (cancel) throw new DOMException('The person closed the share sheet', 'AbortError');
    for (const f of data.files as File[]) w.__e2eShared.push({ name: f.name, type: f.type, text: await f.text() });
  };
}

/** A browser with none of it (older Safari): no full screen, no storage manager, no sharing. */
function withoutKioskFeatures(): void {
  Object.defineProperty(Document.prototype, 'fullscreenEnabled', { get: () => undefined, configurable: true });
  Object.defineProperty(Element.prototype, 'requestFullscreen', { value: undefined, configurable: true });
  Object.defineProperty(Navigator.prototype, 'storage', { get: () => undefined, configurable: true });
  Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true });
  Object.defineProperty(Navigator.prototype, 'canShare', { value: undefined, configurable: true });
}

async function isFull(page: Page): Promise<boolean> {
  return page.evaluate(() => document.fullscreenElement !== null);
}

test('"Fill the screen" fills it, and the meeting fills it again at the next tap', async ({ page }) => {
  const h = new HostPage(page);
  await h.meeting.goto();
  await h.open();
  const tablet = h.section(KIOSK.THIS_TABLET);
  const fill = tablet.getByRole('button', { name: KIOSK.FILL_SCREEN, exact: true });
  await expect(fill).toHaveAttribute('aria-pressed', 'false');
  await expectNoAxeViolations(page, 'host tools');

  await fill.click();
  await expect(fill).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => isFull(page)).toBe(true);

  // Leaving a page ends full screen; the meeting fills it again at the first tap.
  await h.leave();
  await expect.poll(() => isFull(page)).toBe(false);
  await h.meeting.next();
  await expect.poll(() => isFull(page)).toBe(true);

  // Tap it again in host tools to stop; the meeting then stays as it is.
  await h.open();
  await expect(fill).toHaveAttribute('aria-pressed', 'true');
  await fill.click();
  await expect(fill).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => isFull(page)).toBe(false);
  expect(await page.evaluate((k) => localStorage.getItem(k), FILL_KEY)).toBeNull();
  await h.leave();
  await h.meeting.next();
  expect(await isFull(page)).toBe(false);
});

test('the browser is asked to keep the meetings when the meeting starts; host tools say it will', async ({ page }) => {
  await page.addInitScript(standInPersist, true);
  const h = new HostPage(page);
  await h.meeting.goto();
  // Not at "Grab a brew": the meeting has not started.
  expect(await page.evaluate(() => (window as any).__e2eAsked)).toBe(0);
  await h.meeting.next();
  await expect.poll(() => page.evaluate(() => (window as any).__e2eAsked)).toBe(1);

  await h.open();
  const tablet = h.section(KIOSK.THIS_TABLET);
  await expect(tablet.getByText(KIOSK.KEPT, { exact: true })).toBeVisible();
  await expect(tablet.getByText(KIOSK.MAY_CLEAR, { exact: true })).toHaveCount(0);
});

test('where the browser may clear the meetings, host tools say so and what to do', async ({ page }) => {
  await page.addInitScript(standInPersist, false);
  const h = new HostPage(page);
  await h.meeting.goto();
  await h.meeting.next();
  await expect.poll(() => page.evaluate(() => (window as any).__e2eAsked)).toBe(1);

  await h.open();
  const tablet = h.section(KIOSK.THIS_TABLET);
  for (const words of [KIOSK.MAY_CLEAR, KIOSK.MAY_CLEAR_WHY, KIOSK.ADD_TO_HOME, KIOSK.SAVE_EACH_TIME]) {
    await expect(tablet.getByText(words, { exact: true })).toBeVisible();
  }
  await expect(tablet.getByText(KIOSK.KEPT, { exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page, 'host tools, may clear');
});

test('"Send the spreadsheet" and "Send the full record" open the share sheet with the file', async ({ page }) => {
  await page.addInitScript(standInShare, { json: true, cancel: false });
  const h = new HostPage(page);
  await h.meeting.goto();
  await h.meeting.goToStep('Thinking time');
  await h.addThought('Sent from the table');
  await h.open();
  const id = await h.currentId();
  const files = h.section(HOST.FILES);
  await expect(h.meetingRows().first()).toContainText(HOST.NOT_SAVED_TO_FILE);

  await files.getByRole('button', { name: KIOSK.SEND_CSV, exact: true }).click();
  await expect.poll(() => page.evaluate(() => (window as any).__e2eShared.length)).toBe(1);
  const [csv] = await page.evaluate(() => (window as any).__e2eShared);
  expect(csv.name).toMatch(/^over-a-brew-\d{4}-\d{2}-\d{2}.*\.csv$/);
  expect(csv.type).toBe('text/csv');
  expect(csv.text).toContain('Sent from the table');
  await expect(h.filesStatus()).toHaveText(`Sent the file ${csv.name}.`);
  // A sent file counts as saved.
  await expect(h.meetingRows().first()).toContainText(HOST.SAVED_TO_FILE);

  await files.getByRole('button', { name: KIOSK.SEND_RECORD, exact: true }).click();
  await expect.poll(() => page.evaluate(() => (window as any).__e2eShared.length)).toBe(2);
  const record = (await page.evaluate(() => (window as any).__e2eShared))[1];
  expect(record.name).toMatch(/\.json$/);
  expect(record.type).toBe('application/json');
  // The whole record of this meeting: its id, and the thought added.
  const full = JSON.parse(record.text);
  expect(full.kind).toBe('over-a-brew-record');
  expect(full.schema_version).toBe('1');
  expect(full.meeting.id).toBe(id);
  const thoughts = full.thoughts.thoughts as Array<Record<string, unknown>>;
  expect(thoughts.map((t) => t.text)).toEqual(['Sent from the table']);
  expect(thoughts.map((t) => t.meeting)).toEqual([id]);
  await expect(h.filesStatus()).toHaveText(`Sent the file ${record.name}.`);
});

test('closing the share sheet sends nothing, and says so', async ({ page }) => {
  await page.addInitScript(standInShare, { json: true, cancel: true });
  const h = new HostPage(page);
  await h.meeting.goto();
  await h.open();
  await h.section(HOST.FILES).getByRole('button', { name: KIOSK.SEND_CSV, exact: true }).click();
  await expect(h.filesStatus()).toHaveText(KIOSK.SEND_CANCELLED);
  await expect(h.meetingRows().first()).toContainText(HOST.NOT_SAVED_TO_FILE);
});

test('only the files the browser can send are offered', async ({ page }) => {
  // As Chrome on Android: a spreadsheet may be shared, a .json file may not.
  await page.addInitScript(standInShare, { json: false, cancel: false });
  const h = new HostPage(page);
  await h.meeting.goto();
  await h.open();
  const files = h.section(HOST.FILES);
  await expect(files.getByRole('button', { name: KIOSK.SEND_CSV, exact: true })).toBeVisible();
  await expect(files.getByRole('button', { name: KIOSK.SEND_RECORD, exact: true })).toHaveCount(0);
});

test('where the browser has none of these, their buttons are hidden and everything else works', async ({ page }) => {
  await page.addInitScript(withoutKioskFeatures);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const h = new HostPage(page);
  await h.meeting.goto();
  await h.meeting.next();
  await h.open();

  await expect(page.getByRole('button', { name: KIOSK.FILL_SCREEN })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Send / })).toHaveCount(0);
  const tablet = h.section(KIOSK.THIS_TABLET);
  await expect(tablet.getByText(KIOSK.MAY_CLEAR, { exact: true })).toBeVisible();
  await expect(tablet.getByText(KIOSK.SAVE_EACH_TIME, { exact: true })).toBeVisible();
  // Saving still works.
  const csv = await h.save(HOST.SAVE_CSV);
  await expect(h.filesStatus()).toHaveText(`Saved the file ${csv.name}.`);
  await h.leave();
  await h.meeting.next();
  expect(errors).toEqual([]);
});

test('this test browser has no Web Share: the send buttons are not shown', async ({ page }) => {
  const h = new HostPage(page);
  await h.meeting.goto();
  expect(await page.evaluate(() => typeof (navigator as any).canShare === 'function' && typeof navigator.share === 'function')).toBe(false);
  await h.open();
  await expect(h.section(HOST.FILES).getByRole('button', { name: HOST.SAVE_CSV, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Send / })).toHaveCount(0);
});
