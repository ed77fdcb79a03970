// The app as a person sees it, through WebDriver, in WebKit.
//
// As in tests/e2e/pages, controls are found ONLY by their role and accessible
// name, with the exact words from src/text.rs. WebDriver has no "find by
// role", so a small script in the page finds the visible control whose name
// matches, and WebKit's own accessibility tree is then asked for that
// element's name (WebDriver "Get Computed Label") to be sure a screen reader
// hears the same words. Taps and typing are real WebDriver input, not
// scripted clicks.
import { ELEMENT } from './webdriver.mjs';

/** How long to wait for the page to show something, by default. */
export const WAIT_MS = 15_000;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Helpers defined in the page before each script. Kept small: a visible
 * check, and the accessible name the way the app gives it (aria-label,
 * aria-labelledby, or the text not hidden from screen readers).
 */
const IN_PAGE = String.raw`
// On screen, and not hidden from screen readers (a copy drawn for the far side of the table is).
const shown = (el) => el.isConnected && el.getClientRects().length > 0 && !el.closest('[hidden]')
  && !el.closest('[aria-hidden="true"]') && getComputedStyle(el).visibility !== 'hidden';
const squash = (s) => (s || '').replace(/\s+/g, ' ').trim();
const textOf = (el) => {
  if (el.nodeType === Node.TEXT_NODE) return el.textContent;
  if (el.nodeType !== Node.ELEMENT_NODE || el.getAttribute('aria-hidden') === 'true') return '';
  if (el.tagName === 'STYLE' || el.tagName === 'SCRIPT') return '';
  return Array.from(el.childNodes).map(textOf).join(el.tagName === 'BR' ? ' ' : '');
};
const nameOf = (el) => {
  const label = el.getAttribute('aria-label');
  if (label) return squash(label);
  const by = el.getAttribute('aria-labelledby');
  if (by) return squash(by.split(/\s+/).map((id) => { const t = document.getElementById(id); return t ? textOf(t) : ''; }).join(' '));
  return squash(textOf(el));
};
const buttons = (within) => Array.from((within || document).querySelectorAll('button, [role="button"]')).filter(shown);
const findButton = (name, within) => buttons(within).filter((b) => nameOf(b) === name);
const timer = () => {
  const t = Array.from(document.querySelectorAll('[role="timer"]')).filter(shown);
  return t.length === 1 ? t[0] : null;
};
const heading = () => Array.from(document.querySelectorAll('h1')).filter(shown).map((h) => squash(textOf(h)));
const region = (name) => Array.from(document.querySelectorAll('section[aria-labelledby], section[aria-label], [role="region"]'))
  .filter(shown).find((r) => nameOf(r) === name) || null;
const hasText = (words) => Array.from(document.querySelectorAll('body *')).some((el) => shown(el)
  && Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && squash(n.textContent) !== '')
  && squash(textOf(el)) === words);
`;

export class AppPage {
  constructor(session, baseUrl) {
    this.s = session;
    this.baseUrl = baseUrl;
  }

  /** Run `fn(...args)` in the page, with the helpers above in scope. */
  run(fn, ...args) {
    return this.s.execute(`${IN_PAGE}\nreturn (${fn}).apply(null, arguments);`, ...args);
  }

  /**
   * Wait until `fn(...args)` in the page gives something truthy; return it.
   * On time-out, fail with `what` and the last thing the page gave.
   */
  async waitFor(what, fn, args = [], ms = WAIT_MS) {
    const until = Date.now() + ms;
    let last;
    for (;;) {
      try {
        last = await this.run(fn, ...args);
        if (last) return last;
      } catch (e) {
        // A page in the middle of loading can refuse a script; try again.
        last = e.message;
      }
      if (Date.now() > until) throw new Error(`${what}: not seen in ${ms / 1000} s (last seen: ${JSON.stringify(last)})`);
      await sleep(150);
    }
  }

  // ---------- reading ----------

  /** The visible h1 texts (there should be exactly one). */
  headings() {
    return this.run(() => heading());
  }

