// Which answers can be linked: always an offer and a need or proposal, never an answer to itself,
// never an erased answer (pure logic of server/data/links.ts).
import { describe, expect, it } from 'vitest';
import { type LinkEnd, pairOf } from '../../../server/data/links';

const end = (id: string, kind: LinkEnd['kind'], erased = false): LinkEnd => ({
  id,
  reference: `SK-${id.toUpperCase().padEnd(6, '2')}`,
  kind,
  challengeId: 'ensomhed-lunde',
  erased,
});

describe('pairOf', () => {
  const offer = end('a', 'offer');
  const need = end('b', 'need');
  const proposal = end('c', 'proposal');

  it('puts the offer first, whichever side it was given on', () => {
    expect(pairOf(offer, need)).toEqual({ ok: true, offer, target: need });
    expect(pairOf(proposal, offer)).toEqual({ ok: true, offer, target: proposal });
  });

  it('refuses two offers, two non-offers, an answer and itself, and erased answers', () => {
    expect(pairOf(offer, end('d', 'offer'))).toEqual({ ok: false, refusal: 'two-offers' });
    expect(pairOf(need, end('e', 'need'))).toEqual({ ok: false, refusal: 'no-offer' });
    expect(pairOf(need, proposal)).toEqual({ ok: false, refusal: 'no-offer' });
    expect(pairOf(need, need)).toEqual({ ok: false, refusal: 'same-answer' });
    expect(pairOf(offer, offer)).toEqual({ ok: false, refusal: 'same-answer' });
    expect(pairOf(end('f', 'offer', true), need)).toEqual({ ok: false, refusal: 'erased' });
    expect(pairOf(offer, end('g', 'proposal', true))).toEqual({ ok: false, refusal: 'erased' });
  });
});
