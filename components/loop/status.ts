// The status chunk (protocol 1.1): in "Dine svar", what became of each delivered answer whose
// receipt had a status URL, kept in the outbox item. Asked for all answers in one request
// (protocol 1.4, utils/status-batch.ts) when the widget opens and whenever its tab is shown again,
// so it never lags behind the page; from a receiver older than 1.4, per answer and at most hourly
// (`statusCheckDue`). Loaded only when some answer has a status URL: a 1.0 receiver's answers
// never load it. Elements are built with the kit's `h` (./kit.ts says why).

import type { useEffect, useState } from 'preact/hooks';
import type {
  checkStatus,
  KnownStatus,
  statusCheckDue,
  statusIsNew,
} from '../../utils/answer-status';
import type { formatDateTime } from '../../utils/i18n/time';
import type { OutboxItem } from '../../utils/outbox';
import type { askBatch, statusBatches, Validators } from '../../utils/status-batch';
import type { AnswerServices } from '../services';
import { kit } from './kit';

/**
 * What the status chunk takes from the answer chunk, which has them anyway: imported here, they
 * (and zod, which the status check validates with) would be split into one more shared file.
 */
export interface StatusDeps {
  useEffect: typeof useEffect;
  useState: typeof useState;
  formatDateTime: typeof formatDateTime;
  checkStatus: typeof checkStatus;
  statusCheckDue: typeof statusCheckDue;
  statusIsNew: typeof statusIsNew;
  statusBatches: typeof statusBatches;
  askBatch: typeof askBatch;
}

const statusCss = `
.status{margin:.5em 0 0}
.status.new{border-inline-start:4px solid var(--a);padding-inline-start:.6em}
.status .badge{margin-inline-end:.4em}
.reply{white-space:pre-line;margin:.25em 0 0}
`;

export interface StatusProps {
  item: OutboxItem;
  services: AnswerServices;
}

// Per page, whatever the number of mounts: answers being asked now, and when this page last asked
// (the outbox publishes its items a moment after a change, which must not trigger a second ask).
const asking = new Set<string>();
const askedAt = new Map<string, number>();

// Per page: receivers that have no batch (older than 1.4), batches being asked now, when each
// receiver was last asked (a tab shown again and again within seconds asks once), and the ETags.
const withoutBatch = new Set<string>();
const askingBatch = new Set<string>();
const batchAskedAt = new Map<string, number>();
const etags = new Map<string, string>();
const validators: Validators = {
  get: (key) => etags.get(key),
  set: (key, tag) => etags.set(key, tag),
};
/** A tab shown again within this asks nothing more. */
const BATCH_QUIET_MS = 10_000;

/**
 * Asks each receiver for all of the person's answers at once; a receiver without the batch is
 * remembered, and its answers are asked per answer (checkDue) from then on.
 */
function askAll(deps: StatusDeps, items: readonly OutboxItem[], services: AnswerServices): void {
  const follow = services.followStatus;
  if (!follow) return;
  const now = services.now();
  for (const batch of deps.statusBatches(items, now)) {
    const { endpoint } = batch;
    const last = batchAskedAt.get(endpoint) ?? Number.NEGATIVE_INFINITY;
    if (withoutBatch.has(endpoint) || askingBatch.has(endpoint) || now - last < BATCH_QUIET_MS)
      continue;
    askingBatch.add(endpoint);
    batchAskedAt.set(endpoint, now);
    const known = (id: string) => items.find((item) => item.id === id)?.answerStatus;
    void deps
      .askBatch(batch, { fetch: follow.fetch, now: services.now, validators, known })
      .then(async (outcome) => {
        if (outcome.kind === 'unsupported') {
          withoutBatch.add(endpoint);
          return checkDue(deps, items, services);
        }
        if (outcome.kind !== 'changed') return;
        for (const [id, status] of outcome.statuses)
          await follow.update(id, (stored) => withSeen(status, stored?.seenUpdatedAt));
      })
      .catch((error: unknown) => console.error('Samskab: the answer statuses were not kept', error))
      .finally(() => askingBatch.delete(endpoint));
  }
}

/** Whether an answer is asked in a batch (so not one at a time). */
const inBatch = (deps: StatusDeps, item: OutboxItem, now: number) =>
  deps.statusBatches([item], now).some((batch) => !withoutBatch.has(batch.endpoint));

