// The desk's forms: their fields in DKFDS markup with their labels, hints and errors wired for
// screen readers, and an error summary that links to them. Reading a posted form is
// server/web/read-form.ts.
import { alert } from './alert';
import { html, type SafeHtml } from './html';

/** A field's problem, shown at the field and in the summary at the top. */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

export type FieldErrors = readonly FieldError[];

const errorOf = (errors: FieldErrors | undefined, name: string) =>
  errors?.find((error) => error.field === name)?.message;

/** The summary DKFDS puts above a form with errors; each item links to its field. */
export function errorSummary(errors: FieldErrors | undefined): SafeHtml {
  if (!errors?.length) return html``;
  return alert('error', {
    role: 'alert',
    id: 'error-summary',
    heading: `Der er ${errors.length === 1 ? 'et problem' : `${errors.length} problemer`} i formularen`,
    body: html`<ul class="alert-text nobullet-list">${errors.map(
      (error) =>
        html`<li><a href="#f-${error.field}" class="function-link">${error.message}</a></li>`,
    )}</ul>`,
  });
}

interface FieldOptions {
  readonly name: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly errors?: FieldErrors | undefined;
  readonly required?: boolean;
  /**
   * What the label says of a field that is not always required, in place of "valgfri": when it
   * is required (e.g. "skal vælges for et tilbud").
   */
  readonly requiredWhen?: string;
  /** The language of what is typed (a translation), and its direction. */
  readonly lang?: string | undefined;
  readonly dir?: 'ltr' | 'rtl' | undefined;
}

function wrap(options: FieldOptions, control: (aria: SafeHtml) => SafeHtml): SafeHtml {
  const { name, label, hint } = options;
  const error = errorOf(options.errors, name);
  const described = [hint && `f-${name}-hint`, error && `f-${name}-error`]
    .filter(Boolean)
    .join(' ');
  const aria = html`id="f-${name}" name="${name}"${described ? html` aria-describedby="${described}"` : ''}${error ? html` aria-invalid="true"` : ''}${options.required ? html` required` : ''}${options.lang ? html` lang="${options.lang}"` : ''}${options.dir ? html` dir="${options.dir}"` : ''}`;
  return html`<div class="form-group${error ? ' form-error' : ''}">
<label class="form-label" for="f-${name}">${label}${options.required ? '' : html` <span class="weight-normal">(${options.requiredWhen ?? 'valgfri'})</span>`}</label>
${hint && html`<span class="form-hint" id="f-${name}-hint">${hint}</span>`}
${error && html`<span class="form-error-message" id="f-${name}-error"><span class="sr-only">Fejl:</span> ${error}</span>`}
${control(aria)}
</div>`;
}

export function textField(
  options: FieldOptions & {
    value?: string | undefined;
    type?: string;
    maxLength?: number;
    autocomplete?: string;
  },
): SafeHtml {
  return wrap(
    options,
    (aria) =>
      html`<input class="form-input" type="${options.type ?? 'text'}" ${aria} value="${options.value ?? ''}"${options.maxLength ? html` maxlength="${options.maxLength}"` : ''}${options.autocomplete ? html` autocomplete="${options.autocomplete}"` : ''}>`,
  );
}

export function textArea(
  options: FieldOptions & { value?: string | undefined; maxLength?: number; rows?: number },
): SafeHtml {
  return wrap(
    options,
    (aria) =>
      html`<textarea class="form-input" rows="${options.rows ?? 5}" ${aria}${options.maxLength ? html` maxlength="${options.maxLength}"` : ''}>${options.value ?? ''}</textarea>`,
  );
}

export function selectField(
  options: FieldOptions & {
    value?: string | undefined;
    choices: readonly (readonly [value: string, label: string])[];
    /** A first, empty choice ("alle", "vælg …"). */
    empty?: string;
  },
): SafeHtml {
  return wrap(
    options,
    (aria) =>
      html`<select class="form-select" ${aria}>${options.empty !== undefined && html`<option value="">${options.empty}</option>`}${options.choices.map(
        ([value, label]) =>
          html`<option value="${value}"${value === options.value ? html` selected` : ''}>${label}</option>`,
      )}</select>`,
  );
}

export function checkbox(options: {
  name: string;
  label: string;
  checked: boolean;
  hint?: string;
  value?: string;
  errors?: FieldErrors | undefined;
}): SafeHtml {
  const error = errorOf(options.errors, options.name);
  const described = [options.hint && `f-${options.name}-hint`, error && `f-${options.name}-error`]
    .filter(Boolean)
    .join(' ');
  const box = html`<div class="form-group-checkbox"><input type="checkbox" class="form-checkbox" id="f-${options.name}" name="${options.name}" value="${options.value ?? 'ja'}"${options.checked ? html` checked` : ''}${described ? html` aria-describedby="${described}"` : ''}${error ? html` aria-invalid="true"` : ''}>
<label for="f-${options.name}">${options.label}</label>${options.hint && html`<span class="form-hint" id="f-${options.name}-hint">${options.hint}</span>`}</div>`;
  return error
    ? html`<div class="form-group form-error"><span class="form-error-message" id="f-${options.name}-error"><span class="sr-only">Fejl:</span> ${error}</span>${box}</div>`
    : box;
}

interface ChoiceGroupOptions {
  readonly name: string;
  readonly legend: string;
  readonly hint?: string;
  readonly choices: readonly (readonly [value: string, label: string])[];
  readonly errors?: FieldErrors | undefined;
  readonly optional?: boolean;
}

/**
 * Choices sharing one name, in a fieldset with its legend, hint and error; the first choice has
 * the id (`f-<name>`) the error summary links to.
 */
function choiceGroup(
  type: 'radio' | 'checkbox',
  options: ChoiceGroupOptions,
  isChecked: (value: string) => boolean,
): SafeHtml {
  const { name } = options;
  const error = errorOf(options.errors, name);
  const described = [options.hint && `f-${name}-hint`, error && `f-${name}-error`]
    .filter(Boolean)
    .join(' ');
  const idOf = (value: string, index: number) => (index === 0 ? `f-${name}` : `f-${name}-${value}`);
  return html`<div class="form-group${error ? ' form-error' : ''}">
<fieldset${described ? html` aria-describedby="${described}"` : ''}>
<legend class="form-label">${options.legend}${options.optional ? html` <span class="weight-normal">(valgfri)</span>` : ''}</legend>
${options.hint && html`<span class="form-hint" id="f-${name}-hint">${options.hint}</span>`}
${error && html`<span class="form-error-message" id="f-${name}-error"><span class="sr-only">Fejl:</span> ${error}</span>`}
<ul class="nobullet-list">${options.choices.map(
    ([value, label], index) =>
      html`<li class="form-group-${type}"><input type="${type}" class="form-${type}" id="${idOf(value, index)}" name="${name}" value="${value}"${isChecked(value) ? html` checked` : ''}><label for="${idOf(value, index)}">${label}</label></li>`,
  )}</ul>
</fieldset></div>`;
}

/** One choice of several, as radio buttons. */
export const radios = (options: ChoiceGroupOptions & { readonly checked: string }) =>
  choiceGroup('radio', options, (value) => value === options.checked);

/** Any of several choices, as checkboxes sharing one name. */
export const checkboxGroup = (
  options: ChoiceGroupOptions & { readonly checked: readonly string[] },
) => choiceGroup('checkbox', options, (value) => options.checked.includes(value));
