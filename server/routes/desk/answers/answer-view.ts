// One answer's page, the parts that show it: what the person wrote and the facts around it, their
// contact details (only on request), the status and assignee forms, and its history.

import { KIND_TABLE } from '../../../../utils/kinds';
import { ANSWER_STATUSES } from '../../../../utils/schema/status';
import { ANSWER_EVENTS, type AnswerEvent } from '../../../data/answer-events';
import { ANSWER_FIELDS, type AnswerFieldSpec } from '../../../data/answer-field-table';
import type { AnswerRecord } from '../../../data/answer-record';
import type { StaffMember } from '../../../data/staff';
import type { UpdateMailState } from '../../../data/update-addresses';
import { alert } from '../../../ui/alert';
import { deskPaths } from '../../../ui/desk-paths';
import { html, type SafeHtml } from '../../../ui/html';
import {
  ACTOR_LABELS,
  KIND_LABELS,
  RESOURCE_LABELS,
  STATUS_LABELS,
  sourceLabel,
  yesNo,
} from '../../../ui/labels';
import { languageName } from '../../../ui/language-names';
import { csrfField } from '../../../ui/layout';
import { shownTime } from '../../../ui/time';
import { CHANNELS } from './answer-register';
import { personText } from './format';

const item = (label: string, value: SafeHtml | string | null | undefined | false) =>
  value === null || value === undefined || value === false || value === ''
    ? html``
    : html`<dt>${label}</dt><dd>${value}</dd>`;

/** What the status's hint says about the citizen's update mails (never the address). */
const UPDATE_MAIL_NOTES: Record<UpdateMailState, string> = {
  none: '',
  unconfirmed:
    ' Borgeren har bedt om at få en e-mail, når der er nyt, men har endnu ikke bekræftet sin e-mailadresse. Nyt venter, til adressen er bekræftet.',
  confirmed: ' Borgeren har bedt om at få en e-mail, når der er nyt.',
  unsubscribed:
    ' Borgeren bad om at få en e-mail, når der er nyt, men har siden frameldt e-mails. Der sendes ikke flere.',
  refused:
    ' Borgeren bad om at få en e-mail, når der er nyt, men mailserveren afviste adressen. Der sendes ikke flere e-mails til den.',
};

const channelOf = (events: readonly AnswerEvent[]) => {
  const code = events.find((event) => event.what === 'registered')?.detail;
  return code && Object.hasOwn(CHANNELS, code) ? CHANNELS[code as keyof typeof CHANNELS] : null;
};

export interface AnswerFacts {
  readonly answer: AnswerRecord;
  readonly challengeTitle: string;
  readonly events: readonly AnswerEvent[];
  /** The id of the published answer this one responds to, when it is stored here. */
  readonly relatesToId: string | null;
}

/** What the person wrote, as text. An erased answer has nothing left to show. */
export function answerText(answer: AnswerRecord): SafeHtml {
  if (answer.erasedAt) {
    return alert('info', {
      text: html`Svaret blev slettet ${shownTime(answer.erasedAt)}. Tekst og personoplysninger er fjernet.`,
    });
  }
  // The person's words say their language (what they chose in the widget), for screen readers;
  // their direction follows the text.
  const own = answer.language ? html` lang="${answer.language}" dir="auto"` : html` dir="auto"`;
  return html`<section aria-labelledby="text-heading"><h2 id="text-heading"${answer.title ? own : ''}>${answer.title ? personText(answer.title) : 'Svaret (uden overskrift)'}</h2>
<p class="answer-body"${own}>${personText(answer.body)}</p></section>`;
}

/** The table's fields shown on the page, as [order, key, spec]. */
const PAGE_FIELDS = Object.entries(
  ANSWER_FIELDS as Readonly<Record<string, AnswerFieldSpec<unknown>>>,
).flatMap(([key, field]) => (field.page ? [[field.page.order, key, field] as const] : []));

/** A table field's fact: what the person wrote is gone once the answer is erased. */
function fieldFact(answer: AnswerRecord, key: string, field: AnswerFieldSpec<unknown>) {
  const page = field.page!;
  if (page.onlyFor && !KIND_TABLE[answer.kind].carries[page.onlyFor]) return html``;
  const value = (answer as unknown as Record<string, unknown>)[key];
  if (page.format === 'yes-no') return item(page.label, yesNo(value === true));
  if (field.personal && answer.erasedAt) return html``;
  return item(page.label, typeof value === 'string' && value !== '' ? personText(value) : null);
}

