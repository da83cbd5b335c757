// One answer's page, the parts of machine translation (./answer-translation.ts): the answer with
// its Danish machine translation beside it (marked as such, never in its place), the button that
// asks for it or why there is none, and the reply's translation field.

import { directionOf } from '../../../../utils/languages';
import type { AnswerRecord } from '../../../data/answer-record';
import { alert } from '../../../ui/alert';
import { deskPaths } from '../../../ui/desk-paths';
import { type FieldErrors, textArea } from '../../../ui/forms';
import { html, type SafeHtml } from '../../../ui/html';
import { languageName } from '../../../ui/language-names';
import {
  type AnswerTranslation,
  type ReplyTranslationOffer,
  TRANSLATE_PARAM,
} from './answer-translation';
import { answerText } from './answer-view';
import { personText } from './format';

const translateButton = (answer: AnswerRecord) =>
  html`<form method="get" action="${deskPaths.answer(answer.id)}#text-heading" class="answer-translate">
<input type="hidden" name="${TRANSLATE_PARAM[0]}" value="${TRANSLATE_PARAM[1]}">
<button type="submit" class="button button-secondary">Oversæt til dansk</button></form>`;

/** What the person wrote, and what the page offers or shows of its translation into Danish. */
export function answerTextWithTranslation(
  answer: AnswerRecord,
  translation: AnswerTranslation,
): SafeHtml {
  const original = answerText(answer);
  switch (translation.state) {
    case 'none':
      return original;
    case 'unsupported':
      return html`${original}<p class="form-hint answer-translate">Svaret er på ${languageName(translation.language)}, som kommunens oversættelsestjeneste ikke kan oversætte til dansk. Få det oversat af en tolk eller en kollega, der kan sproget.</p>`;
    case 'offered':
      return html`${original}${translateButton(answer)}`;
    case 'failed':
      return html`${original}${alert('error', { role: 'alert', className: 'answer-translate', heading: 'Svaret kunne ikke oversættes', text: translation.message })}
${translateButton(answer)}`;
    case 'shown':
      return html`<div class="row answer-translated"><div class="col-12 col-md-6">${original}</div>
<div class="col-12 col-md-6"><section aria-labelledby="translation-heading" class="answer-translation"><h2 id="translation-heading" class="h3">Maskinoversættelse til dansk</h2>
<p class="form-hint">Maskinoversat fra ${languageName(translation.language)} af ${translation.service}. Den kan indeholde fejl: originalen gælder. Oversættelsen gemmes ikke.</p>
${translation.title && html`<h3 class="h5">${personText(translation.title)}</h3>`}
<p class="answer-body">${personText(translation.body)}</p></section></div></div>`;
  }
}

/** The reply's translation into the answer's language, once there is one, for staff to check. */
export function replyTranslationField(
  answer: AnswerRecord,
  typed: { readonly replyTranslation?: string; readonly replyTranslatedFrom?: string },
  errors: FieldErrors | undefined,
): SafeHtml {
  const translation = typed.replyTranslation ?? answer.replyDraftTranslation ?? '';
  if (!translation || !answer.language) return html``;
  const from = typed.replyTranslatedFrom ?? answer.replyDraft ?? '';
  return html`${textArea({
    name: 'replyTranslation',
    label: `Maskinoversættelse til ${languageName(answer.language)}`,
    value: translation,
    rows: 6,
    lang: answer.language,
    dir: directionOf(answer.language),
    hint: 'Maskinoversat fra beskeden ovenfor. Den offentliggøres under den danske besked og begynder med en oversat linje om, at den er maskinoversat. Læs den igennem, før du offentliggør: ret tydelige fejl, eller tøm feltet for at offentliggøre beskeden uden oversættelse.',
    errors,
  })}
<input type="hidden" name="replyTranslatedFrom" value="${from}">`;
}

/** The button that translates the reply, or why the reply cannot be translated. */
export function replyTranslateButton(offer: ReplyTranslationOffer): SafeHtml {
  if (offer.state === 'offered') {
    return html`<button type="submit" name="action" value="translate" class="button button-secondary">Oversæt beskeden til ${languageName(offer.language)}</button>`;
  }
  return html``;
}

/** Said below the reply's buttons when its language is one the service cannot translate into. */
export function replyTranslationNote(offer: ReplyTranslationOffer): SafeHtml {
  return offer.state === 'unsupported'
    ? html`<p class="form-hint">Beskeden kan ikke maskinoversættes til ${languageName(offer.language)}. Skriv den så enkelt som muligt, eller få den oversat.</p>`
    : html``;
}
