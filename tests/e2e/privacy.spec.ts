// Private by policy: both pages carry a strict Content-Security-Policy, and
// nothing the app does reaches any other web address. A whole meeting, host
// tools and every file save are walked through with both checks watching.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import * as fs from 'node:fs/promises';
import { HOST, HostPage, stubPrint } from './pages/host';

/** Every `securitypolicyviolation` on any page of `context`, as words. */
async function watchPolicy(context: BrowserContext): Promise<string[]> {
  const seen: string[] = [];
  await context.exposeBinding('__e2ePolicyBroken', (_source, what: string) => {
    seen.push(what);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as any).__e2ePolicyBroken(`${location.pathname}: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sample})`);
    });
  });
  return seen;
}

/** Every request of `context` (pages and service worker) to another origin. */
function watchRequests(context: BrowserContext, origin: string): { all: string[]; elsewhere: string[] } {
  const seen = { all: [] as string[], elsewhere: [] as string[] };
  context.on('request', (request) => {
    const url = request.url();
    seen.all.push(url);
    // blob: and data: are made on the tablet itself; blob: URLs carry the page's origin.
    if (url.startsWith('data:')) return;
    if (new URL(url).origin !== origin) seen.elsewhere.push(url);
  });
  return seen;
}

/** The policy a page carries, from its <meta http-equiv>. */
async function policyOf(page: Page): Promise<string> {
  const metas = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(metas).toHaveCount(1);
  return (await metas.getAttribute('content')) ?? '';
}

function expectStrict(policy: string): void {
  const directives = new Map(
    policy.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
  expect(directives.get('default-src')).toEqual(["'self'"]);
  const script = directives.get('script-src') ?? [];
  expect(script.slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  // Inline scripts by hash only: Trunk's loader, and ours.
  expect(script.filter((v) => v.startsWith("'sha256-")).length).toBeGreaterThanOrEqual(2);
  for (const v of script.slice(2)) expect(v).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
  expect(directives.get('connect-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('base-uri')).toEqual(["'none'"]);
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain("'unsafe-eval'");
  expect(policy).not.toMatch(/\*|https?:|data:|blob:/);
}

/**
 * A whole meeting, with host tools: set-up, a thought on every step that
 * takes one, the clock started and paused, every file saved, a file brought
 * in, the printable summary, then on to "Thank you".
 */
async function wholeMeeting(page: Page): Promise<void> {
  const h = new HostPage(page);
  await h.meeting.goto();
  // Host tools first, as a host sets up: theme and table, saved.
  await h.open();
  await h.setThemeAndTable('Feeling at home', 'Table 2');
  await h.saveSetup();
  await h.leave();

  const heading = h.heading();
  for (let guard = 0; guard < 30; guard++) {
    const start = page.getByRole('button', { name: 'Start', exact: true });
    if (await start.isVisible()) {
      await start.click();
      await page.getByRole('button', { name: 'Pause', exact: true }).click();
    }
    if ((await heading.textContent())?.trim() === 'Thinking time') await h.addThought('A thought for the record');
    const next = page.getByRole('button', { name: 'Next step', exact: true });
    if ((await heading.textContent())?.trim() === 'Thank you' || !(await next.isEnabled())) break;
    await h.nextStep();
  }
  await expect(heading).toHaveText('Thank you');

  // Host tools at the end: every file, bringing one in, the summary.
  await h.open();
  for (const name of [HOST.SAVE_CSV, HOST.SAVE_TEXT]) {
    const file = await h.save(name);
    expect(file.text).toContain('A thought for the record');
  }
  const record = await h.save(HOST.SAVE_RECORD);
  const where = test.info().outputPath(record.name);
  await fs.writeFile(where, record.bytes);
  await h.chooseFiles().setInputFiles(where);
  await expect(h.bringInReport()).toContainText(record.name);
  await h.section(HOST.FILES).getByRole('button', { name: HOST.PRINT, exact: true }).click();
  const main = page.getByRole('main');
  await main.getByRole('button', { name: HOST.PRINT, exact: true }).click();
  await expect.poll(() => page.evaluate(() => (window as any).__e2ePrinted)).toBe(1);
  await main.getByRole('button', { name: HOST.HEADING, exact: true }).click();
  await expect(h.heading()).toHaveText(HOST.HEADING);
  await h.leave();
  await expect(heading).toHaveText('Thank you');
}

test('both pages carry a strict Content-Security-Policy, and a whole meeting breaks none of it', async ({
  page,
  context,
}) => {
  const broken = await watchPolicy(context);
  await page.addInitScript(stubPrint);

  await page.goto('/');
  expectStrict(await policyOf(page));
  await page.goto('/host/');
  expectStrict(await policyOf(page));

  await wholeMeeting(page);
  // The plain page shown if the app stops working: its button still works.
  await page.evaluate(() => (window as any).overABrewCrashed());
  await Promise.all([page.waitForEvent('load'), page.locator('#crash button').click()]);
  await expect(page.getByText('Thank you', { exact: true }).first()).toBeVisible();
  expect(broken).toEqual([]);

  // The policy is in force, and the watch above sees a breach: a script
  // added at run time neither runs nor goes unnoticed.
  const ran = await page.evaluate(async () => {
    const s = document.createElement('script');
    s.textContent = 'window.__e2eInjected = true;';
    document.body.append(s);
    await new Promise((r) => setTimeout(r, 100));
    return (window as any).__e2eInjected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => broken.length).toBe(1);
  expect(broken[0]).toContain('script-src');
});

test('a whole meeting, host tools and file saves ask nothing of any other web address', async ({ page, context }) => {
  const origin = new URL(test.info().project.use.baseURL as string).origin;
  const requests = watchRequests(context, origin);
  await page.addInitScript(stubPrint);

  await wholeMeeting(page);
  // Let the service worker finish keeping its copy (its requests count too).
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  expect(requests.elsewhere).toEqual([]);
  // The watch saw the app's own files, so it was really watching.
  expect(requests.all.some((u) => u.endsWith('.wasm'))).toBe(true);
  expect(requests.all.some((u) => u.includes('/host/'))).toBe(true);
  // And it tells another address when it sees one (a page going elsewhere).
  await page.goto('http://127.0.0.2:9/').catch(() => undefined);
  expect(requests.elsewhere).toEqual(['http://127.0.0.2:9/']);
});
