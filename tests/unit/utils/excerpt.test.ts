import { describe, expect, it } from 'vitest';
import { EXCERPT_MAX, excerptOf } from '../../../utils/excerpt';

describe('excerptOf', () => {
  it('is the title when there is one, else the text, on one line', () => {
    expect(excerptOf({ title: ' Bænke ved søen ', body: 'Lang tekst' })).toBe('Bænke ved søen');
    expect(excerptOf({ body: 'Mange ældre\n\nser ingen  om aftenen.' })).toBe(
      'Mange ældre ser ingen om aftenen.',
    );
  });
  it('cuts a long text at a word within the limit, with an ellipsis', () => {
    const body = `${'ord '.repeat(40)}slut`;
    const shown = excerptOf({ body });
    expect(shown.endsWith('ord…')).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(EXCERPT_MAX + 1);
    // One long word is cut where it must be.
    expect(excerptOf({ body: 'x'.repeat(200) })).toBe(`${'x'.repeat(EXCERPT_MAX)}…`);
  });
});

describe('what a delivered answer keeps in the browser', () => {
  it('keeps kind, challenge, date, first words and the address for news; not the rest', async () => {
    const { keptAfterDelivery } = await import('../../../utils/outbox');
    const { submission } = await import('./fixtures');
    const sent = submission({
      kind: 'offer',
      text: { title: 'Kaffe', body: `${'ord '.repeat(100)}hemmeligt` },
      offer: { resourceType: 'time', availability: 'Tirsdage', area: 'Lunde' },
      author: { actorType: 'citizen', name: 'Ida', email: 'ida@lunde.dk', phone: '12345678' },
      consent: { contact: true, textVersion: '2026-01' },
      updates: { email: 'ida@lunde.dk' },
    });
    const kept = keptAfterDelivery(sent);
    expect(kept).toMatchObject({
      id: sent.id,
      kind: 'offer',
      challenge: sent.challenge,
      submittedAt: sent.submittedAt,
      updates: { email: 'ida@lunde.dk' },
      text: { body: 'Kaffe' },
      author: { actorType: 'citizen' },
    });
    expect(JSON.stringify(kept)).not.toMatch(/hemmeligt|Ida|12345678|Tirsdage/);
  });
});
