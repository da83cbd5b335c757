import type { ComponentChildren, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { checkStatus, statusCheckDue, statusIsNew } from '../utils/answer-status';
import { excerptOf } from '../utils/excerpt';
import { translator } from '../utils/i18n';
import { formatDateTime } from '../utils/i18n/time';
import { displayOrder, isStale, type OutboxItem } from '../utils/outbox';
import { askBatch, statusBatches } from '../utils/status-batch';
import { unreachable } from './answer/unreachable';
import { Confirm } from './Confirm';
import { downloadText } from './download';
import type { StatusDeps } from './loop/status';
import { useLazy } from './loop/use-lazy';
import type { AnswerServices } from './services';
import { useValue } from './use-value';

/** The plain text of an answer, for copying or saving when it cannot be sent. */
export function answerAsText(item: OutboxItem): string {
  const { submission: s } = item;
  return [
    s.challenge.title,
    s.text.title,
    s.text.body,
    s.offer &&
      [s.offer.resourceType, s.offer.availability, s.offer.area].filter(Boolean).join(', '),
    [s.author.name, s.author.organisation, s.author.email, s.author.phone]
      .filter(Boolean)
      .join(', '),
  ]
    .filter(Boolean)
    .join('\n\n');
}

type EntryProps = { item: OutboxItem; services: AnswerServices };

interface EntryOptions extends EntryProps {
  /** What became of a delivered answer (the lazy status chunk), once it has loaded. */
  Status?: FunctionComponent<EntryProps> | undefined;
}

export function OutboxEntry({ item, services, Status }: EntryOptions) {
  const t = translator(services.strings.answer, services.locale);
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState('');
  const online = useValue(services.online);
  const now = services.now();
  const stale = isStale(item, now);
  const cut = unreachable(item, online);
  const copy = async () => {
    await navigator.clipboard?.writeText(answerAsText(item));
    setNote(t('copied'));
  };
  const download = () =>
    downloadText(`samskab-${item.id}.txt`, 'text/plain;charset=utf-8', answerAsText(item));
  let detail: ComponentChildren = '';
  // The reference on one line: "SK-7F3K2Q" must not break at its hyphen.
  if (item.state === 'delivered' && item.reference)
    detail = (
      <>
        {t('reference', { reference: '' })}
        <span class="nw">{item.reference}</span>
      </>
    );
  else if (cut === 'network') detail = t('unreachable');
  else if (item.state === 'attention' && item.issues)
    detail = t('rejected', { reason: item.lastError ?? '' });
  else if (item.state === 'attention')
    detail = t('misconfigured', { status: item.lastStatus ?? '' });
  else if (item.state === 'queued' && !online) detail = t('offlineNote');
  else if (item.state === 'queued' && item.attempts > 0)
    detail = t('nextTry', { time: formatDateTime(item.nextAttemptAt, services.locale) });

  return (
    <div data-state={item.state} data-id={item.id}>
      <p>
        <strong>{t(`kind.${item.submission.kind}`)}</strong>: {item.submission.challenge.title}
        <br />
        {/* When and what: three answers to one challenge are told apart by their own words. */}
        <span class="muted" data-testid="excerpt">
          {formatDateTime(Date.parse(item.submission.submittedAt), services.locale)} ·{' '}
          <q>{excerptOf(item.submission.text)}</q>
        </span>
        <br />
        <span class="badge">{t(`state.${item.state}`)}</span> {detail}
      </p>
      {item.issues && item.issues.length > 0 && (
        <ul>
          {item.issues.map((issue) => (
            <li key={issue.path}>
              {issue.path}: {issue.message}
            </li>
          ))}
        </ul>
      )}
      {Status && item.statusUrl && <Status item={item} services={services} />}
      {stale && <p class="notice err">{t('stale')}</p>}
      {item.state !== 'delivered' &&
        (confirming ? (
          <Confirm
            question={t('removeConfirm')}
            yes={t('remove')}
            no={t('discardNo')}
            onYes={() => services.discard(item.id)}
            onNo={() => setConfirming(false)}
          />
        ) : (
          <div class="row">
            {item.state !== 'sending' && (
              <button type="button" class="btn" onClick={() => services.retryNow(item.id)}>
                {t('retryNow')}
              </button>
            )}
            <button type="button" class="btn" onClick={copy}>
              {t('copy')}
            </button>
            {(stale || cut || item.state === 'attention') && (
              <button type="button" class="btn" onClick={download}>
                {t('download')}
              </button>
            )}
            <button type="button" class="btn" onClick={() => setConfirming(true)}>
              {t('remove')}
            </button>
          </div>
        ))}
      <p role="status" class="muted">
        {note}
      </p>
    </div>
  );
}

const statusDeps: StatusDeps = {
  useEffect,
  useState,
  formatDateTime,
  checkStatus,
  statusCheckDue,
  statusIsNew,
  statusBatches,
  askBatch,
};

// Shown at first and added per "show more": a browser may hold hundreds of answers, and
// rendering them all on every change would block the page (and slow the outbox it shows).
export const OUTBOX_PAGE = 10;

/** The answers this browser still holds for the site, and the "forget" action. */
export function OutboxList({
  services,
  hidden,
}: {
  services: AnswerServices;
  /** Answers the page already shows elsewhere (the extension's side panel): not listed twice. */
  hidden?: ReadonlySet<string>;
}) {
  const t = translator(services.strings.answer, services.locale);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  const [shown, setShown] = useState(OUTBOX_PAGE);
  const all = useValue(services.outbox);
  const items = hidden?.size ? all.filter((item) => !hidden.has(item.id)) : all;
  const visible = displayOrder(items).slice(0, shown);
  // Protocol 1.1: statuses only for answers whose receipt gave a status URL.
  const loop = useLazy(
    () => import('./loop/status').then(({ makeStatus }) => makeStatus(statusDeps)),
    items.some((item) => item.statusUrl),
  );
  const more = Math.min(OUTBOX_PAGE, items.length - visible.length);
  return (
    <section aria-labelledby="samskab-outbox">
      {loop && <loop.StatusChecks items={items} services={services} />}
      {items.length > 0 && (
        <>
          <h3 id="samskab-outbox">{t('outbox', { count: items.length })}</h3>
          <ul class="outbox">
            {visible.map((item) => (
              <li key={item.id}>
                <OutboxEntry item={item} services={services} Status={loop?.AnswerStatus} />
              </li>
            ))}
          </ul>
          {more > 0 && (
            <button type="button" class="btn link" onClick={() => setShown(shown + OUTBOX_PAGE)}>
              {t('showMore', { count: more })}
            </button>
          )}
        </>
      )}
      {confirming ? (
        <Confirm
          question={t('forgetConfirm')}
          yes={t('discardYes')}
          no={t('discardNo')}
          onYes={async () => {
            await services.forget();
            setConfirming(false);
            setDone(true);
          }}
          onNo={() => setConfirming(false)}
        />
      ) : (
        <button type="button" class="btn link" onClick={() => setConfirming(true)}>
          {t('forget')}
        </button>
      )}
      <p role="status" class="muted">
        {done ? t('forgotten') : ''}
      </p>
    </section>
  );
}
