// A person's answers as a document to hand them (GDPR Art. 15): the same content as the JSON file
// (person-export.ts), in Danish, as one HTML page that prints well. What the person wrote and
// agreed to under its Danish labels, what the municipality did with it (status, reply, what was
// published), the internal notes and the history. No staff names: they are not the person's data.

import { inCopenhagen } from '../../utils/copenhagen-time';
import { ANSWER_EVENTS } from '../data/answer-events';
import type { PersonAnswerRecord } from '../data/person-export';
import { documentStart } from '../ui/document';
import { html, type SafeHtml } from '../ui/html';
import {
  ACTOR_LABELS,
  KIND_LABELS,
  RESOURCE_LABELS,
  SOURCE_LABELS,
  STATUS_LABELS,
} from '../ui/labels';
import { visibleText } from '../ui/visible-text';

const when = (iso: string | null | undefined) =>
  iso ? inCopenhagen(new Date(iso), 'longDateTime') : null;

type Json = Record<string, unknown>;
const objectOf = (value: unknown): Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
const textOf = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
const yesNo = (value: unknown) => (value === true ? 'Ja' : value === false ? 'Nej' : null);
const labelOf = (labels: Readonly<Record<string, string>>, value: unknown) => {
  const code = textOf(value);
  return code === null ? null : (labels[code] ?? code);
};

/** A row of a definition list: left out when there is no value. */
type Row = readonly [label: string, value: string | null];

/** What the person sent, under Danish labels, in the order the form asks it. */
export function envelopeRows(envelope: unknown): Row[] {
  const answer = objectOf(envelope);
  const text = objectOf(answer.text);
  const author = objectOf(answer.author);
  const offer = objectOf(answer.offer);
  const consent = objectOf(answer.consent);
  return [
    ['Overskrift', textOf(text.title)],
    ['Tekst', textOf(text.body)],
    ['Hvad du tilbyder', labelOf(RESOURCE_LABELS, offer.resourceType)],
    ['Hvornår', textOf(offer.availability)],
    ['Område', textOf(offer.area)],
    ['Vil hjælpe med at gennemføre', yesNo(answer.canHelpImplement)],
    ['Svarer som', labelOf(ACTOR_LABELS, author.actorType)],
    ['Navn', textOf(author.name)],
    ['Organisation', textOf(author.organisation)],
    ['E-mail', textOf(author.email)],
    ['Telefon', textOf(author.phone)],
    ['Må kommunen kontakte dig om svaret', yesNo(consent.contact)],
    ['Må svaret offentliggøres uden navn og kontaktoplysninger', yesNo(consent.publish)],
    ['Svarer på', textOf(objectOf(answer.relatesTo).reference)],
    ['Sendt fra siden', textOf(answer.pageUrl)],
    ['Sendt', when(textOf(answer.submittedAt))],
  ];
}

/** One line of the history, in words. */
export function historyLine(event: PersonAnswerRecord['history'][number]): string {
  const label = Object.hasOwn(ANSWER_EVENTS, event.what)
    ? ANSWER_EVENTS[event.what as keyof typeof ANSWER_EVENTS]
    : event.what;
  if (!('status' in event)) return label;
  const status = event.status ?? null;
  const named =
    status && Object.hasOwn(STATUS_LABELS, status)
      ? STATUS_LABELS[status as keyof typeof STATUS_LABELS]
      : status;
  return `${label}: ${named ?? 'slettet'}`;
}

const list = (rows: readonly Row[]) =>
  html`<dl class="person-document__facts">${rows
    .filter(([, value]) => value !== null)
    .map(
      ([label, value]) =>
        html`<dt>${label}</dt><dd class="answer-text">${visibleText(value ?? '')}</dd>`,
    )}</dl>`;

function answerPart(
  record: PersonAnswerRecord,
  titles: ReadonlyMap<string, string>,
  index: number,
): SafeHtml {
  const envelope = objectOf(record.answer);
  const challenge =
    titles.get(record.challengeId) ??
    textOf(objectOf(envelope.challenge).title) ??
    record.challengeId;
  const facts: Row[] = [
    ['Reference', record.reference],
    ['Modtaget', when(record.receivedAt)],
    ['Udfordring', challenge],
    ['Type', labelOf(KIND_LABELS, record.kind)],
    ['Kilde', labelOf(SOURCE_LABELS, record.source)],
    ['Status', labelOf(STATUS_LABELS, record.status)],
    ['Status ændret', when(record.statusChangedAt)],
    ['Personoplysninger slettet', when(record.erasedAt)],
    ['Kontaktoplysninger fjernet', when(record.contactDetailsRemovedAt)],
  ];
  const handling: Row[] = [
    ['Kommunens besked til dig', record.reply?.text ?? null],
    ['Beskeden blev offentliggjort', when(record.reply?.publishedAt)],
    ['Kladde til en besked (ikke sendt)', record.replyDraft],
    ['Dit svar blev offentliggjort', when(record.published?.at)],
    ['Offentlig overskrift', record.published?.title ?? null],
    ['Offentlig tekst', record.published?.text ?? null],
  ];
  const heading = `answer-${index}`;
  return html`<section class="person-document__answer" aria-labelledby="${heading}">
<h2 id="${heading}">Svar ${record.reference}</h2>
${list(facts)}
<h3>Det, du skrev</h3>
${list(envelopeRows(record.answer))}
<h3>Kommunens behandling</h3>
${list(handling)}
${
  record.internalNotes.length > 0
    ? html`<h3>Interne noter</h3><ul>${record.internalNotes.map(
        (note) =>
          html`<li><span class="person-document__when">${when(note.at)}:</span> <span class="answer-text">${visibleText(note.text)}</span></li>`,
      )}</ul>`
    : ''
}
<h3>Historik</h3>
<ul><li>${when(record.receivedAt)}: Svaret modtaget</li>${record.history.map(
    (event) => html`<li>${when(event.at)}: ${historyLine(event)}</li>`,
  )}</ul>
</section>`;
}

/** The whole document: a page of its own, to print or save, never indexed or cached. */
export function personDocument(
  records: readonly PersonAnswerRecord[],
  titles: ReadonlyMap<string, string>,
  exportedAt: Date,
): string {
  const count = records.length === 1 ? 'ét svar' : `${records.length} svar`;
  return html`${documentStart({ title: 'Dine svar og hvad kommunen har registreret om dem', stylesheets: ['/assets/desk.css'], icon: false })}
<body>
<main class="container page-container person-document">
<h1>Dine svar og hvad kommunen har registreret om dem</h1>
<p>Udskrevet ${inCopenhagen(exportedAt, 'longDateTime')}. Her er ${count}, som kommunen har modtaget fra dig om samskabelse, med alt, hvad kommunen har registreret om ${records.length === 1 ? 'det' : 'dem'}: det, du skrev, hvordan svaret er behandlet, interne noter og historik.</p>
<p class="person-document__print-hint">Brug browserens udskriftsfunktion (Ctrl+P eller ⌘P) for at udskrive dokumentet eller gemme det som PDF.</p>
${records.map((record, index) => answerPart(record, titles, index + 1))}
</main>
</body>
</html>
`.value;
}
