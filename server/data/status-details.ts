// What the status page (status-page.ts) shows about one answer, read by its status token: the
// answer's kind, reference and date, never its text (a link can be forwarded); what staff showed
// the person (status, published reply); the known challenge as the municipality wrote it (title,
// updates, outcome; nothing of the client's snapshot; the title translated into the answer's
// language when the challenge has it, issue 22 point 4); whether news mails go for it; the language
// the answer was sent in, which the page speaks. An erased or unknown answer has none.
import { shownInLanguage } from '../../utils/challenge-translation';
import { citizenLocale } from '../../utils/i18n/citizen';
import type { Locale } from '../../utils/i18n/languages';
import type { Kind } from '../../utils/kinds';
import type { AnswerStatus } from '../../utils/schema/status';
import { findChallenge } from './challenges';
import type { Queryable } from './db';
import { UPDATE_MAIL_STATE_SQL, type UpdateMailState } from './update-addresses';

/** How many of the challenge's updates the page shows, newest first (as the feed carries). */
export const UPDATES_SHOWN = 20;

export interface StatusDetails {
  readonly id: string;
  readonly reference: string;
  readonly kind: Kind;
  readonly receivedAt: Date;
  readonly status: AnswerStatus;
  /** When staff last showed the person something; the time received before that. */
  readonly updatedAt: Date;
  readonly reply: string | undefined;
  /** Undefined for a challenge this receiver does not know (one a page carried inline). */
  readonly challenge:
    | {
        /** In the answer's language when the challenge has it translated; Danish otherwise. */
        readonly title: string;
        /** Whether `title` is the Danish one shown to a reader of another language. */
        readonly titleInDanish: boolean;
        readonly closed: boolean;
        readonly outcome: string | null;
        readonly updates: readonly { readonly text: string; readonly postedAt: Date }[];
      }
    | undefined;
  readonly news: UpdateMailState;
  /** The language the answer was sent in, when the pages speak it; Danish otherwise. */
  readonly locale: Locale;
}

export async function findStatusDetails(
  db: Queryable,
  token: string,
): Promise<StatusDetails | undefined> {
  const [row] = await db.query<{
    id: string;
    reference: string;
    kind: Kind;
    challenge_id: string;
    received_at: Date;
    shown_status: AnswerStatus | null;
    shown_at: Date | null;
    reply: string | null;
    news: UpdateMailState;
    language: string | null;
  }>(
    `SELECT s.id, s.reference, s.kind, s.challenge_id, s.received_at, s.shown_status, s.shown_at,
            s.language,
            CASE WHEN s.reply_published_at IS NOT NULL THEN nullif(s.reply, '') END AS reply,
            ${UPDATE_MAIL_STATE_SQL} AS news
     FROM submissions s WHERE s.status_token = $1 AND s.erased_at IS NULL`,
    [token],
  );
  if (!row) return undefined;
  const challenge = await findChallenge(db, row.challenge_id);
  const locale = citizenLocale(row.language);
  let known: StatusDetails['challenge'];
  if (challenge) {
    const [state] = await db.query<{ outcome: string | null }>(
      'SELECT outcome FROM challenges WHERE id = $1',
      [challenge.id],
    );
    const updates = await db.query<{ text: string; posted_at: Date }>(
      `SELECT text, posted_at FROM challenge_updates WHERE challenge_id = $1
       ORDER BY posted_at DESC, id LIMIT ${UPDATES_SHOWN}`,
      [challenge.id],
    );
    const closed = challenge.status === 'closed';
    const shown = shownInLanguage(challenge, locale);
    known = {
      title: shown.challenge.title,
      titleInDanish: shown.inDanish.includes('title'),
      closed,
      outcome: closed ? (state?.outcome ?? null) : null,
      updates: updates.map((update) => ({
        text: update.text,
        postedAt: new Date(update.posted_at),
      })),
    };
  }
  return {
    id: row.id,
    reference: row.reference,
    kind: row.kind,
    receivedAt: new Date(row.received_at),
    status: row.shown_status ?? 'received',
    updatedAt: new Date(row.shown_at ?? row.received_at),
    reply: row.reply ?? undefined,
    challenge: known,
    news: row.news,
    locale,
  };
}
