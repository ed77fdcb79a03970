// The WebKit journey: what a person does at the table, in the iPad's engine.
//
// Real time throughout (WebDriver has no fake clock): the clock is read
// twice with a short wait between, and only "went down" or "stayed the same"
// is checked, never how fast.
//
// Steps run in order and build on each other: the first one that fails stops
// the journey (the rest are "not run"). The last group checks the table
// screen as a whole ("Turn the screen", and every step fitting the tablet);
// each of its steps runs on its own, so one failing does not hide the other.

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
];

/** A landscape tablet (an iPad's 4:3), as the Playwright tests use. */
export const TABLET = { width: 1024, height: 768 };

const THOUGHT = 'We should meet like this every month.';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const count = (n) => `Step ${n} of ${STEPS.length}`;

/** "2:00" → 120; "+0:15" → -15 (time over). */
function seconds(digits) {
  const m = /^(\+?)(\d+):(\d\d)$/.exec(digits ?? '');
  if (!m) throw new Error(`the clock does not show a time (read "${digits}")`);
  const s = Number(m[2]) * 60 + Number(m[3]);
  return m[1] ? -s : s;
}

function check(ok, message) {
  if (!ok) throw new Error(message);
}

/** Fail if the page shows an error or the crash page. */
async function noProblems(p, when) {
  const problems = await p.problemsShown();
  check(problems.length === 0, `${when}, the page shows ${problems.join('; ')}`);
}

/** Fail if the page scrolls, either way, at the window's size now. */
async function fits(p, where) {
  const s = await p.scrollSize();
  check(
    s.scrollHeight <= s.innerHeight && s.scrollWidth <= s.innerWidth,
    `${where}: the page scrolls — it is ${s.scrollWidth}×${s.scrollHeight} px in a ${s.innerWidth}×${s.innerHeight} px window`,
  );
}

/** Tap "Next step" and wait for step `n` (from 1). */
async function next(p, n) {
  await p.tap('Next step');
  await p.expectHeading(STEPS[n - 1]);
  await p.expectText(count(n));
}

/** The window's inner size once it has stopped changing (a resize lands a little later, more so on a busy machine). */
async function settledInner(s) {
  let last = null;
  let same = 0;
  for (let i = 0; i < 40 && same < 3; i++) {
    const now = await s.execute(() => ({ w: innerWidth, h: innerHeight }));
    same = last && now.w === last.w && now.h === last.h ? same + 1 : 0;
    last = now;
    await new Promise((r) => setTimeout(r, 100));
  }
  return last;
}

/**
 * The window's inner size set to exactly `size`. The browser's own bars are
 * outside it: measure them, grow the window by that much, and measure again,
 * a few times, as the window manager may take its time.
 */
export async function setViewport(s, size) {
  let rect = { width: size.width, height: size.height };
  let now = null;
  for (let attempt = 0; attempt < 6; attempt++) {
    await s.setWindowRect(rect);
    now = await settledInner(s);
    if (now.w === size.width && now.h === size.height) return;
    rect = { width: rect.width + (size.width - now.w), height: rect.height + (size.height - now.h) };
  }
  check(false, `the window could not be set to ${size.width}×${size.height} (it is ${now.w}×${now.h})`);
}

/**
 * The journey's steps: { name, run(p), group }; `run` may return a note to print. `group` "main" steps stop the
 * journey when they fail; "table screen" steps are checked one by one at the end.
 */
