import type { FunctionComponent } from 'preact';
import { KIND_TABLE, type KindInput } from '../../utils/kinds';
import { RESOURCE_TYPES } from '../../utils/schema/common';
import { BODY_MAX } from '../../utils/schema/limits';
import { Field } from '../Field';
import { CheckBox } from './CheckBox';
import { type FormParts, fieldLabel, storeValue } from './parts';
import { TextInput } from './TextInput';

type Props = { form: FormParts };

function ResourceType({ form: { t, fields, errorFor }, form }: Props) {
  return (
    <Field
      name="resourceType"
      label={t('resourceType')}
      error={errorFor('resourceType')}
      required
      requiredText={t('required')}
    >
      {(aria) => (
        <select {...aria} value={fields.resourceType} onChange={storeValue(form, 'resourceType')}>
          <option value="" />
          {RESOURCE_TYPES.map((r) => (
            <option key={r} value={r}>
              {t(`resource.${r}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function Body({ form: { t, kind, fields, errorFor }, form }: Props) {
  return (
    <Field
      name="body"
      label={fieldLabel(t, 'body', kind)}
      hint={t('bodyHint', { count: BODY_MAX })}
      error={errorFor('body')}
      required
      requiredText={t('required')}
    >
      {(aria) => (
        <textarea
          {...aria}
          maxLength={BODY_MAX}
          value={fields.body}
          onInput={storeValue(form, 'body')}
        />
      )}
    </Field>
  );
}

function CanHelp({ form }: Props) {
  return <CheckBox form={form} name="canHelpImplement" label={form.t('canHelp')} />;
}

// The kinds' inputs that are not one line of text.
const INPUTS: { readonly [I in KindInput]?: FunctionComponent<Props> } = {
  resourceType: ResourceType,
  body: Body,
  canHelpImplement: CanHelp,
};

/** The inputs of the answer's kind, in the order its row of the kind table gives. */
export function KindFields({ form }: Props) {
  return (
    <>
      {KIND_TABLE[form.kind].form.map((name) => {
        const Input = INPUTS[name];
        return Input ? (
          <Input key={name} form={form} />
        ) : (
          <TextInput key={name} form={form} name={name} />
        );
      })}
    </>
  );
}
