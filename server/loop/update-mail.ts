// The short e-mail a person gets when staff publish a reply or a status for their answers: plain
// text, what is new for each answer, its status link, why they get it and how to stop it; in the
// language of the answer (of the most recent one, for several: mail-language.ts), the reply as
// staff wrote it, the challenge's title in that language when the challenge has it translated.
// Every word about an answer comes from the database, never from the envelope a client sent: the
// reference, the challenge's title as the municipality wrote it (none for a challenge this receiver
// does not know), the status the person is shown and the published reply.
import type { StatusReport } from '../../utils/answer-status';
import { shownInLanguage } from '../../utils/challenge-translation';
import { type CitizenWords, citizenWords } from '../../utils/i18n/citizen';
import type { Locale } from '../../utils/i18n/languages';
import { findChallenge } from '../data/challenges';
import type { Queryable } from '../data/db';
import { statusReportOf } from '../data/status-report';
import { DAYS_KEPT_AFTER_CLOSE } from '../data/update-addresses';
import { answersLocale } from './mail-language';
import type { ComposedMail, MailLinks } from './mail-types';

/** What one answer's part of the mail says. */
export interface AnswerNews {
  readonly report: StatusReport;
  /**
   * The known challenge's title in the mail's language (Danish without a translation); undefined
   * for one this receiver does not know.
   */
  readonly challengeTitle: string | undefined;
  readonly statusUrl: string;
}

function newsLines(news: AnswerNews, words: CitizenWords): string[] {
  const { report } = news;
  const t = words.mail;
  return [
    words.others.status.replace('{status}', words.status[report.status]),
    ...(report.reply ? ['', t('update.reply'), report.reply] : []),
    '',
    t('update.link', { url: news.statusUrl }),
  ];
}

const DANISH = citizenWords('da');

/** Why the person gets it, and the way out; the same in every mail to a citizen. */
export function citizenFooter(unsubscribeUrl: string, words: CitizenWords = DANISH): string[] {
  return [
    '--',
    words.mail('footer.why', { days: DAYS_KEPT_AFTER_CLOSE }),
    '',
    words.mail('footer.stop', { url: unsubscribeUrl }),
  ];
}

/** One mail for all the answers with news (one staff action, or what waited), in `locale`. */
export function composeUpdateMail(
  answers: readonly AnswerNews[],
  unsubscribeUrl: string,
  locale: Locale = 'da',
): { subject: string; text: string; language: Locale } {
  const [first] = answers;
  if (!first) throw new Error('an update mail is about at least one answer');
  const words = citizenWords(locale);
  const t = words.mail;
  const about = (news: AnswerNews, plain: 'update.intro' | 'update.answer') => {
    const reference = news.report.reference;
    const title = news.challengeTitle;
    return title
      ? t(plain === 'update.intro' ? 'update.introChallenge' : 'update.answerChallenge', {
          reference,
          title,
        })
      : t(plain, { reference });
  };
  const count = answers.length;
  const body =
    count === 1
      ? [about(first, 'update.intro'), '', ...newsLines(first, words)]
      : [
          t('update.introMany', { count }),
          ...answers.flatMap((news) => [
            '',
            about(news, 'update.answer'),
            ...newsLines(news, words),
          ]),
        ];
  const lines = [t('greeting'), '', ...body, '', ...citizenFooter(unsubscribeUrl, words)];
  return {
    subject:
      count === 1
        ? t('update.subject', { reference: first.report.reference })
        : t('update.subjectMany', { count }),
    text: `${lines.join('\n')}\n`,
    language: locale,
  };
}

/**
 * The news of these answers as they stand now, in order of reference; erased ones left out; the
 * challenges' titles for a reader of `locale`.
 */
export async function loadAnswerNews(
  db: Queryable,
  answerIds: readonly string[],
  statusUrlOf: (answerId: string) => string,
  locale: Locale = 'da',
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
    news.push({
      report,
      challengeTitle: challenge && shownInLanguage(challenge, locale).challenge.title,
      statusUrl: statusUrlOf(id),
    });
  }
  return news.sort((a, b) => a.report.reference.localeCompare(b.report.reference));
}

/** The `update` reason's mail (server/loop/mail-reasons.ts). */
export async function updateMail(
  db: Queryable,
  answerIds: readonly string[],
  links: MailLinks,
): Promise<ComposedMail | undefined> {
  const locale = await answersLocale(db, answerIds);
  const news = await loadAnswerNews(db, answerIds, links.statusUrl, locale);
  if (news.length === 0) return undefined;
  return {
    ...composeUpdateMail(news, links.unsubscribeUrl, locale),
    subjects: news.map((item) => item.report.reference),
  };
}
