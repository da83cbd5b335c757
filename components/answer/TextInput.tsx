import { FIELD_MAX, type FieldName } from '../../utils/answer-form';
import { Field } from '../Field';
import { type FormParts, fieldLabel, storeValue } from './parts';

interface Props {
  form: FormParts;
  name: FieldName;
  type?: string;
  autoComplete?: string;
  required?: boolean;
  /** Marked "(valgfrit)" when not required; false where one of several fields is needed. */
  optional?: boolean;
  hint?: string;
}

/** A one-line text field of the answer form, as long as the schema lets it be. */
export function TextInput({
  form,
  name,
  type = 'text',
  autoComplete,
  required = false,
  optional = true,
  hint,
}: Props) {
  return (
    <Field
      name={name}
      label={fieldLabel(form.t, name, form.kind)}
      hint={hint}
      error={form.errorFor(name)}
      required={required}
      requiredText={form.t('required')}
      optionalText={optional ? form.t('optional') : undefined}
    >
      {(aria) => (
        <input
          {...aria}
          type={type}
          autoComplete={autoComplete}
          maxLength={FIELD_MAX[name]}
          value={form.fields[name] as string}
          onInput={storeValue(form, name)}
        />
      )}
    </Field>
  );
}
