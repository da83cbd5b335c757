import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  type AnswerFields,
  checkAnswer,
  emptyFields,
  FIELD_MAX,
  type FieldError,
  type FieldName,
} from '../utils/answer-form';
import { createAutosave, type Draft } from '../utils/drafts';
import { type Translate, translator } from '../utils/i18n';
import { type AnswerMessages, answerMessages } from '../utils/i18n/answer';
import { formatDateTime } from '../utils/i18n/time';
import { KIND_TABLE, type KindInput } from '../utils/kinds';
import { observable } from '../utils/observable';
import type { Challenge } from '../utils/schema/challenge';
import { ACTOR_TYPES, type Kind, RESOURCE_TYPES } from '../utils/schema/common';
import { BODY_MAX, TITLE_MAX } from '../utils/schema/limits';
import { Confirm } from './Confirm';
import { Field } from './Field';
import { OutboxEntry } from './OutboxList';
import type { AnswerServices } from './services';
import { useValue } from './use-value';

interface Props {
  challenge: Challenge;
  kind: Kind;
  services: AnswerServices;
  onCancel: () => void;
}

const NOT_DEGRADED = observable<string | undefined>(undefined);

export function AnswerForm({ challenge, kind, services, onCancel }: Props) {
  const t = translator(answerMessages[services.locale]);
  const [fields, setFields] = useState<AnswerFields>(() => emptyFields(services.prefill));
  const [status, setStatus] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [sentId, setSentId] = useState<string>();
  const [busy, setBusy] = useState(false);
  const latest = useRef(fields);
  // undefined: not looked up yet; null: there is no stored draft.
  const draft = useRef<Draft | null>();
  const edited = useRef(false);
  const form = useRef<HTMLFormElement>(null);
  const degraded = useValue(services.degraded ?? NOT_DEGRADED);

  const autosave = useMemo(
    () =>
      createAutosave(async () => {
        if (!edited.current) return;
        const { website: _honeypot, ...kept } = latest.current;
        draft.current = await services.drafts.save(challenge.id, kind, kept, draft.current);
        setStatus(t('draftSaved', { time: formatDateTime(services.now(), services.locale) }));
        services.emit('draft-saved', { id: draft.current.id, kind, challengeId: challenge.id });
      }),
    [challenge.id, kind],
  );

  useEffect(() => {
    let alive = true;
    services.drafts.load(challenge.id, kind).then((saved) => {
      if (!alive) return;
      if (!saved || edited.current) {
        draft.current ??= saved ?? null;
        return;
      }
      draft.current = saved;
      latest.current = {
        ...emptyFields(services.prefill),
        ...(saved.fields as Partial<AnswerFields>),
      };
      setFields(latest.current);
      setStatus(t('draftRestored'));
    });
    const flush = () => void autosave.flushNow();
    const onHidden = () => document.visibilityState === 'hidden' && flush();
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      alive = false;
      flush();
      removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [challenge.id, kind]);

  const set = <K extends keyof AnswerFields>(name: K, value: AnswerFields[K]) => {
    latest.current = { ...latest.current, [name]: value };
    edited.current = true;
    setFields(latest.current);
    autosave.schedule();
  };
  const text = (name: FieldName) => (event: Event) =>
    set(name, (event.currentTarget as HTMLInputElement).value as never);
  const errorFor = (name: FieldName) => {
    const error = errors.find((e) => e.field === name);
    return error && t(`error.${error.code}`, { max: error.max ?? FIELD_MAX[name] ?? 0 });
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      if (latest.current.website) {
        // A bot filled the honeypot: thank it and send nothing.
        setSentId('');
        return;
      }
      edited.current = true;
      await autosave.flushNow();
      const saved = draft.current ?? (await services.drafts.save(challenge.id, kind, {}, null));
      const now = new Date(services.now()).toISOString();
      const verdict = checkAnswer(
        latest.current,
        {
          id: saved.id,
          kind,
          challenge,
          locale: services.locale,
          pageUrl: services.pageUrl,
          source: services.source,
          clientVersion: services.clientVersion,
          createdAt: saved.createdAt,
          submittedAt: now,
        },
        challenge,
      );
      if (!verdict.ok) {
        setErrors(verdict.errors);
        const first = verdict.errors[0];
        requestAnimationFrame(() =>
          form.current?.querySelector<HTMLElement>(`[name="${first?.field}"]`)?.focus(),
        );
        return;
      }
      setErrors([]);
      try {
        await services.submit(verdict.submission);
      } catch (error) {
        // Not queued (e.g. the extension was refused the endpoint): the draft stays as it is.
        console.error('Samskab: the answer was not queued', error);
        setStatus(t('notQueued'));
        return;
      }
      services.emit('queued', { id: saved.id, kind, challengeId: challenge.id });
      await services.drafts.discard(challenge.id, kind);
      draft.current = null;
      edited.current = false;
      setSentId(saved.id);
    } finally {
      setBusy(false);
    }
  };

  const discard = async () => {
    autosave.cancel();
    await services.drafts.discard(challenge.id, kind);
    draft.current = null;
    edited.current = false;
    setConfirming(false);
    onCancel();
  };

  if (sentId !== undefined) {
    return <Sent t={t} services={services} id={sentId} onAgain={onCancel} />;
  }
  const identity = !challenge.allowAnonymous;
  const shows = (name: KindInput) => KIND_TABLE[kind].form.includes(name);
  const input = (name: FieldName, type = 'text', autoComplete?: string) => (
    <Field
      name={name}
      label={fieldLabel(t, name, kind)}
      error={errorFor(name)}
      required={identity && name === 'name'}
      requiredText={t('required')}
    >
      {(aria) => (
        <input
          {...aria}
          type={type}
          autoComplete={autoComplete}
          maxLength={FIELD_MAX[name]}
          value={fields[name] as string}
          onInput={text(name)}
        />
      )}
    </Field>
  );

  return (
    <form ref={form} onSubmit={submit} noValidate aria-labelledby="answer-heading">
      <h3 id="answer-heading">{t(`kind.${kind}`)}</h3>
      {!services.persistent && <p class="notice">{t('memoryOnly')}</p>}
      {services.persistent && degraded !== undefined && (
        <p class="notice" role="alert">
          {t('storageFailed')}
        </p>
      )}
      {errors.length > 0 && (
        <div class="notice err" role="alert">
          <p>{t('errorSummary', { count: errors.length })}</p>
          <ul>
            {errors.map((e) => (
              <li key={e.field}>
                <a
                  href={`#f-${e.field}`}
                  onClick={(event) => {
                    event.preventDefault();
                    form.current?.querySelector<HTMLElement>(`[name="${e.field}"]`)?.focus();
                  }}
                >
                  {fieldLabel(t, e.field, kind)}: {errorFor(e.field)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {shows('resourceType') && (
        <Field
          name="resourceType"
          label={t('resourceType')}
          error={errorFor('resourceType')}
          required
          requiredText={t('required')}
        >
          {(aria) => (
            <select {...aria} value={fields.resourceType} onChange={text('resourceType')}>
              <option value="" />
              {RESOURCE_TYPES.map((r) => (
                <option key={r} value={r}>
                  {t(`resource.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field name="title" label={t('titleLabel')} error={errorFor('title')}>
        {(aria) => (
          <input
            {...aria}
            type="text"
            maxLength={TITLE_MAX}
            value={fields.title}
            onInput={text('title')}
          />
        )}
      </Field>
      <Field
        name="body"
        label={t(`bodyLabel.${kind}`)}
        hint={t('bodyHint', { max: BODY_MAX })}
        error={errorFor('body')}
        required
        requiredText={t('required')}
      >
        {(aria) => (
          <textarea {...aria} maxLength={BODY_MAX} value={fields.body} onInput={text('body')} />
        )}
      </Field>
      {shows('availability') && input('availability')}
      {shows('area') && input('area')}
      {shows('canHelpImplement') && (
        <label class="check">
          <input
            type="checkbox"
            name="canHelpImplement"
            checked={fields.canHelpImplement}
            onChange={(e) => set('canHelpImplement', e.currentTarget.checked)}
          />
          {t('canHelp')}
        </label>
      )}
      <fieldset>
        <legend>{t('aboutYou')}</legend>
        <p class="hint">{identity ? t('identityRequired') : t('anonymousHint')}</p>
        <Field name="actorType" label={t('actorType')}>
          {(aria) => (
            <select {...aria} value={fields.actorType} onChange={text('actorType')}>
              {ACTOR_TYPES.map((a) => (
                <option key={a} value={a}>
                  {t(`actor.${a}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {input('name', 'text', 'name')}
        {input('organisation', 'text', 'organization')}
        {input('email', 'email', 'email')}
        {input('phone', 'tel', 'tel')}
        <div class="field">
          {errorFor('consent') && (
            <span class="error" id="f-consent-error">
              {errorFor('consent')}
            </span>
          )}
          <label class="check">
            <input
              type="checkbox"
              id="f-consent"
              name="consent"
              checked={fields.consent}
              aria-invalid={Boolean(errorFor('consent'))}
              aria-describedby={
                errorFor('consent') ? 'f-consent-error f-consent-hint' : 'f-consent-hint'
              }
              onChange={(e) => set('consent', e.currentTarget.checked)}
            />
            {t('consent')}
          </label>
          <span class="hint" id="f-consent-hint">
            {t('consentHint')}
          </span>
        </div>
      </fieldset>
      <div class="hp" aria-hidden="true">
        <label>
          {t('honeypot')}
          <input
            type="text"
            name="website"
            tabIndex={-1}
            autoComplete="off"
            value={fields.website}
            onInput={(e) => set('website', e.currentTarget.value)}
          />
        </label>
      </div>
      <p class="muted" role="status" aria-live="polite">
        {status}
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

function fieldLabel(t: Translate<AnswerMessages>, field: FieldName, kind: Kind): string {
  const key: Partial<Record<FieldName, keyof AnswerMessages>> = {
    body: `bodyLabel.${kind}`,
    title: 'titleLabel',
    area: 'offerArea',
    canHelpImplement: 'canHelp',
  };
  return t(key[field] ?? (field as keyof AnswerMessages));
}

interface SentProps {
  t: Translate<AnswerMessages>;
  services: AnswerServices;
  id: string;
  onAgain: () => void;
}

function Sent({ t, services, id, onAgain }: SentProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const item = useValue(services.outbox).find((i) => i.id === id);
  return (
    <div class="notice ok">
      <h3 tabIndex={-1} ref={heading}>
        {/* '' is the honeypot's pretend answer; a real one is "sent" only once delivered. */}
        {id === '' || item?.state === 'delivered' ? t('sentTitle') : t('queuedTitle')}
      </h3>
      {item && <OutboxEntry item={item} services={services} />}
      <button type="button" class="btn" onClick={onAgain}>
        {t('newAnswer')}
      </button>
    </div>
  );
}
