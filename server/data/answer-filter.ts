// The answer list's filter, read from the query string (so a filtered list is a link that can be
// bookmarked and shared) and turned into one SQL condition with parameters. The list, both exports
// and the bulk actions use the same filter, so "export what I see" is exact.
import { ACTOR_TYPES, KINDS, RESOURCE_TYPES } from '../../utils/schema/common';
import { ANSWER_STATUSES } from '../../utils/schema/status';
import type { SqlParam } from './db';
import { readReference } from './reference';

export interface AnswerFilter {
  readonly challenge?: string;
  readonly kind?: (typeof KINDS)[number];
  readonly actorType?: (typeof ACTOR_TYPES)[number];
  readonly resourceType?: (typeof RESOURCE_TYPES)[number];
  /** Matches the offer's area or the area of the answer's challenge (ids passed in). */
  readonly area?: string;
  readonly status?: (typeof ANSWER_STATUSES)[number];
  readonly mayContact?: boolean;
  readonly canHelp?: boolean;
  /** Received on or after this day (Copenhagen time), `YYYY-MM-DD`. */
  readonly from?: string;
  /** Received on or before this day (Copenhagen time), `YYYY-MM-DD`. */
  readonly to?: string;
  /**
   * Danish full-text search over title and body: every word, as the start of a word; or an
   * answer's reference, in any case, with or without `SK-`.
   */
  readonly q?: string;
  readonly assignee?: string;
  /** The language the person chose (`so`): a primary language subtag, as the column holds it. */
  readonly language?: string;
}

export const FILTER_KEYS = [
  'challenge',
  'kind',
  'actorType',
  'resourceType',
  'area',
  'status',
  'mayContact',
  'canHelp',
  'from',
  'to',
  'q',
  'assignee',
  'language',
] as const satisfies readonly (keyof AnswerFilter)[];

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : undefined;
const day = (value: string | null) =>
  value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))
    ? value
    : undefined;
// Only a code as the column holds it (`uk`, not `uk-UA` or `UK`): a link says what it shows.
const language = (value: string | null) =>
  value !== null && /^[a-z]{2,3}$/.test(value) ? value : undefined;
const yes = (value: string | null) => (value === 'ja' ? true : value === 'nej' ? false : undefined);
// NUL cannot be sent to PostgreSQL as text; nobody types one into a search box.
const short = (value: string | null, max: number) => {
  const text = value?.replaceAll('\u0000', '').trim();
  return text ? text.slice(0, max) : undefined;
};

/** Unknown or malformed values are left out (the form shows them as not chosen), never an error. */
export function readAnswerFilter(params: URLSearchParams): AnswerFilter {
  const filter: Record<string, unknown> = {
    challenge: short(params.get('challenge'), 80),
    kind: oneOf(KINDS, params.get('kind')),
    actorType: oneOf(ACTOR_TYPES, params.get('actorType')),
    resourceType: oneOf(RESOURCE_TYPES, params.get('resourceType')),
    area: short(params.get('area'), 120),
    status: oneOf(ANSWER_STATUSES, params.get('status')),
    mayContact: yes(params.get('mayContact')),
    canHelp: yes(params.get('canHelp')),
    from: day(params.get('from')),
    to: day(params.get('to')),
    q: short(params.get('q'), 200),
    assignee: short(params.get('assignee'), 40),
    language: language(params.get('language')),
  };
  for (const key of Object.keys(filter)) if (filter[key] === undefined) delete filter[key];
  return filter as AnswerFilter;
}

/** The filter as query parameters again, for links (paging, export) that keep it. */
export function filterParams(filter: AnswerFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filter[key];
    if (value === undefined) continue;
    params.set(key, typeof value === 'boolean' ? (value ? 'ja' : 'nej') : value);
  }
  return params;
}

/**
 * The search words as a tsquery that matches every word as the start of a word, after Danish
 * stemming: "ensom" finds "ensomme" (one stem) and "cykel" finds "cykelture" (a compound, whose
 * stem "cykeltur" only starts with it; Danish makes many). Only letters and digits are kept, so
 * nothing typed can be read as tsquery syntax; undefined when no word is left.
 */
