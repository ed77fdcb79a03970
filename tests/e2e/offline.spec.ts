// A tablet in a room with poor wifi: once the app has been opened, it opens
// again with no network at all, pictures included, and thoughts still save.
import { expect, test } from '@playwright/test';
import { ThoughtsPage } from './pages/thoughts';

test('after one visit, the app opens and works with no network', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Grab a brew' })).toBeVisible();
  // Wait until the service worker has kept the app's files.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(async () =>
      page.evaluate(async () => {
        const cache = await caches.open('over-a-brew');
        const keys = (await cache.keys()).map((r) => new URL(r.url).pathname);
        return keys.some((k) => k.endsWith('.wasm')) && keys.some((k) => k.endsWith('think.svg'));
      }),
    )
    .toBe(true);

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

test('"Add to home screen" opens the table app, full screen', async ({ page }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).not.toBeNull();
  const manifestUrl = new URL(href as string, page.url());
  const manifest = await (await page.request.get(manifestUrl.href)).json();
  expect(new URL(manifest.start_url, manifestUrl).href).toBe(new URL('/', page.url()).href);
  expect(manifest.display).toBe('standalone');
  const icon = new URL(manifest.icons[0].src, manifestUrl).href;
  expect((await page.request.get(icon)).ok()).toBe(true);
});
