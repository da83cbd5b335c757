// What the answer form's parts share: the form's state as props, and how a field is named and its
// error worded (the same in the field and in the error summary).
import {
  type AnswerFields,
  FIELD_MAX,
  type FieldError,
  type FieldName,
} from '../../utils/answer-form';
import type { Translate } from '../../utils/i18n';
import type { AnswerMessages } from '../../utils/i18n/catalogue';
import type { Kind } from '../../utils/kinds';
import type { SetField } from './use-draft';

export interface FormParts {
  t: Translate<AnswerMessages>;
  kind: Kind;
  fields: AnswerFields;
  set: SetField;
  /** What the error at `name` says, when there is one. */
  errorFor(name: FieldName): string | undefined;
}

/** An input's handler that stores what it holds as the field `name`. */
export const storeValue = (form: FormParts, name: FieldName) => (event: Event) =>
  form.set(name, (event.currentTarget as HTMLInputElement).value as never);

export function fieldLabel(t: Translate<AnswerMessages>, field: FieldName, kind: Kind): string {
  const key: Partial<Record<FieldName, keyof AnswerMessages>> = {
    body: `bodyLabel.${kind}`,
    title: 'titleLabel',
    area: 'offerArea',
    canHelpImplement: 'canHelp',
  };
  return t(key[field] ?? (field as keyof AnswerMessages));
}

export const errorText = (t: Translate<AnswerMessages>, error: FieldError): string =>
  t(`error.${error.code}`, { count: error.max ?? FIELD_MAX[error.field] ?? 0 });
