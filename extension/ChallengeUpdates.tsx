// The municipality's news on a saved challenge (protocol 1.1 `updates`), newest first, those
// posted since the volunteer last looked marked "new" for as long as the panel shows them. Text
// only, never HTML.
import { useEffect, useRef } from 'preact/hooks';
import { formatDate, translator } from '../utils/i18n';
import type { Locale } from '../utils/i18n/languages';
import { newUpdates, type Opportunity } from '../utils/opportunities';
import { extensionMessages } from './i18n';

interface Props {
  item: Opportunity;
  locale: Locale;
  /** Called once shown when some were new: the panel marks them seen. */
  onSeen(): void;
}

export function ChallengeUpdates({ item, locale, onSeen }: Props) {
  const t = translator(extensionMessages[locale], locale);
  const fresh = newUpdates(item);
  const newHere = useRef(new Set<string>());
  for (const update of fresh) newHere.current.add(`${update.at}\n${update.text}`);
  useEffect(() => {
    if (fresh.length) onSeen();
  }, [fresh.length]);
  if (!item.updates?.length) return null;
  return (
    <section aria-labelledby="updates-h" data-testid="challenge-updates">
      <h2 id="updates-h">{t('updates')}</h2>
      <ul class="opps">
        {item.updates.map((update) => (
          <li key={`${update.at}\n${update.text}`}>
            <p class="muted">
              {formatDate(update.at.slice(0, 10), locale)}
              {newHere.current.has(`${update.at}\n${update.text}`) && (
                <strong class="badge"> {t('statusNew')}</strong>
              )}
            </p>
            <p class="reply">{update.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
