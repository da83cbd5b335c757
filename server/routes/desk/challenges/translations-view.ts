// The challenge form's translations (./challenge-translations.ts): one folding section per
// language after the Danish texts (each field shows the Danish title or question it translates),
// open when it holds a translation or a problem. Each field is marked with its language and
// direction, so Arabic and Farsi are typed right to left and a screen reader reads each field in
// its language.
import { directionOf, LANGUAGES } from '../../../../utils/languages';
import { QUESTIONS_MAX } from '../../../../utils/schema/limits';
import { type FieldErrors, textArea, textField } from '../../../ui/forms';
import { html, type SafeHtml } from '../../../ui/html';
import { languageName } from '../../../ui/language-names';
import {
  hasTranslation,
  TRANSLATED_LANGUAGES,
  type TranslationsValues,
  translatedQuestionField,
  translationField,
} from './challenge-translations';

/** A Danish name starts with a capital letter as a heading: "Ukrainsk". */
const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase('da') + text.slice(1);

export function translationsSection(
  danish: {
    readonly title: string;
    readonly questions: readonly string[];
    readonly translations: TranslationsValues;
  },
  maxLength: { readonly title: number; readonly framing: number; readonly question: number },
  errors: FieldErrors | undefined,
): SafeHtml {
  return html`<h2 class="h3" id="translations-heading">Oversættelser</h2>
<p class="form-hint" id="translations-hint">Til besøgende, der har valgt et andet sprog i widgetten. Hvor der ikke er en oversættelse, vises den danske tekst, og widgetten siger det. Brug en oversættelse, som en person, der kan sproget, har læst. Spørgsmålene oversættes alle eller ingen, på de danske spørgsmåls pladser.</p>
${TRANSLATED_LANGUAGES.map((code) => {
  const values = danish.translations[code];
  if (!values) return html``;
  const name = languageName(code);
  const lang = { lang: code, dir: directionOf(code) } as const;
  const hasError = errors?.some((error) => error.field.startsWith(`t-${code}-`));
  return html`<details class="details"${hasTranslation(values) || hasError ? html` open` : ''}>
<summary class="details-summary"><span class="details-summary-text">${capitalised(name)} <span lang="${code}" dir="${lang.dir}">(${LANGUAGES[code].endonym})</span></span></summary>
<div class="details-text">
${textField({ name: translationField(code, 'title'), label: `Titel på ${name}`, hint: danish.title.trim() ? `Dansk: ${danish.title}` : undefined, value: values.title, maxLength: maxLength.title, errors, ...lang })}
${textArea({ name: translationField(code, 'framing'), label: `Sådan ser kommunen udfordringen, på ${name}`, value: values.framing, maxLength: maxLength.framing, rows: 6, errors, ...lang })}
${Array.from({ length: QUESTIONS_MAX }, (_, i) =>
  textField({
    name: translatedQuestionField(code, i),
    label: `Spørgsmål ${i + 1} på ${name}`,
    hint: danish.questions[i]?.trim() ? `Dansk: ${danish.questions[i]}` : undefined,
    value: values.questions[i],
    maxLength: maxLength.question,
    errors,
    ...lang,
  }),
)}
</div></details>`;
})}`;
}
