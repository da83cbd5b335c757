// The one way a mail leaves the receiver: a loop in each receiver that claims an address with due
// mail (mail-queue.ts), writes one mail from every due row of one reason for it (mail-reasons.ts),
// sends it over SMTP and records it, then looks for the next. It wakes when work is queued here,
// and on a timer for retries, mail held over the daily limit, and work another receiver queued.
//
// The guarantee: a queued mail is sent at least once, and recorded (its rows deleted, the mail
// counted) in one transaction right after the SMTP server accepted it. Only a receiver that dies
// between the server's "250 OK" and that commit — a few milliseconds — sends it again, once, after
// its claim runs out (at once on PGlite, where no other receiver can hold one); the second copy
// carries the same Message-ID, which most mailboxes show once. A claim keeps two receivers from
// sending to one address at the same time, so they never send one mail twice.
import { randomUUID } from 'node:crypto';
import { recordAudit } from '../data/audit';
import type { Database, Queryable } from '../data/db';
import {
  claimRecipient,
  deferMails,
  dropMails,
  dueMails,
  extendClaim,
  nextDue,
  type QueueRow,
  recordSent,
  releaseClaim,
  sentSince,
  startAttempt,
} from '../data/mail-queue';
import { type Recipient, stopRecipient } from '../data/recipients';
import { BEFORE_CONFIRMATION, MAIL_REASONS, reasonNamed } from './mail-reasons';
import type { ComposedMail, MailLinks, MailReason } from './mail-types';
import type { MailTransport } from './smtp-transport';

export interface MailSender {
  /** New work was queued: look now rather than at the next tick. */
  wake(): void;
  /** Resolves once a look that started after this call found nothing more to send now. */
  settled(): Promise<void>;
  /**
   * Stops looking, and waits for the mail being sent, at most `stopWaitMs`: a mail cut off then
   * stays queued and goes after the next start.
   */
  stop(): Promise<void>;
}

export interface MailSenderDeps {
  readonly db: Database;
  readonly transport: MailTransport;
  /** SAMSKAB_MAIL_FROM. */
  readonly from: string;
  /** The links for one recipient, on the receiver's public origin. */
  readonly linksFor: (recipientId: string) => MailLinks;
  readonly now: () => Date;
  readonly logError: (message: string, error: unknown) => void;
  /** Waits before the 2nd, 3rd, … attempt after a failure that may pass; then it is given up. */
  readonly retryDelaysMs?: readonly number[];
  /** How often to look without being woken. */
  readonly pollMs?: number;
  /** How long a claim lasts without being renewed. */
  readonly claimMs?: number;
  /** Mails to one citizen's address in any 24 hours; the rest wait and go as one. */
  readonly dailyLimit?: number;
  /** Nothing is sent before this resolves: the links need the address the receiver listens on. */
  readonly ready?: Promise<void>;
  /** How long stop() waits for a mail being sent (SIGTERM must end the process promptly). */
  readonly stopWaitMs?: number;
}

export const RETRY_DELAYS_MS: readonly number[] = [
  60_000,
  5 * 60_000,
  30 * 60_000,
  2 * 3_600_000,
  6 * 3_600_000,
  12 * 3_600_000,
  24 * 3_600_000,
];
export const POLL_MS = 30_000;
export const CLAIM_MS = 2 * 60_000;
export const DAILY_LIMIT = 5;
export const STOP_WAIT_MS = 5_000;
const DAY_MS = 24 * 3_600_000;
/** The reasons the daily limit counts: news, not the mail asking to confirm. */
const NEWS: readonly string[] = Object.entries(MAIL_REASONS)
  .filter(([, reason]) => reason.confirmation === 'waits')
  .map(([name]) => name);
const ids = (rows: readonly QueueRow[]) => rows.map((row) => row.id);
/** Not faster than this, whatever is due: a row another receiver holds must not make this spin. */
const MIN_WAIT_MS = 100;

