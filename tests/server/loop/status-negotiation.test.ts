// Which requests to the status link get the page for people: a browser's navigation does, every
// client that reads JSON (the widget and extension send no Accept; fetch sends */*) does not. And
// the status page's form tokens: bound to one answer, one purpose and one hour.
import { describe, expect, it } from 'vitest';
import { parseAccept, prefersHtml, weightOf } from '../../../server/http/content-negotiation';
import {
  isStatusFormToken,
  STATUS_FORM_TTL_MS,
  statusFormToken,
} from '../../../server/loop/status-form-token';

describe('prefersHtml', () => {
  it.each([
    // Chromium's, Firefox's and Safari's navigations.
    'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7',
    'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
    'text/html',
    'TEXT/HTML; q=1, application/json; q=0.5',
    'text/*, application/json;q=0.9',
  ])('gives a page to %s', (accept) => {
    expect(prefersHtml(accept)).toBe(true);
  });

  it.each([
    undefined,
    '',
    '*/*',
    'application/json',
    'application/json, text/html',
    'text/html;q=0.5, application/json',
    'text/html;q=0, */*',
    'text/plain',
    'nonsense,;;;,',
  ])('gives JSON to %s', (accept) => {
    expect(prefersHtml(accept)).toBe(false);
  });

  it('weighs a type by the most specific range that matches it', () => {
    const ranges = parseAccept('*/*;q=0.1, text/*;q=0.5, text/html;q=0.9');
    expect(weightOf(ranges, 'text/html')).toBe(0.9);
    expect(weightOf(ranges, 'text/plain')).toBe(0.5);
    expect(weightOf(ranges, 'application/json')).toBe(0.1);
    expect(weightOf(parseAccept('text/plain'), 'application/json')).toBe(0);
  });
});

describe('status form tokens', () => {
  const secret = 'a-receiver-secret';
  const answer = '0b1c2d3e-0000-4000-8000-000000000001';
  const other = '0b1c2d3e-0000-4000-8000-000000000002';
  const now = new Date('2026-12-01T10:00:00Z');

  it('prove the form was made for this answer and purpose within the hour', () => {
    const token = statusFormToken(secret, answer, 'withdraw', now);
    expect(isStatusFormToken(secret, answer, 'withdraw', token, now)).toBe(true);
    expect(isStatusFormToken(secret, answer.toUpperCase(), 'withdraw', token, now)).toBe(true);
    const later = new Date(now.getTime() + STATUS_FORM_TTL_MS - 1000);
    expect(isStatusFormToken(secret, answer, 'withdraw', token, later)).toBe(true);
  });

  it('refuse another answer, purpose or secret, an old or future form, and anything malformed', () => {
    const token = statusFormToken(secret, answer, 'withdraw', now);
    expect(isStatusFormToken(secret, other, 'withdraw', token, now)).toBe(false);
    expect(isStatusFormToken(secret, answer, 'stop-news', token, now)).toBe(false);
    expect(isStatusFormToken('another-secret', answer, 'withdraw', token, now)).toBe(false);
    const tooLate = new Date(now.getTime() + STATUS_FORM_TTL_MS + 1000);
    expect(isStatusFormToken(secret, answer, 'withdraw', token, tooLate)).toBe(false);
    const future = statusFormToken(secret, answer, 'withdraw', new Date(now.getTime() + 120_000));
    expect(isStatusFormToken(secret, answer, 'withdraw', future, now)).toBe(false);
    // The time is inside the HMAC: moving it on breaks the tag.
    const [madeAt, tag] = token.split('.');
    const moved = `${Number(madeAt) + 3600}.${tag}`;
    const muchLater = new Date(now.getTime() + STATUS_FORM_TTL_MS + 1000);
    expect(isStatusFormToken(secret, answer, 'withdraw', moved, muchLater)).toBe(false);
    for (const bad of [null, undefined, '', 'x', `${madeAt}.`, `.${tag}`, `${token}x`]) {
      expect(isStatusFormToken(secret, answer, 'withdraw', bad, now)).toBe(false);
    }
  });
});
