// The mail with a closed challenge's outcome (issue 20, point 6), for everyone who asked for news
// about an answer to it: queued in the transaction that closed the challenge with an outcome, once
// (`challenges.outcome_mailed_at`), unless staff choose to send it again. One mail per address,
// whatever the number of answers; every word comes from the database when it is sent: the title
// and outcome as the municipality wrote them (corrected meanwhile: the correction), and the
// person's references with their status links. A challenge reopened before it went is left out.
// In the language of the person's most recent answer among them (mail-language.ts); the title in
// that language when the challenge has it translated, the outcome as the municipality wrote it.
import { shownInLanguage } from '../../utils/challenge-translation';
import { type CitizenWords, citizenWords } from '../../utils/i18n/citizen';
import type { Locale } from '../../utils/i18n/languages';
import { Challenge } from '../../utils/schema/challenge';
import type { Queryable } from '../data/db';
import { queueChallengeMails } from '../data/mail-queue';
import { answersLocale } from './mail-language';
import type { ComposedMail, MailLinks } from './mail-types';
import { citizenFooter } from './update-mail';

/** Whether the outcome was mailed already, and whether there is one to mail. */
export interface OutcomeMailState {
  readonly mailedAt: Date | null;
}

export async function outcomeMailState(
  db: Queryable,
  challengeId: string,
): Promise<OutcomeMailState> {
  const [row] = await db.query<{ outcome_mailed_at: Date | null }>(
    'SELECT outcome_mailed_at FROM challenges WHERE id = $1',
    [challengeId],
  );
  return { mailedAt: row?.outcome_mailed_at ? new Date(row.outcome_mailed_at) : null };
}

/**
 * Queues the outcome for every address given for news about an answer to the challenge, when it
 * is closed with an outcome and was not mailed before (or `again`); marks it mailed. Returns the
 * number of addresses queued for (0 when nothing was due).
 */
export async function queueOutcomeMails(
  tx: Queryable,
  challengeId: string,
  change: { readonly staffId: string; readonly now: Date; readonly dueAt: Date },
  again: boolean,
): Promise<number> {
  const [row] = await tx.query<{
    data: string;
    outcome: string | null;
    outcome_mailed_at: Date | null;
  }>('SELECT data, outcome, outcome_mailed_at FROM challenges WHERE id = $1 FOR UPDATE', [
    challengeId,
  ]);
  if (!row?.outcome) return 0;
  const parsed = Challenge.safeParse(JSON.parse(row.data));
  if (!parsed.success || parsed.data.status !== 'closed') return 0;
  if (row.outcome_mailed_at && !again) return 0;
  const recipients = await queueChallengeMails(
    tx,
    'outcome',
    challengeId,
    change.staffId,
    change.now,
    change.dueAt,
  );
  await tx.query('UPDATE challenges SET outcome_mailed_at = $2 WHERE id = $1', [
    challengeId,
    change.now,
  ]);
  return recipients.length;
}

interface ClosedChallenge {
  readonly challenge: Challenge;
  readonly outcome: string;
  readonly answers: { readonly id: string; readonly reference: string }[];
}

/** The closed challenges (with an outcome) these answers belong to, with the answers. */
async function closedChallengesOf(
  db: Queryable,
  answerIds: readonly string[],
): Promise<ClosedChallenge[]> {
  if (answerIds.length === 0) return [];
  const rows = await db.query<{
    id: string;
    reference: string;
    challenge_id: string;
    data: string;
    outcome: string | null;
  }>(
    `SELECT s.id, s.reference, s.challenge_id, c.data, c.outcome
     FROM submissions s JOIN challenges c ON c.id = s.challenge_id
     WHERE s.id = ANY(string_to_array($1, ',')::uuid[]) AND s.erased_at IS NULL
       AND c.outcome IS NOT NULL AND c.archived_at IS NULL
     ORDER BY c.position, c.id, s.reference`,
    [[...new Set(answerIds)].join(',')],
  );
  const byChallenge = new Map<string, ClosedChallenge>();
  for (const row of rows) {
    const parsed = Challenge.safeParse(JSON.parse(row.data));
    if (!parsed.success || parsed.data.status !== 'closed' || !row.outcome) continue;
    const entry = byChallenge.get(row.challenge_id) ?? {
      challenge: parsed.data,
      outcome: row.outcome,
      answers: [],
    };
    entry.answers.push({ id: row.id, reference: row.reference });
    byChallenge.set(row.challenge_id, entry);
  }
  return [...byChallenge.values()];
}

/** The challenge's title for a reader of `locale`: translated when it has it, else Danish. */
const titleIn = (closed: ClosedChallenge, locale: Locale) =>
  shownInLanguage(closed.challenge, locale).challenge.title;

function challengeLines(
  challenge: ClosedChallenge,
  links: MailLinks,
  words: CitizenWords,
): string[] {
  const t = words.mail;
  const [only] = challenge.answers;
  return [
    t('outcome.closed', { title: titleIn(challenge, words.locale) }),
    '',
    challenge.outcome,
    '',
    ...(challenge.answers.length === 1 && only
      ? [t('outcome.answer', { reference: only.reference, url: links.statusUrl(only.id) })]
      : [
          t('outcome.answers'),
          ...challenge.answers.map(
            (answer) => `${answer.reference}: ${links.statusUrl(answer.id)}`,
          ),
        ]),
  ];
}

/** The `outcome` reason's mail (server/loop/mail-reasons.ts). */
export async function outcomeMail(
  db: Queryable,
  answerIds: readonly string[],
  links: MailLinks,
): Promise<ComposedMail | undefined> {
  const challenges = await closedChallengesOf(db, answerIds);
  const [first] = challenges;
  if (!first) return undefined;
  const locale = await answersLocale(
    db,
    challenges.flatMap((challenge) => challenge.answers.map((answer) => answer.id)),
  );
  const words = citizenWords(locale);
  const t = words.mail;
  const lines = [
    t('greeting'),
    '',
    ...challenges.flatMap((challenge, i) => [
      ...(i > 0 ? ['', ''] : []),
      ...challengeLines(challenge, links, words),
    ]),
    '',
    t('outcome.link'),
    '',
    ...citizenFooter(links.unsubscribeUrl, words),
  ];
  return {
    subject:
      challenges.length === 1
        ? t('outcome.subject', { title: titleIn(first, locale) })
        : t('outcome.subjectMany', { count: challenges.length }),
    text: `${lines.join('\n')}\n`,
    subjects: challenges.flatMap((challenge) => challenge.answers.map((a) => a.reference)),
    language: locale,
  };
}
