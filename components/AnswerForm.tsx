// The answer form, composed of its parts (components/answer/): the draft it edits, the inputs of
// its kind, the "about you" fieldset, the error summary, and what is shown once it is sent.
import { useRef, useState } from 'preact/hooks';
import type { FieldError, FieldName } from '../utils/answer-form';
import { translator } from '../utils/i18n';
import type { Kind } from '../utils/kinds';
import type { Challenge } from '../utils/schema/challenge';
import { AboutYou } from './answer/AboutYou';
import { ErrorSummary } from './answer/ErrorSummary';
import { KindFields } from './answer/KindFields';
import { errorText, type FormParts } from './answer/parts';
import { Sent } from './answer/Sent';
import { StorageNotice } from './answer/StorageNotice';
import { submitAnswer } from './answer/submit';
import { useDraft } from './answer/use-draft';
import { Confirm } from './Confirm';
import type { AnswerServices } from './services';

interface Props {
  challenge: Challenge;
  kind: Kind;
  services: AnswerServices;
  onCancel: () => void;
  /** An offer joining a published proposal: its reference, and the sentence that says so. */
  relatesTo?: { reference: string; note: string } | undefined;
}

export function AnswerForm({ challenge, kind, services, onCancel, relatesTo }: Props) {
  const t = translator(services.strings.answer, services.locale);
  const draft = useDraft(challenge.id, kind, services, t);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [sentId, setSentId] = useState<string>();
  const [busy, setBusy] = useState(false);
  const formElement = useRef<HTMLFormElement>(null);

  const focusField = (field: FieldName | undefined) =>
    formElement.current?.querySelector<HTMLElement>(`[name="${field}"]`)?.focus();

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      const outcome = await submitAnswer(
        { challenge, kind, services, draft, relatesTo: relatesTo?.reference },
        () => setErrors([]),
      );
      if ('errors' in outcome) {
        setErrors(outcome.errors);
        requestAnimationFrame(() => focusField(outcome.errors[0]?.field));
      } else if ('notQueued' in outcome) {
        draft.announce(t('notQueued'));
      } else {
        setSentId(outcome.sent);
      }
    } finally {
      setBusy(false);
    }
  };

  const discard = async () => {
    await draft.discard();
    setConfirming(false);
    onCancel();
  };

  if (sentId !== undefined) {
    return <Sent t={t} services={services} id={sentId} challenge={challenge} onAgain={onCancel} />;
  }
  const form: FormParts = {
    t,
    kind,
    fields: draft.fields,
    set: draft.set,
    errorFor: (name) => {
      const error = errors.find((e) => e.field === name);
      return error && errorText(t, error);
    },
  };

  return (
    <form ref={formElement} onSubmit={submit} noValidate aria-labelledby="answer-heading">
      {/* Focused after a kind is chosen (ChallengeView), so a screen reader says where it is. */}
      <h3 id="answer-heading" tabIndex={-1}>
        {t(`kind.${kind}`)}
      </h3>
      {relatesTo && <p class="notice">{relatesTo.note}</p>}
      <StorageNotice t={t} services={services} />
      <ErrorSummary form={form} errors={errors} onPick={focusField} />
      <KindFields form={form} />
      <AboutYou form={form} identity={!challenge.allowAnonymous} privacyUrl={services.privacyUrl} />
      <div class="hp" aria-hidden="true">
        <label>
          {t('honeypot')}
          <input
            type="text"
            name="website"
            tabIndex={-1}
            autoComplete="off"
            value={draft.fields.website}
            onInput={(e) => draft.set('website', e.currentTarget.value)}
          />
        </label>
      </div>
      <p class="muted" role="status" aria-live="polite">
        {draft.status}
      </p>
      {confirming ? (
        <Confirm
          question={t('discardConfirm')}
          yes={t('discardYes')}
          no={t('discardNo')}
          onYes={discard}
          onNo={() => setConfirming(false)}
        />
      ) : (
        <div class="row">
          <button type="submit" class="btn primary" disabled={busy}>
            {t('submit')}
          </button>
          <button type="button" class="btn" onClick={() => setConfirming(true)}>
            {t('discard')}
          </button>
        </div>
      )}
    </form>
  );
}
