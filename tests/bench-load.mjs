// How soon the first step's heading is on screen, in Debian's Chromium, with
// the CPU slowed 4x (a modest tablet), against the built app served locally.
// Five first loads, each in a fresh browser context (no cache, no service
// worker); the median must be within the budget. Then, once, which files the
// service worker fetches after the first load.
// Exits non-zero when the budget is missed.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const BUDGET_MS = 1000;
const RUNS = 5;
const port = Number.parseInt(process.env.TEST_PORT ?? '', 10) || 8097;
const base = `http://127.0.0.1:${port}/`;
const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');

const server = spawn(process.execPath, ['serve.mjs'], {
  env: { ...process.env, PORT: String(port) },
  stdio: 'ignore',
});
// Wait until the server answers.
for (let i = 0; i < 50; i++) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {
    // not up yet
  }
  await new Promise((r) => setTimeout(r, 100));
}

// Runs in the page before its own scripts: note the time (from navigation
// start) of the first frame drawn after the heading appears.
function watchHeading() {
  const seen = () => {
    const h = document.querySelector('h1#step-heading');
    return h && h.textContent.includes('Grab a brew');
  };
  const observer = new MutationObserver(() => {
    if (!seen()) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      window.__headingAt = performance.now();
    });
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
let failed = false;
try {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(watchHeading);
    await page.goto(base);
    await page.waitForFunction(() => window.__headingAt !== undefined, null, { timeout: 30_000 });
    times.push(Math.round(await page.evaluate(() => window.__headingAt)));
    await context.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(RUNS / 2)];
  const ok = median <= BUDGET_MS;
  failed ||= !ok;
  console.log(
    `first step's heading on screen: median ${median} ms (runs: ${times.join(', ')})` +
      `   budget ${BUDGET_MS} ms: ${ok ? 'ok' : `MISSED by ${median - BUDGET_MS} ms`}`,
  );

  // What the service worker fetches after the first load (no throttling).
  const context = await browser.newContext();
  const fetched = [];
  context.on('request', (request) => {
    if (request.serviceWorker()) fetched.push(request);
  });
  const page = await context.newPage();
  await page.goto(base);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  // Let the install step finish its fetches.
  await page.waitForTimeout(1500);
  // Sizes from the built files (a service worker's responses have no body here).
  let total = 0;
  const rows = new Map();
  for (const request of fetched) {
    const name = new URL(request.url()).pathname.replace(/^\//, '') || 'index.html';
    if (rows.has(name)) continue;
    const body = await readFile(path.join(dist, name)).catch(() => Buffer.alloc(0));
    const gz = gzipSync(body, { level: 9 }).length;
    total += gz;
    rows.set(name, `  ${name}  ${body.length} raw, ${gz} gzip`);
  }
  console.log(`the service worker fetches ${rows.size} files after the first load (${total} bytes gzip):`);
  for (const name of [...rows.keys()].sort()) console.log(rows.get(name));
  await context.close();
} finally {
  await browser.close();
  server.kill();
}
process.exit(failed ? 1 : 0);
