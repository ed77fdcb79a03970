// When the app stops working (a Rust panic aborts the WebAssembly module),
// the table sees a plain page drawn without WebAssembly: "Something went
// wrong", "Your thoughts are safe.", "Tap to try again" — and the thoughts
// are. On a tablet that cannot store anything, the page says so instead.
import { expect, test } from '@playwright/test';
import { MeetingPage } from './pages/meeting';
import { ThoughtsPage } from './pages/thoughts';

test('a dead module shows the plain crash page; reloading brings every thought back', async ({ page }) => {
  const m = new MeetingPage(page);
  const t = new ThoughtsPage(page, m);
  await m.goto();
  await t.add('Before the crash');

  // What the panic hook does: it calls window.overABrewCrashed(); a trap in
  // the module reaches the page as a WebAssembly.RuntimeError. Raise one.
  await page.evaluate(() => {
    setTimeout(() => {
      throw new WebAssembly.RuntimeError('unreachable');
    });
  });

  const crash = page.getByRole('alert').filter({ hasText: 'Something went wrong' });
  await expect(crash).toBeVisible();
  await expect(crash).toContainText('Your thoughts are safe.');
  // The dead app is hidden, so nobody taps a button that no longer works.
  await expect(page.getByRole('button', { name: 'Next step' })).toBeHidden();
  const reload = page.getByRole('button', { name: 'Tap to try again' });
  await expect(reload).toBeFocused();
  const box = await reload.boundingBox();
  expect(box && box.height).toBeGreaterThanOrEqual(64);

  await reload.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Grab a brew' })).toBeVisible();
  await t.openHostTools();
  await expect(page.getByText('Before the crash')).toBeVisible();
});

test('with no storage, the crash page does not say the thoughts are safe', async ({ page }) => {
  // A browser that keeps nothing: localStorage throws, as in some private modes.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('/');
  const m = new MeetingPage(page);
  await expect(m.heading()).toHaveText('Grab a brew');
  // The app runs from memory and says so.
  await expect(page.getByText(/This tablet cannot keep thoughts\. If you close this page, they will be lost\./)).toBeVisible();

  await page.evaluate(() => {
    setTimeout(() => {
      throw new WebAssembly.RuntimeError('unreachable');
    });
  });
  const crash = page.getByRole('alert').filter({ hasText: 'Something went wrong' });
  await expect(crash).toBeVisible();
  await expect(crash).not.toContainText('safe');
  await expect(crash).toContainText(
    'This tablet could not keep the thoughts, so they may be lost. Please tell the person running the meeting.',
  );
  await expect(page.getByRole('button', { name: 'Tap to try again' })).toBeFocused();
});

for (const [what, body] of [
  ['a WebAssembly file that is empty', Buffer.alloc(0)],
  ['a WebAssembly file that is not WebAssembly', Buffer.from('<html>not found</html>')],
] as const) {
  test(`${what} shows the plain crash page, not a blank screen`, async ({ page }) => {
    await page.route(/_bg\.wasm$/, (route) =>
      route.fulfill({ status: 200, contentType: 'application/wasm', body }),
    );
    await page.goto('/');
    const crash = page.getByRole('alert').filter({ hasText: 'Something went wrong' });
    await expect(crash).toBeVisible();
    await expect(page.getByRole('button', { name: 'Tap to try again' })).toBeFocused();
  });
}

test('a script that does not load shows the plain crash page', async ({ page }) => {
  await page.route(/over-a-brew-[0-9a-f]+\.js$/, (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('/');
  await expect(page.getByRole('alert').filter({ hasText: 'Something went wrong' })).toBeVisible();
});
