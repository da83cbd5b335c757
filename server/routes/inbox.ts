// The municipality's view of the answers. The route table lets only the inbox token through; the
// rendering is server/inbox.ts.
import { listChallenges } from '../challenges';
import { renderCsv, renderInbox, toEntries } from '../inbox';
import { PRIVATE_HEADERS, sendHtml } from '../responses';
import { listSubmissions } from '../submissions';
import type { RequestContext } from './route';

/** `GET /inbox`: opened as a link with `?token=`, its CSV link carries that token on. */
export async function getInbox({ res, url, services }: RequestContext) {
  const { db } = services;
  const [submissions, challenges] = await Promise.all([listSubmissions(db), listChallenges(db)]);
  const queryToken = url.searchParams.get('token');
  const csvHref = `/api/submissions.csv${queryToken ? `?token=${encodeURIComponent(queryToken)}` : ''}`;
  sendHtml(res, 200, renderInbox(toEntries(submissions), challenges, csvHref), PRIVATE_HEADERS);
}

/** `GET /api/submissions.csv`: every answer, named by the day it was exported. */
export async function getCsv({ res, services }: RequestContext) {
  const csv = renderCsv(toEntries(await listSubmissions(services.db)));
  const date = new Date(services.clock()).toISOString().slice(0, 10);
  res.writeHead(200, {
    ...PRIVATE_HEADERS,
    'Content-Type': 'text/csv; charset=utf-8; header=present',
    'Content-Disposition': `attachment; filename="samskab-svar-${date}.csv"`,
    'Content-Length': Buffer.byteLength(csv),
  });
  res.end(csv);
}
