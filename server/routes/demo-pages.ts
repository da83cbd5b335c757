import { listPublicChallenges } from '../data/challenges';
import { sendHtml } from '../http/responses';
import { renderDemoPage } from '../ui/demo';
import type { Handler } from '../web/route';

/**
 * A demo municipal page (`server/demo/<page>`), templated with the receiver's origin: the widget's
 * endpoint and feed must be absolute URLs. That origin is SAMSKAB_PUBLIC_ORIGIN or the address the
 * receiver listens on, never the request's Host header, which anyone can write.
 */
export const demoPage =
  (page: string): Handler =>
  async ({ res, services }) => {
    const { config, db } = services;
    const body = await renderDemoPage(config.staticDirs, page, {
      origin: services.origin(),
      challenges: await listPublicChallenges(db, new Date(services.clock())),
    });
    sendHtml(res, 200, body, { 'Cache-Control': 'no-cache' });
  };
