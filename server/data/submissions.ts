import { englishErrors } from '../../utils/schema/english';
import { DeskSubmission, isIdentified, Submission } from '../../utils/schema/index';
import { formatIssues, type Issue } from '../../utils/schema/issues';
import type { ReceiptUpdates } from '../../utils/schema/receipt-updates';
import { DESK_COLUMNS, deskColumnValues } from './answer-columns';
import { canonicalJson } from './canonical-json';
import { findChallengeForAnswers } from './challenges';
import type { Database, Queryable } from './db';

export interface StoredSubmission {
  readonly id: string;
  readonly reference: string;
  readonly challengeId: string;
  readonly kind: Submission['kind'];
  readonly actorType: string;
  readonly resourceType: string | null;
  readonly receivedAt: Date;
  /** The validated envelope as JSON text, every string exactly as the person wrote it. */
  readonly envelope: string;
}

interface SubmissionRow extends Record<string, unknown> {
  id: string;
  reference: string;
  challenge_id: string;
  kind: Submission['kind'];
  actor_type: string;
  resource_type: string | null;
  received_at: Date;
  envelope: string;
}

const COLUMNS =
  'id, reference, challenge_id, kind, actor_type, resource_type, received_at, envelope';

const fromRow = (row: SubmissionRow): StoredSubmission => ({
  id: row.id,
  reference: row.reference,
  challengeId: row.challenge_id,
  kind: row.kind,
  actorType: row.actor_type,
  resourceType: row.resource_type,
  receivedAt: new Date(row.received_at),
  envelope: row.envelope,
});

export async function findSubmission(
  db: Queryable,
  id: string,
): Promise<StoredSubmission | undefined> {
  const [row] = await db.query<SubmissionRow>(`SELECT ${COLUMNS} FROM submissions WHERE id = $1`, [
    id,
  ]);
  return row && fromRow(row);
}

/**
 * A stored envelope read back, from any source (answers staff registered on the desk too);
 * undefined if it no longer fits the schema (edited by hand).
 */
export function parseEnvelope(envelope: string): DeskSubmission | undefined {
  const result = DeskSubmission.safeParse(JSON.parse(envelope));
  return result.success ? result.data : undefined;
}

/** Newest first: the order the inbox and the CSV show. */
export async function listSubmissions(db: Queryable): Promise<StoredSubmission[]> {
  const rows = await db.query<SubmissionRow>(
    `SELECT ${COLUMNS} FROM submissions ORDER BY received_at DESC, reference`,
  );
  return rows.map(fromRow);
}

/**
 * Stores a submission once. `ON CONFLICT DO NOTHING` covers both unique columns: when nothing was
 * inserted, either the id exists (a replay: return what is stored) or, rarely, the fresh reference
 * was taken (draw another). Two concurrent requests with one id cannot both insert: the second
 * waits for the first to commit and then finds its row. The INSERT is a statement of its own, so it
 * has committed when this resolves.
 */
export async function storeSubmission(
  db: Database,
  submission: DeskSubmission,
  receivedAt: Date,
  newReference: () => string,
  statusToken: string | null = null,
): Promise<{ created: boolean; stored: StoredSubmission }> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const inserted = await db.query<SubmissionRow>(
      `INSERT INTO submissions (id, reference, received_at, envelope, updated_at, status_token,
         ${DESK_COLUMNS.join(', ')})
       VALUES ($1, $2, $3, $4, $3, $5, ${DESK_COLUMNS.map((_, i) => `$${i + 6}`).join(', ')})
       ON CONFLICT DO NOTHING RETURNING ${COLUMNS}`,
      [
        submission.id,
        newReference(),
        receivedAt,
        JSON.stringify(submission),
        statusToken,
        ...deskColumnValues(submission),
      ],
    );
    if (inserted[0]) return { created: true, stored: fromRow(inserted[0]) };
    const existing = await findSubmission(db, submission.id);
    if (existing) return { created: false, stored: existing };
  }
  throw new Error('could not draw an unused reference in 10 attempts');
}

/**
 * Whether a replay is the same submission. `submittedAt` is left out of the comparison: a client may
 * stamp each delivery attempt anew, and a retry of the same answer must not look like a conflict.
 * The id is compared without case, as the database does (a uuid is a number, whatever its case).
 */
export function sameSubmission(stored: string, incoming: Submission): boolean {
  const withoutStamp = (value: Record<string, unknown>) => ({
    ...value,
    id: String(value.id).toLowerCase(),
    submittedAt: undefined,
  });
  const previous: Record<string, unknown> = JSON.parse(stored);
  return canonicalJson(withoutStamp(previous)) === canonicalJson(withoutStamp(incoming));
}

export interface Outcome {
  readonly status: number;
  readonly body:
    | { readonly error: string; readonly issues?: readonly Issue[]; readonly reference?: string }
    | {
        readonly reference: string;
        readonly statusUrl?: string;
        /** What became of the address for news, when the envelope gave one (protocol 1.2). */
        readonly updates?: ReceiptUpdates;
      };
}

