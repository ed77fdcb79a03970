// Shared checks for the browser tests: axe, layout, the live region.
import * as fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import type { AxeResults, Result } from 'axe-core';
import { withRealTimers } from './pages/meeting';

// ---------- axe ----------

/** WCAG 2.0, 2.1 and 2.2, levels A and AA ... */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** ... and, from AAA, text contrast of at least 7:1 (4.5:1 for large text). */
export const AXE_EXTRA_RULES = ['color-contrast-enhanced'];

/**
 * Run axe on the page as it is now. Returns the violations, already in a
 * readable form, and attaches the full list to the test report.
 */
export async function axeViolations(page: Page, where: string): Promise<string[]> {
  // axe waits on setTimeout, which a stopped fake clock never fires.
  const results: AxeResults = await withRealTimers(page, () =>
    new AxeBuilder({ page })
      // `options` first: withTags() adds `runOnly` to these options, and the
      // rule enabled here runs as well as those the tags select.
      .options({ rules: Object.fromEntries(AXE_EXTRA_RULES.map((id) => [id, { enabled: true }])) })
      .withTags(AXE_TAGS)
      .analyze(),
  );

  // Make sure the AAA contrast rule really ran (a typo would silently skip it).
  const ran = new Set(
    [...results.passes, ...results.violations, ...results.incomplete, ...results.inapplicable].map((r) => r.id),
  );
  for (const id of [...AXE_EXTRA_RULES, 'color-contrast', 'target-size']) {
    expect(ran.has(id), `axe rule ${id} ran on ${where}`).toBe(true);
  }

  if (results.incomplete.length > 0) {
    // "Needs review": not failures, but worth a look in the report.
    test.info().annotations.push({
      type: `axe needs review (${where})`,
      description: results.incomplete.map((r) => `${r.id} ×${r.nodes.length}`).join(', '),
    });
  }
  return results.violations.map((v) => describeViolation(v, where));
}

/** Expect no axe violations, printing each one readably when there are. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const violations = await axeViolations(page, where);
  expect.soft(violations, `axe violations on ${where}:\n\n${violations.join('\n\n')}`).toEqual([]);
}

function describeViolation(v: Result, where: string): string {
  const nodes = v.nodes
    .map((n) => {
      const target = n.target.map(String).join(' ');
      const summary = (n.failureSummary ?? '').replace(/\n\s*/g, ' ');
      return `    - ${target}\n      ${n.html.slice(0, 160)}\n      ${summary}`;
    })
    .join('\n');
  return `[${where}] ${v.id} (${v.impact ?? 'no impact'}): ${v.help}\n  ${v.helpUrl}\n${nodes}`;
}

// ---------- layout ----------

export interface LayoutRules {
  /** The smallest width and height of any button, CSS px. */
  minButton: number;
  /** The smallest height of the main buttons, CSS px. */
  minMainButtonHeight: number;
  /** Accessible names of the main buttons. */
  mainButtons: readonly string[];
}

/**
 * Problems with the page's layout now: horizontal scrolling, and buttons
 * too small to tap. An empty list means all is well.
 */
