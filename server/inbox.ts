import { type CsvValue, toCsv } from '../utils/csv';
import { KIND_TABLE, KINDS, type Kind } from '../utils/kinds';
import { type Challenge, type DeskSubmission, RESOURCE_TYPES } from '../utils/schema/index';
import { html, rawHtml, type SafeHtml } from './html';
import { ACTOR_LABELS, KIND_LABELS, RESOURCE_LABELS } from './labels';
import { parseEnvelope, type StoredSubmission } from './submissions';

export interface InboxEntry {
  readonly stored: StoredSubmission;
  /** Undefined when the stored envelope no longer fits the schema (edited by hand). */
  readonly submission: DeskSubmission | undefined;
}

export const toEntries = (stored: readonly StoredSubmission[]): InboxEntry[] =>
  stored.map((item) => ({ stored: item, submission: parseEnvelope(item.envelope) }));

const dateFormat = new Intl.DateTimeFormat('da-DK', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Copenhagen',
});

const yesNo = (value: boolean | undefined) =>
  value === undefined ? undefined : value ? 'Ja' : 'Nej';

function field(label: string, value: string | SafeHtml | undefined): SafeHtml | undefined {
  return value === undefined || value === '' ? undefined : html`<dt>${label}</dt><dd>${value}</dd>`;
}

function answer({ stored, submission }: InboxEntry, heading: 'h4' | 'h5'): SafeHtml {
  const received = html`<time datetime="${stored.receivedAt.toISOString()}">${dateFormat.format(stored.receivedAt)}</time>`;
  if (!submission) {
    return html`<li class="answer"><p class="answer-meta">Reference ${stored.reference} · modtaget ${received}</p>
<pre class="answer-body">${stored.envelope}</pre></li>`;
  }
  const { author, offer } = submission;
  const title = submission.text.title?.trim() ? submission.text.title : 'Uden overskrift';
  const tag = rawHtml(heading);
  return html`<li class="answer"><article>
<${tag} class="answer-title">${title}</${tag}>
<p class="answer-meta">Reference ${stored.reference} · modtaget ${received}</p>
<p class="answer-body">${submission.text.body}</p>
<dl class="answer-details">${[
    field('Afsender', ACTOR_LABELS[author.actorType]),
    field('Navn', author.name),
    field('Organisation', author.organisation),
    field('E-mail', author.email && html`<a href="mailto:${author.email}">${author.email}</a>`),
    field('Telefon', author.phone),
    field('Må kontaktes', yesNo(submission.consent.contact)),
    field('Kan hjælpe med at gennemføre', yesNo(submission.canHelpImplement)),
    field('Ressource', offer && RESOURCE_LABELS[offer.resourceType]),
    field('Hvornår', offer?.availability),
    field('Hvor', offer?.area),
    field('Skrevet på siden', submission.pageUrl),
  ]}</dl></article></li>`;
}

interface ChallengeGroup {
  readonly id: string;
  readonly title: string;
  readonly known: boolean;
  readonly entries: InboxEntry[];
}

/**
 * One group per challenge, ordered by its newest answer; titles from the database when the
 * challenge is known there, else from the snapshot the newest answer carries.
 */
export function groupByChallenge(
  entries: readonly InboxEntry[],
  challenges: readonly Challenge[],
): ChallengeGroup[] {
  const known = new Map(challenges.map((challenge) => [challenge.id, challenge]));
  const groups = new Map<string, ChallengeGroup>();
  for (const entry of entries) {
    const id = entry.stored.challengeId;
    let group = groups.get(id);
    if (!group) {
      const challenge = known.get(id);
      group = {
        id,
        title: challenge?.title ?? entry.submission?.challenge.title ?? id,
        known: challenge !== undefined,
        entries: [],
      };
      groups.set(id, group);
    }
    group.entries.push(entry);
  }
  return [...groups.values()];
}

const ofKind = (entries: readonly InboxEntry[], kind: Kind) =>
  entries.filter((entry) => entry.stored.kind === kind);

