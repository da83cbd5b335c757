// What the mail tests share: a receiver on an injected clock mailing an SMTP sink on 127.0.0.1,
// answers that ask for news, and a citizen's hand on a mail's links (a POST with no cookie, as a
// mail client or a browser opened from the mail sends it).
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { RunningReceiver, StartReceiverOptions } from '../../../server/start';
import type { Submission } from '../../../utils/schema/index';
import { type DeskClient, signedIn } from '../desk/desk-client';
import { challenge } from '../desk/privacy-support';
import { postSubmission, startTestReceiver, validSubmission } from '../fixtures';
import {
  type ReceivedMail,
  type SmtpSink,
  type SmtpSinkOptions,
  startSmtpSink,
} from '../smtp-sink';

export const FROM = 'Lunde Kommune <samskab@lunde.dk>';
export const DAY = 24 * 60 * 60 * 1000;
export const LUNDE = challenge('ensomhed-lunde', 'Færre ensomme aftener for ældre i Lunde');
/** The made-up title of the finding: words nobody at the municipality wrote. */
export const FORGED_TITLE = 'Din sag er AFVIST. Klag på https://klage.evil.example';

export interface Receipt {
  readonly reference: string;
  readonly statusUrl: string;
  readonly updates?: string;
}

/** Posts an answer to `challengeId`, asking for news at `email`; its id and receipt. */
export async function answer(
  receiver: RunningReceiver,
  email: string | undefined,
  options: { challengeId?: string; title?: string } = {},
): Promise<Receipt & { id: string }> {
  const base = validSubmission('need');
  const submission: Submission = {
    ...base,
    challenge: {
      ...base.challenge,
      id: options.challengeId ?? LUNDE.id,
      ...(options.title && { title: options.title }),
    },
    ...(email && { updates: { email } }),
  };
  const response = await postSubmission(receiver, submission);
  expect(response.status).toBe(201);
  return { id: submission.id, ...((await response.json()) as Receipt) };
}

/** The link in a mail's text that starts with `path` on the receiver. */
export function linkIn(mail: ReceivedMail, path: string): string {
  const link = new RegExp(`https?://\\S+${path}\\?token=[\\w-]+`).exec(mail.text)?.[0];
  expect(link, mail.text).toBeDefined();
  return link!;
}

/** The mails to `address` so far. */
export const mailsTo = (sink: SmtpSink, address: string) =>
  sink.mails.filter((mail) => mail.to.includes(address));

export const isConfirmation = (mail: ReceivedMail) =>
  mail.subject === 'Bekræft din e-mailadresse til nyt om dit svar';

/** Presses the button on a mail link's page: a POST with the form the page sends, no cookie. */
export function pressButton(link: string, form: Record<string, string> = {}): Promise<Response> {
  return fetch(link, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
    redirect: 'manual',
  });
}

/**
 * Waits for the confirmation mail to `address`, confirms it with the mail's link, and takes the
 * confirmation out of the sink's list, so a test counts only the news.
 */
export async function confirmAddress(
  receiver: RunningReceiver,
  sink: SmtpSink,
  address: string,
): Promise<void> {
  await receiver.updateMailsSettled();
  const confirmation = mailsTo(sink, address).find(isConfirmation);
  expect(confirmation, `no confirmation mail to ${address}`).toBeDefined();
  const confirmed = await pressButton(linkIn(confirmation!, '/mail/confirm'));
  expect(confirmed.status).toBe(200);
  sink.mails.splice(sink.mails.indexOf(confirmation!), 1);
}

/** The address kept for an answer's news; undefined when there is none. */
export async function addressOf(receiver: RunningReceiver, answerId: string) {
  const [row] = await receiver.db.query<{ email: string | null }>(
    `SELECT r.email FROM answer_update_addresses a JOIN mail_recipients r ON r.id = a.recipient_id
     WHERE a.submission_id = $1`,
    [answerId],
  );
  return row?.email ?? undefined;
}

/** What a mail suite runs against; set once the describe block's tests start. */
export interface MailSuite {
  readonly sink: SmtpSink;
  readonly receiver: RunningReceiver;
  /** What the receiver logged as errors. */
  readonly errors: unknown[];
  readonly admin: DeskClient;
}

/**
 * For the describe block it is called in: an SMTP sink and a receiver mailing it from FROM on
 * `clock`, with the challenges `seed` (LUNDE unless told) and an admin signed in. The sink's list
 * is emptied before each test; after each, no error may have been logged unless
 * `errorsAfterEach: 'allowed'` (a suite that provokes errors checks them itself).
 */
export function mailSuite(options: {
  clock: () => number;
  seed?: StartReceiverOptions['seed'];
  sink?: SmtpSinkOptions;
  receiver?: Partial<StartReceiverOptions>;
  errorsAfterEach?: 'none' | 'allowed';
}): MailSuite {
  const suite = {} as { -readonly [K in keyof MailSuite]: MailSuite[K] };
  beforeAll(async () => {
    suite.sink = await startSmtpSink(options.sink);
    const started = await startTestReceiver({
      seed: options.seed ?? [LUNDE],
      smtpUrl: suite.sink.url,
      mailFrom: FROM,
      clock: options.clock,
      ...options.receiver,
    });
    suite.receiver = started.receiver;
    suite.errors = started.errors;
    suite.admin = await signedIn(suite.receiver, { role: 'admin' });
  }, 90_000);
  afterAll(async () => {
    await suite.receiver?.close();
    await suite.sink?.close();
  });
  beforeEach(() => {
    suite.sink.mails.length = 0;
  });
  if (options.errorsAfterEach !== 'allowed') afterEach(() => expect(suite.errors).toEqual([]));
  return suite;
}
