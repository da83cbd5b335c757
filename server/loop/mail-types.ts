// What a kind of mail (server/loop/mail-reasons.ts) is given and gives back.
import type { Locale } from '../../utils/i18n/languages';
import type { AuditAction } from '../data/audit';
import type { Queryable } from '../data/db';
import type { Recipient } from '../data/recipients';

/** The links a mail may carry, on the receiver's public origin. */
export interface MailLinks {
  /** An answer's status link. */
  readonly statusUrl: (answerId: string) => string;
  /** Confirms the address (the confirmation mail). */
  readonly confirmUrl: string;
  /** Stops all news mail to the address, in one click (RFC 8058). */
  readonly unsubscribeUrl: string;
  /** An answer's page in the desk (staff mails; it asks for sign-in). */
  readonly deskAnswerUrl: (answerId: string) => string;
  /** The desk's *Mine e-mails* page, where staff choose their mails (staff mails). */
  readonly deskMailsUrl: string;
}

export interface ComposedMail {
  /** Plain text from the database; never a client's words (they could be anyone's). */
  readonly subject: string;
  readonly text: string;
  /** What the audit log names for this mail (answers' references), if the reason audits. */
  readonly subjects?: readonly string[];
  /** The language it is written in, for `Content-Language`; Danish when not given (staff). */
  readonly language?: Locale;
}

export type MailAudience = 'citizen' | 'staff';

/**
 * One kind of mail: who gets it, whether it goes before the address is confirmed, how long it
 * waits for more of the same to gather into one mail, and how it is written. The queue's rows name
 * it by its key in MAIL_REASONS.
 */
export interface MailReason {
  readonly audience: MailAudience;
  /**
   * `asks`: the mail asking to confirm the address, sent only while it is unconfirmed;
   * `waits`: news, held until the address is confirmed; `none`: needs no confirmation (staff).
   */
  readonly confirmation: 'asks' | 'waits' | 'none';
  /** How long a queued row waits before it is due, so more gather into one mail. */
  readonly gatherMs: number;
  /**
   * The mail for these rows' subjects; undefined when nothing is left to tell (all erased, or
   * nothing still true for this recipient, e.g. an answer given to someone else meanwhile).
   */
  readonly compose: (
    db: Queryable,
    subjectIds: readonly string[],
    links: MailLinks,
    recipient: Recipient,
  ) => Promise<ComposedMail | undefined>;
  /** Audit actions for each subject when the mail went, and when it was given up. */
  readonly audit?: { readonly sent: AuditAction; readonly failed: AuditAction };
}
