// The demo pages and the static files: templating, CSP, content types, path tricks.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../fixtures';
import { rawRequest } from '../http-client';
import { useReceiver } from './harness';

describe.each(TEST_DATABASES)('receiver on $name', ({ open }) => {
  const app = useReceiver(open);
  const { start } = app;

  describe('pages and static files', () => {
    it('serves the demo page with the endpoint templated to this origin, under a strict CSP', async () => {
      const response = await fetch(`${app.receiver.url}/`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(response.headers.get('content-security-policy')).toContain("style-src 'self'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      const page = await response.text();
      expect(page).toContain(`data-endpoint="${app.receiver.url}/api/submissions"`);
      expect(page).toContain(`data-challenges="${app.receiver.url}/api/challenges"`);
      expect(page).toContain('<div data-samskab></div>');
      expect(page).not.toContain('{{');
      // Nothing the CSP would block: no inline scripts, no style attributes or elements.
      expect(page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(page).not.toMatch(/\sstyle=|<style/);
      expect(page).toContain('Færre ensomme aftener for ældre i Lunde');
    });

    it('serves the one-challenge page with only that challenge in its fallback', async () => {
      const page = await (await fetch(`${app.receiver.url}/one.html`)).text();
      expect(page).toContain('data-challenge="ensomhed-lunde"');
      expect(page).toContain('Færre ensomme aftener for ældre i Lunde');
      expect(page).not.toContain('Mere liv på plejecentret Thueslund');
    });

    it('writes the address it listens on into the page, never the request’s Host', async () => {
      for (const host of [`localhost:${app.receiver.port}`, 'evil.example', 'x"><script>']) {
        const page = await rawRequest(app.receiver.url, { path: '/', headers: { Host: host } });
        expect(page.status, host).toBe(200);
        expect(page.body).toContain(`data-endpoint="${app.receiver.url}/api/submissions"`);
        expect(page.body).not.toContain('evil.example');
        expect(page.body).not.toContain('"><script>');
      }
    });

    it.each([
      ['/widget/samskab.js', 'text/javascript; charset=utf-8', 'console.log'],
      ['/widget/samskab.mjs', 'text/javascript; charset=utf-8', 'export'],
      ['/widget/chunks/form.css', 'text/css; charset=utf-8', ':host'],
      ['/dkfds/css/dkfds.min.css', 'text/css; charset=utf-8', '.button'],
      ['/assets/desk.css', 'text/css; charset=utf-8', '.desk'],
    ])('serves %s as %s', async (path, type, content) => {
      const response = await fetch(`${app.receiver.url}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(type);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(await response.text()).toContain(content);
    });

    it('serves the DKFDS fonts the stylesheet points to', async () => {
      const response = await fetch(
        `${app.receiver.url}/dkfds/fonts/IBMPlexSans/complete/woff2/IBMPlexSans-Regular.woff2`,
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('font/woff2');
    });

    // A path nginx could read otherwise is refused before routing (server/http/request-target.ts).
    it.each([
      ['/widget/missing.js', 404],
      ['/widget/../package.json', 400],
      ['/widget/..%2f..%2fpackage.json', 400],
      ['/widget/%2e%2e/%2e%2e/package.json', 400],
      ['/widget/..%5c..%5cpackage.json', 400],
      ['/dkfds/../../../package.json', 400],
      ['/dkfds/..%2F..%2F..%2Fpackage.json', 400],
      ['/assets/..%2Findex.html', 400],
      ['/assets/..%2F..%2Fdb.ts', 400],
      ['/widget/.%2e/.%2e/package.json', 400],
      ['//etc/passwd', 400],
      ['/widget//etc/passwd', 400],
    ])('answers %s with %i without leaking the file', async (path, status) => {
      const response = await rawRequest(app.receiver.url, { path });
      expect(response.status).toBe(status);
      expect(response.body).not.toContain('"dependencies"');
      expect(response.body).not.toContain('root:');
      expect(response.body).not.toContain('import');
    });

    it('answers 404 for /widget/* when the widget is not built', async () => {
      const unbuilt = await start({ staticDirs: { widget: join(app.widgetDir, 'nothing-here') } });
      expect((await fetch(`${unbuilt.url}/widget/samskab.js`)).status).toBe(404);
      const page = await (await fetch(`${unbuilt.url}/`)).text();
      expect(page).toContain('npm run build:widget');
    });
  });
});
