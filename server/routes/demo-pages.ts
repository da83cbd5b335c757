import { listPublicChallenges } from '../challenges';
import { ownOrigin } from '../cors';
import { renderDemoPage } from '../demo';
import { sendHtml, sendJson } from '../responses';
import type { Handler } from './route';

/**
 * A demo municipal page (`server/demo/<page>`), templated with the origin the browser used: the
 * widget's endpoint and feed must be absolute URLs. A Host that is no host name is refused rather
 * than written into the page.
 */
export const demoPage =
  (page: string): Handler =>
  async ({ req, res, services }) => {
    const { config, db } = services;
    const origin = ownOrigin(req, config.publicOrigin);
    if (!origin) return sendJson(res, 400, { error: 'the Host header is not a host name' });
    const body = await renderDemoPage(config.staticDirs, page, {
      origin,
      challenges: await listPublicChallenges(db),
    });
    sendHtml(res, 200, body, { 'Cache-Control': 'no-cache' });
  };
