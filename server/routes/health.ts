// For the municipality's monitoring and its load balancer: `/healthz` says the process answers,
// `/readyz` that it can do its work (room on the disk for writes, the database answers in time and
// has every migration applied). Neither says anything about the data, and neither is cached.
// Neither waits on PGlite, which runs in a thread of its own (server/data/pglite-client.ts): /healthz
// answers while a statement is stuck, and /readyz says so within READY_TIMEOUT_MS.
import { MIGRATIONS } from '../data/migrations';
import { sendJson } from '../http/responses';
import type { RequestContext } from '../web/route';

const NO_CACHE = { 'Cache-Control': 'no-store' };
/** A database slower than this to say its version is not ready for requests either. */
export const READY_TIMEOUT_MS = 2000;

export function getHealth({ res }: RequestContext) {
  sendJson(res, 200, { status: 'ok' }, NO_CACHE);
}

/** The latest applied migration; rejects when the database fails or takes too long. */
async function appliedVersion(context: RequestContext): Promise<number | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error('the database did not answer in time')),
      READY_TIMEOUT_MS,
    );
  });
  try {
    const [row] = await Promise.race([
      context.services.db.query<{ version: number | null }>(
        'SELECT max(version) AS version FROM schema_migrations',
      ),
      late,
    ]);
    return row?.version ?? undefined;
  } finally {
    clearTimeout(timer);
  }
}

export async function getReady(context: RequestContext) {
  const { res, services } = context;
  const unavailable = (reason: 'disk' | 'database' | 'migrations') =>
    sendJson(res, 503, { status: 'unavailable', reason }, NO_CACHE);
  if (await services.freeSpace.low()) return unavailable('disk');
  const latest = Math.max(...MIGRATIONS.map((migration) => migration.version));
  let applied: number | undefined;
  try {
    applied = await appliedVersion(context);
  } catch {
    return unavailable('database');
  }
  if (applied !== latest) return unavailable('migrations');
  sendJson(res, 200, { status: 'ready' }, NO_CACHE);
}
