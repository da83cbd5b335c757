// One answer's page, the parts staff write in: the reply to the citizen (draft, template,
// publish), the public version of the answer, duplicates and internal notes.

import { KIND_TABLE } from '../../../../utils/kinds';
import { BODY_MAX, TITLE_MAX } from '../../../../utils/schema/limits';
import type { AnswerNote, AnswerRecord, AnswerRef } from '../../../data/answer-record';
import { REPLY_MAX, type ReplyTemplate } from '../../../data/reply-templates';
import { deskPaths } from '../../../ui/desk-paths';
import { checkbox, type FieldErrors, textArea, textField } from '../../../ui/forms';
import { html, type SafeHtml } from '../../../ui/html';
import { csrfField } from '../../../ui/layout';
import { shownTime } from '../../../ui/time';
import type { ReplyTranslationOffer } from './answer-translation';
import { personText } from './format';
import {
  replyTranslateButton,
  replyTranslationField,
  replyTranslationNote,
} from './translation-view';

export const NOTE_MAX = 4000;

/** What was typed into the page's forms, kept when a form comes back with errors. */
export interface TypedValues {
  readonly reply?: string;
  readonly publicTitle?: string;
  readonly publicText?: string;
  readonly seeksHelp?: boolean;
  readonly original?: string;
  readonly note?: string;
  /** The reply's machine translation, and the Danish it was made from (./translation-view.ts). */
  readonly replyTranslation?: string;
  readonly replyTranslatedFrom?: string;
}

export function replySection(
  answer: AnswerRecord,
  templates: readonly ReplyTemplate[],
  typed: TypedValues,
  errors: FieldErrors | undefined,
  csrf: string,
  translation: ReplyTranslationOffer = { state: 'none' },
): SafeHtml {
  const published = answer.replyPublishedAt && answer.reply !== null;
  return html`<section aria-labelledby="reply-heading" class="answer-section"><h2 id="reply-heading" class="h3">Besked til borgeren</h2>
<p>Fortæl, hvad der sker med svaret. Borgeren kan se beskeden, når den er offentliggjort.</p>
${
  published
    ? html`<div class="published-reply"><h3 class="h5">Offentliggjort ${shownTime(answer.replyPublishedAt!)}</h3>
<p>${personText(answer.reply!)}</p>
<form method="post" action="${deskPaths.answerReply(answer.id)}">${csrfField(csrf)}
<button type="submit" name="action" value="withdraw" class="button button-secondary">Træk beskeden til borgeren tilbage</button></form></div>`
    : html`<p><strong>Ingen besked er offentliggjort endnu.</strong></p>`
}
<form method="post" action="${deskPaths.answerReply(answer.id)}" novalidate>${csrfField(csrf)}
${
  templates.length > 0
    ? html`<div class="form-group"><label class="form-label" for="f-template">Start fra en skabelon <span class="weight-normal">(valgfri)</span></label>
<span class="form-hint" id="f-template-hint">Skabelonens tekst erstatter teksten i feltet herunder. Den gemmes først, når du trykker "Gem kladde".</span>
<div class="inline-form"><select class="form-select" id="f-template" name="template" aria-describedby="f-template-hint">${templates.map(
        (template) => html`<option value="${template.id}">${template.name}</option>`,
      )}</select>
<button type="submit" name="action" value="template" class="button button-secondary">Indsæt skabelon</button></div></div>`
    : html`<p class="form-hint">Du kan lave <a href="${deskPaths.templates}">beskedskabeloner</a> til de beskeder, du skriver tit.</p>`
}
${textArea({
  name: 'reply',
  label: 'Kladde til beskeden',
  value: typed.reply ?? answer.replyDraft ?? '',
  maxLength: REPLY_MAX,
  rows: 6,
  hint: `Højst ${REPLY_MAX} tegn. Skriv aldrig navne, e-mailadresser, telefonnumre eller andre personoplysninger: beskeden er offentlig.`,
  errors,
})}
${replyTranslationField(answer, typed, errors)}
<div class="button-row-inline">${replyTranslateButton(translation)}<button type="submit" name="action" value="save" class="button button-secondary">Gem kladde</button>
<button type="submit" name="action" value="publish" class="button button-primary">Offentliggør beskeden til borgeren</button></div>
${replyTranslationNote(translation)}
</form></section>`;
}

