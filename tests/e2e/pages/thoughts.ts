// "Add a thought" and where thoughts are kept, for the thought tests.
//
// Controls are found by role and accessible name, with the exact words of
// src/text.rs (`thought`, `host`). Storage is read back directly, the way a
// person with DevTools would check it: the quick copy in localStorage and
// the durable records in IndexedDB (src/store/thoughts.rs, src/platform/idb.js).
import { expect, type Locator, type Page } from '@playwright/test';
import { MeetingPage } from './meeting';

/** src/text.rs `thought`. */
export const WORDS = {
  add: 'Add a thought',
  addLasting: 'Add a lasting thought',
  label: 'Your thought',
  save: 'Save thought',
  cancel: 'Cancel',
  saved: 'Your thought is saved.',
  undo: 'Undo',
  undone: 'Your thought has been taken back.',
  cut: 'That was too long. We kept the first 1,000 letters.',
  thoughtsSoFar: 'Thoughts so far',
  hostTools: 'Host tools',
  yes: 'Yes',
  backToMeeting: 'Back to the meeting',
} as const;

/** localStorage keys (src/store/schema.rs). */
export const KEYS = {
  current: 'over-a-brew:current',
  thoughts: (id: string) => `over-a-brew:thoughts:${id}`,
  meeting: (id: string) => `over-a-brew:meeting:${id}`,
  draft: (id: string) => `over-a-brew:draft:${id}`,
  backupPrefix: 'over-a-brew:backup:',
};

/** A thought as saved (src/meeting/thought.rs `Thought`). */
export interface StoredThought {
  id: string;
  meeting: string;
  text: string;
  kind: 'thought' | 'lasting';
  step: unknown;
  minute: number;
  [field: string]: unknown;
}

/** The quick copy (src/store/schema.rs `SavedThoughts::V1`). */
export interface QuickCopy {
  schema_version: string;
  thoughts: StoredThought[];
  removed: string[];
}

export class ThoughtsPage {
  readonly m: MeetingPage;

  constructor(readonly page: Page, m?: MeetingPage) {
    this.m = m ?? new MeetingPage(page);
  }

  // ---------- controls ----------

  /** "Add a thought" (or "Add a lasting thought" on the last two steps). */
  addButton(lasting = false): Locator {
    return this.page.getByRole('button', { name: lasting ? WORDS.addLasting : WORDS.add, exact: true });
  }

  /** Either wording of the open-the-form button. */
  anyAddButton(): Locator {
    return this.page.getByRole('button', { name: /^Add a (lasting )?thought$/ });
  }

  /** The form's heading. */
  formHeading(lasting = false): Locator {
    return this.page.getByRole('heading', { name: lasting ? WORDS.addLasting : WORDS.add, exact: true });
  }

  textbox(): Locator {
    return this.page.getByRole('textbox', { name: WORDS.label, exact: true });
  }

  saveButton(): Locator {
    return this.page.getByRole('button', { name: WORDS.save, exact: true });
  }

  cancelButton(): Locator {
    return this.page.getByRole('button', { name: WORDS.cancel, exact: true });
  }

  undoButton(): Locator {
    return this.page.getByRole('button', { name: WORDS.undo, exact: true });
  }

  /** "Your thought is saved." on the step screen. */
  savedNote(): Locator {
    // A paragraph: the live region (role=status) holds the same words.
    return this.page.getByRole('paragraph').filter({ hasText: WORDS.saved });
  }

  /** The storage notices on every screen (role=alert, src/ui/components/notices.rs). */
  notices(): Locator {
    return this.page.locator('.notices[role="alert"]');
  }

  /** Every alert on the page (notices, form problems). */
  alerts(): Locator {
    return this.page.getByRole('alert');
  }

  // ---------- doing things ----------

  /** Open the form, from the step screen. */
  async open(lasting = false): Promise<void> {
    await this.addButton(lasting).click();
    await this.m.settle();
    await expect(this.formHeading(lasting)).toBeVisible();
    await expect(this.textbox()).toBeVisible();
  }

  /** Open the form, write `text`, tap "Save thought", and wait for "Your thought is saved.". */
  async add(text: string, lasting = false): Promise<void> {
    await this.open(lasting);
    await this.textbox().fill(text);
    await this.saveButton().click();
    await expect(this.savedNote()).toBeVisible();
    await this.m.settle();
  }

  // ---------- host tools: "Thoughts so far" ----------

  /** Host tools → "Yes" (no PIN in these tests). */
  async openHostTools(): Promise<void> {
    await this.page.getByRole('button', { name: WORDS.hostTools, exact: true }).click();
    await this.m.settle();
    await this.page.getByRole('button', { name: WORDS.yes, exact: true }).click();
    await this.m.settle();
    await expect(this.page.getByRole('heading', { level: 1, name: WORDS.hostTools })).toBeVisible();
  }

