// The first mail to an address given for news: it asks to confirm the address before any news is
// sent to it. It names no answer, no challenge and nothing anyone wrote: whoever typed the address
// may not be its owner, so the mail must be safe to receive unasked, and it offers the way out.
// In the language of the most recent answer that named the address (mail-language.ts).

import { citizenWords } from '../../utils/i18n/citizen';
import type { Locale } from '../../utils/i18n/languages';
import { UNCONFIRMED_DAYS_KEPT } from '../data/recipients';
import type { ComposedMail, MailLinks } from './mail-types';

export function composeConfirmMail(
  links: Pick<MailLinks, 'confirmUrl' | 'unsubscribeUrl'>,
  locale: Locale = 'da',
): ComposedMail {
  const t = citizenWords(locale).mail;
  const lines = [
    t('greeting'),
    '',
    t('confirm.why'),
    '',
    t('confirm.ask'),
    links.confirmUrl,
    '',
    t('confirm.waits'),
    '',
    t('confirm.notYou', { days: UNCONFIRMED_DAYS_KEPT }),
    '',
    '--',
    t('confirm.never', { url: links.unsubscribeUrl }),
    t('noReply'),
  ];
  return {
    subject: t('confirm.subject'),
    text: `${lines.join('\n')}\n`,
    language: locale,
  };
}
