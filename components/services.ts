import type { AnswerFields } from '../utils/answer-form';
import type { KnownStatus } from '../utils/answer-status';
import type { DraftStore } from '../utils/drafts';
import type { AnswerStrings } from '../utils/i18n/catalogue';
import type { Locale } from '../utils/i18n/languages';
import type { Observable } from '../utils/observable';
import type { OutboxItem } from '../utils/outbox';
import type { Kind } from '../utils/schema/common';
import type { Submission } from '../utils/schema/submission';

export type AnswerEvent = 'draft-saved' | 'queued';
/** What events carry: never personal data (docs/protocol.md, events). */
export interface AnswerEventDetail {
  id: string;
  kind: Kind;
  challengeId: string;
}

/**
 * What the answer components need from their surroundings. The widget backs it with the page's
 * IndexedDB and outbox; the extension's side panel with its own storage and the background's
 * outbox. Components stay thin and never reach for globals.
 */
export interface AnswerServices {
  /** The language shown, which the answer records; the switcher may change it. */
  locale: Locale;
  /** The words in `locale` (the widget loads one language's, the extension has them all). */
  strings: AnswerStrings;
  source: 'widget' | 'extension';
  clientVersion: string;
  pageUrl: string;
  /** False when drafts live in memory only (IndexedDB unavailable): the form says so. */
  persistent: boolean;
  /** Set when storage failed after opening (full, or changed by another tab): now memory only. */
  degraded?: Observable<string | undefined>;
  drafts: DraftStore;
  prefill?: Partial<AnswerFields>;
  /** The municipality's privacy notice (`data-privacy-url`), linked beside the consent. */
  privacyUrl?: string | undefined;
  submit(submission: Submission): Promise<void>;
  /** Signals from @preact/signals fit here too; components read them through `useValue`. */
  outbox: Observable<OutboxItem[]>;
  online: Observable<boolean>;
  retryNow(id: string): Promise<void>;
  discard(id: string): Promise<void>;
  forget(): Promise<void>;
  /**
   * Protocol 1.1, where this UI asks the receiver what became of delivered answers (the widget;
   * the extension's background asks for its own): the fetch to ask with, taken before a page could
   * replace it, and where the answer's status is kept (`Outbox.updateStatus`).
   */
  followStatus?: {
    fetch: typeof fetch;
    update(id: string, change: (stored: KnownStatus | undefined) => KnownStatus): Promise<void>;
  };
  emit(type: AnswerEvent, detail: AnswerEventDetail): void;
  now(): number;
}
