// The public challenge feed: order, defaults, ETag revalidation, seeding.
import { describe, expect, it } from 'vitest';
import { NAMED_ONLY_CHALLENGE, TEST_DATABASES } from '../fixtures';
import { useReceiver } from './harness';

describe.each(TEST_DATABASES)('receiver on $name', ({ open }) => {
  const app = useReceiver(open);
  const { start } = app;

  describe('GET /api/challenges', () => {
    it('returns the seeded challenges in order, with defaults applied, revalidated by ETag', async () => {
      const response = await fetch(`${app.receiver.url}/api/challenges`);
      expect(response.status).toBe(200);
      // Any cache may keep it, but must ask before each use, so a change shows at once.
      expect(response.headers.get('cache-control')).toBe('public, no-cache');
      expect(response.headers.get('etag')).toMatch(/^"[\w-]{22}"$/);
      const { challenges } = await response.json();
      expect(challenges.map((c: { id: string }) => c.id)).toEqual([
        'ensomhed-lunde',
        'liv-paa-plejecentret',
        'ungeliv-nordvest',
        'cykelture-for-beboere',
      ]);
      expect(challenges[3]).toMatchObject({
        status: 'open',
        allowAnonymous: false,
        seeking: ['offer'],
      });
    });

    it('answers 304 with no body to the current ETag, and a new one after a change', async () => {
      const first = await fetch(`${app.receiver.url}/api/challenges`);
      const etag = first.headers.get('etag')!;
      const again = await fetch(`${app.receiver.url}/api/challenges`, {
        headers: { 'If-None-Match': `"other", W/${etag}` },
      });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
      expect(again.headers.get('etag')).toBe(etag);
      expect(again.headers.get('cache-control')).toBe('public, no-cache');
      expect(again.headers.get('access-control-allow-origin')).toBe('*');
      await app.db.query("UPDATE challenges SET archived_at = now() WHERE id = 'ungeliv-nordvest'");
      const changed = await fetch(`${app.receiver.url}/api/challenges`, {
        headers: { 'If-None-Match': etag },
      });
      expect(changed.status).toBe(200);
      expect(changed.headers.get('etag')).not.toBe(etag);
      const { challenges } = await changed.json();
      expect(challenges.map((c: { id: string }) => c.id)).not.toContain('ungeliv-nordvest');
    });

    it('seeds only an empty database', async () => {
      await app.db.query("DELETE FROM challenges WHERE id <> 'ensomhed-lunde'");
      const restarted = await start();
      const { challenges } = await (await fetch(`${restarted.url}/api/challenges`)).json();
      expect(challenges.map((c: { id: string }) => c.id)).toEqual(['ensomhed-lunde']);
    });

    it('refuses to start with an invalid seed, naming the problem', async () => {
      await app.db.query('TRUNCATE challenges CASCADE');
      await expect(start({ seed: [{ ...NAMED_ONLY_CHALLENGE, url: 'ftp://x' }] })).rejects.toThrow(
        /challenges\[0\] \(cykelture-for-beboere\) url/,
      );
    });
  });
});
