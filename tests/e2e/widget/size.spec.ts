// Fails when the widget outgrows its budgets (performance.md): what loads before the list is
// painted, in every language, and everything the widget can load.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { LOCALES } from '../../../utils/i18n/languages';
import { FIRST_PAINT_CAP, widgetSizes } from '../../support/widget-sizes';

test('widget bytes stay within budget, in every language', () => {
  const sizes = widgetSizes();
  console.log(
    `widget: ${sizes.firstPaintCode} B gzip of code before first paint, ${sizes.code} B gzip of code in all`,
  );
  for (const locale of LOCALES) {
    const language = sizes.languages[locale];
    console.log(
      `  ${locale}: first paint ${language.firstPaint} B (list's words ${language.list} B), the rest of the words ${language.answer} B, in all ${language.all} B`,
    );
    // The first paint carries the page's language only: the code and that language's list words.
    expect(
      language.firstPaint,
      `before first paint in ${locale}: ${sizes.firstPaintFiles.join(', ')} and the list's words`,
    ).toBeLessThanOrEqual(FIRST_PAINT_CAP);
    // Each language's words, apart from the code: the list's (first paint) and the rest (with the
    // answer chunk). Ukrainian and Arabic are the heaviest (two bytes a letter, more plural forms).
    // The rest raised from 4,300 to 4,350 B for issue 20's words (Ukrainian 4,331 B measured):
    // "send me news about my answer at this e-mail", "news will go to …", the challenge that no
    // longer exists.
    expect(language.list, `${locale}: the list's words`).toBeLessThanOrEqual(450);
    expect(language.answer, `${locale}: the rest of the words`).toBeLessThanOrEqual(4_350);
  }
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
  // Issue 22's languages took the Danish and English words out of the code (about 7.5 KB, now
  // each language's two chunks, capped above): the code alone is capped at 46,000 B. It grew by
  // the language machinery: the switcher and its names (0.5 KB), the municipality's own wording
  // checked with zod (0.8 KB), the pager moved out of the first paint (0.2 KB), and the code after
  // the paint carrying its own copy of the helpers it shares with the first paint (0.8 KB), which
  // keeps the first paint one file (widget/build-plugins.ts).
  // To 46,650 B for issue 22's challenges in several languages (+818 B measured): the translations
  // in the feed's schema (+110 B, zod's chunk), the challenge shown in the visitor's language with
  // its notice when it is Danish, and the feed asked again when the switcher changes language
  // (+684 B, after the paint); the first paint asks the feed with `?locale=` (+23 B).
  // To 48,050 B for issue 20's "one truth for Dine svar" (+1,380 B measured, none before the
  // paint): the batch of statuses asked when the widget opens and its tab is shown again, with the
  // ETag kept, and the fallback to asking per answer (status chunk +391 B, utils/status-batch.ts
  // in the answer code), each answer's date and first words, the "Nyt" rule, the console warning
  // for an unknown data-challenge, the receipt's "news will go to …", and a delivered answer
  // keeping only its first words in the browser.
  expect(sizes.code, `all code: ${sizes.codeFiles.join(', ')}`).toBeLessThanOrEqual(48_050);
});

test('the classic loader is ASCII, read right in a page of any encoding', () => {
  // The modules are always read as UTF-8 and keep Arabic as it is (widget/build.ts `charset`);
  // samskab.js is read in the page's encoding.
  const loader = readFileSync(join(import.meta.dirname, '../../../dist/widget/samskab.js'));
  expect([...loader].every((byte) => byte < 0x80)).toBe(true);
});
