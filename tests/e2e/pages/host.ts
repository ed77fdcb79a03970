// Host tools, as the person running the meeting sees them.
//
// As in meeting.ts, controls are found ONLY by role and accessible name, with
// the exact words from src/text.rs (`pub mod host`), and plain text by its
// words. The one exception is the hidden file input, which is found by its
// label ("Choose files") and checked to be #bring-in-files.
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import * as fs from 'node:fs/promises';
import { MeetingPage } from './meeting';

/** The words of host tools (src/text.rs `pub mod host`). */
export const HOST = {
  OPEN: 'Host tools',
  ASK: 'Are you running this meeting?',
  YES: 'Yes',
  NO: 'No',
  PIN_LABEL: 'Your 4-number PIN',
  PIN_OPEN: 'Open host tools',
  PIN_WRONG: 'That PIN is not right. Try again.',
  HEADING: 'Host tools',
  BACK: 'Back to the meeting',

  SETUP: 'Set up this meeting',
  THEME: 'Meeting name or theme',
  TABLE: 'Table name',
  NEW_QUESTION: 'Write a new question',
  ADD_QUESTION: 'Add this question',
  PEOPLE: 'Number of people',
  THINKING: 'Thinking time',
  TURN: 'Each turn',
  TALK: 'Talk about what you heard',
  NO_CLOCK: 'No clock',
  ONE_AT_A_TIME: 'One question at a time',
  OPENING: 'Opening words',
  PIN_SET: 'PIN for host tools',
  SAVE_SETUP: 'Save set-up',
  SETUP_SAVED: 'The set-up is saved.',
  NO_QUESTIONS: 'There are no questions. Add at least one question.',
  BAD_PIN: 'The PIN is not 4 numbers. Type 4 numbers, or leave it empty for no PIN.',

  THOUGHTS: 'Thoughts so far',
  NO_THOUGHTS: 'No thoughts yet.',

  FILES: 'Save to a file',
  SAVE_CSV: 'Save as a spreadsheet',
  SAVE_RECORD: 'Save the full record',
  PRINT: 'Print a summary',
  SAVE_TEXT: 'Save the summary as a text file',

  BRING_IN: 'Add thoughts from another tablet',
  CHOOSE_FILES: 'Choose files',
  NOTHING_CHANGED: 'Nothing was changed.',

  MEETINGS: 'Meetings on this tablet',
  THIS_MEETING: 'This meeting',
  OPEN_MEETING: 'Open',
  NEW_MEETING: 'Start a new meeting',
  SAVED_TO_FILE: 'Saved to a file',
  NOT_SAVED_TO_FILE: 'Not saved to a file yet',
  DELETE: 'Delete this meeting',
  DELETE_ASK: 'Delete this meeting? Deleted means gone. It cannot come back.',
  DELETE_SAVED: 'This meeting was saved to a file.',
  DELETE_NOT_SAVED: 'This meeting has NOT been saved to a file. Its thoughts will be lost.',
  DELETE_TYPE: 'To delete it, type the word delete',
  DELETE_YES: 'Yes, delete it',
  DELETE_NO: 'No, keep it',
  DELETE_MUST_TYPE: 'The word delete is not typed yet. Type it in the box first.',
  DELETED: 'The meeting is deleted.',

  SPACE: 'Space on this tablet',
} as const;

/** "Saved the file over-a-brew-....csv." (src/text.rs `saved_file`). */
export function savedFile(name: string): string {
  return `Saved the file ${name}.`;
}

/** The words of "Add thoughts from another tablet" (src/export/mod.rs `words`). */
export const BRING_IN_WORDS = {
  TOO_BIG: 'This file is too big. Choose a file of 5 MB or less.',
  NOT_OURS: 'This is not a file from Over a Brew. Choose a file made with Save the full record.',
  DAMAGED: 'This file could not be read. It may be damaged. Choose a file made with Save the full record.',
} as const;

/** The ready questions (src/meeting/plan.rs READY_QUESTIONS). */
export const READY_QUESTIONS = [
  'What do you value about the Over a Brew approach?',
  'What would you put in a set of Over a Brew principles, however random?',
  'How do we use what we have heard in these spaces?',
  'How do we use what we have heard in our own lives?',
] as const;

/** localStorage keys (src/store/schema.rs). */
export const KEYS = {
  PREFIX: 'over-a-brew:',
  CURRENT: 'over-a-brew:current',
  PIN: 'over-a-brew:pin',
  meeting: (id: string) => `over-a-brew:meeting:${id}`,
  thoughts: (id: string) => `over-a-brew:thoughts:${id}`,
  draft: (id: string) => `over-a-brew:draft:${id}`,
} as const;

/** A durable thought record (src/platform/idb.js). */
export interface IdbRecord {
  id: string;
  meeting: string;
  json: string;
}

/** Everything the app keeps on the tablet: localStorage and the IndexedDB records. */
export interface Storage {
  local: Record<string, string>;
  idb: IdbRecord[];
}