export function journey(base) {
  const state = { paused: null };
  const main = [
    {
      name: 'the app loads in WebKit: the first step, "Grab a brew", shows',
      async run(p) {
        // Fresh storage: empty it on the app's own address, before the app runs.
        await p.s.navigate(`${base}webkit-journey-blank`);
        await p.s.execute(async () => {
          localStorage.clear();
          sessionStorage.clear();
          await new Promise((resolve) => {
            const r = indexedDB.deleteDatabase('over-a-brew');
            r.onsuccess = r.onerror = r.onblocked = () => resolve();
          });
        });
        await p.s.navigate(base);
        // The first load compiles the app's WebAssembly: give a busy machine time.
        await p.expectHeading(STEPS[0], 30_000);
        await p.expectText(count(1));
        await p.button('Next step');
        await noProblems(p, 'On the first step');
      },
    },
    {
      name: `the page does not scroll at ${TABLET.width}×${TABLET.height} (landscape tablet), on "${STEPS[0]}"`,
      async run(p) {
        await setViewport(p.s, TABLET);
        // The frame is at least the screen's height (100dvh): WebKit understood it.
        const frame = await p.run(() => {
          const app = document.querySelector('.app');
          return app ? { height: app.getBoundingClientRect().height, min: getComputedStyle(app).minHeight } : null;
        });
        check(frame !== null, 'the app frame (.app) is not on the page');
        check(
          Math.abs(frame.height - TABLET.height) <= 1,
          `the frame is ${frame.height} px high in a ${TABLET.height} px window (min-height ${frame.min}): 100dvh did not lay out`,
        );
        await fits(p, `"${STEPS[0]}"`);
      },
    },
    {
      name: 'the steps to "Thinking time", in order, with "Next step"',
      async run(p) {
        for (let n = 2; n <= STEPS.indexOf('Thinking time') + 1; n++) await next(p, n);
      },
    },
    {
      name: '"Thinking time": "Start" with WebKit\'s own screen wake lock, then "Carry on" with one that is refused (as in home-screen apps before iOS 18.4): no error shows',
      async run(p) {
        // Watch what the app's requests for the wake lock come to.
        const watching = await p.s.execute(() => {
          if (!window.WakeLock || !navigator.wakeLock) return false;
          const real = WakeLock.prototype.request;
          window.__wake = [];
          WakeLock.prototype.request = function (...args) {
            const asked = real.apply(this, args);
            asked.then(() => window.__wake.push('granted'), (e) => window.__wake.push(`refused (${e.name})`));
            return asked;
          };
          return true;
        });
        check(watching, 'this WebKit has no navigator.wakeLock (the next step checks that case)');
        await p.tap('Start');
        await p.button('Pause');
        const own = await p.waitFor('the app to ask for the wake lock', () => window.__wake[0]);
        await sleep(500);
        await noProblems(p, `With WebKit's own wake lock ${own}`);

        await p.tap('Pause');
        await p.s.execute(() => {
          WakeLock.prototype.request = function () {
            const refused = Promise.reject(new DOMException('Not allowed here.', 'NotAllowedError'));
            refused.catch((e) => window.__wake.push(`refused (${e.name})`));
            return refused;
          };
        });
        await p.tap('Carry on');
        await p.button('Pause');
        const second = await p.waitFor('the app to ask for the wake lock again', () => window.__wake[1]);
        check(second === 'refused (NotAllowedError)', `the second request was ${second}, not refused`);
        await sleep(500);
        await noProblems(p, 'With the wake lock refused');
        await next(p, STEPS.indexOf('Have your say') + 1);
        return `WebKit's own wake lock: ${own}`;
      },
    },
    {
      name: '"Have your say": "Start", and the clock counts down (no screen wake lock at all, as on older iPads)',
      async run(p) {
        // Older iPads have no navigator.wakeLock: take it away before Start.
        const gone = await p.s.execute(() => {
          Object.defineProperty(Navigator.prototype, 'wakeLock', { configurable: true, get: () => undefined });
          return navigator.wakeLock === undefined;
        });
        check(gone, 'could not take navigator.wakeLock away');
        await p.expectText('Tap Start when the first person is ready.');
        await p.tap('Start');
        await p.expectText('Person 1 of 6');
        const first = await p.waitFor('the clock', () => (timer() ? squash(timer().textContent) : null));
        const later = await p.waitFor(`the clock to count down from ${first}`, (f) => {
          const now = timer() ? squash(timer().textContent) : f;
          return now !== f ? now : null;
        }, [first]);
        check(seconds(later) < seconds(first), `the clock went from ${first} to ${later}: not down`);
        // Big digits, and the clock's container query units (cqi) measured against its box.
        const sizes = await p.run(() => {
          const t = timer();
          if (!t) return null;
          let box = t.parentElement;
          while (box && !['inline-size', 'size'].includes(getComputedStyle(box).containerType)) box = box.parentElement;
          if (!box) return { digits: parseFloat(getComputedStyle(t).fontSize), cqi: null };
          const probe = document.createElement('span');
          probe.style.fontSize = '25cqi';
          box.appendChild(probe);
          const cqi = parseFloat(getComputedStyle(probe).fontSize);
          probe.remove();
          const cs = getComputedStyle(box);
          const width = box.getBoundingClientRect().width - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight)
            - parseFloat(cs.borderLeftWidth) - parseFloat(cs.borderRightWidth);
          return { digits: parseFloat(getComputedStyle(t).fontSize), cqi, quarter: width / 4 };
        });
        check(sizes !== null, 'the clock went away');
        check(sizes.digits >= 96, `the clock's digits are ${sizes.digits} px; they must be at least 96 px on a tablet`);
        if (sizes.cqi !== null) {
          check(Math.abs(sizes.cqi - sizes.quarter) < 1, `25cqi is ${sizes.cqi} px in the clock's container, not a quarter of its width (${sizes.quarter} px)`);
        }
        await noProblems(p, 'With no wake lock');
      },
    },
    {
      name: '"Pause" holds the clock',
      async run(p) {
        await p.tap('Pause');
        await p.button('Carry on');
        check((await p.countButtons('Pause')) === 0, '"Pause" is still there after tapping it');
        const held = await p.digits();
        seconds(held);
        await p.expectText(`Paused at ${held}`);
        await sleep(2_500);
        const after = await p.digits();
        check(after === held, `paused at ${held}, but the clock shows ${after} a few seconds later`);
        state.paused = held;
      },
    },
    {
      name: '"Add a thought": typed and saved',
      async run(p) {
        await p.tap('Add a thought');
        await p.typeInto('Your thought', THOUGHT);
        await p.tap('Save thought');
        await p.expectText('Your thought is saved.');
        await p.button('Undo');
      },
    },
    {
      name: 'after a reload, the step, the clock and the thought are all still there',
      async run(p) {
        await p.s.refresh();
        await p.expectHeading('Have your say');
        await p.expectText(count(STEPS.indexOf('Have your say') + 1));
        await p.expectText('Person 1 of 6');
        await p.expectText(`Paused at ${state.paused}`);
        const digits = await p.digits();
        check(digits === state.paused, `the clock was paused at ${state.paused}; after the reload it shows ${digits}`);
        await p.button('Carry on');
        // The thought, in both places it is kept (src/store/thoughts.rs).
        const kept = await p.s.execute(async (text) => {
          const id = localStorage.getItem('over-a-brew:current');
          const quick = JSON.parse(localStorage.getItem(`over-a-brew:thoughts:${id}`) || '{"thoughts":[]}');
          const durable = await new Promise((resolve, reject) => {
            const r = indexedDB.open('over-a-brew');
            r.onerror = () => reject(r.error);
            r.onsuccess = () => {
              const db = r.result;
              if (!db.objectStoreNames.contains('thoughts')) return resolve([]);
              const g = db.transaction('thoughts', 'readonly').objectStore('thoughts').getAll();
              g.onsuccess = () => resolve(g.result.filter((x) => x.meeting === id).map((x) => JSON.parse(x.json).text));
              g.onerror = () => reject(g.error);
            };
          });
          return { quick: quick.thoughts.map((t) => t.text).includes(text), durable: durable.includes(text) };
        }, THOUGHT);
        check(kept.quick, 'the thought is not in the quick copy (localStorage) after the reload');
        check(kept.durable, 'the thought is not in the durable copy (IndexedDB) after the reload');
        await noProblems(p, 'After the reload');
      },
    },
    {
      name: 'host tools open ("Host tools", "Yes") and show the thought',
      async run(p) {
        await p.tapInBanner('Host tools');
        await p.expectHeading('Are you running this meeting?');
        await p.tap('Yes');
        await p.expectHeading('Host tools');
        const url = await p.s.currentUrl();
        check(new URL(url).pathname.endsWith('/host/'), `host tools should be their own page (host/); the address is ${url}`);
        const listed = await p.waitFor('the thought under "Thoughts so far"', () => {
          const r = region('Thoughts so far');
          const items = r ? Array.from(r.querySelectorAll('li')).filter(shown).map((li) => squash(textOf(li))) : [];
          return items.length ? items : null;
        });
        check(listed.some((t) => t.includes(THOUGHT)), `"Thoughts so far" lists ${JSON.stringify(listed)}, not the thought`);
        await noProblems(p, 'In host tools');
        await p.tap('Back to the meeting', { first: true });
        await p.expectHeading('Have your say');
      },
    },
  ];

  // The table screen as a whole. Checked one by one after the steps above pass.
  const tableScreen = [
    {
      name: '"Turn the screen" turns the view 180° (aria-pressed), and back',
      async run(p) {
        // 180° on the heading or any box around it: transform or rotate.
        const turned = () =>
          p.run(() => {
            const half = (v) => {
              const m = /^(?:z\s+)?(-?[\d.]+)(deg|turn|rad|grad)$/.exec(v.trim());
              if (!m) return false;
              const deg = Number(m[1]) * { deg: 1, turn: 360, rad: 180 / Math.PI, grad: 0.9 }[m[2]];
              return Math.abs((((deg % 360) + 360) % 360) - 180) < 0.5;
            };
            const h = Array.from(document.querySelectorAll('h1')).filter(shown)[0];
            for (let el = h; el && el !== document; el = el.parentElement) {
              const cs = getComputedStyle(el);
              if (cs.transform && cs.transform !== 'none') {
                const m = new DOMMatrix(cs.transform);
                if (Math.abs(m.a + 1) < 0.01 && Math.abs(m.d + 1) < 0.01) return true;
              }
              if (cs.rotate && cs.rotate !== 'none' && half(cs.rotate)) return true;
            }
            return false;
          });
        check((await p.buttonAttribute('Turn the screen', 'aria-pressed')) === 'false', '"Turn the screen" is not there with aria-pressed="false"');
        check(!(await turned()), 'the view is turned before "Turn the screen" is tapped');
        await p.tap('Turn the screen');
        await p.waitFor('"Turn the screen" pressed', () => findButton('Turn the screen')[0]?.getAttribute('aria-pressed') === 'true');
        check(await turned(), 'after "Turn the screen", no box around the heading is turned 180°');
        await p.tap('Turn the screen');
        await p.waitFor('"Turn the screen" not pressed', () => findButton('Turn the screen')[0]?.getAttribute('aria-pressed') === 'false');
        check(!(await turned()), 'tapped again, the view is still turned');
      },
    },
    {
      name: `every step fits ${TABLET.width}×${TABLET.height} with no scrolling`,
      async run(p) {
        const scrolled = [];
        // From "Have your say" (clock paused) back to the start, then every step forwards.
        const here = STEPS.indexOf('Have your say');
        const measure = async (i) => {
          const s = await p.scrollSize();
          const seen = `"${STEPS[i]}" (${s.scrollWidth}×${s.scrollHeight})`;
          if ((s.scrollHeight > s.innerHeight || s.scrollWidth > s.innerWidth) && !scrolled.includes(seen)) scrolled.push(seen);
        };
        await measure(here);
        for (let i = here - 1; i >= 0; i--) {
          await p.tap('Back');
          await p.expectHeading(STEPS[i]);
          await measure(i);
        }
        for (let i = 1; i < STEPS.length; i++) {
          await next(p, i + 1);
          await measure(i);
        }
        check(scrolled.length === 0, `in a ${TABLET.width}×${TABLET.height} window these steps scroll: ${scrolled.join(', ')}`);
      },
    },
  ];

  return [...main.map((s) => ({ ...s, group: 'main' })), ...tableScreen.map((s) => ({ ...s, group: 'table screen' }))];
}
