// Spoken cues and chimes: off and on as the host sets them, heard at the
// right moments, and "Try the sound" lets the group hear them first.
// The browser's voice and Web Audio are replaced by recorders, so the test
// hears exactly what the tablet would say and play.
import { expect, test, type Page } from '@playwright/test';
import { HostPage } from './pages/host';
const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HALF_A_SECOND = 500;

/** Record speech and chimes instead of making them. */
async function recordCues(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { said: string[]; lang: string[]; tones: number };
    w.said = [];
    w.lang = [];
    w.tones = 0;
    const synth = {
      speak(u: { text: string; lang: string }) {
        w.said.push(u.text);
        w.lang.push(u.lang);
      },
      // A browser that can speak has a voice (where it has none, the app offers no speech).
      getVoices: () => [{ lang: 'en-GB', name: 'Recorder', default: true }],
      cancel() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, get: () => synth });
    const Real = window.AudioContext;
    class Counting extends Real {
      createOscillator() {
        w.tones += 1;
        return super.createOscillator();
      }
    }
    Object.defineProperty(window, 'AudioContext', { configurable: true, value: Counting });
  });
}

const said = (page: Page) => page.evaluate(() => (window as unknown as { said: string[] }).said);
const tones = (page: Page) => page.evaluate(() => (window as unknown as { tones: number }).tones);

test('spoken cues are off by default; the host turns them on, tries them, and hears them in a turn', async ({ page }) => {
  await recordCues(page);
  const host = new HostPage(page);
  const m = host.meeting;
  await m.useFakeClock();
  await m.goto();

  // Off by default: a whole turn passes in silence (words on screen only).
  await m.goToStep('Have your say');
  await m.button('Start').click();
  await m.tick(HALF_A_SECOND);
  await m.tick(2 * MINUTE);
  await expect(m.timeWords()).toHaveText(/Time is up$/);
  expect(await said(page)).toEqual([]);
  // Chimes are on by default: one at 30 seconds left, one at time up (two tones each).
  expect(await tones(page)).toBe(4);

  // The host turns spoken cues on and tries them. (Host tools are a page of
  // their own, so the recorders start again from nothing there.)
  await host.open();
  await page.getByRole('checkbox', { name: 'Spoken cues' }).check();
  await host.button('Try the sound').click();
  expect(await said(page)).toEqual(['One minute left']);
  expect(await tones(page)).toBe(2);
  await host.saveSetup();
  await host.leave();

  // Back at the meeting (a fresh page again), a turn says "Next person",
  // "One minute left" and "Time is up", in British English.
  await m.button('Next person').click();
  await m.tick(HALF_A_SECOND);
  await m.tick(2 * MINUTE + SECOND);
  expect(await said(page)).toEqual(['Next person', 'One minute left', 'Time is up']);
  expect(await page.evaluate(() => (window as unknown as { lang: string[] }).lang)).toContain('en-GB');
});

test('"Sound" off: no chime, and the words still change on screen', async ({ page }) => {
  await recordCues(page);
  const host = new HostPage(page);
  const m = host.meeting;
  await m.useFakeClock();
  await m.goto();
  await m.goToStep('Have your say');
  await m.button('Start').click();
  await m.button('Sound').click();
  await expect(m.button('Sound')).toHaveAttribute('aria-pressed', 'false');
  await m.tick(HALF_A_SECOND);
  await m.tick(2 * MINUTE);
  await expect(m.timeWords()).toHaveText(/Time is up$/);
  expect(await tones(page)).toBe(0);
});
