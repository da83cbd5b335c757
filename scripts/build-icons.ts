// Draws the extension's icons (public/icon/<size>.png) from scripts/icon.svg with Debian's
// Chromium, headless, through Playwright: `npx tsx scripts/build-icons.ts`. The PNGs are
// committed, so a build needs no browser; run this again after changing the SVG.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../playwright.config';

export const ICON_SIZES = [16, 32, 48, 128] as const;

const root = join(import.meta.dirname, '..');
const svg = readFileSync(join(root, 'scripts', 'icon.svg'), 'utf8');

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    const png = await page.locator('svg').screenshot({ omitBackground: true });
    writeFileSync(join(root, 'public', 'icon', `${size}.png`), png);
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`icons: ${ICON_SIZES.join(', ')} px in public/icon`);
