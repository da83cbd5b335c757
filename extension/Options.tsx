// Options: the profile that prefills answers, the language, the "every site" opt-in, and the
// volunteer's own data: export all of it as JSON, or delete all of it.
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Confirm } from '../components/Confirm';
import { downloadText } from '../components/download';
import { translator } from '../utils/i18n';
import { CATALOGUES } from '../utils/i18n/all';
import { LOCALES, type Locale } from '../utils/i18n/languages';
import { LANGUAGE_NAMES } from '../utils/i18n/names';
import type { OpportunityStore } from '../utils/opportunities';
import { ACTOR_TYPES, type ActorType } from '../utils/schema/common';
import { openStores } from '../utils/storage/samskab-db';
import { ask } from './client';
import { FailureAlert, useAttempt } from './failure';
import { extensionMessages } from './i18n';
import { ALL_URLS } from './origin-permission';
import { type Profile, type Settings, saveSettings } from './settings';

const TEXT_FIELDS = ['name', 'organisation', 'email', 'phone'] as const;

interface Props {
  store: OpportunityStore;
  initial: Settings;
}

export function Options({ store, initial }: Props) {
  const [settings, setSettings] = useState(initial);
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState(false);
  const t = translator(extensionMessages[initial.locale], initial.locale);
  const ta = translator(CATALOGUES[initial.locale].answer, initial.locale);
  const setProfile = (patch: Partial<Profile>) =>
    setSettings((s) => ({ ...s, profile: { ...s.profile, ...patch } }));

  const [failure, attempt] = useAttempt();

  const save = (event: Event) => {
    event.preventDefault();
    setStatus('');
    return attempt('saveFailed', async () => {
      await saveSettings(browser.storage.local, settings);
      setStatus(t('settingsSaved'));
      if (settings.locale !== initial.locale) location.reload();
    });
  };
  const toggleScanAll = (enabled: boolean) => {
    setStatus('');
    return attempt('requestFailed', async () => {
      // Asked from the click itself: the browser shows its permission prompt.
      const granted = enabled ? await browser.permissions.request({ origins: ALL_URLS }) : false;
      if (!enabled) await browser.permissions.remove({ origins: ALL_URLS }).catch(() => false);
      const on = await ask({ type: 'scan-all', enabled: enabled && granted });
      setSettings((s) => ({ ...s, scanAll: on }));
    });
  };
  const exportAll = () => {
    setStatus('');
    return attempt('requestFailed', async () => {
      const { stores } = await openStores({ indexedDB: globalThis.indexedDB ?? null });
      try {
        const data = {
          exportedAt: new Date().toISOString(),
          settings: (await browser.storage.local.get(null)) as Record<string, unknown>,
          opportunities: await store.list(),
          drafts: await stores.drafts.all(),
          outbox: await ask({ type: 'outbox-list' }),
        };
        downloadText('samskab-data.json', 'application/json', JSON.stringify(data, null, 2));
      } finally {
        stores.close();
      }
    });
  };
  const deleteAll = () => {
    setConfirming(false);
    setStatus('');
    return attempt('requestFailed', async () => {
      await ask({ type: 'delete-all' });
      setSettings(initial);
      setStatus(t('deleted'));
    });
  };

  return (
    <>
      <form onSubmit={save} aria-labelledby="profile-h">
        <h2 id="profile-h">{t('profile')}</h2>
        <p class="hint">{t('profileHint')}</p>
        {TEXT_FIELDS.map((field) => (
          <div class="field" key={field}>
            <label for={`o-${field}`}>{t(field)}</label>
            <input
              id={`o-${field}`}
              name={field}
              type={field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'text'}
              autocomplete={
                field === 'name'
                  ? 'name'
                  : field === 'organisation'
                    ? 'organization'
                    : field === 'email'
                      ? 'email'
                      : 'tel'
              }
              value={settings.profile[field]}
              onInput={(e) => setProfile({ [field]: e.currentTarget.value })}
            />
          </div>
        ))}
        <div class="field">
          <label for="o-actorType">{t('actorType')}</label>
          <select
            id="o-actorType"
            value={settings.profile.actorType}
            onChange={(e) => setProfile({ actorType: e.currentTarget.value as ActorType })}
          >
            {ACTOR_TYPES.map((a) => (
              <option key={a} value={a}>
                {ta(`actor.${a}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="o-locale">{t('language')}</label>
          <select
            id="o-locale"
            value={settings.locale}
            onChange={(e) =>
              setSettings((s) => ({ ...s, locale: e.currentTarget.value as Locale }))
            }
          >
            {/* Each language named in itself, so that anyone finds their own. */}
            {LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="btn primary">
          {t('saveSettings')}
        </button>
      </form>
      <section aria-labelledby="scan-h">
        <h2 id="scan-h">{t('scanAll')}</h2>
        <label class="check">
          <input
            type="checkbox"
            checked={settings.scanAll}
            aria-describedby="scan-hint"
            onChange={(e) => toggleScanAll(e.currentTarget.checked)}
          />
          {t('scanAll')}
        </label>
        <span class="hint" id="scan-hint">
          {t('scanAllHint')}
        </span>
      </section>
      <section aria-labelledby="data-h">
        <h2 id="data-h">{t('yourData')}</h2>
        <div class="row">
          <button type="button" class="btn" onClick={exportAll}>
            {t('exportAll')}
          </button>
          <button type="button" class="btn" onClick={() => setConfirming(true)}>
            {t('deleteAll')}
          </button>
        </div>
        {confirming && (
          <Confirm
            question={t('deleteAllQ')}
            yes={t('yes')}
            no={t('no')}
            onYes={deleteAll}
            onNo={() => setConfirming(false)}
          />
        )}
      </section>
      <FailureAlert failure={failure} t={t} />
      <p role="status">{status}</p>
    </>
  );
}
