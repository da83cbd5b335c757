// Sends the update mails (update-mail.ts) once a publish has committed. The staff's action never
// waits for SMTP and never fails with it: `notify` starts the work and returns; each mail is tried
// a few times, a failure is logged without the address, and the last one is in the audit log, as
// is every mail sent (by reference, never the address). Without SMTP configured nothing is sent
// and no address is even read.

import { recordAudit } from '../data/audit';
import type { Database } from '../data/db';
import { statusReportOf } from '../data/status-report';
import { parseEnvelope } from '../data/submissions';
import { updateRecipients } from '../data/update-addresses';
import { composeUpdateMail } from './update-mail';

/** What of nodemailer's transporter this uses, so tests can hand in a failing one. */
export interface MailTransport {
  sendMail(message: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
  close?(): void;
}

export interface UpdateMailer {
  /** One mail per answer among `ids` that has an address; `staffId` published the change. */
  notify(ids: readonly string[], staffId: string | null): void;
  /** Resolves once every mail started so far was sent or given up on. */
  settled(): Promise<void>;
  /** Gives up the waits between attempts (the receiver is closing) and resolves when settled. */
  stop(): Promise<void>;
}

export interface UpdateMailerDeps {
  readonly db: Database;
  /** Undefined: SMTP is not configured, and nothing is sent. */
  readonly transport: MailTransport | undefined;
  readonly from: string;
  /** The answer's status link, on the receiver's public origin. */
  readonly linkOf: (answerId: string) => string;
  readonly now: () => Date;
  readonly logError: (message: string, error: unknown) => void;
  /** Waits before the 2nd, 3rd, … attempt. */
  readonly retryDelaysMs?: readonly number[];
}

export const RETRY_DELAYS_MS: readonly number[] = [10_000, 60_000];

/** An SMTP error may quote the recipient: no address reaches the log. */
const withoutAddresses = (error: unknown): Error => {
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

export function createUpdateMailer(deps: UpdateMailerDeps): UpdateMailer {
  const pending = new Set<Promise<void>>();
  const delays = deps.retryDelaysMs ?? RETRY_DELAYS_MS;
  // Waits between attempts, cut short when the receiver stops: what has not gone by then is
  // recorded as not sent rather than holding the shutdown.
  const waits = new Set<() => void>();
  let stopping = false;
  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        waits.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      waits.add(done);
    });

  type Recipient = Awaited<ReturnType<typeof updateRecipients>>[number];
  const audit = (recipient: Recipient, staffId: string | null, detail?: string) =>
    recordAudit(
      deps.db,
      {
        staffId,
        action: detail === undefined ? 'update-mail-sent' : 'update-mail-failed',
        subject: recipient.reference,
        detail,
      },
      deps.now(),
    );

  /** One attempt; the error's message (without addresses) when it failed. */
  async function attempt(transport: MailTransport, recipient: Recipient, staffId: string | null) {
    const report = await statusReportOf(deps.db, recipient.id);
    if (!report) return undefined; // erased meanwhile: nothing to tell
    const title = parseEnvelope(recipient.envelope)?.challenge.title;
    const mail = composeUpdateMail(report, title, deps.linkOf(recipient.id));
    try {
      await transport.sendMail({ from: deps.from, to: recipient.email, ...mail });
    } catch (error) {
      const clean = withoutAddresses(error);
      deps.logError(`Sending the update mail for ${recipient.reference} failed:`, clean);
      return clean.message.slice(0, 200);
    }
    await audit(recipient, staffId);
    return undefined;
  }

  /** Every recipient once, then the failed ones again after each delay, in order. */
  async function send(transport: MailTransport, ids: readonly string[], staffId: string | null) {
    let left = await updateRecipients(deps.db, ids);
    for (let round = 0; left.length > 0; round++) {
      const failed: { recipient: Recipient; problem: string }[] = [];
      for (const recipient of left) {
        const problem = await attempt(transport, recipient, staffId);
        if (problem !== undefined) failed.push({ recipient, problem });
      }
      const delay = delays[round];
      if (delay === undefined || stopping) {
        for (const { recipient, problem } of failed) await audit(recipient, staffId, problem);
        return;
      }
      if (failed.length > 0) await wait(delay);
      left = failed.map(({ recipient }) => recipient);
    }
  }

  return {
    notify(ids, staffId) {
      const { transport } = deps;
      if (!transport || ids.length === 0) return;
      const work = send(transport, ids, staffId)
        .catch((error: unknown) => deps.logError('Sending update mails failed:', error))
        .finally(() => pending.delete(work));
      pending.add(work);
    },
    async settled() {
      while (pending.size > 0) await Promise.all(pending);
    },
    async stop() {
      stopping = true;
      for (const done of [...waits]) done();
      await this.settled();
    },
  };
}