  async closeHostTools(): Promise<void> {
    await this.page.getByRole('button', { name: WORDS.backToMeeting, exact: true }).first().click();
    await this.m.settle();
    await expect(this.anyAddButton()).toBeVisible();
  }

  /** The "Thoughts so far" section of host tools. */
  thoughtsSoFar(): Locator {
    return this.page.getByRole('region', { name: WORDS.thoughtsSoFar, exact: true });
  }

  /** The thoughts listed there. */
  listedThoughts(): Locator {
    return this.thoughtsSoFar().getByRole('listitem');
  }

  /** Open host tools, read the texts listed under "Thoughts so far", and go back. */
  async shownThoughts(): Promise<string[]> {
    await this.openHostTools();
    const texts = await this.listedTexts();
    await this.closeHostTools();
    return texts;
  }

  /** The thought texts listed now (host tools must be open). */
  async listedTexts(): Promise<string[]> {
    await expect(this.thoughtsSoFar()).toBeVisible();
    return this.thoughtsSoFar().locator('.thoughts__text').allTextContents();
  }

  // ---------- storage ----------

  /** The meeting on screen, from `over-a-brew:current`. */
  async meetingId(): Promise<string> {
    const id = await this.page.evaluate((k) => localStorage.getItem(k), KEYS.current);
    expect(id, 'over-a-brew:current is set').toBeTruthy();
    return id as string;
  }

  /** The raw value of a localStorage key. */
  async raw(key: string): Promise<string | null> {
    return this.page.evaluate((k) => localStorage.getItem(k), key);
  }

  /** The quick copy of the meeting's thoughts, parsed (null if none). */
  async quickCopy(meetingId?: string): Promise<QuickCopy | null> {
    const id = meetingId ?? (await this.meetingId());
    const raw = await this.raw(KEYS.thoughts(id));
    return raw === null ? null : (JSON.parse(raw) as QuickCopy);
  }

  /** The texts of the quick copy's thoughts. */
  async quickTexts(meetingId?: string): Promise<string[]> {
    return ((await this.quickCopy(meetingId))?.thoughts ?? []).map((t) => t.text);
  }

  /**
   * The durable records of a meeting, parsed (IndexedDB "over-a-brew",
   * store "thoughts"). Never creates the database: an empty one would stop
   * the app from making its store.
   */
  async durable(meetingId?: string): Promise<StoredThought[]> {
    const id = meetingId ?? (await this.meetingId());
    return readDurable(this.page, id);
  }

  async durableTexts(meetingId?: string): Promise<string[]> {
    return (await this.durable(meetingId)).map((t) => t.text);
  }

  /** Keys in localStorage that start with `prefix`. */
  async keysStartingWith(prefix: string): Promise<string[]> {
    return this.page.evaluate((p) => Object.keys(localStorage).filter((k) => k.startsWith(p)), prefix);
  }
}

/** Every durable thought record of `meetingId` in the page's origin, parsed. */
export async function readDurable(page: Page, meetingId: string): Promise<StoredThought[]> {
  const records: Array<{ id: string; meeting: string; json: string }> = await page.evaluate(async () => {
    const known = await indexedDB.databases();
    if (!known.some((d) => d.name === 'over-a-brew')) return [];
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const r = indexedDB.open('over-a-brew');
      // Not there after all: do not create it.
      r.onupgradeneeded = () => r.transaction?.abort();
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    try {
      if (!db.objectStoreNames.contains('thoughts')) return [];
      return await new Promise<any[]>((resolve, reject) => {
        const g = db.transaction('thoughts', 'readonly').objectStore('thoughts').getAll();
        g.onsuccess = () => resolve(g.result);
        g.onerror = () => reject(g.error);
      });
    } finally {
      db.close();
    }
  });
  return records
    .filter((r) => r.meeting === meetingId)
    .map((r) => {
      const t = JSON.parse(r.json) as StoredThought;
      expect(t.id, 'a record is kept under its thought id').toBe(r.id);
      return t;
    });
}

/**
 * Fill localStorage up to its quota with keys that are not the app's.
 * Returns how many characters were written.
 */
export async function fillLocalStorage(page: Page): Promise<number> {
  return page.evaluate(() => {
    let written = 0;
    let n = 0;
    // Big pieces first, then ever smaller ones, until not even one character fits.
    for (let size = 1 << 20; size >= 1; size = Math.floor(size / 2)) {
      const piece = 'x'.repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`e2e-filler-${n}`, piece);
          n++;
          written += size;
        } catch (e) {
          if ((e as DOMException).name !== 'QuotaExceededError') throw e;
          break;
        }
      }
    }
    // Sure it is full: one more character will not go in.
    try {
      localStorage.setItem('e2e-filler-last', 'x');
      throw new Error('localStorage took more after it said it was full');
    } catch (e) {
      if ((e as DOMException).name !== 'QuotaExceededError') throw e;
    }
    return written;
  });
}