export function answerDetails(facts: AnswerFacts): SafeHtml {
  const { answer } = facts;
  const channel = channelOf(facts.events);
  const source = `${sourceLabel(answer.source)}${channel ? ` (${channel})` : ''}`;
  // The page's own facts, at their places among the table's (`page.order`).
  const own: (readonly [number, SafeHtml])[] = [
    [
      10,
      item(
        'Udfordring',
        html`<a href="${deskPaths.answers}?challenge=${encodeURIComponent(answer.challengeId)}">${facts.challengeTitle}</a>`,
      ),
    ],
    [20, item('Type', KIND_LABELS[answer.kind])],
    [30, item('Svarer som', ACTOR_LABELS[answer.actorType])],
    [50, item('Ressource', answer.resourceType && RESOURCE_LABELS[answer.resourceType])],
    [110, item('Sprog', answer.language && languageName(answer.language))],
    [120, item('Kilde', source)],
    [130, item('Modtaget', shownTime(answer.receivedAt))],
    [
      140,
      item(
        'Svarer på',
        answer.relatesTo &&
          (facts.relatesToId
            ? html`<a href="${deskPaths.answer(facts.relatesToId)}">${answer.relatesTo}</a>`
            : answer.relatesTo),
      ),
    ],
  ];
  const shown = [
    ...own,
    ...PAGE_FIELDS.map(([order, key, field]) => [order, fieldFact(answer, key, field)] as const),
  ]
    .sort(([a], [b]) => a - b)
    .map(([, fact]) => html`${fact}\n`);
  return html`<section aria-labelledby="details-heading"><h2 id="details-heading" class="h3">Om svaret</h2>
<dl class="answer-details">
${shown}</dl></section>`;
}

export function contactSection(
  answer: AnswerRecord,
  contact: { name?: string; email?: string; phone?: string } | undefined,
): SafeHtml {
  const heading = html`<h2 id="contact-heading" class="h3">Kontaktoplysninger</h2>`;
  let body: SafeHtml;
  if (answer.erasedAt || answer.contactRemovedAt) {
    body = html`<p>Kontaktoplysningerne er fjernet${answer.contactRemovedAt && html` ${shownTime(answer.contactRemovedAt)}`}.</p>`;
  } else if (!answer.hasContact) {
    body = html`<p>Personen har ikke givet navn, e-mail eller telefonnummer.</p>`;
  } else if (contact) {
    body = html`<dl class="answer-details">${item('Navn', contact.name && personText(contact.name))}${item('E-mail', contact.email && personText(contact.email))}${item('Telefon', contact.phone && personText(contact.phone))}</dl>
<p class="form-hint">Det er logget, at du har set kontaktoplysningerne.${answer.mayContact ? '' : ' Personen har ikke sagt ja til at blive kontaktet.'}</p>`;
  } else {
    body = html`<form method="get" action="${deskPaths.answer(answer.id)}#contact-heading">
<input type="hidden" name="kontakt" value="vis">
<p class="form-hint" id="contact-hint">Navn, e-mail og telefon vises først, når du beder om det, og det bliver logget.</p>
<button type="submit" class="button button-secondary" aria-describedby="contact-hint">Vis kontaktoplysninger</button></form>`;
  }
  return html`<section aria-labelledby="contact-heading" class="answer-section">${heading}${body}</section>`;
}

