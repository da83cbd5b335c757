import { primaryLanguage } from '../../utils/languages';
import {
  archivedChallengeIds,
  FEED_BUDGET_BYTES,
  feedChallenges,
  fitFeed,
  inLanguage,
} from '../data/feed';
import { entityTag, noneMatchHits } from '../http/etag';
import type { RequestContext } from '../web/route';

/**
 * The feed is public data meant to be shown anywhere, so any origin may read it (the route's CORS
 * policy) and any cache may keep it; but every use must ask first (`no-cache`), so a challenge
 * staff change or close shows at once. Asking is cheap: the `ETag` is the body's hash, and a client
 * holding the current body gets a 304 with none.
 */
export const FEED_CACHE_CONTROL = 'public, no-cache';

/**
 * `GET /api/challenges`: the feed widgets and the extension read. With `?locale=uk` (a BCP 47 tag;
 * its language counts, `uk-UA` is `uk`) each challenge carries only that language's translation;
 * a value that is no language tag is read as no `locale`. `archived` (protocol 1.5) names the
 * challenges once public and now archived, for clients that saved one. Each URL has its own body and so its own
 * `ETag`, and caches keep them apart by URL.
 */
export async function getChallenges({ req, res, url, cors, services }: RequestContext) {
  const language = primaryLanguage(url.searchParams.get('locale'));
  const now = new Date(services.clock());
  const items = inLanguage(await feedChallenges(services.db, { public: true, now }), language);
  const archived = await archivedChallengeIds(services.db, now);
  const { body } = fitFeed(items, FEED_BUDGET_BYTES, archived);
  const tag = entityTag(body);
  const headers = { ...cors, 'Cache-Control': FEED_CACHE_CONTROL, ETag: tag };
  if (noneMatchHits(req.headers['if-none-match'], tag)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(200, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}
