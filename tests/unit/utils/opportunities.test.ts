import { describe, expect, it } from 'vitest';
import { csvWords } from '../../../extension/i18n';
import { memoryOpportunities, OpportunityStore, toCsv, toICal } from '../../../utils/opportunities';
import type { Challenge } from '../../../utils/schema/challenge';

const challenge: Challenge = {
  id: 'ensomhed',
  title: 'Færre ensomme aftener; for ældre, i Lunde',
  framing: 'Sådan ser vi det.',
  url: 'https://lunde.example/ensomhed',
  seeking: ['need', 'proposal', 'offer'],
  status: 'open',
  allowAnonymous: true,
  deadline: '2026-12-31',
  contact: { name: 'Lunde Kommune' },
};
const endpoint = 'https://lunde.example/api/submissions';

function store() {
  let t = 1000;
  let n = 0;
  return new OpportunityStore(memoryOpportunities(), { now: () => t++, uuid: () => `u${++n}` });
}

describe('OpportunityStore', () => {
  it('saves a challenge once, keeping status and note on a second save', async () => {
    const s = store();
    const first = await s.saveChallenge(challenge, endpoint, 'https://lunde.example/');
    expect(first).toMatchObject({ status: 'interested', deadline: '2026-12-31' });
    expect(first.organiser).toBe('Lunde Kommune');
    await s.update(first.id, { status: 'contacted', note: 'ringede' });
    await s.saveChallenge(challenge, endpoint, 'https://lunde.example/');
    const list = await s.list();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ status: 'contacted', note: 'ringede' });
  });

  it('saves any page by hand and filters by status and words', async () => {
    const s = store();
    await s.saveChallenge(challenge, endpoint, 'https://lunde.example/');
    const page = await s.savePage({
      title: 'Lektiecafé',
      url: 'https://x.example/',
      note: 'tirsdag',
    });
    await s.update(page.id, { status: 'done' });
    expect((await s.list({ status: 'done' })).map((o) => o.title)).toEqual(['Lektiecafé']);
    expect((await s.list({ query: 'TIRSDAG' })).map((o) => o.title)).toEqual(['Lektiecafé']);
    expect(await s.list({ query: 'nothing' })).toEqual([]);
  });

  it('refuses a page URL that is not http(s)', async () => {
    await expect(store().savePage({ title: 'x', url: 'javascript:alert(1)' })).rejects.toThrow();
  });
});

describe('exports', () => {
  it('writes CSV with quoting and no spreadsheet formulas', async () => {
    const s = store();
    const saved = await s.saveChallenge(challenge, endpoint, 'https://lunde.example/');
    await s.update(saved.id, { note: '=HYPERLINK("x")' });
    const csv = toCsv(await s.list());
    expect(csv.split('\r\n')[0]).toBe('\uFEFFtitle,status,deadline,organiser,url,note,savedAt');
    expect(csv).toContain('"Færre ensomme aftener; for ældre, i Lunde",interested,2026-12-31');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('writes CSV headers and statuses in the words given (the UI’s language)', async () => {
    const s = store();
    await s.saveChallenge(challenge, endpoint, 'https://lunde.example/');
    const csv = toCsv(await s.list(), csvWords('da'));
    expect(csv.split('\r\n')[0]).toBe('\uFEFFTitel,Status,Frist,Arrangør,Adresse,Note,Gemt');
    expect(csv).toContain('"Færre ensomme aftener; for ældre, i Lunde",Interesseret,2026-12-31');
    expect(toCsv(await s.list(), csvWords('en')).split('\r\n')[0]).toBe(
      '\uFEFFTitle,Status,Deadline,Organiser,Address,Note,Saved',
    );
  });

  it('writes deadlines as all-day iCalendar events, folded and escaped', async () => {
    const s = store();
    await s.saveChallenge(challenge, endpoint, 'https://lunde.example/');
    await s.savePage({ title: 'No deadline', url: 'https://x.example/' });
    const ics = toICal(await s.list(), Date.UTC(2026, 10, 24, 9, 0, 0));
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toContain('DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101');
    expect(ics).toContain('SUMMARY:Færre ensomme aftener\\; for ældre\\, i Lunde');
    expect(ics).toContain('DTSTAMP:20261124T090000Z');
    for (const line of ics.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
  });
});
