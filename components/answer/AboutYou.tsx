import { ACTOR_TYPES } from '../../utils/schema/common';
import { Field } from '../Field';
import { CheckBox } from './CheckBox';
import { type FormParts, storeValue } from './parts';
import { TextInput } from './TextInput';

interface Props {
  form: FormParts;
  /** The challenge takes no anonymous answers: a name and an email or phone are needed. */
  identity: boolean;
  /** The municipality's privacy notice (`data-privacy-url`), linked beside the consent. */
  privacyUrl?: string | undefined;
}

/** Who answers, and whether the municipality may contact them: the same for every kind. */
export function AboutYou({ form, identity, privacyUrl }: Props) {
  const { t, fields, set } = form;
  const consentError = form.errorFor('consent');
  return (
    <fieldset>
      <legend>{t('aboutYou')}</legend>
      <p class="hint">{identity ? t('identityRequired') : t('anonymousHint')}</p>
      <Field name="actorType" label={t('actorType')}>
        {(aria) => (
          <select {...aria} value={fields.actorType} onChange={storeValue(form, 'actorType')}>
            {ACTOR_TYPES.map((a) => (
              <option key={a} value={a}>
                {t(`actor.${a}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextInput form={form} name="name" autoComplete="name" required={identity} />
      <TextInput form={form} name="organisation" autoComplete="organization" />
      {/* With `identity`, an email or a phone is needed: neither is optional, nor required alone. */}
      <TextInput form={form} name="email" type="email" autoComplete="email" optional={!identity} />
      {/* Issue 20: one e-mail field; news to it is asked here and sent apart from the contact. */}
      <CheckBox form={form} name="updatesToo" label={t('updatesToo')} />
      <p class="hint">{t('updatesHint')}</p>
      <TextInput form={form} name="phone" type="tel" autoComplete="tel" optional={!identity} />
      <div class="field">
        {consentError && (
          <span class="error" id="f-consent-error">
            {consentError}
          </span>
        )}
        <label class="check">
          <input
            type="checkbox"
            id="f-consent"
            name="consent"
            checked={fields.consent}
            aria-invalid={Boolean(consentError)}
            aria-describedby={consentError ? 'f-consent-error f-consent-hint' : 'f-consent-hint'}
            onChange={(e) => set('consent', e.currentTarget.checked)}
          />
          {t('consent')}
        </label>
        <span class="hint" id="f-consent-hint">
          {t('consentHint')}
        </span>
        {privacyUrl && (
          <a class="btn link" href={privacyUrl}>
            {t('privacy')}
          </a>
        )}
      </div>
      <CheckBox form={form} name="publish" label={t('publish')} />
    </fieldset>
  );
}