export function prefixQuery(q: string): string | undefined {
  const words = q
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 16);
  return words.length ? words.map((word) => `${word}:*`).join(' & ') : undefined;
}

export interface SqlCondition {
  /** `WHERE …` text for the `submissions s` table; `TRUE` for no filter. */
  readonly where: string;
  readonly params: SqlParam[];
}

/**
 * The condition on `submissions AS s`. `areaChallengeIds` are the challenges whose own area
 * matches `filter.area` (challenges are few and their data is JSON text, so the caller finds them).
 * Parameters start at `$1 + offset`, so a caller can put its own first.
 */
export function filterSql(
  filter: AnswerFilter,
  areaChallengeIds: readonly string[] = [],
  offset = 0,
): SqlCondition {
  const parts: string[] = [];
  const params: SqlParam[] = [];
  const add = (sql: (n: string) => string, ...values: SqlParam[]) => {
    const names = values.map((value) => {
      params.push(value);
      return `$${params.length + offset}`;
    });
    parts.push(sql(names[0] ?? ''));
    return names;
  };
  if (filter.challenge) add((n) => `s.challenge_id = ${n}`, filter.challenge);
  if (filter.kind) add((n) => `s.kind = ${n}`, filter.kind);
  if (filter.actorType) add((n) => `s.actor_type = ${n}`, filter.actorType);
  if (filter.resourceType) add((n) => `s.resource_type = ${n}`, filter.resourceType);
  if (filter.status) add((n) => `s.status = ${n}`, filter.status);
  if (filter.assignee) add((n) => `s.assignee_id::text = ${n}`, filter.assignee);
  if (filter.language) add((n) => `s.language = ${n}`, filter.language);
  if (filter.mayContact !== undefined) add((n) => `s.may_contact = ${n}`, filter.mayContact);
  if (filter.canHelp !== undefined) add((n) => `s.can_help = ${n}`, filter.canHelp);
  if (filter.from) {
    add(
      (n) => `s.received_at >= (${n}::date::timestamp AT TIME ZONE 'Europe/Copenhagen')`,
      filter.from,
    );
  }
  if (filter.to) {
    add(
      (n) => `s.received_at < ((${n}::date + 1)::timestamp AT TIME ZONE 'Europe/Copenhagen')`,
      filter.to,
    );
  }
  if (filter.area) {
    params.push(`%${filter.area.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    const like = `$${params.length + offset}`;
    params.push(areaChallengeIds.join('\u0001'));
    const ids = `$${params.length + offset}`;
    parts.push(`(s.area ILIKE ${like} OR s.challenge_id = ANY(string_to_array(${ids}, chr(1))))`);
  }
  if (filter.q) {
    const query = prefixQuery(filter.q);
    // A citizen quotes the reference from their receipt: it finds that answer, and the words
    // still find what they say (a reference is also a word that might be in a text).
    const reference = readReference(filter.q);
    if (query && reference) {
      params.push(reference, query);
      const [ref, words] = [`$${params.length + offset - 1}`, `$${params.length + offset}`];
      parts.push(`(s.reference = ${ref} OR s.search @@ to_tsquery('danish', ${words}))`);
    } else if (query) add((n) => `s.search @@ to_tsquery('danish', ${n})`, query);
    else parts.push('FALSE');
  }
  return { where: parts.length ? parts.join(' AND ') : 'TRUE', params };
}

/**
 * The challenges whose own area contains `area` (case-insensitive, as the filter's ILIKE on an
 * offer's area): the filter's `areaChallengeIds`. Challenges are few; their area is in their JSON.
 */
export function challengesInArea(
  challenges: readonly { readonly id: string; readonly area?: string | undefined }[],
  area: string | undefined,
): string[] {
  if (!area) return [];
  const wanted = area.toLocaleLowerCase('da');
  return challenges
    .filter((challenge) => challenge.area?.toLocaleLowerCase('da').includes(wanted))
    .map((challenge) => challenge.id);
}
