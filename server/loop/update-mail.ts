// The short Danish e-mail a person gets when staff publish a reply or a status for their answer:
// plain text, the reference in the subject, what is new, the status link, and why they get it.
import type { StatusReport } from '../../utils/answer-status';
import { statusLabels } from '../../utils/i18n/da/status';
import { DAYS_KEPT_AFTER_CLOSE } from '../data/update-addresses';

export interface UpdateMail {
  readonly subject: string;
  readonly text: string;
}

export function composeUpdateMail(
  report: StatusReport,
  challengeTitle: string | undefined,
  link: string,
): UpdateMail {
  const about = challengeTitle ? ` til udfordringen "${challengeTitle}"` : '';
  const lines = [
    'Hej',
    '',
    `Kommunen har nyt om dit svar ${report.reference}${about}.`,
    '',
    `Status: ${statusLabels[report.status]}`,
    ...(report.reply ? ['', 'Kommunens svar til dig:', report.reply] : []),
    '',
    `Se status og svar her: ${link}`,
    '',
    '--',
    'Du får denne e-mail, fordi du skrev din e-mailadresse til nyt om dette svar, da du sendte det.',
    'Adressen bruges kun til det. Den gemmes ikke sammen med dit svar, og den slettes',
    `${DAYS_KEPT_AFTER_CLOSE} dage efter, at udfordringen er lukket. Du kan ikke svare på denne e-mail.`,
  ];
  return { subject: `Nyt om dit svar ${report.reference}`, text: `${lines.join('\n')}\n` };
}
