// The WebKit journey (the iPad's engine): `node tests/webkit/run.mjs`, or `make webkit`.
//
// Starts everything it needs and stops all of it on the way out, pass or fail:
//   - Xvfb, a screen in memory (it picks a free display; WEBKIT_DISPLAY=96 asks for :96),
//   - WebKitWebDriver from Debian's webkit2gtk-driver, driving the MiniBrowser
//     that libwebkit2gtk-4.1-0 ships (WEBKIT_DRIVER_PORT, else a free port),
//   - tests/serve.mjs serving ../dist (TEST_PORT, else a free port).
// Nothing is downloaded. Needs the built app (`make dist`).
//
// Prints one line per step, then `webkit: N passed, M failed` (and how many
// were not run), and exits non-zero if anything failed or did not run.
// A failed step leaves a screenshot in tests/test-results/webkit/.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Session, driverReady } from './webdriver.mjs';
import { AppPage } from './page.mjs';
import { journey } from './journey.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const TESTS = path.resolve(HERE, '..');
const DIST = path.resolve(TESTS, '..', 'dist');
const RESULTS = path.join(TESTS, 'test-results', 'webkit');
/** The whole journey, start-up included, must end within this (it takes about a minute). */
const OVERALL_MS = 10 * 60_000;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const log = (line) => process.stdout.write(line + '\n');

// ---------------------------------------------------------------- processes

/** Every process started here, each the leader of its own process group. */
const started = [];

/** Start `cmd` in a process group of its own, so it and everything it starts can be stopped together. */
function start(name, cmd, args, options = {}) {
  const child = spawn(cmd, args, { detached: true, ...options });
  const entry = { name, child, exited: false, code: null };
  child.on('exit', (code, signal) => {
    entry.exited = true;
    entry.code = code ?? signal;
  });
  child.on('error', (e) => {
    entry.exited = true;
    entry.code = e.message;
  });
  started.push(entry);
  return entry;
}

function signalGroup(entry, signal) {
  if (!entry.child.pid) return;
  try {
    process.kill(-entry.child.pid, signal);
  } catch {
    // Already gone.
  }
}

function groupAlive(entry) {
  if (!entry.child.pid) return false;
  try {
    process.kill(-entry.child.pid, 0);
    return true;
  } catch {
    return false;
  }
}

let session = null;
let stopping = null;

/** End the browser session, then stop every process group started here (newest first). */
function stopAll() {
  stopping ??= (async () => {
    if (session) {
      try {
        await Promise.race([session.close(), sleep(5_000)]);
      } catch {
        // The driver may be gone already; its process group is stopped below.
      }
      session = null;
    }
    for (const entry of [...started].reverse()) {
      signalGroup(entry, 'SIGTERM');
      for (let i = 0; i < 30 && groupAlive(entry); i++) await sleep(100);
      if (groupAlive(entry)) signalGroup(entry, 'SIGKILL');
    }
  })();
  return stopping;
}

// Whatever happens, nothing is left running.
process.on('exit', () => {
  for (const entry of started) signalGroup(entry, 'SIGKILL');
});
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.on(signal, () => {
    log(`webkit: stopped by ${signal}`);
    stopAll().finally(() => {
      log(`webkit: ${results.passed} passed, ${results.failed} failed (stopped before the end)`);
      process.exit(code);
    });
  });
}

/** A TCP port nobody is listening on now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Wait until `ready()` is true, failing early if `entry` exits, or after `ms`. */
async function waitUntil(entry, what, ready, ms) {
  const until = Date.now() + ms;
  while (!(await ready())) {
    if (entry.exited) throw new Error(`${entry.name} stopped (${entry.code}) before ${what}${entry.stderr ? `:\n${entry.stderr()}` : ''}`);
    if (Date.now() > until) throw new Error(`${entry.name}: ${what} not within ${ms / 1000} s`);
    await sleep(100);
  }
}

/** Keep the last few KB a process writes to `stream`, for error messages. */
function keepTail(entry, stream) {
  let tail = '';
  stream.setEncoding('utf8');
  stream.on('data', (d) => {
    tail = (tail + d).slice(-4_000);
  });
  entry.stderr = () => tail.trim();
}

