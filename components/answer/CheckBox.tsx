import type { FormParts } from './parts';

interface Props {
  form: FormParts;
  /** The form's yes/no fields besides the contact consent (which has its error and hint). */
  name: 'canHelpImplement' | 'publish' | 'updatesToo';
  label: string;
}

/** A yes/no field of the answer form, its label beside it and the whole label a target. */
export function CheckBox({ form: { fields, set }, name, label }: Props) {
  return (
    <label class="check">
      <input
        type="checkbox"
        name={name}
        checked={fields[name]}
        onChange={(e) => set(name, e.currentTarget.checked)}
      />
      {label}
    </label>
  );
}