/** A saved file, as the browser gave it. */
export interface SavedFile {
  name: string;
  bytes: Buffer;
  /** The bytes as UTF-8 text (a BOM, if any, is kept as U+FEFF). */
  text: string;
}

export class HostPage {
  readonly meeting: MeetingPage;

  constructor(readonly page: Page) {
    this.meeting = new MeetingPage(page);
  }

  // ---------- the way in ----------

  /** The small corner button, on every screen. */
  openButton(): Locator {
    // The top bar holds it; host tools have a heading with the same words, not a button.
    return this.page.getByRole('banner').getByRole('button', { name: HOST.OPEN, exact: true });
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  heading(): Locator {
    return this.meeting.heading();
  }

  /** Tap "Host tools" and wait for "Are you running this meeting?". */
  async ask(): Promise<void> {
    await this.openButton().click();
    await this.meeting.settle();
    await expect(this.heading()).toHaveText(HOST.ASK);
  }

  /** Tap "Yes" on the question: host tools (no PIN) or the PIN screen. */
  async yes(): Promise<void> {
    await this.button(HOST.YES).click();
    await this.meeting.settle();
  }

  /** The PIN box on the PIN screen. */
  pinBox(): Locator {
    return this.page.getByLabel(HOST.PIN_LABEL, { exact: true });
  }

  /** Type a PIN and tap "Open host tools". */
  async enterPin(pin: string): Promise<void> {
    await this.pinBox().fill(pin);
    await this.button(HOST.PIN_OPEN).click();
    await this.meeting.settle();
  }

  /**
   * From a step: "Host tools", "Yes" (and the PIN if given), and wait for
   * host tools. (They may be drawn over the step or be a page of their own:
   * the expectations below wait either way.)
   */
  async open(pin?: string): Promise<void> {
    await this.ask();
    await this.yes();
    if (pin !== undefined) {
      await expect(this.pinBox()).toBeVisible();
      await this.enterPin(pin);
    }
    await expect(this.heading()).toHaveText(HOST.HEADING);
  }

  /** "Back to the meeting" (the first of the two), and wait for a step screen. */
  async leave(): Promise<void> {
    await this.button(HOST.BACK).first().click();
    await this.meeting.settle();
    await expect(this.meeting.stepCount()).toBeVisible();
  }

  /** True when host tools are on screen now (after the page has settled). */
  async inHostTools(): Promise<boolean> {
    await expect(this.heading()).toBeVisible();
    return (await this.heading().textContent())?.trim() === HOST.HEADING;
  }

  /**
   * Make sure host tools are on screen. After "Start a new meeting", "Open"
   * or deleting the meeting on screen the page loads again: it may come back
   * in host tools or on the meeting; either is fine.
   */
  async ensureHostTools(pin?: string): Promise<void> {
    if (!(await this.inHostTools())) await this.open(pin);
  }

  /** Make sure a step of the meeting is on screen (leaving host tools if open). */
  async ensureMeeting(): Promise<void> {
    if (await this.inHostTools()) await this.leave();
    await expect(this.meeting.stepCount()).toBeVisible();
  }

  /**
   * Tap a control that loads the page again ("Start a new meeting", "Open",
   * "Yes, delete it" on the meeting on screen), and wait until it has.
   */
  async tapAndReload(control: Locator): Promise<void> {
    await Promise.all([this.page.waitForEvent('load'), control.click()]);
    await expect(this.heading()).toBeVisible();
    await this.meeting.settle();
  }

  /** "Start a new meeting": returns the new meeting's id. */
  async startNewMeeting(): Promise<string> {
    const old = await this.currentId();
    await this.tapAndReload(this.section(HOST.MEETINGS).getByRole('button', { name: HOST.NEW_MEETING, exact: true }));
    const id = await this.currentId();
    expect(id, 'a new meeting id').not.toBe(old);
    return id;
  }

  /** A section of host tools, by its heading. */
  section(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  // ---------- set-up ----------

  field(label: string): Locator {
    return this.section(HOST.SETUP).getByLabel(label, { exact: true });
  }

  /** The text box of question `n` (from 1). */
  question(n: number): Locator {
    return this.field(`Question ${n}`);
  }

  /** Every question box of the set-up, in order. */
  questions(): Locator {
    return this.section(HOST.SETUP).getByRole('textbox', { name: /^Question \d+$/ });
  }

  /** Pick a time from one of the time lists by its words ("2 minutes", "No clock"). */
  async chooseTime(list: 'Thinking time' | 'Each turn' | 'Talk about what you heard', words: string): Promise<void> {
    await this.field(list).selectOption({ label: words });
  }

  /** Tap "Save set-up" and expect "The set-up is saved.". */
  async saveSetup(): Promise<void> {
    await this.button(HOST.SAVE_SETUP).click();
    await expect(this.section(HOST.SETUP).getByRole('status')).toHaveText(HOST.SETUP_SAVED);
  }

  /** Set theme and table (typed, then committed as a person would: by leaving the box). */
  async setThemeAndTable(theme: string, table: string): Promise<void> {
    await this.field(HOST.THEME).fill(theme);
    await this.field(HOST.TABLE).fill(table);
    // `change` fires on fill() for inputs; blur as well, to be safe.
    await this.field(HOST.TABLE).blur();
  }

  // ---------- files ----------

  /** Tap a "Save ..." button and return the file the browser was given. */
  async save(name: string): Promise<SavedFile> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.section(HOST.FILES).getByRole('button', { name, exact: true }).click(),
    ]);
    return readDownload(download);
  }

  /** The status line under the "Save ..." buttons. */
  filesStatus(): Locator {
    return this.section(HOST.FILES).getByRole('status');
  }

  /** The file input labelled "Choose files". */
  chooseFiles(): Locator {
    return this.section(HOST.BRING_IN).getByLabel(HOST.CHOOSE_FILES, { exact: true });
  }

  /** The report of "Add thoughts from another tablet". */
  bringInReport(): Locator {
    return this.section(HOST.BRING_IN).getByRole('status');
  }

  /** The thoughts listed under "Thoughts so far". */
  thoughtsSoFar(): Locator {
    return this.section(HOST.THOUGHTS).getByRole('listitem');
  }

  // ---------- meetings ----------

  /** The meetings listed under "Meetings on this tablet". */
  meetingRows(): Locator {
    return this.section(HOST.MEETINGS).getByRole('list').first().getByRole('listitem');
  }

  /** The confirmation of "Delete this meeting". */
  deleteConfirmation(): Locator {
    return this.page.getByRole('group', { name: HOST.DELETE_ASK, exact: true });
  }

  meetingsStatus(): Locator {
    return this.section(HOST.MEETINGS).getByRole('status');
  }

  // ---------- the meeting ----------

  /** Tap "Add a thought", type `text`, "Save thought", and wait until it is saved. */
  async addThought(text: string): Promise<void> {
    await this.page.getByRole('button', { name: /^Add a (lasting )?thought$/ }).click();
    await this.meeting.settle();
    const box = this.page.getByRole('textbox', { name: 'Your thought', exact: true });
    await box.fill(text);
    await this.button('Save thought').click();
    // The form closes, and "✓ Your thought is saved." with "Undo" shows.
    await expect(box).toHaveCount(0);
    await expect(this.button('Undo')).toBeVisible();
    await expect(this.page.getByText('Your thought is saved.').first()).toBeVisible();
    await this.meeting.settle();
  }

  /** "Step k of n", read as numbers. */
  async stepPlace(): Promise<{ at: number; of: number }> {
    const words = ((await this.meeting.stepCount().textContent()) ?? '').trim();
    const m = /^Step (\d+) of (\d+)$/.exec(words);
    if (!m) throw new Error(`no step count on screen (read "${words}")`);
    return { at: Number(m[1]), of: Number(m[2]) };
  }

  /** "Next step", for a meeting of any length (MeetingPage.next() assumes one question). */
  async nextStep(): Promise<void> {
    const { at, of } = await this.stepPlace();
    await this.meeting.button('Next step').click();
    await expect(this.meeting.stepCount()).toHaveText(`Step ${at + 1} of ${of}`);
    await this.meeting.settle();
  }

  // ---------- storage ----------

  /** The id of the meeting on screen, from localStorage. */
  async currentId(): Promise<string> {
    const id = await this.page.evaluate((key) => localStorage.getItem(key), KEYS.CURRENT);
    expect(id, 'a current meeting id in localStorage').toBeTruthy();
    return id as string;
  }

  /** Everything kept: localStorage, and every record of the IndexedDB "thoughts" store. */
  async storage(): Promise<Storage> {
    return this.page.evaluate(async () => {
      const local: Record<string, string> = {};
      for (let i = 0; i < localStorage.length; i++) {
        const k = localStorage.key(i) as string;
        local[k] = localStorage.getItem(k) as string;
      }
      const idb = await new Promise<Array<{ id: string; meeting: string; json: string }>>((resolve, reject) => {
        const open = indexedDB.open('over-a-brew');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('thoughts')) {
            db.close();
            resolve([]);
            return;
          }
          const req = db.transaction('thoughts', 'readonly').objectStore('thoughts').getAll();
          req.onsuccess = () => {
            db.close();
            resolve(req.result.map(({ id, meeting, json }: any) => ({ id, meeting, json })));
          };
          req.onerror = () => {
            db.close();
            reject(req.error);
          };
        };
      });
      return { local, idb };
    });
  }
}

/** Read a download's name and bytes. */
export async function readDownload(download: Download): Promise<SavedFile> {
  const failure = await download.failure();
  expect(failure, `download of ${download.suggestedFilename()} failed`).toBeNull();
  const path = await download.path();
  const bytes = await fs.readFile(path);
  return { name: download.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}

/**
 * In the page, before any of its scripts: replace window.print with a
 * counter, so "Print a summary" opens no dialog and the test can see it was
 * asked for (`window.__e2ePrinted`).
 */
export function stubPrint(): void {
  const w = window as any;
  w.__e2ePrinted = 0;
  w.print = () => {
    w.__e2ePrinted += 1;
  };
}
