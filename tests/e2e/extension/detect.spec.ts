import { expect, test } from '@playwright/test';
import { CONFIG_KEYS } from '../../../utils/config-keys';
import { detectSamskab } from '../../../utils/detect';

// performance.md: detection costs at most 1 ms on a page without challenges. Measured in the
// page itself, median of many runs, on a big page (20,000 elements).
test('the detector takes under 1 ms on a big page without challenges', async ({ page }) => {
  await page.setContent(
    `<main>${'<div class="card"><h2>Nyhed</h2><p>Tekst <a href="/x">link</a></p></div>'.repeat(5000)}</main>`,
  );
  const source = detectSamskab.toString();
  const median = await page.evaluate(
    ([code, keys]) => {
      const detect = new Function(`return (${code})`)() as (k: unknown) => { mounts: unknown[] };
      const times: number[] = [];
      for (let i = 0; i < 51; i++) {
        const start = performance.now();
        detect(keys);
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      return times[25]!;
    },
    [source, CONFIG_KEYS] as const,
  );
  expect(median).toBeLessThan(1);
});
