// For the municipality's monitoring and its load balancer: `/healthz` says the process answers,
// `/readyz` that it can do its work (the database answers and has every migration applied).
// Neither says anything about the data, and neither is cached.
import { MIGRATIONS } from '../data/migrations';
import { sendJson } from '../http/responses';
import type { RequestContext } from '../web/route';

const NO_CACHE = { 'Cache-Control': 'no-store' };

export function getHealth({ res }: RequestContext) {
  sendJson(res, 200, { status: 'ok' }, NO_CACHE);
}

export async function getReady({ res, services }: RequestContext) {
  const latest = Math.max(...MIGRATIONS.map((migration) => migration.version));
  let applied: number | undefined;
  try {
    const [row] = await services.db.query<{ version: number | null }>(
      'SELECT max(version) AS version FROM schema_migrations',
    );
    applied = row?.version ?? undefined;
  } catch {
    return sendJson(res, 503, { status: 'unavailable', reason: 'database' }, NO_CACHE);
  }
  if (applied !== latest) {
    return sendJson(res, 503, { status: 'unavailable', reason: 'migrations' }, NO_CACHE);
  }
  sendJson(res, 200, { status: 'ready' }, NO_CACHE);
}
