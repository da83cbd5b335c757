// Who may read the receiver's answers from a browser: allowed origins, its own, preflights.
import { describe, expect, it } from 'vitest';
import { TEST_DATABASES, validSubmission } from '../fixtures';
import { ALLOWED, REFUSED, useReceiver } from './harness';

describe.each(TEST_DATABASES)('receiver on $name', ({ open }) => {
  const app = useReceiver(open);
  const { post } = app;

  describe('CORS', () => {
    it('lets an allowed origin read the answer, echoing it, never with credentials', async () => {
      const response = await post(validSubmission(), { Origin: ALLOWED });
      expect(response.status).toBe(201);
      expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
      expect(response.headers.get('vary')).toBe('Origin');
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    });

    it('always allows the receiver’s own origin', async () => {
      const response = await post(validSubmission(), { Origin: app.receiver.url });
      expect(response.headers.get('access-control-allow-origin')).toBe(app.receiver.url);
    });

    it('gives a refused origin no CORS headers', async () => {
      const response = await post(validSubmission(), { Origin: REFUSED });
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    });

    it('answers a preflight from an allowed origin with 204 and the allowed methods and headers', async () => {
      const response = await fetch(`${app.receiver.url}/api/submissions`, {
        method: 'OPTIONS',
        headers: {
          Origin: ALLOWED,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type, idempotency-key',
        },
      });
      expect(response.status).toBe(204);
      expect(Object.fromEntries(response.headers)).toMatchObject({
        'access-control-allow-origin': ALLOWED,
        'access-control-allow-methods': 'POST, GET, OPTIONS',
        'access-control-allow-headers': 'Content-Type, Idempotency-Key, If-None-Match',
        'access-control-max-age': '5',
        vary: 'Origin',
      });
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    });

    it('refuses a preflight from another origin with 403 and no CORS headers', async () => {
      const response = await fetch(`${app.receiver.url}/api/submissions`, {
        method: 'OPTIONS',
        headers: { Origin: REFUSED, 'Access-Control-Request-Method': 'POST' },
      });
      expect(response.status).toBe(403);
      expect(
        [...response.headers.keys()].filter((key) => key.startsWith('access-control-')),
      ).toEqual([]);
    });

    it('lets any origin read the public challenge feed', async () => {
      const response = await fetch(`${app.receiver.url}/api/challenges`, {
        headers: { Origin: REFUSED },
      });
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
    });
  });
});
