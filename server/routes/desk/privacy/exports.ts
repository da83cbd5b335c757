// `GET /desk/export/answers.xlsx` and `.csv`: the answers of the list's filter (the same query
// string as /desk/answers), for staff signed in or a system with an API key in the Authorization
// header (a key in the URL is not looked at). Refused as an API is (401), not as a page, since
// systems call them. Every export is in the audit log: who, which filter (without any search
// text), how many answers.

import { exportBatches } from '../../../data/answer-export';
import { type AnswerFilter, FILTER_KEYS, readAnswerFilter } from '../../../data/answer-filter';
import { recordAudit } from '../../../data/audit';
import { listChallenges } from '../../../data/challenges';
import { PRIVATE_HEADERS } from '../../../http/responses';
import { deskPaths } from '../../../ui/desk-paths';
import { nowOf } from '../../../web/context';
import { writeCsv, writeXlsx } from '../../../web/export-formats';
import type { Handler, RequestContext, Route } from '../../../web/route';
import { ClientGone } from '../../../web/stream-out';

const FILTER_NAMES: Record<(typeof FILTER_KEYS)[number], string> = {
  challenge: 'udfordring',
  kind: 'type',
  actorType: 'afsender',
  resourceType: 'ressource',
  area: 'område',
  status: 'status',
  mayContact: 'må kontaktes',
  canHelp: 'kan hjælpe',
  from: 'fra',
  to: 'til',
  q: 'søgning',
  assignee: 'ansvarlig',
  language: 'sprog',
};

/**
 * The filter in words for the audit log. A search's text is left out: it may be a person's name,
 * and the log must not become a copy of what erasure removes.
 */
export function filterSummary(filter: AnswerFilter): string {
  const parts = FILTER_KEYS.flatMap((key) => {
    const value = filter[key];
    if (value === undefined) return [];
    if (key === 'q') return [`${FILTER_NAMES[key]} (tekst ikke gemt)`];
    return [`${FILTER_NAMES[key]}=${typeof value === 'boolean' ? (value ? 'ja' : 'nej') : value}`];
  });
  return parts.length ? parts.join(', ') : 'alle svar';
}

const FORMATS = {
  xlsx: {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    write: writeXlsx,
  },
  csv: { type: 'text/csv; charset=utf-8; header=present', write: writeCsv },
} as const;

const exportAnswers =
  (format: keyof typeof FORMATS): Handler =>
  async (context: RequestContext) => {
    const { res, url, services } = context;
    const { db } = services;
    const now = nowOf(context);
    const filter = readAnswerFilter(url.searchParams);
    const challenges = await listChallenges(db);
    const date = now.toISOString().slice(0, 10);
    res.writeHead(200, {
      ...PRIVATE_HEADERS,
      'Content-Type': FORMATS[format].type,
      'Content-Disposition': `attachment; filename="samskab-svar-${date}.${format}"`,
    });
    // A HEAD gets the headers only: nothing is read, so nothing was exported.
    if (context.req.method === 'HEAD') return void res.end();
    let count = 0;
    let complete = false;
    const counted = async function* () {
      for await (const batch of exportBatches(db, filter, challenges)) {
        count += batch.length;
        yield batch;
      }
    };
    try {
      await FORMATS[format].write(res, counted());
      complete = true;
    } catch (error) {
      if (!(error instanceof ClientGone)) throw error;
    } finally {
      const by = context.apiKey ? `; API-nøgle »${context.apiKey.name}«` : '';
      await recordAudit(
        db,
        {
          staffId: context.session?.staff.id ?? null,
          action: 'answers-exported',
          subject: format,
          detail: `${filterSummary(filter)}; ${count} svar${complete ? '' : ' (afbrudt)'}${by}`,
        },
        now,
      );
    }
    // The last byte only once the export is in the audit log (the writers leave `res` open).
    res.end();
  };

/** Not `deskRoute`: refused with a 401 (and WWW-Authenticate), as systems expect. */
const exportRoute = (path: string, format: keyof typeof FORMATS): Route => ({
  method: 'GET',
  path,
  access: 'export',
  cors: 'none',
  page: false,
  handle: exportAnswers(format),
});

export const EXPORT_ROUTES: readonly Route[] = [
  exportRoute(deskPaths.exportXlsx, 'xlsx'),
  exportRoute(deskPaths.exportCsv, 'csv'),
];
