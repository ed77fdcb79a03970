// When the app stops working (a Rust panic aborts the WebAssembly module),
// the table sees a plain page drawn without WebAssembly: "Something went
// wrong", "Your thoughts are safe.", "Tap to reload" — and the thoughts are.
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
  const reload = page.getByRole('button', { name: 'Tap to reload' });
  await expect(reload).toBeFocused();
  const box = await reload.boundingBox();
  expect(box && box.height).toBeGreaterThanOrEqual(64);

  await reload.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Grab a brew' })).toBeVisible();
  await t.openHostTools();
  await expect(page.getByText('Before the crash')).toBeVisible();
});
