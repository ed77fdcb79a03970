// Time from navigation to the first step's heading, in Debian's Chromium,
// against the built app served locally. Five runs; prints the median.
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';

const port = 8097;
const server = spawn(process.execPath, ['serve.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const times = [];
try {
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const start = Date.now();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.getByRole('heading', { level: 1, name: 'Grab a brew' }).waitFor();
    times.push(Date.now() - start);
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}
times.sort((a, b) => a - b);
console.log(`bench first step on screen: median ${times[2]} ms (runs: ${times.join(', ')})`);
