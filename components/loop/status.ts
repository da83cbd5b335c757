// The status chunk (protocol 1.1): in "Dine svar", what became of each delivered answer whose
// receipt had a status URL, asked at most hourly (`statusCheckDue`) and kept in the outbox item.
// Loaded only when some answer has a status URL: a 1.0 receiver's answers never load it. Elements
// are built with the kit's `h` (./kit.ts says why).

import type { useEffect, useState } from 'preact/hooks';
import type {
  checkStatus,
  KnownStatus,
  statusCheckDue,
  statusIsNew,
} from '../../utils/answer-status';
import type { formatDateTime } from '../../utils/i18n/time';
import type { OutboxItem } from '../../utils/outbox';
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

/** Asks the receiver about every answer that is due, once. */
function checkDue(
  { checkStatus, statusCheckDue }: StatusDeps,
  items: readonly OutboxItem[],
  services: AnswerServices,
): void {
  const follow = services.followStatus;
  if (!follow) return;
  const now = services.now();
  for (const item of items) {
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

  /** Renders nothing; asks about due answers whenever the list changes. */
  function StatusChecks({
    items,
    services,
  }: {
    items: readonly OutboxItem[];
    services: AnswerServices;
  }) {
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
