// A tablet in a room with poor wifi: once the table page has been opened,
// the app opens again with no network at all: the table page, its pictures,
// host tools, every file save, bringing in files and the printable summary.
// A new build never changes the app mid-meeting: it waits for "Update now".
import { expect, test, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { ThoughtsPage } from './pages/thoughts';
import { HOST, HostPage, stubPrint } from './pages/host';

/** The words of an update waiting (src/text.rs `host::UPDATE_*`). */
const UPDATE = { READY: 'An update is ready', NOW: 'Update now' } as const;

/** The service worker's kept copy: the cache's name and what it holds (paths). */
async function keptCopy(page: Page): Promise<{ name: string; paths: string[] }[]> {
  return page.evaluate(async () => {
    const out = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      out.push({ name, paths: (await cache.keys()).map((r) => new URL(r.url).pathname) });
    }
    return out;
  });
}

/**
 * A web host of this test's own: a copy of dist, served by serve.mjs on a free
 * port. A test that puts a new build on the web host changes this copy, never
 * the dist every other test is using at the same time.
 */
async function ownWebHost(): Promise<{ url: string; dist: string; stop: () => void }> {
  const dist = test.info().outputPath('dist');
  await fs.cp(path.resolve(__dirname, '..', '..', 'dist'), dist, { recursive: true });
  const server = spawn(process.execPath, [path.resolve(__dirname, '..', 'serve.mjs')], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DIST: dist },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = () => {
    server.kill('SIGTERM');
  };
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      server.stdout.setEncoding('utf8');
      server.stdout.on('data', (d: string) => {
        out += d;
        const found = /Serving .* at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (found) resolve(found[1]);
      });
      server.on('exit', (code) => reject(new Error(`serve.mjs stopped (${code}): ${out}`)));
      server.on('error', reject);
    });
    return { url, dist, stop };
  } catch (e) {
    stop();
    throw e;
  }
}

/** Open the table page once, online, and wait until the whole app is kept. */
async function visitOnce(page: Page, url = '/'): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: 'Grab a brew' })).toBeVisible();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(async () => {
      const kept = await keptCopy(page);
      return (
        kept.length === 1 &&
        kept[0].name.startsWith('over-a-brew-') &&
        ['/', '/host/', '/public/pictures/think.svg', '/public/icons/icon-192.png'].every((p) =>
          kept[0].paths.includes(p),
        ) &&
        kept[0].paths.some((p) => /^\/over-a-brew-[0-9a-f]+_bg\.wasm$/.test(p)) &&
        kept[0].paths.some((p) => /^\/host\/over-a-brew-host-[0-9a-f]+_bg\.wasm$/.test(p))
      );
    })
    .toBe(true);
  // This page is looked after by the service worker from now on.
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

test('after one visit, the app opens and works with no network', async ({ page, context }) => {
  await visitOnce(page);

  await context.setOffline(true);
  try {
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Grab a brew' })).toBeVisible();
    // A picture of a later step, never shown before, comes from the kept copy.
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Next step', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Thinking time' })).toBeVisible();
    const picture = page.getByRole('img', { name: 'A thought bubble' });
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    // And a thought still saves.
    const t = new ThoughtsPage(page);
    await t.add('Written with no network');
  } finally {
    await context.setOffline(false);
  }
});

test('after one visit to the table, host tools open and save every file with no network', async ({ page, context }) => {
  await page.addInitScript(stubPrint);
  await visitOnce(page);
  const h = new HostPage(page);

  await context.setOffline(true);
  try {
    await page.reload();
    await h.meeting.goToStep('Thinking time');
    await h.addThought('Kept with no wifi');

    // "Host tools" → "Yes": a page of its own, from the kept copy.
    await h.open();
    expect(new URL(page.url()).pathname).toBe('/host/');
    await expect(h.thoughtsSoFar()).toHaveText(['Kept with no wifi']);

    // Every file save.
    const csv = await h.save(HOST.SAVE_CSV);
    expect(csv.text).toContain('Kept with no wifi');
    const record = await h.save(HOST.SAVE_RECORD);
    expect(record.text).toContain('Kept with no wifi');
    const text = await h.save(HOST.SAVE_TEXT);
    expect(text.text).toContain('Kept with no wifi');

    // Bringing in a file: the record just saved (nothing new in it).
    const where = test.info().outputPath(record.name);
    await fs.writeFile(where, record.bytes);
    await h.chooseFiles().setInputFiles(where);
    await expect(h.bringInReport()).toContainText(`${record.name}: No new thoughts.`);

    // The printable summary.
    await h.section(HOST.FILES).getByRole('button', { name: HOST.PRINT, exact: true }).click();
    await h.meeting.settle();
    const main = page.getByRole('main');
    await expect(main.getByRole('listitem').filter({ hasText: 'Kept with no wifi' })).toHaveCount(1);
    await main.getByRole('button', { name: HOST.PRINT, exact: true }).click();
    await expect.poll(() => page.evaluate(() => (window as any).__e2ePrinted)).toBe(1);
    await main.getByRole('button', { name: HOST.HEADING, exact: true }).click();

    // And back to the meeting, where it was.
    await h.leave();
    await expect(h.heading()).toHaveText('Thinking time');
  } finally {
    await context.setOffline(false);
  }
});

