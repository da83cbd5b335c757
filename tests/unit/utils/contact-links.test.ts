import { describe, expect, it } from 'vitest';
import { mailtoHref, telHref } from '../../../utils/contact-links';

describe('telHref', () => {
  it.each([
    ['12 34 56 78', 'tel:+4512345678'],
    ['+45 12 34 56 78', 'tel:+4512345678'],
    ['0045 1234-5678', 'tel:+4512345678'],
    ['(45) 12 34 56 78', 'tel:4512345678'],
    ['+299 12 34 56', 'tel:+299123456'],
    ['123 456', 'tel:123456'],
  ])('%s → %s', (phone, href) => {
    expect(telHref(phone)).toBe(href);
  });

  it.each([
    'ring 12 34 56 78',
    '12345678; DROP',
    '12 34\n56 78',
    'javascript:alert(1)',
    '------',
    '(  ) - ()',
    '12+34567890',
    '',
  ])('refuses %j', (phone) => {
    expect(telHref(phone)).toBeUndefined();
  });
});

describe('mailtoHref', () => {
  it('links an address the schema accepts, as written', () => {
    expect(mailtoHref('samskab@kommune.example')).toBe('mailto:samskab@kommune.example');
    expect(mailtoHref('a.b+c@lunde.dk')).toBe('mailto:a.b+c@lunde.dk');
  });

  it.each([
    'samskab@kommune.example?cc=x@evil.example',
    'a@b.dk&body=hi',
    'a@b.dk#x',
    'javascript:alert(1)//@b.dk',
    'a b@c.dk',
    'no-at-sign',
    'a@b.dk\nBcc: x@evil.example',
    '',
  ])('refuses %j', (email) => {
    expect(mailtoHref(email)).toBeUndefined();
  });
});
