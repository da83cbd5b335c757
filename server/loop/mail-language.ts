// The language of a mail to a citizen (issue 22): the language of the answer it is about, or of
// the most recent of the answers it is about (the one the person wrote last says best what they
// read now). Erased answers do not count; none left, or a language the receiver does not speak:
// Danish. Mails to staff stay Danish.
import { citizenLocale } from '../../utils/i18n/citizen';
import type { Locale } from '../../utils/i18n/languages';
import type { Queryable } from '../data/db';

/** The language of the most recent of these answers. */
export async function answersLocale(db: Queryable, answerIds: readonly string[]): Promise<Locale> {
  if (answerIds.length === 0) return 'da';
  const [row] = await db.query<{ language: string | null }>(
    `SELECT language FROM submissions
     WHERE id = ANY(string_to_array($1, ',')::uuid[]) AND erased_at IS NULL
     ORDER BY received_at DESC, reference DESC LIMIT 1`,
    [[...new Set(answerIds)].join(',')],
  );
  return citizenLocale(row?.language);
}

/**
 * The language of the mail asking to confirm an address: that of the most recent answer naming
 * it. The mail names no answer, but the person who typed the address reads the answer's language.
 */
export async function recipientLocale(db: Queryable, recipientId: string): Promise<Locale> {
  const [row] = await db.query<{ language: string | null }>(
    `SELECT s.language FROM answer_update_addresses a JOIN submissions s ON s.id = a.submission_id
     WHERE a.recipient_id = $1 AND s.erased_at IS NULL
     ORDER BY s.received_at DESC, s.reference DESC LIMIT 1`,
    [recipientId],
  );
  return citizenLocale(row?.language);
}
