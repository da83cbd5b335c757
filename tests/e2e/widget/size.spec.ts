// Fails when the widget outgrows its budgets (performance.md): what loads before the list is
// painted, and everything the widget can load.
import { expect, test } from '@playwright/test';
import { FIRST_PAINT_CAP, widgetSizes } from '../../support/widget-sizes';

test('widget bytes stay within budget', () => {
  const sizes = widgetSizes();
  console.log(`widget: ${sizes.firstPaint} B gzip before first paint, ${sizes.all} B gzip in all`);
  expect(
    sizes.firstPaint,
    `before first paint: ${sizes.firstPaintFiles.join(', ')}`,
  ).toBeLessThanOrEqual(FIRST_PAINT_CAP);
  // The goal is 20 KB (performance.md); zod validation, forms and outbox weigh 23.5 KB today.
  // This budget stops growth: lower it as the answer chunk shrinks, never raise it silently.
  // Raised from 34 to 35 KB for hardening: the built-ins check and the storage fallback; to 36 KB
  // for taking a late-opening IndexedDB into use (answers of earlier visits were otherwise not
  // shown or sent until the next load).
  // To 45.8 KB for issue 13's loop: the lazily loaded chunks for what others said (2.2 KB), the
  // receipt (0.9 KB) and the status (1.4 KB), and the answer code's growth (the new fields, the
  // misconfiguration notice, the status check, kind switching and deep links; zod split into a
  // chunk of its own, shared with what others said). The draft marker on the list's cards and the
  // colours moved out of the list's styles added 0.2 KB to the answer code. To 47,000 B for outbox
  // writes that take turns (a status check, a "seen", a delivery and a removal of the same answer
  // could undo each other, and "forget everything" could lose to a delivery under way): +80 B.
  // To 47,300 B for issue 21's embed check (widget/embed-check.ts, in the after-paint chunk: the
  // question to /api/embed-check and its console error) and the console's hints naming the desk's
  // Sites page: +308 B. The first paint is unchanged (tests/e2e/widget/embed-check.spec.ts).
  // Then +279 B for issue 18's confirmation of the address for news: the receipt's two sentences
  // in both languages ("confirm your address from the mail", "no mail from this receiver") and
  // reading the receipt's `updates`: +279 B, nothing before the paint.
  // To 48,600 B for issue 22's reach (+1,014 B measured; 22 B to spare after both): read-aloud (435 B: the
  // button, choosing a voice, cutting sentences), the phone and e-mail as links (234 B), and
  // about 330 B for the colour scheme (its check, the dark and `auto` rules of the answer styles),
  // logical sides and the new words; the first paint grew 20 B (the `data-color-scheme` key read
  // by the loader and the module, and the root's `dir` and `data-scheme`).
  expect(sizes.all, `all widget files: ${sizes.allFiles.join(', ')}`).toBeLessThanOrEqual(48_600);
});
