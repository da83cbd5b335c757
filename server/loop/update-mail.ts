// The short Danish e-mail a person gets when staff publish a reply or a status for their answers:
// plain text, what is new for each answer, its status link, why they get it and how to stop it.
// Every word about an answer comes from the database, never from the envelope a client sent: the
// reference, the challenge's title as the municipality wrote it (none for a challenge this receiver
// does not know), the status the person is shown and the published reply.
import type { StatusReport } from '../../utils/answer-status';
import { statusLabels } from '../../utils/i18n/da/status';
import { findChallenge } from '../data/challenges';
import type { Queryable } from '../data/db';
import { statusReportOf } from '../data/status-report';
import { DAYS_KEPT_AFTER_CLOSE } from '../data/update-addresses';
import type { ComposedMail, MailLinks } from './mail-types';

/** What one answer's part of the mail says. */
export interface AnswerNews {
  readonly report: StatusReport;
  /** The known challenge's title; undefined for one this receiver does not know. */
  readonly challengeTitle: string | undefined;
  readonly statusUrl: string;
}

function newsLines(news: AnswerNews): string[] {
  const { report } = news;
  return [
    `Status: ${statusLabels[report.status]}`,
    ...(report.reply ? ['', 'Kommunens besked til dig:', report.reply] : []),
    '',
    `Se status og svar her: ${news.statusUrl}`,
  ];
}

const about = (news: AnswerNews) =>
  news.challengeTitle ? ` til udfordringen "${news.challengeTitle}"` : '';

/** Why the person gets it, and the way out; the same in every mail to a citizen. */
export function citizenFooter(unsubscribeUrl: string): string[] {
  return [
    '--',
    'Du får denne e-mail, fordi du skrev din e-mailadresse til nyt om dine svar, da du sendte dem,',
    'og bekræftede den. Adressen bruges kun til det. Den gemmes ikke sammen med dine svar, og den slettes',
    `${DAYS_KEPT_AFTER_CLOSE} dage efter, at udfordringen er lukket. Du kan ikke svare på denne e-mail.`,
    '',
    `Vil du ikke have flere e-mails om nyt: ${unsubscribeUrl}`,
  ];
}

/** One mail for all the answers with news (one staff action, or what waited). */
export function composeUpdateMail(
  answers: readonly AnswerNews[],
  unsubscribeUrl: string,
): { subject: string; text: string } {
  const [first] = answers;
  if (!first) throw new Error('an update mail is about at least one answer');
  const body =
    answers.length === 1
      ? [
          `Kommunen har nyt om dit svar ${first.report.reference}${about(first)}.`,
          '',
          ...newsLines(first),
        ]
      : [
          `Kommunen har nyt om ${answers.length} af dine svar.`,
          ...answers.flatMap((news) => [
            '',
            `Dit svar ${news.report.reference}${about(news)}:`,
            ...newsLines(news),
          ]),
        ];
  const lines = ['Hej', '', ...body, '', ...citizenFooter(unsubscribeUrl)];
  return {
    subject:
      answers.length === 1
        ? `Nyt om dit svar ${first.report.reference}`
        : `Nyt om ${answers.length} af dine svar`,
    text: `${lines.join('\n')}\n`,
  };
}

/** The news of these answers as they stand now, in order of reference; erased ones left out. */
export async function loadAnswerNews(
  db: Queryable,
  answerIds: readonly string[],
  statusUrlOf: (answerId: string) => string,
): Promise<AnswerNews[]> {
  const news: AnswerNews[] = [];
  for (const id of new Set(answerIds)) {
    const report = await statusReportOf(db, id);
    if (!report) continue;
    const [row] = await db.query<{ challenge_id: string }>(
      'SELECT challenge_id FROM submissions WHERE id = $1',
      [id],
    );
    const challenge = row && (await findChallenge(db, row.challenge_id));
    news.push({ report, challengeTitle: challenge?.title, statusUrl: statusUrlOf(id) });
  }
  return news.sort((a, b) => a.report.reference.localeCompare(b.report.reference));
}

/** The `update` reason's mail (server/loop/mail-reasons.ts). */
export async function updateMail(
  db: Queryable,
  answerIds: readonly string[],
  links: MailLinks,
): Promise<ComposedMail | undefined> {
  const news = await loadAnswerNews(db, answerIds, links.statusUrl);
  if (news.length === 0) return undefined;
  return {
    ...composeUpdateMail(news, links.unsubscribeUrl),
    subjects: news.map((item) => item.report.reference),
  };
}
