import { listChallenges } from '../challenges';
import { sendJson } from '../responses';
import type { RequestContext } from './route';

/**
 * `GET /api/challenges`: the feed widgets and the extension read. Public data meant to be shown
 * anywhere, so any origin may read it (the route's CORS policy) and caches may keep it a minute.
 */
export async function getChallenges({ res, cors, services }: RequestContext) {
  const challenges = await listChallenges(services.db);
  sendJson(res, 200, { challenges }, { ...cors, 'Cache-Control': 'public, max-age=60' });
}
