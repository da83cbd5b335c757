// What became of the answers sent from the side panel for one challenge (protocol 1.1): the
// receiver's status and reply, a "new" marker for a change since the volunteer last looked. The
// background asks the receiver (at most hourly per answer); this only shows what it kept. Text
// only: a reply is the municipality's words, never HTML.
import { useEffect, useRef } from 'preact/hooks';
import { statusIsNew } from '../utils/answer-status';
import { translator } from '../utils/i18n';
import { CATALOGUES } from '../utils/i18n/all';
import type { Locale } from '../utils/i18n/languages';
import type { OutboxItem } from '../utils/outbox';
import { extensionMessages } from './i18n';

interface Props {
  items: readonly OutboxItem[];
  locale: Locale;
  /** Called once shown, with the answers whose change the volunteer has now seen. */
  onSeen(ids: string[]): void;
}

/** The delivered answers that can be followed: they came with a status URL. */
export const followed = (items: readonly OutboxItem[]) =>
  items.filter((item) => item.state === 'delivered' && item.statusUrl);

export function AnswerStatuses({ items, locale, onSeen }: Props) {
  const t = translator(extensionMessages[locale], locale);
  const labels = CATALOGUES[locale].status;
  const shown = followed(items);
  const fresh = shown.filter((item) => statusIsNew(item.answerStatus)).map((item) => item.id);
  // Marked seen as soon as shown, yet still marked "new" for as long as this panel shows them.
  const newHere = useRef(new Set<string>());
  for (const id of fresh) newHere.current.add(id);
  const freshKey = fresh.join(',');
  useEffect(() => {
    if (fresh.length) onSeen(fresh);
  }, [freshKey]);
  if (!shown.length) return null;
  return (
    <section aria-labelledby="answer-status-h" data-testid="answer-statuses">
      <h2 id="answer-status-h">{t('answerStatuses')}</h2>
      <ul class="opps">
        {shown.map((item) => {
          const known = item.answerStatus;
          const report = known?.report;
          return (
            <li key={item.id}>
              <h3>
                {t('answerRef', { reference: item.reference ?? '' })}
                {newHere.current.has(item.id) && <strong class="badge"> {t('statusNew')}</strong>}
              </h3>
              {known?.gone ? (
                <p class="muted">{t('statusGone')}</p>
              ) : report ? (
                <p>
                  {t('statusFilter')}: <strong>{labels[report.status]}</strong>
                </p>
              ) : (
                <p class="muted">{t('statusWaiting')}</p>
              )}
              {report?.reply && !known?.gone && (
                <>
                  <h4>{t('replyFrom')}</h4>
                  <p class="reply">{report.reply}</p>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