/** An SMTP error may quote the recipient: no address reaches the log or the audit log. */
export const withoutAddresses = (error: unknown): Error => {
  const message = (error instanceof Error ? error.message : String(error)).replace(
    /[^\s<>"'()]+@[^\s<>"'()]+/g,
    '[adresse]',
  );
  const clean = new Error(message);
  clean.name = error instanceof Error ? error.name : 'Error';
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') Object.assign(clean, { code });
  return clean;
};

type Failure = 'address-refused' | 'mail-refused' | 'may-pass';

/**
 * What a failed send means. A 5xx to RCPT TO refuses this address for good; a 5xx to DATA refuses
 * this mail; anything else (a 4xx, a lost connection, a wrong password, no STARTTLS) is the
 * set-up or the moment, and is tried again.
 */
export function classifyFailure(error: unknown): Failure {
  const { code, command, responseCode } = (error ?? {}) as {
    code?: unknown;
    command?: unknown;
    responseCode?: unknown;
  };
  const permanent = typeof responseCode === 'number' && responseCode >= 500;
  if (permanent && code === 'EENVELOPE' && command === 'RCPT TO') return 'address-refused';
  if (permanent && command === 'DATA') return 'mail-refused';
  return 'may-pass';
}

export function createMailSender(deps: MailSenderDeps): MailSender {
  const { db } = deps;
  const sender = randomUUID();
  const delays = deps.retryDelaysMs ?? RETRY_DELAYS_MS;
  const pollMs = deps.pollMs ?? POLL_MS;
  const claimMs = deps.claimMs ?? CLAIM_MS;
  const dailyLimit = deps.dailyLimit ?? DAILY_LIMIT;
  const domain = /@([^\s>]+)>?\s*$/.exec(deps.from)?.[1] ?? 'samskab.invalid';

  let stopping = false;
  let woken = false;
  let wakeUp: (() => void) | undefined;
  let passes = 0;
  const waiting: { after: number; resolve: () => void }[] = [];

  const audit = async (
    tx: Queryable,
    reason: MailReason,
    outcome: 'sent' | 'failed',
    rows: readonly QueueRow[],
    mail: ComposedMail,
    detail?: string,
  ) => {
    const action = reason.audit?.[outcome];
    if (!action) return;
    const staffId = rows.find((row) => row.staffId)?.staffId ?? null;
    for (const subject of mail.subjects ?? []) {
      await recordAudit(tx, { staffId, action, subject, detail }, deps.now());
    }
  };

  /** One mail to a claimed address: every due row of the first due reason. */
  async function sendOne(recipient: Recipient, rows: readonly QueueRow[]): Promise<void> {
    const reasonName = rows[0]!.reason;
    const batch = rows.filter((row) => row.reason === reasonName);
    const batchIds = ids(batch);
    const reason = reasonNamed(reasonName);
    if (!reason || !recipient.email) {
      if (!reason) deps.logError(`A queued mail has an unknown reason "${reasonName}":`, null);
      return dropMails(db, batchIds);
    }
    const links = deps.linksFor(recipient.id);
    const subjects = batch.flatMap((row) => (row.subjectId ? [row.subjectId] : []));
    const mail = await reason.compose(db, subjects, links, recipient);
    if (!mail) return dropMails(db, batchIds);
    const mailId = batch.find((row) => row.mailId)?.mailId ?? randomUUID();
    await startAttempt(db, batchIds, mailId);
    // The claim is renewed while the SMTP server takes its time, so no other receiver takes over.
    const renew = setInterval(() => {
      const until = new Date(deps.now().getTime() + claimMs);
      extendClaim(db, recipient.id, sender, until).catch((error: unknown) =>
        deps.logError('Renewing a mail claim failed:', error),
      );
    }, claimMs / 3);
    try {
      await deps.transport.sendMail({
        from: deps.from,
        to: recipient.email,
        subject: mail.subject,
        text: mail.text,
        messageId: `<${mailId}@${domain}>`,
        list: { unsubscribe: { url: links.unsubscribeUrl } },
        headers: {
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          'Auto-Submitted': 'auto-generated',
          // The language the mail is written in: a mail program may offer to translate it.
          'Content-Language': mail.language ?? 'da',
        },
      });
    } catch (error) {
      clearInterval(renew);
      return failed(recipient, reason, batch, mail, error);
    }
    clearInterval(renew);
    // Right after the server's "250 OK": the only window in which a crash sends a mail twice.
    await db.transaction(async (tx) => {
      await recordSent(tx, recipient.id, reasonName, batchIds, deps.now());
      await audit(tx, reason, 'sent', batch, mail);
    });
  }

  async function failed(
    recipient: Recipient,
    reason: MailReason,
    batch: readonly QueueRow[],
    mail: ComposedMail,
    error: unknown,
  ): Promise<void> {
    const clean = withoutAddresses(error);
    const problem = clean.message.slice(0, 200);
    const kind = classifyFailure(error);
    deps.logError(
      kind === 'address-refused'
        ? 'The mail server refused an address for good; no more mail goes to it:'
        : 'Sending a mail failed:',
      clean,
    );
    if (kind === 'address-refused') {
      await stopRecipient(db, recipient.id, 'refused', deps.now());
      return audit(db, reason, 'failed', batch, mail, problem);
    }
    const attempts = Math.max(...batch.map((row) => row.attempts)) + 1;
    const delay = kind === 'may-pass' ? delays[attempts - 1] : undefined;
    if (delay === undefined) {
      await dropMails(db, ids(batch));
      return audit(db, reason, 'failed', batch, mail, problem);
    }
    await deferMails(db, ids(batch), new Date(deps.now().getTime() + delay), problem);
  }

  /** What is due for a claimed address, after the rules of who may get what and how often. */
  async function serve(recipient: Recipient): Promise<void> {
    const now = deps.now();
    let rows = await dueMails(db, recipient.id, now);
    if (recipient.stoppedAt) return dropMails(db, ids(rows));
    const confirmation = (row: QueueRow) => reasonNamed(row.reason)?.confirmation;
    if (recipient.confirmedAt) {
      // Asking to confirm a confirmed address: nothing to ask any more.
      await dropMails(db, ids(rows.filter((row) => confirmation(row) === 'asks')));
      rows = rows.filter((row) => confirmation(row) !== 'asks');
    } else {
      rows = rows.filter((row) => BEFORE_CONFIRMATION.includes(row.reason));
    }
    const [first] = rows;
    if (!first) return;
    if (recipient.audience === 'citizen' && confirmation(first) === 'waits') {
      const news = rows.filter((row) => confirmation(row) === 'waits');
      const day = await sentSince(db, recipient.id, new Date(now.getTime() - DAY_MS), NEWS);
      if (day.count >= dailyLimit && day.first) {
        // Over the limit: the news waits until a day after the first of the day's mails, and
        // then goes as one mail.
        return deferMails(db, ids(news), new Date(day.first.getTime() + DAY_MS));
      }
    }
    await sendOne(recipient, rows);
  }

  /** Claims and serves addresses until none is ready. */
  async function drain(): Promise<void> {
    while (!stopping) {
      const now = deps.now();
      const recipient = await claimRecipient(
        db,
        sender,
        now,
        new Date(now.getTime() + claimMs),
        BEFORE_CONFIRMATION,
      );
      if (!recipient) return;
      try {
        await serve(recipient);
      } finally {
        await releaseClaim(db, recipient.id, sender);
      }
    }
  }

  async function pause(): Promise<void> {
    let wait = pollMs;
    try {
      const due = await nextDue(db, BEFORE_CONFIRMATION);
      if (due) wait = Math.min(pollMs, Math.max(MIN_WAIT_MS, due.getTime() - deps.now().getTime()));
    } catch (error) {
      deps.logError('Reading when the next mail is due failed:', error);
    }
    if (woken || stopping) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, wait);
      timer.unref?.();
      function done() {
        clearTimeout(timer);
        wakeUp = undefined;
        resolve();
      }
      wakeUp = done;
    });
  }

  let stopped: () => void = () => {};
  const stopSignal = new Promise<void>((resolve) => {
    stopped = resolve;
  });

  async function loop(): Promise<void> {
    await Promise.race([deps.ready, stopSignal]);
    while (!stopping) {
      woken = false;
      const pass = ++passes;
      try {
        await drain();
      } catch (error) {
        deps.logError('Sending mail failed:', error);
      }
      for (const waiter of waiting.filter((w) => w.after < pass)) {
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve();
      }
      if (!woken && !stopping) await pause();
    }
    for (const waiter of waiting.splice(0)) waiter.resolve();
  }

  const running = loop();

  const wake = () => {
    woken = true;
    wakeUp?.();
  };

  return {
    wake,
    settled() {
      if (stopping) return running;
      const after = passes;
      const done = new Promise<void>((resolve) => waiting.push({ after, resolve }));
      wake();
      return done;
    },
    async stop() {
      stopping = true;
      stopped();
      wakeUp?.();
      let timer: NodeJS.Timeout | undefined;
      const cutOff = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, deps.stopWaitMs ?? STOP_WAIT_MS);
      });
      await Promise.race([running, cutOff]);
      clearTimeout(timer);
    },
  };
}