export function handlingSection(
  answer: AnswerRecord,
  staff: readonly StaffMember[],
  csrf: string,
): SafeHtml {
  const choices = staff.filter((member) => !member.disabledAt || member.id === answer.assigneeId);
  return html`<section aria-labelledby="handling-heading" class="answer-section"><h2 id="handling-heading" class="h3">Behandling</h2>
<form method="post" action="${deskPaths.answerStatus(answer.id)}">${csrfField(csrf)}
<div class="form-group"><label class="form-label" for="f-status">Status</label>
<select class="form-select" id="f-status" name="status">${ANSWER_STATUSES.map(
    (status) =>
      html`<option value="${status}"${status === answer.status ? html` selected` : ''}>${STATUS_LABELS[status]}</option>`,
  )}</select></div>
<p class="form-hint" id="f-status-hint">Borgeren ser status <strong>${STATUS_LABELS[answer.shownStatus]}</strong>${answer.shownAt ? html` (vist ${shownTime(answer.shownAt)})` : ''}. En ny status vises først for borgeren, når du viser den, eller når du offentliggør en besked til borgeren.${UPDATE_MAIL_NOTES[answer.updateMails]}</p>
<div class="button-row-inline"><button type="submit" name="action" value="save" class="button button-secondary">Gem status</button>
<button type="submit" name="action" value="publish" class="button button-primary" aria-describedby="f-status-hint">Gem og vis borgeren status</button></div></form>
<form method="post" action="${deskPaths.answerAssignee(answer.id)}">${csrfField(csrf)}
<div class="form-group"><label class="form-label" for="f-assignee">Ansvarlig</label>
<select class="form-select" id="f-assignee" name="assignee"><option value="">Ingen</option>${choices.map(
    (member) =>
      html`<option value="${member.id}"${member.id === answer.assigneeId ? html` selected` : ''}>${member.name}${member.disabledAt ? ' (deaktiveret)' : ''}</option>`,
  )}</select></div>
<button type="submit" class="button button-secondary">Gem ansvarlig</button></form>
</section>`;
}

/** What an event's value was, when erasure cleared it: said in words, never as "null". */
export const ERASED_VALUE = 'slettet';

/**
 * One line of the history. Erasure clears every event's value (server/data/erasure.ts), so an
 * event from before it that had one says "slettet" where the value stood.
 */
export function describeEvent(
  event: AnswerEvent,
  staff: readonly StaffMember[],
  erasedAt: Date | null = null,
): string {
  const cleared = erasedAt !== null && event.at <= erasedAt && event.detail === null;
  const detail = cleared ? ERASED_VALUE : event.detail;
  const status = (code: string | null) =>
    (code && STATUS_LABELS[code as keyof typeof STATUS_LABELS]) ?? code ?? ERASED_VALUE;
  switch (event.what) {
    case 'status':
      return `Status ændret til ${status(detail)}`;
    case 'status-published':
      return `Status vist for borgeren: ${status(detail)}`;
    case 'assignee':
      if (cleared) return `Ansvarlig ændret (${ERASED_VALUE})`;
      return detail
        ? `Ansvarlig: ${staff.find((member) => member.id === detail)?.name ?? 'ukendt'}`
        : 'Ansvarlig fjernet';
    case 'registered':
      return `Registreret på arbejdsbordet (${cleared ? ERASED_VALUE : (CHANNELS[detail as keyof typeof CHANNELS] ?? 'ukendt kanal')})`;
    case 'duplicate-of':
      return `Markeret som dublet af ${detail ?? ERASED_VALUE}`;
    case 'duplicate-added':
      return `${detail ?? ERASED_VALUE} markeret som dublet af dette svar`;
    case 'seeks-help':
      return `Søger hjælp: ${detail ?? ERASED_VALUE}`;
    default:
      return Object.hasOwn(ANSWER_EVENTS, event.what)
        ? ANSWER_EVENTS[event.what as keyof typeof ANSWER_EVENTS]
        : event.what;
  }
}

export function historySection(
  answer: AnswerRecord,
  events: readonly AnswerEvent[],
  staff: readonly StaffMember[],
): SafeHtml {
  return html`<section aria-labelledby="history-heading" class="answer-section"><h2 id="history-heading" class="h3">Historik</h2>
<table class="table table--compact"><caption class="sr-only">Alle ændringer af svaret, ældste først</caption>
<thead><tr><th scope="col">Tidspunkt</th><th scope="col">Hvem</th><th scope="col">Hvad</th></tr></thead>
<tbody><tr><td>${shownTime(answer.receivedAt)}</td><td>–</td><td>Svaret modtaget</td></tr>
${events.map(
  (event) =>
    html`<tr><td>${shownTime(event.at)}</td><td>${event.staffName ?? 'Systemet'}</td><td>${describeEvent(event, staff, answer.erasedAt)}</td></tr>`,
)}</tbody></table></section>`;
}