test('a new build waits for "Update now" in host tools; the table page never reloads', async ({ page, context }) => {
  // The browser fetches a service worker itself, where Playwright's routes
  // cannot reach, so the new build is put on a web host of this test's own.
  // It stays there: a browser may look for a new build more than once (host
  // tools ask, and so may each page load), and every look must find it.
  const host = await ownWebHost();
  try {
    await visitOnce(page, host.url);
    const before = (await keptCopy(page))[0].name;
    // The table page, open in a second tab all along.
    const table = await context.newPage();
    await table.goto(host.url);
    await expect(table.getByRole('heading', { level: 1, name: 'Grab a brew' })).toBeVisible();
    await table.evaluate(() => ((window as any).__e2eSamePage = true));

    // A new build on the web host: the same files, a new service worker.
    const swFile = path.join(host.dist, 'sw.js');
    const built = await fs.readFile(swFile, 'utf8');
    const next = built.replace(/^const BUILD = '([0-9a-f]+)';$/m, "const BUILD = 'e2e-new';");
    expect(next).not.toBe(built);
    await fs.writeFile(swFile, next);

    // Host tools look for the new build; once it is fetched it waits, and they say so.
    const h = new HostPage(page);
    const ready = h.section(UPDATE.READY);
    await h.open();
    await expect(ready).toBeVisible({ timeout: 15_000 });
    await expect(ready.getByRole('button', { name: UPDATE.NOW, exact: true })).toBeVisible();
    // Nothing has changed yet: the old build still looks after both pages.
    expect((await keptCopy(page)).map((c) => c.name).sort()).toEqual([before, 'over-a-brew-e2e-new'].sort());
    await table.getByRole('button', { name: 'Next step', exact: true }).click();
    await expect(table.getByRole('heading', { level: 1, name: 'Who will keep time?' })).toBeVisible();

    // "Update now": the new build takes over every page (the table page sees a
    // new controller, and does not reload), and host tools load again with it.
    await table.evaluate(() => {
      navigator.serviceWorker.addEventListener('controllerchange', () => ((window as any).__e2eNewBuild = true));
    });
    await Promise.all([page.waitForEvent('load'), ready.getByRole('button', { name: UPDATE.NOW, exact: true }).click()]);
    await expect(h.heading()).toHaveText(HOST.HEADING);
    await expect.poll(() => table.evaluate(() => (window as any).__e2eNewBuild === true)).toBe(true);
    // Only the new build's copy is kept now: the old one is cleared away.
    await expect.poll(async () => (await keptCopy(page)).map((c) => c.name)).toEqual(['over-a-brew-e2e-new']);

    // The table page was never reloaded: same page, same step.
    expect(await table.evaluate(() => (window as any).__e2eSamePage)).toBe(true);
    await expect(table.getByRole('heading', { level: 1, name: 'Who will keep time?' })).toBeVisible();
  } finally {
    host.stop();
  }
});

test('"Add to home screen" opens the table app, with proper icons', async ({ page }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).not.toBeNull();
  const manifestUrl = new URL(href as string, page.url());
  const manifest = await (await page.request.get(manifestUrl.href)).json();
  expect(manifest.name).toBe('Over a Brew');
  expect(manifest.short_name).toBe('Over a Brew');
  expect(new URL(manifest.start_url, manifestUrl).href).toBe(new URL('/', page.url()).href);
  expect(['standalone', 'fullscreen']).toContain(manifest.display);
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);

  // PNG icons at 192 and 512 px, one of them maskable: the files are real
  // PNGs of the size the manifest says.
  const pngs: { size: number; purpose: string }[] = [];
  for (const icon of manifest.icons) {
    if (icon.type !== 'image/png') continue;
    const response = await page.request.get(new URL(icon.src, manifestUrl).href);
    expect(response.ok(), icon.src).toBe(true);
    const bytes = await response.body();
    expect(bytes.subarray(0, 8).toString('hex'), `${icon.src} is a PNG`).toBe('89504e470d0a1a0a');
    const [w, h] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
    expect(icon.sizes).toBe(`${w}x${h}`);
    expect(w).toBe(h);
    pngs.push({ size: w, purpose: icon.purpose ?? 'any' });
  }
  expect(pngs.map((p) => p.size)).toEqual(expect.arrayContaining([192, 512]));
  expect(pngs.some((p) => p.purpose.split(' ').includes('maskable'))).toBe(true);
  expect(pngs.some((p) => p.purpose.split(' ').includes('any'))).toBe(true);
});