export interface AcceptDeps {
  readonly db: Database;
  readonly now: () => Date;
  readonly newReference: () => string;
  /** The answer's status token (server/loop/status-token.ts), stored with it. */
  readonly statusToken: (answerId: string) => string;
  /** The status link for a token, on the receiver's public origin. */
  readonly statusUrl: (token: string) => string;
  /** Keeps an address for news about a stored answer (server/loop/mail-service.ts). */
  readonly takeUpdateAddress: (
    answerId: string,
    email: string,
    now: Date,
  ) => Promise<ReceiptUpdates>;
  /** A new answer was stored: the staff who follow its challenge hear of it in the daily mail. */
  readonly noteNewAnswer?: (answerId: string, now: Date) => Promise<void>;
}

const rejected = (status: number, error: string, issues?: Issue[]): Outcome => ({
  status,
  body: issues ? { error, issues } : { error },
});

/**
 * Everything after the HTTP checks (method, content type, size, rate): the body as text and the
 * Idempotency-Key header in, a status and JSON body out.
 *
 * An answer to a challenge the database does not know is accepted: pages may embed challenges
 * inline, and the envelope carries a snapshot of the challenge (id, title, url) that the inbox
 * shows. Answers to a known challenge that is closed or past its deadline are accepted too: the
 * widget's outbox may deliver late what a person wrote in time, and nothing is dropped silently.
 * An answer to a draft (a challenge not yet published) is refused with a 422: the draft's id is
 * known here, so it is not an inline challenge, and nobody outside the desk has been asked yet;
 * the widget keeps what the person wrote, as for any refused answer.
 */
export async function acceptSubmission(
  deps: AcceptDeps,
  idempotencyKey: string | undefined,
  bodyText: string,
): Promise<Outcome> {
  if (!idempotencyKey) {
    return rejected(400, "the Idempotency-Key header is required and must equal the body's id");
  }
  let json: unknown;
  try {
    json = JSON.parse(bodyText);
  } catch (error) {
    return rejected(400, `the body is not valid JSON: ${(error as Error).message}`);
  }
  const bodyId =
    typeof json === 'object' && json !== null && 'id' in json && typeof json.id === 'string'
      ? json.id
      : undefined;
  if (bodyId !== undefined && bodyId.toLowerCase() !== idempotencyKey.trim().toLowerCase()) {
    return rejected(400, "the Idempotency-Key header must equal the body's id");
  }
  const parsed = Submission.safeParse(json, englishErrors);
  if (!parsed.success) {
    return rejected(422, 'the submission is invalid', formatIssues(parsed.error.issues));
  }
  // The address for update mails is kept apart from the answer (server/data/update-addresses.ts):
  // the stored envelope, and with it every export and replay comparison, never holds it.
  const { updates, ...submission } = parsed.data;
  const known = await findChallengeForAnswers(deps.db, submission.challenge.id, deps.now());
  // A replay of an answer stored before the id became a draft's (an inline challenge's answers)
  // goes on to be answered as a replay.
  if (known && !known.published && !(await findSubmission(deps.db, submission.id))) {
    return rejected(422, 'the challenge is not published', [
      {
        path: 'challenge.id',
        message:
          'this challenge is a draft and takes no answers until the municipality publishes it',
      },
    ]);
  }
  const challenge = known?.challenge;
  if (challenge && !challenge.allowAnonymous && !isIdentified(submission.author)) {
    return rejected(422, 'the submission is invalid', [
      {
        path: 'author',
        message:
          'this challenge does not take anonymous answers: give a name and an email or phone',
      },
    ]);
  }
  const now = deps.now();
  const token = deps.statusToken(submission.id);
  const { created, stored } = await storeSubmission(
    deps.db,
    submission,
    now,
    deps.newReference,
    token,
  );
  const receipt = { reference: stored.reference, statusUrl: deps.statusUrl(token) };
  const withUpdates = async () =>
    updates
      ? { ...receipt, updates: await deps.takeUpdateAddress(stored.id, updates.email, now) }
      : receipt;
  if (created) {
    await deps.noteNewAnswer?.(stored.id, now);
    return { status: 201, body: await withUpdates() };
  }
  if (sameSubmission(stored.envelope, submission)) {
    // A replay completes what the first delivery may not have: an answer stored before status
    // links existed gets its token, and an address whose storing failed is kept now.
    await deps.db.query(
      'UPDATE submissions SET status_token = $2 WHERE id = $1 AND status_token IS NULL',
      [stored.id, token],
    );
    return { status: 200, body: await withUpdates() };
  }
  return {
    status: 409,
    body: {
      error: 'a different submission with this id was received earlier',
      reference: stored.reference,
    },
  };
}
