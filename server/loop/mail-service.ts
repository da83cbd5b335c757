// The receiver's mail as the routes see it: taking an address for news when an answer arrives,
// queueing news when staff publish, and the sender loop (mail-sender.ts). Without SMTP configured
// there is no loop, no address is stored and nothing is queued: the receipt says mail is off.
import type { ReceiptUpdates } from '../../utils/schema/receipt-updates';
import type { Database, Queryable } from '../data/db';
import { queueAnswerMails, releaseAllClaims } from '../data/mail-queue';
import { mailLinkUrl } from '../data/mail-tokens';
import { adoptLegacyAddresses, takeUpdateAddress } from '../data/update-addresses';
import { MAIL_REASONS } from './mail-reasons';
import { createMailSender, type MailSenderDeps } from './mail-sender';
import type { MailTransport } from './smtp-transport';
import { statusToken, statusUrl } from './status-token';

export interface MailService {
  /** Keeps the address an answer gave for news (after the answer is stored); the receipt's word. */
  takeUpdateAddress(answerId: string, email: string, now: Date): Promise<ReceiptUpdates>;
  /**
   * Queues news about these answers for the citizens who asked for it, in the transaction that
   * published it (server/data/answer-changes.ts), so a crash cannot keep one without the other.
   */
  tellCitizens(
    tx: Queryable,
    answerIds: readonly string[],
    change: { readonly staffId: string; readonly now: Date },
  ): Promise<void>;
  /** Something was queued: send it now. */
  wake(): void;
  /** Resolves once nothing queued here is due (tests). */
  settled(): Promise<void>;
  stop(): Promise<void>;
}

export interface MailServiceDeps extends Omit<MailSenderDeps, 'transport' | 'linksFor' | 'db'> {
  readonly db: Database;
  /** Undefined: SMTP is not configured, and nothing is sent. */
  readonly transport: MailTransport | undefined;
  readonly secret: string;
  /** The receiver's public origin, for the links in mails. */
  readonly origin: () => string;
}

const OFF: MailService = {
  takeUpdateAddress: async () => 'off',
  tellCitizens: async () => {},
  wake: () => {},
  settled: async () => {},
  stop: async () => {},
};

/** Starts the sender (after adopting addresses stored before the queue existed). */
export async function startMailService(deps: MailServiceDeps): Promise<MailService> {
  const { db, transport, secret } = deps;
  if (!transport) return OFF;
  await adoptLegacyAddresses(db, secret, deps.now());
  // PGlite is one process's: whatever it claimed before a crash is nobody's now.
  if (db.kind === 'pglite') await releaseAllClaims(db);
  const sender = createMailSender({
    ...deps,
    transport,
    linksFor: (recipientId) => ({
      statusUrl: (answerId) => statusUrl(deps.origin(), statusToken(secret, answerId)),
      confirmUrl: mailLinkUrl(deps.origin(), secret, 'confirm', recipientId),
      unsubscribeUrl: mailLinkUrl(deps.origin(), secret, 'unsubscribe', recipientId),
    }),
  });
  return {
    async takeUpdateAddress(answerId, email, now) {
      await takeUpdateAddress(db, secret, answerId, email, now);
      sender.wake();
      return 'confirmation';
    },
    async tellCitizens(tx, answerIds, change) {
      const due = new Date(change.now.getTime() + MAIL_REASONS.update.gatherMs);
      await queueAnswerMails(tx, 'update', answerIds, change.staffId, change.now, due);
    },
    wake: sender.wake,
    settled: sender.settled,
    stop: sender.stop,
  };
}
