// The receiver's mail as the routes see it: taking an address for news when an answer arrives,
// queueing news when staff publish, and the sender loop (mail-sender.ts). Without SMTP configured
// there is no loop, no address is stored and nothing is queued: the receipt says mail is off.
import type { ReceiptUpdates } from '../../utils/schema/receipt-updates';
import type { Database, Queryable } from '../data/db';
import { queueAnswerMails, releaseAllClaims } from '../data/mail-queue';
import { mailLinkUrl } from '../data/mail-tokens';
import { queueAssignedMails, queueDigestLines } from '../data/staff-news';
import { adoptLegacyAddresses, takeUpdateAddress } from '../data/update-addresses';
import { MAIL_REASONS, type MailReasonName } from './mail-reasons';
import { createMailSender, type MailSenderDeps } from './mail-sender';
import { queueOutcomeMails } from './outcome-mail';
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
  /**
   * Queues a closed challenge's outcome for everyone who asked for news about an answer to it, in
   * the transaction that closed it: once, unless `again` (server/loop/outcome-mail.ts). Returns
   * the number of addresses.
   */
  tellOutcome(
    tx: Queryable,
    challengeId: string,
    change: { readonly staffId: string; readonly now: Date },
    again: boolean,
  ): Promise<number>;
  /** A colleague made `assigneeId` Ansvarlig for these answers (server/data/staff-news.ts). */
  tellAssignee(
    tx: Queryable,
    answerIds: readonly string[],
    assigneeId: string,
    change: { readonly staffId: string; readonly now: Date },
  ): Promise<void>;
  /**
   * A new answer was stored: a line in the daily mail of those who follow its challenge. Never
   * fails the answer: a problem is logged.
   */
  noteNewAnswer(answerId: string, now: Date): Promise<void>;
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
  /** How long news gathers, for every reason that gathers, instead of its own (Config). */
  readonly gatherMs?: number;
  /**
   * The desk's pages staff mails link to: `deskPaths`' (server/ui/desk-paths.ts), given by
   * start.ts, since the mail stands below the desk's UI.
   */
  readonly deskPages: { readonly answer: (answerId: string) => string; readonly myMails: string };
}

const OFF: MailService = {
  takeUpdateAddress: async () => 'off',
  tellCitizens: async () => {},
  tellOutcome: async () => 0,
  tellAssignee: async () => {},
  noteNewAnswer: async () => {},
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
  const gatherOf = (reason: MailReasonName) => {
    const own = MAIL_REASONS[reason].gatherMs;
    return own > 0 ? (deps.gatherMs ?? own) : own;
  };
  const dueAfterGathering = (reason: MailReasonName, now: Date) =>
    new Date(now.getTime() + gatherOf(reason));
  const sender = createMailSender({
    ...deps,
    transport,
    linksFor: (recipientId) => ({
      statusUrl: (answerId) => statusUrl(deps.origin(), statusToken(secret, answerId)),
      confirmUrl: mailLinkUrl(deps.origin(), secret, 'confirm', recipientId),
      unsubscribeUrl: mailLinkUrl(deps.origin(), secret, 'unsubscribe', recipientId),
      deskAnswerUrl: (answerId) => `${deps.origin()}${deps.deskPages.answer(answerId)}`,
      deskMailsUrl: `${deps.origin()}${deps.deskPages.myMails}`,
    }),
  });
  return {
    async takeUpdateAddress(answerId, email, now) {
      await takeUpdateAddress(db, secret, answerId, email, now);
      sender.wake();
      return 'confirmation';
    },
    async tellCitizens(tx, answerIds, change) {
      const due = dueAfterGathering('update', change.now);
      await queueAnswerMails(tx, 'update', answerIds, change.staffId, change.now, due);
    },
    tellOutcome: (tx, challengeId, change, again) =>
      queueOutcomeMails(
        tx,
        challengeId,
        { ...change, dueAt: dueAfterGathering('outcome', change.now) },
        again,
      ),
    async tellAssignee(tx, answerIds, assigneeId, change) {
      await queueAssignedMails(tx, secret, answerIds, assigneeId, {
        ...change,
        dueAt: dueAfterGathering('assigned', change.now),
      });
    },
    async noteNewAnswer(answerId, now) {
      try {
        const queued = await db.transaction((tx) => queueDigestLines(tx, secret, answerId, now));
        if (queued > 0) sender.wake();
      } catch (error) {
        deps.logError('Queueing a new answer for the daily mail failed:', error);
      }
    },
    wake: sender.wake,
    settled: sender.settled,
    stop: sender.stop,
  };
}
