import type { FieldError, FieldName } from '../../utils/answer-form';
import { errorText, type FormParts, fieldLabel } from './parts';

interface Props {
  form: FormParts;
  errors: FieldError[];
  /** Moves focus to the field, as a link to it would. */
  onPick: (field: FieldName) => void;
}

/** The errors of the last "Send", each a link to its field. */
export function ErrorSummary({ form: { t, kind }, errors, onPick }: Props) {
  if (errors.length === 0) return null;
  return (
    <div class="notice err" role="alert">
      <p>{t('errorSummary', { count: errors.length })}</p>
      <ul>
        {errors.map((e) => (
          <li key={e.field}>
            <a
              href={`#f-${e.field}`}
              onClick={(event) => {
                event.preventDefault();
                onPick(e.field);
              }}
            >
              {fieldLabel(t, e.field, kind)}: {errorText(t, e)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
