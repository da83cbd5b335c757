// Figure 4, autosave: 500 keystrokes into the "what do you see" field of the demo page, in bursts
// of 5 followed by a pause until `samskab:draft-saved` (the widget saves 400 ms after typing
// stops, so continuous typing would give one save: the pause pattern gives 100 saves to time).
// Per save: last keystroke of the burst → the event, which the form emits after the IndexedDB
// write resolved. Per keystroke: keydown → the task after the next animation frame, and
// Chromium's main-thread task time over the whole typing divided by the keystrokes.
import type { Browser } from '@playwright/test';
import type { RunningReceiver } from '../server/start';
import { metrics, openPage } from './browser';
import { percentile, round } from './stats';

const KEYSTROKES = 500;
const BURST = 5;
const DEBOUNCE_MS = 400;

const RECORDER = () => {
  const a = { keys: [] as number[], frames: [] as number[], saves: [] as number[] };
  (window as unknown as { __auto: typeof a }).__auto = a;
  addEventListener(
    'keydown',
    (event) => {
      const at = event.timeStamp;
      a.keys.push(at);
      requestAnimationFrame(() => setTimeout(() => a.frames.push(performance.now() - at), 0));
    },
    true,
  );
  document.addEventListener('samskab:draft-saved', () => a.saves.push(performance.now()));
};

type Recorded = { keys: number[]; frames: number[]; saves: number[] };

export async function measureAutosave(browser: Browser, receiver: RunningReceiver) {
  const { page, cdp, close } = await openPage(browser, 'desktop');
  try {
    await page.addInitScript(RECORDER);
    await page.goto(`${receiver.url}/`);
    // Setting up the form uses locators; nothing polls while keystrokes are measured.
    await page.getByRole('button', { name: /Færre ensomme aftener/ }).click();
    await page.getByRole('button', { name: /Fortæl hvad du ser/ }).click();
    const field = page.getByLabel('Hvad ser du?');
    await field.click();
    // Warm-up burst (creates the draft), not counted.
    await page.keyboard.type('Vi ');
    await page.waitForFunction(
      () => (window as unknown as { __auto: Recorded }).__auto.saves.length >= 1,
    );
    await page.waitForTimeout(200);
    const before = await page.evaluate(() => {
      const a = (window as unknown as { __auto: Recorded }).__auto;
      return { keys: a.keys.length, frames: a.frames.length, saves: a.saves.length };
    });
    const m0 = await metrics(cdp);
    const words = 'ser at mange aeldre sidder alene om aftenen i lunde ';
    for (let burst = 0; burst < KEYSTROKES / BURST; burst++) {
      const text = words.slice((burst * BURST) % (words.length - BURST)).slice(0, BURST);
      await page.keyboard.type(text);
      await page.waitForFunction(
        (n) => (window as unknown as { __auto: Recorded }).__auto.saves.length >= n,
        before.saves + burst + 1,
        { polling: 50, timeout: 10_000 },
      );
    }
    await page.waitForTimeout(100);
    const m1 = await metrics(cdp);
    const recorded = await page.evaluate(() => (window as unknown as { __auto: Recorded }).__auto);
    const keys = recorded.keys.slice(before.keys);
    const saves = recorded.saves.slice(before.saves);
    const frames = recorded.frames.slice(before.frames);
    const latencies = saves.map((at, i) => at - keys[i * BURST + BURST - 1]!);
    const stat = (list: number[]) => ({
      p50: round(percentile(list, 50)),
      p95: round(percentile(list, 95)),
    });
    return {
      keystrokes: keys.length,
      saves: saves.length,
      burst: BURST,
      saveAfterLastKey: stat(latencies),
      commitAfterDebounce: stat(latencies.map((l) => l - DEBOUNCE_MS)),
      keyToFrame: stat(frames),
      mainThreadPerKeyMs: round((m1.taskMs - m0.taskMs) / keys.length, 2),
      note:
        `${keys.length} keystrokes typed by Playwright in bursts of ${BURST}; after each burst the ` +
        `bench waits for the save, so ${saves.length} saves were timed (a save per keystroke would ` +
        `need a 400 ms pause after each). Main-thread time per keystroke includes the saves, ` +
        'the debounce timers and the bench’s own 50 ms polling for the save count.',
    };
  } finally {
    await close();
  }
}
