import type { JSX } from 'preact';

interface Props {
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  requiredText?: string;
  /** Said after the label of a field that may be left empty: "(valgfrit)". */
  optionalText?: string | undefined;
  children: (aria: {
    id: string;
    name: string;
    'aria-invalid': boolean;
    'aria-describedby'?: string;
    'aria-required'?: boolean;
  }) => JSX.Element;
}

/** A labelled control with its hint and error, wired for screen readers. */
export function Field({
  name,
  label,
  hint,
  error,
  required,
  requiredText,
  optionalText,
  children,
}: Props) {
  const id = `f-${name}`;
  const marker = required ? requiredText : optionalText;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>
        {label} {marker && <span class="muted">{marker}</span>}
      </label>
      {hint && (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span class="error" id={`${id}-error`}>
          {error}
        </span>
      )}
      {children({
        id,
        name,
        'aria-invalid': Boolean(error),
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(required ? { 'aria-required': true } : {}),
      })}
    </div>
  );
}
