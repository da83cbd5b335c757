// What `GET /api/status/:token` reports: what staff have published to the citizen about one
// answer, and nothing else. The status is the one at the last publish (`received` before any), the
// reply only while it is published; never a draft, a note, a name or an address.
import type { StatusReport } from '../../utils/answer-status';
import type { AnswerStatus } from '../../utils/schema/status';
import type { Queryable } from './db';

interface ReportRow extends Record<string, unknown> {
  reference: string;
  shown_status: AnswerStatus | null;
  reply: string | null;
  shown_at: Date | null;
  received_at: Date;
}

async function reportWhere(
  db: Queryable,
  column: 'status_token' | 'id',
  value: string,
): Promise<StatusReport | undefined> {
  const [row] = await db.query<ReportRow>(
    `SELECT reference, shown_status,
            CASE WHEN reply_published_at IS NOT NULL THEN nullif(reply, '') END AS reply,
            shown_at, received_at
     FROM submissions WHERE ${column} = $1 AND erased_at IS NULL`,
    [value],
  );
  return row ? reportOf(row) : undefined;
}

const reportOf = (row: ReportRow): StatusReport => ({
  reference: row.reference,
  status: row.shown_status ?? 'received',
  ...(row.reply === null ? {} : { reply: row.reply }),
  updatedAt: new Date(row.shown_at ?? row.received_at).toISOString(),
});

/** The report for a token; undefined for an unknown token and for an erased answer. */
export const findStatusReport = (db: Queryable, token: string) =>
  reportWhere(db, 'status_token', token);

/** The same report by the answer's id (the update mail). */
export const statusReportOf = (db: Queryable, answerId: string) => reportWhere(db, 'id', answerId);

/**
 * The reports for many tokens in one query, by token; a token with no answer (unknown, forged,
 * erased) is simply absent. The caller checks the tokens' form first.
 */
export async function findStatusReports(
  db: Queryable,
  tokens: readonly string[],
): Promise<Map<string, StatusReport>> {
  const reports = new Map<string, StatusReport>();
  if (tokens.length === 0) return reports;
  const rows = await db.query<ReportRow & { status_token: string }>(
    `SELECT status_token, reference, shown_status,
            CASE WHEN reply_published_at IS NOT NULL THEN nullif(reply, '') END AS reply,
            shown_at, received_at
     FROM submissions WHERE status_token = ANY(string_to_array($1, ',')) AND erased_at IS NULL`,
    // One text parameter: tokens are base64url (isStatusToken), so a comma never occurs in one.
    [tokens.join(',')],
  );
  for (const row of rows) reports.set(row.status_token, reportOf(row));
  return reports;
}
