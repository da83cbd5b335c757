import { describe, expect, it } from 'vitest';
import { HttpUrl, RemoteUrl } from '../../../../utils/schema/common';

describe('HttpUrl', () => {
  it('takes absolute http and https URLs', () => {
    expect(HttpUrl.safeParse('https://lunde.dk/samskab?x=1#a').success).toBe(true);
    expect(HttpUrl.safeParse('http://lunde.dk/').success).toBe(true);
  });

  it.each([
    'https://lunde.dk/\r\nSet-Cookie: x=1',
    'https://lunde.dk/\tside',
    'https://lunde\n.dk/',
    'https://lunde.dk/\u0000',
    'https://lunde.dk/\u007f',
    'javascript:alert(1)',
    '/relative',
  ])(
    'refuses %j, which the URL parser would silently change or which is no http(s) URL',
    (value) => {
      expect(HttpUrl.safeParse(value).success).toBe(false);
    },
  );

  it('leaves endpoints to RemoteUrl, which is https (or loopback http) only', () => {
    expect(RemoteUrl.safeParse('https://lunde.dk/api').success).toBe(true);
    expect(RemoteUrl.safeParse('http://lunde.dk/api').success).toBe(false);
  });
});
