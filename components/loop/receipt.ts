// The receipt's lazy chunk: after "Send", what happens next in plain words (issue 13 point 1). Its
// own chunk, so the answer chunk does not carry these words for every visitor who never sends.
// Elements are built with the kit's `h` (./kit.ts says why).
import type { AnswerStrings } from '../../utils/i18n/catalogue';
import type { Locale } from '../../utils/i18n/languages';
import type { OutboxItem } from '../../utils/outbox';
import type { Challenge } from '../../utils/schema/challenge';
import { kit } from './kit';

export interface ReceiptProps {
  challenge: Challenge;
  /** The answer in the outbox; undefined for the honeypot's pretend answer. */
  item: OutboxItem | undefined;
  locale: Locale;
  strings: AnswerStrings;
}

const { h, translator, formatDate } = kit;

export function Receipt({ challenge, item, locale, strings }: ReceiptProps) {
  const t = translator(strings.receipt, locale);
  const { deadline, contact } = challenge;
  const who = contact && [contact.name, contact.email, contact.phone].filter(Boolean).join(', ');
  const lines = [
    t('readsAll'),
    deadline && t('deadline', { date: formatDate(deadline, locale) }),
    // Statuses only from a receiver that gave a status URL (protocol 1.1).
    item?.statusUrl ? t('followHere') : t('newsHere'),
    // Protocol 1.2: the address for news must be confirmed first, or the receiver mails nothing.
    // Where news will go, from the envelope in this browser (the receipt does not repeat it).
    item?.updates === 'confirmation' &&
      item.submission.updates?.email &&
      t('newsTo', { email: item.submission.updates.email }),
    item?.updates === 'confirmation' && t('confirmMail'),
    item?.updates === 'off' && t('noMail'),
    item?.reference && t('keepReference'),
    who && t('contact', { contact: who }),
  ].filter((line): line is string => Boolean(line));
  return h(
    'div',
    { class: 'receipt' },
    h('h4', null, t('next')),
    h(
      'ul',
      null,
      lines.map((line) => h('li', { key: line }, line)),
    ),
  );
}