/** Xvfb, on a display it picks itself (or WEBKIT_DISPLAY); returns ":N". */
async function startXvfb() {
  const args = ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'];
  if (process.env.WEBKIT_DISPLAY) args.unshift(`:${process.env.WEBKIT_DISPLAY.replace(/^:/, '')}`);
  const xvfb = start('Xvfb', 'Xvfb', args, { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  keepTail(xvfb, xvfb.child.stderr);
  let display = '';
  xvfb.child.stdio[3].setEncoding('utf8');
  xvfb.child.stdio[3].on('data', (d) => {
    display += d;
  });
  await waitUntil(xvfb, 'the screen was ready', async () => /^\d+\s*$/.test(display) && display.endsWith('\n'), 15_000);
  return `:${display.trim()}`;
}

/** Where Debian keeps the MiniBrowser (WEBKIT_MINIBROWSER overrides). */
function miniBrowser() {
  if (process.env.WEBKIT_MINIBROWSER) return process.env.WEBKIT_MINIBROWSER;
  try {
    const files = execFileSync('dpkg', ['-L', 'libwebkit2gtk-4.1-0'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const found = files.split('\n').find((f) => f.endsWith('/MiniBrowser'));
    if (found && existsSync(found)) return found;
  } catch {
    // Not a Debian system, or the package is missing: try the usual places.
  }
  for (const f of ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser']) {
    if (existsSync(f)) return f;
  }
  throw new Error("no MiniBrowser: install Debian's webkit2gtk-driver (make browser-tools)");
}

async function startDriver(display) {
  const port = Number(process.env.WEBKIT_DRIVER_PORT) || (await freePort());
  const driver = start('WebKitWebDriver', 'WebKitWebDriver', [`--port=${port}`], {
    stdio: ['ignore', 'ignore', 'pipe'],
    // Our Xvfb screen, and X11 even where the machine has a Wayland session.
    env: { ...process.env, DISPLAY: display, GDK_BACKEND: 'x11', WAYLAND_DISPLAY: '' },
  });
  keepTail(driver, driver.child.stderr);
  const base = `http://127.0.0.1:${port}`;
  await waitUntil(driver, 'it was ready', () => driverReady(base), 20_000);
  return base;
}

async function startServer() {
  if (!existsSync(path.join(DIST, 'index.html'))) throw new Error('no built app in dist/: run `make dist` first');
  const port = Number(process.env.TEST_PORT) || (await freePort());
  const server = start('serve.mjs', process.execPath, [path.join(TESTS, 'serve.mjs')], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
  });
  keepTail(server, server.child.stderr);
  let out = '';
  server.child.stdout.setEncoding('utf8');
  server.child.stdout.on('data', (d) => {
    out += d;
  });
  await waitUntil(server, 'it was serving', async () => out.includes('Serving'), 10_000);
  return `http://127.0.0.1:${port}/`;
}

// ---------------------------------------------------------------- the journey

async function main() {
  const display = await startXvfb();
  const [driverBase, appBase] = await Promise.all([startDriver(display), startServer()]);
  const binary = miniBrowser();
  log(`webkit: MiniBrowser on ${display}, WebKitWebDriver at ${driverBase}, the app at ${appBase}`);

  session = await Session.open(driverBase, {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary, args: ['--automation'] },
  });
  log(`webkit: ${session.capabilities.browserName} ${session.capabilities.browserVersion}`);
  const page = new AppPage(session, appBase);

  let stopped = false;
  const steps = journey(appBase);
  for (const [i, step] of steps.entries()) {
    if (stopped) {
      results.notRun++;
      log(`  -    ${step.name} (not run)`);
      continue;
    }
    try {
      const note = await step.run(page);
      results.passed++;
      log(`  ok   ${step.name}${typeof note === 'string' ? ` (${note})` : ''}`);
    } catch (e) {
      results.failed++;
      log(`  FAIL ${step.name}\n         ${String(e?.message ?? e).replace(/\n/g, '\n         ')}`);
      await saveScreenshot(i + 1);
      // A main step builds on the ones before it; without them the rest cannot run.
      if (step.group === 'main') stopped = true;
    }
  }
}

async function saveScreenshot(n) {
  try {
    mkdirSync(RESULTS, { recursive: true });
    const file = path.join(RESULTS, `step-${n}-failed.png`);
    writeFileSync(file, await session.screenshot());
    log(`         screenshot: ${path.relative(process.cwd(), file)}`);
  } catch (e) {
    log(`         (no screenshot: ${e.message})`);
  }
}

const results = { passed: 0, failed: 0, notRun: 0 };
const timer = setTimeout(() => {
  results.failed++;
  log(`webkit: the journey took longer than ${OVERALL_MS / 60_000} minutes; stopping`);
  stopAll().finally(() => {
    log(`webkit: ${results.passed} passed, ${results.failed} failed (timed out)`);
    process.exit(1);
  });
}, OVERALL_MS);

try {
  await main();
} catch (e) {
  results.failed++;
  log(`webkit: could not run the journey: ${e?.message ?? e}`);
} finally {
  await stopAll();
  clearTimeout(timer);
}
const notRun = results.notRun ? `, ${results.notRun} not run` : '';
log(`webkit: ${results.passed} passed, ${results.failed} failed${notRun}`);
process.exit(results.failed === 0 && results.notRun === 0 ? 0 : 1);