  /** Wait until the one visible h1 reads `words`. */
  async expectHeading(words, ms = WAIT_MS) {
    try {
      await this.waitFor(`the heading "${words}"`, (w) => {
        const h = heading();
        return h.length === 1 && h[0] === w;
      }, [words], ms);
    } catch (e) {
      // Say what is on screen instead, to help whoever looks at the failure.
      const seen = await this.run(() => ({ headings: heading(), words: squash(document.body ? document.body.innerText : '').slice(0, 120) })).catch(() => null);
      const what = !seen ? 'the page did not answer'
        : seen.headings.length ? `headings on screen: ${JSON.stringify(seen.headings)}`
        : seen.words ? `no heading on screen; it reads "${seen.words}"`
        : 'the page is blank';
      throw new Error(`the heading "${words}": not seen in ${ms / 1000} s (${what})`, { cause: e });
    }
  }

  /** Wait until an element showing exactly `words` is on screen. */
  async expectText(words, ms = WAIT_MS) {
    await this.waitFor(`the words "${words}" on screen`, (w) => hasText(w), [words], ms);
  }

  /** True if an element showing exactly `words` is on screen now. */
  showsText(words) {
    return this.run((w) => hasText(w), words);
  }

  /** The digits of the clock (the one visible role="timer"), or null. */
  digits() {
    return this.run(() => (timer() ? squash(timer().textContent) : null));
  }

  /** How many visible buttons are named `name`. */
  countButtons(name) {
    return this.run((n) => findButton(n).length, name);
  }

  /** A visible button's attribute (e.g. aria-pressed), or null. */
  buttonAttribute(name, attribute) {
    return this.run((n, a) => {
      const b = findButton(n);
      return b.length === 1 ? b[0].getAttribute(a) : null;
    }, name, attribute);
  }

  /** Anything that looks like an error to a person: the crash page or a role="alert" with words. */
  problemsShown() {
    return this.run(() => {
      const out = [];
      const crash = document.getElementById('crash');
      if (crash && !crash.hidden) out.push(`the crash page: "${squash(crash.textContent)}"`);
      for (const a of document.querySelectorAll('[role="alert"]')) {
        if (a !== crash && shown(a) && squash(a.textContent)) out.push(`an alert: "${squash(a.textContent)}"`);
      }
      return out;
    });
  }

  /** The page's size against the window's: does it scroll either way? */
  scrollSize() {
    return this.run(() => {
      const d = document.documentElement;
      return { scrollWidth: d.scrollWidth, scrollHeight: d.scrollHeight, innerWidth, innerHeight };
    });
  }

  // ---------- doing ----------

  /**
   * The one visible button named `name` (its accessible name, checked with
   * WebKit). With `first`, the first of several is fine.
   */
  async button(name, { first = false, ms = WAIT_MS } = {}) {
    const found = await this.waitFor(`a button named "${name}"`, (n, f) => {
      const b = findButton(n);
      return b.length === 1 || (f && b.length > 1) ? b[0] : b.length > 1 ? { many: b.length } : null;
    }, [name, first], ms);
    if (!found[ELEMENT]) throw new Error(`${found.many} buttons named "${name}" on screen; expected one`);
    await this.expectLabel(found, name);
    return found;
  }

  /** Ask WebKit's accessibility tree for the element's name. */
  async expectLabel(element, name) {
    const label = await this.s.cmd('GET', `/element/${element[ELEMENT]}/computedlabel`);
    if (label.replace(/\s+/g, ' ').trim() !== name) {
      throw new Error(`WebKit names this control "${label}", not "${name}"`);
    }
  }

  /** Tap the button named `name` (with `first`, the first of several). */
  async tap(name, options) {
    await this.s.click(await this.button(name, options));
  }

  /** Tap the button named `name` inside the page's banner (the top bar). */
  async tapInBanner(name) {
    const found = await this.waitFor(`a button named "${name}" in the top bar`, (n) => {
      const bar = document.querySelector('header, [role="banner"]');
      const b = bar ? findButton(n, bar) : [];
      return b.length === 1 ? b[0] : null;
    }, [name]);
    await this.expectLabel(found, name);
    await this.s.click(found);
  }

  /** Type into the text box labelled `label`. */
  async typeInto(label, text) {
    const box = await this.waitFor(`a text box labelled "${label}"`, (l) => {
      const boxes = Array.from(document.querySelectorAll('textarea, input')).filter(shown).filter((el) => {
        if (nameOf(el) === l && (el.getAttribute('aria-label') || el.getAttribute('aria-labelledby'))) return true;
        return Array.from(el.labels || []).some((lab) => squash(textOf(lab)) === l);
      });
      return boxes.length === 1 ? boxes[0] : null;
    }, [label]);
    await this.expectLabel(box, label);
    await this.s.type(box, text);
  }
}
