// Writes outbox items straight into the widget's IndexedDB database, as the outbox stores them,
// so a test or the benchmark can start from a long or old outbox without sending each answer.
import type { Page } from '@playwright/test';
import type { OutboxItem } from '../../../utils/outbox';

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
