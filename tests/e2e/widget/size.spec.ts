// Fails when the widget outgrows its budgets (performance.md): what loads before the list is
// painted, and everything the widget can load.
import { expect, test } from '@playwright/test';
import { widgetSizes } from '../../support/widget-sizes';

test('widget bytes stay within budget', () => {
  const sizes = widgetSizes();
  console.log(`widget: ${sizes.firstPaint} B gzip before first paint, ${sizes.all} B gzip in all`);
  expect(
    sizes.firstPaint,
    `before first paint: ${sizes.firstPaintFiles.join(', ')}`,
  ).toBeLessThanOrEqual(10 * 1024);
  // The goal is 20 KB (performance.md); zod validation, forms and outbox weigh 23.5 KB today.
  // This budget stops growth: lower it as the answer chunk shrinks, never raise it silently.
  // Raised from 34 to 35 KB for hardening: the built-ins check and the storage fallback; to 36 KB
  // for taking a late-opening IndexedDB into use (answers of earlier visits were otherwise not
  // shown or sent until the next load).
  expect(sizes.all, `all widget files: ${sizes.allFiles.join(', ')}`).toBeLessThanOrEqual(
    36 * 1024,
  );
});
