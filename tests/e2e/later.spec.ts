// The table page comes in two WebAssembly modules (src/ui/later.rs): what
// the first step needs, and a `later` module with the panels, the clocks and
// the later steps, fetched just after the first step is on screen. These
// tests hold the split to what it promises: the first step never waits for
// the later module, everything works once it is here, and when it cannot be
// fetched one plain notice says so, with "Try again".
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, words } from './support';
import { WORDS as THOUGHT } from './pages/thoughts';

/** The later module, as finish-dist names it (tests/tools/finish-dist.mjs). */
const LATER = /\/later-[0-9a-f]{16}\.wasm$/;

// Every fetch straight from the page, so that the routes below see them all
// (a service worker would answer from its own copy).
test.use({ serviceWorkers: 'block' });

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

test('the first step is on screen and works while the later module is still on its way', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (r) => {
    if (LATER.test(new URL(r.url()).pathname)) asked.push(r.url());
  });
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(LATER, async (route) => {
    await held;
    await route.continue();
  });

  await page.goto('/');
  await expect(heading(page, 'Grab a brew')).toBeVisible();
  // Asked for once, and not here yet: the first step did not wait for it.
  await expect.poll(() => asked.length).toBe(1);
  await button(page, 'Next step').click();
  await expect(heading(page, 'Who will keep time?')).toBeVisible();
  await button(page, 'Back').click();
  await expect(heading(page, 'Grab a brew')).toBeVisible();
  // Nothing to say while it is only on its way.
  await expect(page.getByText(words('problems', 'PART_MISSING'))).toHaveCount(0);

  release();
  // Once it is here, its parts work: "Add a thought" opens the form.
  await button(page, THOUGHT.add).click();
  await expect(page.getByRole('textbox', { name: THOUGHT.label })).toBeVisible();
  expect(asked).toHaveLength(1);
});

test('when the later module cannot be fetched, one plain notice says so, and "Try again" brings it', async ({ page }) => {
  let reachable = false;
  let tries = 0;
  await page.route(LATER, (route) => {
    tries++;
    return reachable ? route.continue() : route.abort('internetdisconnected');
  });

  await page.goto('/');
  await expect(heading(page, 'Grab a brew')).toBeVisible();
  const notice = page.getByRole('alert').filter({ hasText: words('problems', 'PART_MISSING') });
  await expect(notice).toBeVisible();

  // The steps still go on; the clock, which is in the later module, is not
  // there, and the notice is said once, not once for each missing part.
  for (let i = 0; i < 3; i++) await button(page, 'Next step').click();
  await expect(heading(page, 'Thinking time')).toBeVisible();
  await expect(button(page, 'Start')).toHaveCount(0);
  await expect(notice).toHaveCount(1);
  await expectNoAxeViolations(page, 'the later module could not be fetched');

  // Still not reachable: "Try again" leaves the notice, and nothing breaks.
  expect(tries).toBe(1);
  await notice.getByRole('button', { name: words('controls', 'TRY_AGAIN'), exact: true }).click();
  await expect.poll(() => tries).toBe(2);
  await expect(notice).toBeVisible();

  reachable = true;
  await notice.getByRole('button', { name: words('controls', 'TRY_AGAIN'), exact: true }).click();
  await expect(notice).toHaveCount(0);
  await expect(button(page, 'Start')).toBeVisible();
  await button(page, THOUGHT.add).click();
  await expect(page.getByRole('textbox', { name: THOUGHT.label })).toBeVisible();
});

test('the later module loads from a web host that does not send .wasm as application/wasm', async ({ page }) => {
  await page.route(LATER, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
  });
  await page.goto('/');
  await expect(heading(page, 'Grab a brew')).toBeVisible();
  await button(page, THOUGHT.add).click();
  await expect(page.getByRole('textbox', { name: THOUGHT.label })).toBeVisible();
  await expect(page.getByText(words('problems', 'PART_MISSING'))).toHaveCount(0);
});
