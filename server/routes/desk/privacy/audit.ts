// `/desk/audit`, for admins: who viewed, exported or erased personal data, and who changed staff,
// keys and retention; newest first, 50 to a page. Subjects that are staff ids are shown by name.

import { AUDIT_ACTIONS, type AuditEntry, listAudit } from '../../../data/audit';
import { staffNames } from '../../../data/staff';
import { deskPaths } from '../../../ui/desk-paths';
import { html, type SafeHtml } from '../../../ui/html';
import { shownTime } from '../../../ui/time';
import { pageBasics } from '../../../web/context';
import { sendPage } from '../../../web/respond';
import type { Handler } from '../../../web/route';

export const AUDIT_PAGE_SIZE = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `?side=N` (1-based); anything else is the first page. */
function pageNumber(url: URL): number {
  const value = Number(url.searchParams.get('side'));
  return Number.isInteger(value) && value >= 1 && value <= 1_000_000 ? value : 1;
}

function who(entry: AuditEntry): string {
  if (entry.staffName) return entry.staffName;
  if (entry.action === 'answers-exported') return 'Et system (API-nøgle)';
  return 'Samskab selv';
}

function pagination(page: number, pages: number): SafeHtml {
  if (pages <= 1) return html``;
  const link = (n: number, label: string, rel: string) =>
    html`<a class="button button-secondary" href="${deskPaths.audit}?side=${n}" rel="${rel}">${label}</a>`;
  return html`<nav class="audit-pagination" aria-label="Sider i loggen">
${page > 1 && link(page - 1, 'Forrige side', 'prev')}
<span>Side ${page} af ${pages}</span>
${page < pages && link(page + 1, 'Næste side', 'next')}
</nav>`;
}

export const getAudit: Handler = async (context) => {
  const { db } = context.services;
  const page = pageNumber(context.url);
  const { entries, total } = await listAudit(db, {
    limit: AUDIT_PAGE_SIZE,
    offset: (page - 1) * AUDIT_PAGE_SIZE,
  });
  const staffIds = [
    ...new Set(entries.flatMap((e) => (e.subject && UUID.test(e.subject) ? [e.subject] : []))),
  ];
  const names = await staffNames(db, staffIds);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  sendPage(context.res, {
    ...pageBasics(context, deskPaths.audit),
    title: page > 1 ? `Log, side ${page}` : 'Log',
    body: html`<h1>Log</h1>
<p>Hvem der har set, eksporteret eller slettet personoplysninger, og hvem der har ændret medarbejdere, API-nøgler og opbevaringsperioden. Nyeste først. Loggen gemmer aldrig selve personoplysningerne eller hvad der blev søgt på.</p>
${
  entries.length === 0
    ? html`<p>Loggen er tom.</p>`
    : html`<table class="table table--compact audit-table"><caption>Hændelser ${(page - 1) * AUDIT_PAGE_SIZE + 1}–${(page - 1) * AUDIT_PAGE_SIZE + entries.length} af ${total}</caption>
<thead><tr><th scope="col">Tidspunkt</th><th scope="col">Hvem</th><th scope="col">Handling</th><th scope="col">Hvad</th><th scope="col">Detaljer</th></tr></thead>
<tbody>${entries.map(
        (entry) => html`<tr><td>${shownTime(entry.at)}</td>
<td>${who(entry)}</td><td>${AUDIT_ACTIONS[entry.action] ?? entry.action}</td>
<td>${(entry.subject && names.get(entry.subject)) ?? entry.subject ?? ''}</td><td>${entry.detail ?? ''}</td></tr>`,
      )}</tbody></table>`
}
${pagination(page, pages)}`,
  });
};