/** Asks the receiver about every answer that is due and not asked in a batch, once. */
function checkDue(deps: StatusDeps, items: readonly OutboxItem[], services: AnswerServices): void {
  const { checkStatus, statusCheckDue } = deps;
  const follow = services.followStatus;
  if (!follow) return;
  const now = services.now();
  for (const item of items) {
    if (inBatch(deps, item, now)) continue;
    const local = askedAt.get(item.id) ?? Number.NEGATIVE_INFINITY;
    const checkedAt = Math.max(local, item.answerStatus?.checkedAt ?? Number.NEGATIVE_INFINITY);
    const known = Number.isFinite(checkedAt) ? { ...item.answerStatus, checkedAt } : undefined;
    if (
      !item.statusUrl ||
      asking.has(item.id) ||
      !statusCheckDue({ ...item, answerStatus: known }, now)
    )
      continue;
    asking.add(item.id);
    askedAt.set(item.id, now);
    void checkStatus(item.statusUrl, item.answerStatus, { fetch: follow.fetch, now: services.now })
      // What the person has seen is theirs: a check that overlapped a "seen" keeps it.
      .then((checked) =>
        follow.update(item.id, (stored) => withSeen(checked, stored?.seenUpdatedAt)),
      )
      .catch((error: unknown) => console.error('Samskab: the answer status was not kept', error))
      .finally(() => asking.delete(item.id));
  }
}

function withSeen(status: KnownStatus, seen: string | undefined): KnownStatus {
  const { seenUpdatedAt: _, ...rest } = status;
  return seen === undefined ? rest : { ...rest, seenUpdatedAt: seen };
}

export function makeStatus(deps: StatusDeps) {
  const { h, Fragment, translator, adoptStyles } = kit;
  const { useEffect, useState, formatDateTime, statusIsNew } = deps;
  /** A ref callback: the chunk's styles join the shadow root (or page) the status is shown in. */
  const styled = (element: HTMLElement | null) => {
    const root = element?.getRootNode();
    if (root instanceof ShadowRoot || root instanceof Document) adoptStyles(root, statusCss);
  };

  /**
   * Renders nothing. Asks for all answers when the widget opens and when its tab is shown again;
   * answers a batch cannot ask are asked when due, whenever the list changes.
   */
  function StatusChecks({
    items,
    services,
  }: {
    items: readonly OutboxItem[];
    services: AnswerServices;
  }) {
    // The list as it is now, for the listener added once.
    const [latest] = useState(() => ({ items }));
    latest.items = items;
    useEffect(() => {
      askAll(deps, latest.items, services);
      const shown = () => {
        if (document.visibilityState === 'visible') askAll(deps, latest.items, services);
      };
      document.addEventListener('visibilitychange', shown);
      return () => document.removeEventListener('visibilitychange', shown);
    }, []);
    useEffect(() => checkDue(deps, items, services), [items]);
    return null;
  }

  /**
   * An answer's status and the municipality's reply. A change since the last visit is marked
   * "Nyt" in words and with a bar (not by colour alone), stays marked for this visit, and is
   * stored as seen once shown.
   */
  function AnswerStatus({ item, services }: StatusProps) {
    const { locale, strings } = services;
    const t = translator(strings.followup, locale);
    const known = item.answerStatus;
    const report = known?.report;
    // The update marked in this visit: it stays marked after it was stored as seen.
    const [marked, setMarked] = useState<string>();
    const fresh = statusIsNew(known);
    useEffect(() => {
      if (!fresh || !known || !report) return;
      const seen = report.updatedAt;
      setMarked(seen);
      void services.followStatus
        ?.update(item.id, (stored) => ({ ...(stored ?? known), seenUpdatedAt: seen }))
        .catch((error: unknown) => console.error('Samskab: could not mark the status seen', error));
    }, [fresh, report?.updatedAt]);
    if (known?.gone) return h('p', { class: 'status muted', ref: styled }, t('gone'));
    if (!report) return null;
    const isNew = fresh || marked === report.updatedAt;
    const when = t('updatedAt', { time: formatDateTime(Date.parse(report.updatedAt), locale) });
    return h(
      'div',
      { class: isNew ? 'status new' : 'status', ref: styled, 'data-status': report.status },
      h(
        'p',
        null,
        isNew && h('strong', { class: 'badge' }, t('changed')),
        `${t('status')}: `,
        h('strong', null, strings.status[report.status]),
        ' ',
        h('span', { class: 'muted' }, `(${when})`),
      ),
      report.reply &&
        h(
          Fragment,
          null,
          h('p', { class: 'label' }, t('reply')),
          h('p', { class: 'reply' }, report.reply),
        ),
    );
  }

  return { StatusChecks, AnswerStatus };
}
