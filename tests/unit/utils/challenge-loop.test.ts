import { describe, expect, it } from 'vitest';
import { readLoop } from '../../../utils/challenge-loop';
import { hasLoopContent } from '../../../utils/challenge-loop-fields';

const proposal = {
  reference: 'SK-7F3K2Q',
  kind: 'proposal',
  text: 'Natteravne på perronen',
  actorType: 'association',
  status: 'taken-forward',
  publishedAt: '2026-11-21T10:00:00Z',
  seeksHelp: true,
};

describe('hasLoopContent', () => {
  it('is true only when there is something to show', () => {
    expect(hasLoopContent({ id: 'a' })).toBe(false);
    expect(
      hasLoopContent({ counts: { need: 0, proposal: 0, offer: 0 }, updates: [], published: [] }),
    ).toBe(false);
    expect(hasLoopContent({ counts: { need: 1, proposal: 0, offer: 0 } })).toBe(true);
    expect(hasLoopContent({ updates: [{}] })).toBe(true);
    expect(hasLoopContent({ outcome: 'Det blev til noget' })).toBe(true);
    expect(hasLoopContent({ published: [proposal] })).toBe(true);
    expect(hasLoopContent(null)).toBe(false);
    // Only own fields: a polluted prototype supplies nothing.
    expect(hasLoopContent(Object.create({ outcome: 'fra prototypen' }))).toBe(false);
  });
});

describe('readLoop', () => {
  it('keeps every valid field and entry, and names what it skipped', () => {
    const warnings: string[] = [];
    const loop = readLoop(
      {
        id: 'station',
        counts: { need: 3, proposal: 1, offer: 2 },
        updates: [{ at: '2026-11-20T09:00:00Z', text: 'Vi har læst alle svar.' }, { at: 'i går' }],
        outcome: 'Lys ved cykelparkeringen.',
        published: [proposal, { ...proposal, reference: 'nej' }],
      },
      (m) => warnings.push(m),
    );
    expect(loop).toEqual({
      counts: { need: 3, proposal: 1, offer: 2 },
      updates: [{ at: '2026-11-20T09:00:00Z', text: 'Vi har læst alle svar.' }],
      outcome: 'Lys ved cykelparkeringen.',
      published: [proposal],
    });
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^Samskab: challenge "station", updates\.1 skipped: /);
    expect(warnings[1]).toMatch(/published\.1 skipped: reference: must be a reference/);
  });

  it('skips fields of the wrong shape whole, and reads a 1.0 item as empty', () => {
    const warnings: string[] = [];
    const loop = readLoop({ id: 'x', counts: { need: -1 }, updates: 'nyt', outcome: 7 }, (m) =>
      warnings.push(m),
    );
    expect(loop).toEqual({ updates: [], published: [] });
    expect(warnings.map((w) => w.replace(/:.*$/, ''))).toHaveLength(3);
    expect(readLoop({ id: 'y' }, () => {})).toEqual({ updates: [], published: [] });
  });
});
