// The first mail to an address given for news: it asks to confirm the address before any news is
// sent to it. It names no answer, no challenge and nothing anyone wrote: whoever typed the address
// may not be its owner, so the mail must be safe to receive unasked, and it offers the way out.

import { UNCONFIRMED_DAYS_KEPT } from '../data/recipients';
import type { ComposedMail, MailLinks } from './mail-types';

export function composeConfirmMail(
  links: Pick<MailLinks, 'confirmUrl' | 'unsubscribeUrl'>,
): ComposedMail {
  const lines = [
    'Hej',
    '',
    'Denne e-mailadresse er skrevet ind for at få nyt på e-mail om et svar, der er sendt til kommunen.',
    '',
    'Er det dig, og vil du have nyt om dit svar på e-mail, så bekræft adressen her:',
    links.confirmUrl,
    '',
    'Først når du har bekræftet den, sender vi nyt til den. Nyt, der kommer inden, venter og kommer',
    'samlet i én e-mail, når du har bekræftet.',
    '',
    'Er det ikke dig, skal du ikke gøre noget. Adressen slettes, hvis den ikke bliver bekræftet inden',
    `${UNCONFIRMED_DAYS_KEPT} dage, og du får højst én e-mail som denne i døgnet.`,
    '',
    '--',
    `Vil du aldrig have e-mails om nyt herfra: ${links.unsubscribeUrl}`,
    'Du kan ikke svare på denne e-mail.',
  ];
  return {
    subject: 'Bekræft din e-mailadresse til nyt om dit svar',
    text: `${lines.join('\n')}\n`,
  };
}
