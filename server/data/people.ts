// Finding one person's answers (for a request to see, export or erase them) by the normalised
// copies of their contact details beside each answer (server/data/answer-columns.ts): email and
// phone exactly, name without regard to case. Exact on purpose: the answers found here may be
// exported to or erased for the person, so "karen" must not also find "Karen Jensen"'s neighbour.
//
// A reference finds one answer, and only after staff record how they confirmed that the person
// asking is the one who wrote it (a reference alone proves nothing: it may be on a forwarded
// receipt) the answers that share its e-mail or phone number (`answersSharingContact`).
import type { Kind } from '../../utils/kinds';
import type { Queryable } from './db';
import { readReference } from './reference';

export type PersonSearchKind = 'email' | 'phone' | 'name' | 'reference';

/** What the audit log says was searched by (never the value searched for). */
export const SEARCH_KIND_LABELS: Record<PersonSearchKind, string> = {
  email: 'e-mail',
  phone: 'telefonnummer',
  name: 'navn',
  reference: 'reference',
};

/** How staff confirmed that the person asking wrote the answer (kept in the audit log). */
export const IDENTITY_CHECKS = {
  mitid: 'Personen har bekræftet sin identitet med MitID (fx i en henvendelse via Digital Post)',
  legitimation: 'Personen har vist legitimation ved personligt fremmøde',
  kontakt:
    'Personen har skrevet eller ringet fra den e-mail eller det telefonnummer, der står i svaret',
  sag: 'Identiteten er bekræftet i kommunens sag om henvendelsen',
} as const;
export type IdentityCheck = keyof typeof IDENTITY_CHECKS;

export const isIdentityCheck = (value: string | null): value is IdentityCheck =>
  value !== null && Object.hasOwn(IDENTITY_CHECKS, value);

export interface PersonQuery {
  readonly kind: PersonSearchKind;
  /** The stored forms to look for (a Danish number is stored with or without +45). */
  readonly values: readonly string[];
}

export const PERSON_QUERY_MAX = 254;
const PHONE_LIKE = /^\+?[0-9 ()-]{6,40}$/;

/**
 * The forms a phone number may be stored in: digits and + only, as answer-columns.ts stores it,
 * and for a Danish number (8 digits) also with +45 or 0045 before it, or without.
 */
export function phoneVariants(input: string): string[] {
  const digits = input.replace(/[^0-9+]/g, '');
  const national =
    /^(?:\+45|0045)(\d{8})$/.exec(digits)?.[1] ?? (/^\d{8}$/.test(digits) ? digits : undefined);
  const variants = national ? [digits, national, `+45${national}`, `0045${national}`] : [digits];
  return [...new Set(variants)];
}

/**
 * What was typed, read as an email (it has an @), a phone number (digits, spaces, + ( ) -) or else
 * a name; undefined when nothing usable was typed.
 */
export function readPersonQuery(input: string): PersonQuery | undefined {
  const text = input.replaceAll('\u0000', '').trim();
  if (!text || text.length > PERSON_QUERY_MAX) return undefined;
  const reference = readReference(text);
  if (reference) return { kind: 'reference', values: [reference] };
  if (text.includes('@')) return { kind: 'email', values: [text.toLowerCase()] };
  if (PHONE_LIKE.test(text)) return { kind: 'phone', values: phoneVariants(text) };
  return { kind: 'name', values: [text.toLowerCase()] };
}

const COLUMN: Record<PersonSearchKind, string> = {
  email: 'contact_email',
  phone: 'contact_phone',
  name: 'contact_name',
  reference: 'reference',
};

export interface PersonAnswer {
  readonly id: string;
  readonly reference: string;
  readonly challengeId: string;
  readonly kind: Kind;
  readonly receivedAt: Date;
  /** The answer's title, or the start of its text. */
  readonly heading: string;
}

interface PersonAnswerRow extends Record<string, unknown> {
  id: string;
  reference: string;
  challenge_id: string;
  kind: PersonAnswer['kind'];
  received_at: Date;
  heading: string;
}

const SUMMARY = `s.id, s.reference, s.challenge_id, s.kind, s.received_at,
  coalesce(nullif(s.title, ''), left(s.body, 80)) AS heading`;

const fromRow = (row: PersonAnswerRow): PersonAnswer => ({
  id: row.id,
  reference: row.reference,
  challengeId: row.challenge_id,
  kind: row.kind,
  receivedAt: new Date(row.received_at),
  heading: row.heading,
});

/**
 * The answers `where` picks (a condition on `s`, with `value` as $1), newest first, at most
 * `limit`, and how many in all: the page shows the first ones and says how many there are.
 */
async function answersWhere(
  db: Queryable,
  where: string,
  value: string,
  limit: number,
): Promise<{ answers: PersonAnswer[]; total: number }> {
  const rows = await db.query<PersonAnswerRow>(
    `SELECT ${SUMMARY} FROM submissions s WHERE ${where}
     ORDER BY s.received_at DESC, s.id DESC LIMIT $2`,
    [value, limit],
  );
  const [count] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM submissions s WHERE ${where}`,
    [value],
  );
  return { answers: rows.map(fromRow), total: count?.n ?? 0 };
}

/** A person's answers, newest first, at most `limit` of them, and how many there are in all. */
export async function findPersonAnswers(
  db: Queryable,
  query: PersonQuery,
  limit: number,
): Promise<{ answers: PersonAnswer[]; total: number }> {
  const where = `s.${COLUMN[query.kind]} = ANY(string_to_array($1, chr(1)))`;
  return answersWhere(db, where, query.values.join('\u0001'), limit);
}

/**
 * The answer with `reference`, and every answer that shares its e-mail address or phone number
 * (as stored, normalised), newest first, at most `limit`, and how many in all. An answer without
 * contact details (anonymous, erased, or past the retention period) finds only itself.
 */
export async function answersSharingContact(
  db: Queryable,
  reference: string,
  limit: number,
): Promise<{ answers: PersonAnswer[]; total: number }> {
  const where = `s.reference = $1 OR EXISTS (
      SELECT 1 FROM submissions r WHERE r.reference = $1 AND (
        (r.contact_email IS NOT NULL AND s.contact_email = r.contact_email)
        OR (r.contact_phone IS NOT NULL AND s.contact_phone = r.contact_phone)))`;
  return answersWhere(db, where, reference, limit);
}

/** The answers with these ids that are not erased yet, newest first (for the confirmation). */
export async function answersByIds(db: Queryable, ids: readonly string[]): Promise<PersonAnswer[]> {
  if (ids.length === 0) return [];
  const rows = await db.query<PersonAnswerRow>(
    `SELECT ${SUMMARY} FROM submissions s
     WHERE s.id = ANY(string_to_array($1, ',')::uuid[]) AND s.erased_at IS NULL
     ORDER BY s.received_at DESC, s.id DESC`,
    [ids.join(',')],
  );
  return rows.map(fromRow);
}

/** References for the audit log: the first few, and how many more. */
export function referenceList(references: readonly string[], shown = 20): string {
  const listed = references.slice(0, shown).join(', ');
  const more = references.length - shown;
  return more > 0 ? `${listed} og ${more} flere` : listed;
}
