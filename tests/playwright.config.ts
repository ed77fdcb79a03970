// Browser tests for Over a Brew: `cd tests && npx playwright test`.
//
// Needs the built app in ../dist (`make dist`) and Debian's Chromium at
// /usr/bin/chromium. Nothing is downloaded: Playwright is pointed at that
// browser, so `npx playwright install` is never needed.
//
// This file is loaded as CommonJS (tests/package.json has no "type": "module"),
// which e2e/idb.spec.ts relies on for `__dirname`.
import { defineConfig } from '@playwright/test';

// TEST_PORT lets two checkouts run their browser tests side by side.
const PORT = Number.parseInt(process.env.TEST_PORT ?? '', 10) || 8090;
const BASE_URL = `http://127.0.0.1:${PORT}/`;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  // A whole meeting walked step by step, with axe on every screen, takes a
  // while on a slow machine; the fake clock keeps the timer tests short.
  timeout: 60_000,
  expect: { timeout: 5_000 },
  // Every test has its own browser context (fresh storage, its own fake clock).
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['./summary-reporter.ts']],
  use: {
    baseURL: BASE_URL,
    headless: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // The app is in British English.
    locale: 'en-GB',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        // A tablet lying on the table, on its side.
        viewport: { width: 1024, height: 768 },
        // Debian's Chromium, not a downloaded one.
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
        },
      },
    },
  ],
  webServer: {
    command: 'node serve.mjs',
    url: BASE_URL,
    env: { PORT: String(PORT) },
    reuseExistingServer: !process.env.CI,
    timeout: 15_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
