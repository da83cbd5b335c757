// Every reason the receiver mails for, in one table: adding one (a daily digest for staff, news
// when a challenge closes) is an entry here and the function that writes its mail. The queue's rows
// name their reason by its key; server/loop/mail-sender.ts sends every due row of one reason for
// one address as one mail.
import { composeConfirmMail } from './confirm-mail';
import { recipientLocale } from './mail-language';
import type { MailReason } from './mail-types';
import { outcomeMail } from './outcome-mail';
import { assignedMail, digestMail } from './staff-mails';
import { updateMail } from './update-mail';

/**
 * How long news gathers before it goes (issue 20): what staff do to an address's answers within
 * 10 minutes of the first change goes as one mail, telling how things stand when it goes, so a
 * status corrected a minute later is never mailed twice, nor mailed wrong.
 */
export const GATHER_MS = 10 * 60_000;

export const MAIL_REASONS = {
  /** The first mail to an address given for news: confirm it (server/loop/confirm-mail.ts). */
  confirm: {
    audience: 'citizen',
    confirmation: 'asks',
    gatherMs: 0,
    compose: async (db, _subjects, links, recipient) =>
      composeConfirmMail(links, await recipientLocale(db, recipient.id)),
  },
  /** Staff published a reply or showed a status: one mail for all the answers that have news. */
  update: {
    audience: 'citizen',
    confirmation: 'waits',
    gatherMs: GATHER_MS,
    compose: updateMail,
    audit: { sent: 'update-mail-sent', failed: 'update-mail-failed' },
  },
  /** A challenge was closed with an outcome (server/loop/outcome-mail.ts): once per address. */
  outcome: {
    audience: 'citizen',
    confirmation: 'waits',
    gatherMs: GATHER_MS,
    compose: outcomeMail,
    audit: { sent: 'outcome-mail-sent', failed: 'outcome-mail-failed' },
  },
  /** A colleague made a staff member Ansvarlig, and they chose to hear (staff-mails.ts). */
  assigned: {
    audience: 'staff',
    confirmation: 'none',
    gatherMs: GATHER_MS,
    compose: assignedMail,
  },
  /**
   * The day's new answers to the challenges a staff member follows: each answer's row is due at
   * the next 07:00 in Copenhagen (staff-news.ts nextDigestAt), so they go as one mail a day.
   */
  digest: {
    audience: 'staff',
    confirmation: 'none',
    gatherMs: 0,
    compose: digestMail,
  },
} as const satisfies Record<string, MailReason>;

export type MailReasonName = keyof typeof MAIL_REASONS;

export const reasonNamed = (name: string): MailReason | undefined =>
  Object.hasOwn(MAIL_REASONS, name) ? MAIL_REASONS[name as MailReasonName] : undefined;

/** The reasons that go to an address before it is confirmed: the one asking to confirm it. */
export const BEFORE_CONFIRMATION: readonly string[] = Object.entries(MAIL_REASONS)
  .filter(([, reason]) => reason.confirmation !== 'waits')
  .map(([name]) => name);
