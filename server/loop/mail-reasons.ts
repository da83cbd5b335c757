// Every reason the receiver mails for, in one table: adding one (a daily digest for staff, news
// when a challenge closes) is an entry here and the function that writes its mail. The queue's rows
// name their reason by its key; server/loop/mail-sender.ts sends every due row of one reason for
// one address as one mail.
import { composeConfirmMail } from './confirm-mail';
import type { MailReason } from './mail-types';
import { updateMail } from './update-mail';

export const MAIL_REASONS = {
  /** The first mail to an address given for news: confirm it (server/loop/confirm-mail.ts). */
  confirm: {
    audience: 'citizen',
    confirmation: 'asks',
    gatherMs: 0,
    compose: async (_db, _subjects, links) => composeConfirmMail(links),
  },
  /** Staff published a reply or showed a status: one mail for all the answers that have news. */
  update: {
    audience: 'citizen',
    confirmation: 'waits',
    gatherMs: 0,
    compose: updateMail,
    audit: { sent: 'update-mail-sent', failed: 'update-mail-failed' },
  },
} as const satisfies Record<string, MailReason>;

export type MailReasonName = keyof typeof MAIL_REASONS;

export const reasonNamed = (name: string): MailReason | undefined =>
  Object.hasOwn(MAIL_REASONS, name) ? MAIL_REASONS[name as MailReasonName] : undefined;

/** The reasons that go to an address before it is confirmed: the one asking to confirm it. */
export const BEFORE_CONFIRMATION: readonly string[] = Object.entries(MAIL_REASONS)
  .filter(([, reason]) => reason.confirmation !== 'waits')
  .map(([name]) => name);