function kindSection(group: ChallengeGroup, kind: Kind): SafeHtml | undefined {
  const entries = ofKind(group.entries, kind);
  if (entries.length === 0) return undefined;
  const heading = html`<h3>${KIND_LABELS[kind]} (${entries.length})</h3>`;
  if (KIND_TABLE[kind].inbox === 'list') {
    return html`${heading}<ol class="answers">${entries.map((entry) => answer(entry, 'h4'))}</ol>`;
  }
  const byResource = [...RESOURCE_TYPES, null].map((type) => {
    const matching = entries.filter((entry) => (entry.stored.resourceType ?? null) === type);
    if (matching.length === 0) return undefined;
    const label = type ? RESOURCE_LABELS[type] : 'Uden ressourcetype';
    return html`<h4>${label} (${matching.length})</h4>
<ol class="answers">${matching.map((entry) => answer(entry, 'h5'))}</ol>`;
  });
  return html`${heading}${byResource}`;
}

/**
 * Entries newest first in; grouped by challenge, then kind (in the kind table's order), then by
 * resource type for the kinds whose table entry says so (offers).
 */
export function renderInbox(
  entries: readonly InboxEntry[],
  challenges: readonly Challenge[],
  csvHref: string,
): string {
  const groups = groupByChallenge(entries, challenges);
  const sections = groups.map(
    (group) => html`<section class="challenge" aria-labelledby="challenge-${group.id}">
<h2 id="challenge-${group.id}">${group.title}</h2>
<p class="challenge-meta">${group.entries.length} svar · id ${group.id}${group.known ? '' : ' · udfordringen findes ikke i modtagerens database (svaret kom fra en side med egne udfordringer)'}</p>
${KINDS.map((kind) => kindSection(group, kind))}
</section>`,
  );
  return html`<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Indbakke – Samskab</title>
<link rel="stylesheet" href="/dkfds/css/dkfds.min.css">
<link rel="stylesheet" href="/assets/receiver.css">
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
</head>
<body>
<main id="main" class="container inbox">
<h1>Indbakke</h1>
<p>${entries.length === 0 ? 'Der er ingen svar endnu.' : `${entries.length} svar i alt, nyeste først.`}
<a href="${csvHref}" download>Hent alle svar som CSV (til Excel)</a></p>
${
  groups.length > 0 &&
  html`<nav aria-label="Udfordringer"><ul>${groups.map(
    (group) =>
      html`<li><a href="#challenge-${group.id}">${group.title}</a> (${group.entries.length})</li>`,
  )}</ul></nav>`
}
${sections}
</main>
</body>
</html>
`.value;
}

const CSV_HEADER = [
  'Reference',
  'Modtaget',
  'Udfordring (id)',
  'Udfordring',
  'Type',
  'Afsender',
  'Navn',
  'Organisation',
  'E-mail',
  'Telefon',
  'Må kontaktes',
  'Overskrift',
  'Tekst',
  'Kan hjælpe med at gennemføre',
  'Ressource',
  'Hvornår',
  'Hvor',
  'Sprog',
  'Side',
  'Kilde',
  'Klientversion',
  'Oprettet',
  'Sendt',
  'Id',
];

/** Every submission, one row each, newest first; codes kept (kind, actor type) for filtering. */
export function renderCsv(entries: readonly InboxEntry[]): string {
  const rows = entries.map(({ stored, submission: s }): CsvValue[] => [
    stored.reference,
    stored.receivedAt.toISOString(),
    stored.challengeId,
    s?.challenge.title,
    stored.kind,
    stored.actorType,
    s?.author.name,
    s?.author.organisation,
    s?.author.email,
    s?.author.phone,
    yesNo(s?.consent.contact),
    s?.text.title,
    s ? s.text.body : stored.envelope,
    yesNo(s?.canHelpImplement),
    stored.resourceType,
    s?.offer?.availability,
    s?.offer?.area,
    s?.locale,
    s?.pageUrl,
    s?.source,
    s?.clientVersion,
    s?.createdAt,
    s?.submittedAt,
    stored.id,
  ]);
  return toCsv([CSV_HEADER, ...rows]);
}
