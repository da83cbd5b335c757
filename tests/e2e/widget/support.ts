import { expect, type Page } from '@playwright/test';

/** The words on the way to a sent `need` answer, in Danish and English, as a person reads them. */
export const NEED_WORDS = {
  da: {
    card: /Færre ensomme aftener/,
    kind: /Fortæl hvad du ser/,
    body: 'Hvad ser du?',
    send: 'Send svar',
    sent: 'Tak! Dit svar er sendt.',
  },
  en: {
    card: /Færre ensomme aftener/,
    kind: /Tell us what you see/,
    body: 'What do you see?',
    send: 'Send answer',
    sent: 'Thank you! Your answer has been sent.',
  },
};

/** Opens a challenge and writes a `need` answer, without sending it. */
export async function writeNeed(page: Page, body: string, challenge = /Færre ensomme aftener/) {
  await page.getByRole('button', { name: challenge }).click();
  await page.getByRole('button', { name: /Fortæl hvad du ser/ }).click();
  await page.getByLabel('Hvad ser du?').fill(body);
}

export async function sendNeed(page: Page, body: string, challenge?: RegExp) {
  await writeNeed(page, body, challenge);
  await page.getByRole('button', { name: 'Send svar' }).click();
}

/** Sends the answer being written, waits for the receipt and reads its reference (SK-…). */
export async function sendForReference(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Send svar' }).click();
  await expect(page.getByRole('heading', { name: 'Tak! Dit svar er sendt.' })).toBeVisible();
  const receipt = await page
    .getByRole('article')
    .getByText(/Dit referencenummer: (SK-\S+)/)
    .textContent();
  return receipt!.match(/SK-\w+/)![0];
}

/** The state of each answer in the page's outbox, read from the widget's IndexedDB. */
function outboxStates(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const request = indexedDB.open('samskab');
        // No database yet: leave it to the widget to make, with its stores.
        request.onupgradeneeded = () => request.transaction?.abort();
        request.onerror = () => resolve([]);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('outbox')) {
            db.close();
            return resolve([]);
          }
          const all = db.transaction('outbox').objectStore('outbox').getAll();
          all.onsuccess = () => {
            db.close();
            resolve((all.result as { state: string }[]).map((item) => item.state));
          };
          all.onerror = () => {
            db.close();
            reject(all.error);
          };
        };
      }),
  );
}

/**
 * Waits until the page's outbox has nothing left to send: every answer in it is delivered or
 * waits for the person (neither is sent again by itself). The outbox marks an answer "sending"
 * before its request and writes the outcome after it, so a request not seen by then is one that
 * will not come.
 */
export async function outboxIdle(page: Page) {
  await expect
    .poll(
      async () => {
        const states = await outboxStates(page);
        return states.length > 0 && states.every((s) => s === 'delivered' || s === 'attention');
      },
      { message: 'the outbox still has answers to send', timeout: 30_000 },
    )
    .toBe(true);
}

/**
 * Starts listening for the widget's next `samskab:<type>` event (they bubble to the document);
 * the function returned waits for it. Listen first, then act: the event may come at once.
 */
export async function nextWidgetEvent(page: Page, type: string): Promise<() => Promise<void>> {
  const heard = await page.evaluateHandle(
    (name) => ({
      done: new Promise<void>((resolve) =>
        document.addEventListener(name, () => resolve(), { once: true }),
      ),
    }),
    `samskab:${type}`,
  );
  return async () => {
    await heard.evaluate((event) => event.done);
    await heard.dispose();
  };
}

/**
 * Waits until what the page shows now has been painted and its effects have run (Preact runs
 * effects after a frame): a request such an effect makes has been reported to the test by then.
 */
export async function effectsRun(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() =>
          setTimeout(() => requestAnimationFrame(() => setTimeout(resolve))),
        ),
      ),
  );
}