export function publishSection(
  answer: AnswerRecord,
  typed: TypedValues,
  errors: FieldErrors | undefined,
  csrf: string,
): SafeHtml {
  const heading = html`<h2 id="publish-heading" class="h3">Offentliggør svaret på udfordringen</h2>`;
  if (!answer.mayPublish) {
    return html`<section aria-labelledby="publish-heading" class="answer-section">${heading}
<p>Personen har ikke givet samtykke til, at svaret offentliggøres. Det kan derfor ikke offentliggøres.</p></section>`;
  }
  const seeksHelpTaken = KIND_TABLE[answer.kind].carries.canHelpImplement !== undefined;
  return html`<section aria-labelledby="publish-heading" class="answer-section">${heading}
<p>${answer.publishedAt ? html`<strong>Offentliggjort ${shownTime(answer.publishedAt)}.</strong>` : html`<strong>Ikke offentliggjort.</strong>`} Personen har givet samtykke til offentliggørelse uden navn og kontaktoplysninger. Navn, e-mail og telefon offentliggøres aldrig${answer.organisation ? '; organisationen vises' : ''}.</p>
<form method="post" action="${deskPaths.answerPublish(answer.id)}" novalidate>${csrfField(csrf)}
${textField({
  name: 'publicTitle',
  label: 'Offentlig titel',
  value: typed.publicTitle ?? answer.publicTitle ?? answer.title ?? '',
  maxLength: TITLE_MAX,
  hint: 'Ret titlen, hvis den ikke kan stå offentligt.',
  errors,
})}
${textArea({
  name: 'publicText',
  label: 'Offentlig tekst',
  value: typed.publicText ?? answer.publicText ?? answer.body,
  maxLength: BODY_MAX,
  rows: 8,
  required: true,
  hint: 'Ret teksten, så den kan stå offentligt: fjern navne, kontaktoplysninger og andet, der kan identificere nogen.',
  errors,
})}
${
  seeksHelpTaken &&
  checkbox({
    name: 'seeksHelp',
    label: 'Søger hjælp: borgere kan tilbyde at hjælpe med at gennemføre det',
    checked: typed.seeksHelp ?? answer.seeksHelp,
  })
}
<div class="button-row-inline"><button type="submit" name="action" value="publish" class="button button-primary">${answer.publishedAt ? 'Gem den offentlige udgave' : 'Offentliggør svaret'}</button>
${answer.publishedAt && html`<button type="submit" name="action" value="unpublish" class="button button-secondary">Gør svaret ikke-offentligt</button>`}</div>
</form></section>`;
}

export function duplicateSection(
  answer: AnswerRecord,
  duplicates: readonly AnswerRef[],
  typed: TypedValues,
  errors: FieldErrors | undefined,
  csrf: string,
): SafeHtml {
  const list =
    duplicates.length > 0 &&
    html`<p>Dubletter af dette svar:</p><ul>${duplicates.map(
      (duplicate) =>
        html`<li><a href="${deskPaths.answer(duplicate.id)}">${duplicate.reference}</a></li>`,
    )}</ul>`;
  const form = answer.duplicateOf
    ? html`<p>Dette svar er en dublet af <a href="${deskPaths.answer(answer.duplicateOf.id)}">${answer.duplicateOf.reference}</a>.</p>
<form method="post" action="${deskPaths.answerDuplicate(answer.id)}">${csrfField(csrf)}
<button type="submit" name="action" value="clear" class="button button-secondary">Fjern markeringen som dublet</button></form>`
    : html`<form method="post" action="${deskPaths.answerDuplicate(answer.id)}" novalidate>${csrfField(csrf)}
${textField({
  name: 'original',
  label: 'Dublet af svar med reference',
  value: typed.original,
  maxLength: 20,
  required: true,
  hint: 'Fx SK-7F3K2Q. Begge svar bevares; dette svar henviser til det oprindelige.',
  errors,
})}
<button type="submit" name="action" value="mark" class="button button-secondary">Markér som dublet</button></form>`;
  return html`<section aria-labelledby="duplicate-heading" class="answer-section"><h2 id="duplicate-heading" class="h3">Dublet</h2>
${list}${form}</section>`;
}

export function notesSection(
  answer: AnswerRecord,
  notes: readonly AnswerNote[],
  typed: TypedValues,
  errors: FieldErrors | undefined,
  csrf: string,
): SafeHtml {
  return html`<section aria-labelledby="notes-heading" class="answer-section"><h2 id="notes-heading" class="h3">Interne noter</h2>
${
  notes.length > 0
    ? html`<ul class="nobullet-list answer-notes">${notes.map(
        (note) =>
          html`<li><p class="answer-note-meta"><strong>${note.staffName}</strong>, ${shownTime(note.at)}</p><p>${personText(note.text)}</p></li>`,
      )}</ul>`
    : html`<p>Ingen noter endnu.</p>`
}
<form method="post" action="${deskPaths.answerNotes(answer.id)}" novalidate>${csrfField(csrf)}
${textArea({
  name: 'note',
  label: 'Ny note',
  value: typed.note,
  maxLength: NOTE_MAX,
  rows: 3,
  required: true,
  hint: 'Noter er kun for medarbejdere og offentliggøres aldrig.',
  errors,
})}
<button type="submit" class="button button-secondary">Gem note</button></form></section>`;
}
