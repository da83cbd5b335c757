// Writes outbox items straight into the widget's IndexedDB database, as the outbox stores them,
// so a test or the benchmark can start from a long or old outbox without sending each answer.
import type { Page } from '@playwright/test';
import type { OutboxItem } from '../../../utils/outbox';
import type { Submission } from '../../../utils/schema/submission';
import { validSubmission } from '../../server/fixtures';

/** An answer as the outbox stores it once queued: due now, never tried. */
export function queuedAnswer(
  endpoint: string,
  queuedAt: number,
  submission: Submission = validSubmission('need'),
): OutboxItem {
  return {
    id: submission.id,
    submission,
    endpoint,
    state: 'queued',
    attempts: 0,
    nextAttemptAt: 0,
    queuedAt,
  };
}

/** Must run on the host page's origin before the widget opens the database. */
export function seedOutbox(page: Page, items: OutboxItem[]): Promise<void> {
  return page.evaluate(
    (list) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('samskab', 1);
        request.onupgradeneeded = () => {
          request.result.createObjectStore('drafts', { keyPath: 'key' });
          request.result.createObjectStore('outbox', { keyPath: 'id' });
        };
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction('outbox', 'readwrite');
          for (const item of list) tx.objectStore('outbox').put(item);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    items,
  );
}
