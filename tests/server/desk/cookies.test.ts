import { describe, expect, it } from 'vitest';
import { readCookie, sessionCookie } from '../../../server/web/cookies';

describe('the session cookie', () => {
  it('is a __Host- cookie with Secure over https', () => {
    expect(sessionCookie('abc', { secure: true, maxAgeSeconds: 3600 })).toBe(
      '__Host-samskab-desk=abc; Path=/; HttpOnly; SameSite=Strict; Secure; Max-Age=3600',
    );
  });

  it('drops the prefix and Secure on plain http, which a browser would refuse otherwise', () => {
    expect(sessionCookie('abc', { secure: false, maxAgeSeconds: 0 })).toBe(
      'samskab-desk=abc; Path=/; HttpOnly; SameSite=Strict; Max-Age=0',
    );
  });

  it('reads a cookie by its exact name', () => {
    const req = { headers: { cookie: 'x-samskab-desk=no; samskab-desk=yes; samskab-desk=second' } };
    expect(readCookie(req, 'samskab-desk')).toBe('yes');
    expect(readCookie(req, 'other')).toBeUndefined();
    expect(readCookie({ headers: {} }, 'samskab-desk')).toBeUndefined();
  });
});
