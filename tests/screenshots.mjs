// Pictures of the table screen, to look at what a person at the table sees.
//
//   node screenshots.mjs readme          the two small pictures in the README (../docs/)
//   node screenshots.mjs steps [folder] [sizes]
//                                        every step and clock state at 1024×768 and
//                                        768×1024, or at sizes such as "360x640,1280x800"
//                                        (default folder: screenshots/)
//
// Needs the built app (`make dist`) served at TEST_PORT (default 8090), e.g.
// `PORT=8090 node serve.mjs &`. The pictures are kept outside public/, so the
// app's service worker never keeps them on the tablet.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PORT = Number.parseInt(process.env.TEST_PORT ?? '', 10) || 8090;
const BASE = `http://127.0.0.1:${PORT}/`;
const T0 = Date.parse('2026-03-02T10:00:00Z');

/** Four long questions, as a host might write them. */
export const LONG_QUESTIONS = [
  'What do you value about the Over a Brew approach, and what would you like to keep the same next time?',
  'What do you want to include, however random, in a set of Over a Brew principles for this group?',
  'How do we use what we have heard in these spaces, and who should we tell about it afterwards?',
  'How do we use what we have heard in our own lives, at home, at work and with our friends?',
];

async function open(browser, viewport, { look, questions, scale = 1 } = {}) {
  const context = await browser.newContext({ viewport, locale: 'en-GB', deviceScaleFactor: scale });
  const page = await context.newPage();
  await page.clock.install({ time: T0 });
  await page.clock.pauseAt(T0 + 5_000);
  await page.goto(BASE);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.evaluate(
    ({ look, questions }) => {
      if (look) localStorage.setItem('over-a-brew:look', look);
      if (questions) {
        const id = localStorage.getItem('over-a-brew:current');
        const key = `over-a-brew:meeting:${id}`;
        const saved = JSON.parse(localStorage.getItem(key));
        saved.meeting.plan.questions = questions;
        localStorage.setItem(key, JSON.stringify(saved));
      }
    },
    { look, questions },
  );
  await page.reload();
  await page.getByRole('heading', { level: 1 }).waitFor();
  return { context, page };
}

const button = (page, name) => page.getByRole('button', { name, exact: true });

async function next(page) {
  await button(page, 'Next step').click();
  await page.clock.runFor(40);
}

async function shot(page, file) {
  await page.clock.runFor(40);
  await page.screenshot({ path: file });
  console.log(file);
}

async function readme(browser) {
  const out = path.join(HERE, '..', 'docs');
  mkdirSync(out, { recursive: true });
  for (const [file, look] of [
    ['have-your-say.png', 's'],
    ['both-sides.png', 'sb'],
  ]) {
    // Half size: small enough for the README, still readable.
    const { context, page } = await open(browser, { width: 1024, height: 768 }, { look, scale: 0.5 });
    for (let i = 0; i < 4; i++) await next(page);
    await button(page, 'Start').click();
    await page.clock.runFor(45_500);
    await shot(page, path.join(out, file));
    await context.close();
  }
}

async function steps(browser, folder, only) {
  mkdirSync(folder, { recursive: true });
  const sizes = only
    ? only.split(',').map((s) => {
        const [width, height] = s.split('x').map(Number);
        return { width, height };
      })
    : [
        { width: 1024, height: 768 },
        { width: 768, height: 1024 },
      ];
  for (const viewport of sizes) {
    for (const [tag, options] of [
      ['', {}],
      ['-4q', { questions: LONG_QUESTIONS }],
      ['-both', { look: 'sb' }],
      ['-largest', { look: 'x', questions: LONG_QUESTIONS }],
      ['-strong', { look: 'sc' }],
    ]) {
      const name = (s) => path.join(folder, `${viewport.width}x${viewport.height}${tag}-${s}.png`);
      const { context, page } = await open(browser, viewport, options);
      await shot(page, name('1-brew'));
      await next(page);
      await shot(page, name('2-timekeeper'));
      await next(page);
      await shot(page, name('3-principles'));
      await next(page);
      await shot(page, name('4-thinking-ready'));
      await button(page, 'Start').click();
      await page.clock.runFor(20_000);
      await shot(page, name('4-thinking-running'));
      await next(page);
      await shot(page, name('5-turns-waiting'));
      await button(page, 'Start').click();
      await page.clock.runFor(30_000);
      await shot(page, name('5-turns-running'));
      await page.clock.runFor(12 * 60_000 + 45_000);
      await shot(page, name('5-turns-over'));
      await next(page);
      await shot(page, name('6-talk'));
      await next(page);
      await shot(page, name('7-still-time'));
      await next(page);
      await shot(page, name('8-thanks'));
      await context.close();
    }
  }
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const [what, folder, sizes] = process.argv.slice(2);
  if (what === 'readme') await readme(browser);
  else if (what === 'steps') await steps(browser, folder ?? path.join(HERE, 'screenshots'), sizes);
  else throw new Error('say "readme" or "steps"');
} finally {
  await browser.close();
}