export async function layoutProblems(page: Page, where: string, rules: LayoutRules): Promise<string[]> {
  const found = await page.evaluate((rules) => {
    const out: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth) {
      // Name the widest things that stick out, to help whoever fixes it.
      const culprits = Array.from(document.querySelectorAll('body *'))
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && r.right > doc.clientWidth + 0.5)
        .sort((a, b) => b.r.right - a.r.right)
        .slice(0, 3)
        .map(({ el, r }) => {
          const cls = el.getAttribute('class');
          const text = (el.textContent ?? '').trim().slice(0, 30);
          return `<${el.tagName.toLowerCase()}${cls ? ` class="${cls}"` : ''}> "${text}" right edge ${Math.round(r.right)}px`;
        });
      out.push(
        `scrolls sideways: scrollWidth ${doc.scrollWidth}px > clientWidth ${doc.clientWidth}px` +
          (culprits.length ? `; sticking out: ${culprits.join('; ')}` : ''),
      );
    }
    for (const b of Array.from(document.querySelectorAll('button'))) {
      const r = b.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue; // not shown
      const style = getComputedStyle(b);
      if (style.visibility === 'hidden' || b.closest('[hidden]')) continue;
      // The accessible name, as the tests use it: text not hidden from screen readers.
      const name = Array.from(b.childNodes)
        .filter((n) => !(n instanceof Element && n.getAttribute('aria-hidden') === 'true'))
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      const size = `${Math.round(r.width * 10) / 10}×${Math.round(r.height * 10) / 10}px`;
      if (r.width < rules.minButton || r.height < rules.minButton) {
        out.push(`button "${name}" is ${size}, smaller than ${rules.minButton}×${rules.minButton}px`);
      }
      if (rules.mainButtons.includes(name) && r.height < rules.minMainButtonHeight) {
        out.push(`main button "${name}" is ${size}, lower than ${rules.minMainButtonHeight}px`);
      }
      if (r.right > doc.clientWidth + 0.5 || r.left < -0.5) {
        out.push(`button "${name}" is partly off screen (${Math.round(r.left)}px to ${Math.round(r.right)}px)`);
      }
    }
    return out;
  }, rules);
  return found.map((p) => `[${where}] ${p}`);
}

// ---------- the live region ----------

/**
 * Start recording every text the polite live region (role="status") holds.
 * Returns a function that gives the non-empty texts in order (the app clears
 * the region before each message, so a message said twice shows twice).
 */
export async function recordLiveRegion(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const region = document.querySelector('[role="status"]');
    if (!region) throw new Error('no role="status" on the page');
    const seen: string[] = [];
    (window as any).__e2eHeard = seen;
    new MutationObserver(() => seen.push(region.textContent ?? '')).observe(region, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  return async () => {
    const seen: string[] = await page.evaluate(() => (window as any).__e2eHeard);
    // Fold only a text that stayed as it was (two mutations, same words);
    // the same words said twice, with the region cleared between, stay twice.
    const folded = seen.map((t) => t.trim()).filter((t, i, all) => i === 0 || t !== all[i - 1]);
    return folded.filter(Boolean);
  };
}

// ---------- killing a whole browser ----------

/** The pid of the main browser process using `userDataDir` (not its helpers). Linux only. */
export function browserPid(userDataDir: string): number | null {
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    const ours = args.includes(`--user-data-dir=${userDataDir}`);
    const helper = args.some((a) => a.startsWith('--type='));
    if (ours && !helper) return Number(entry);
  }
  return null;
}

/** Wait until process `pid` has gone (after SIGKILL). */
export async function waitForExit(pid: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`browser process ${pid} did not exit`);
}

// ---------- words ----------

const TEXT_RS = fs.readFileSync(`${__dirname}/../../src/text.rs`, 'utf8');

/**
 * The words the app shows, read from src/text.rs (`pub const NAME` inside
 * `pub mod module`), so a test never holds its own copy that drifts.
 */
export function words(module: string, name: string): string {
  const start = TEXT_RS.indexOf(`pub mod ${module} {`);
  if (start < 0) throw new Error(`no module ${module} in text.rs`);
  const found = new RegExp(`pub const ${name}: &str =\\s*"((?:[^"\\\\]|\\\\.)*)";`).exec(TEXT_RS.slice(start));
  if (!found) throw new Error(`no ${module}::${name} in text.rs`);
  return found[1].replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
}

// ---------- no storage ----------

/**
 * From now on, on the open page, nothing more is kept: localStorage's
 * setItem and IndexedDB's put and delete all throw.
 */
export async function refuseWrites(page: Page): Promise<void> {
  await page.evaluate(() => {
    const refuse = () => {
      throw new DOMException('refused', 'UnknownError');
    };
    Storage.prototype.setItem = refuse;
    IDBObjectStore.prototype.put = refuse;
    IDBObjectStore.prototype.delete = refuse;
  });
}

/** A browser that keeps nothing: localStorage and IndexedDB both throw, as in some private modes. */
export async function blockStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const blocked = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    Object.defineProperty(window, 'localStorage', { configurable: true, get: blocked });
    Object.defineProperty(window, 'indexedDB', { configurable: true, get: blocked });
  });
}
