// The desk's answer list and the CSV export over HTTP: who may see them, order, escaping,
// formula-safe cells.
import { beforeEach, describe, expect, it } from 'vitest';
import { REFERENCE_PATTERN } from '../../../server/data/reference';
import type { Submission } from '../../../utils/schema/index';
import { csvRecords } from '../../support/excel-csv';
import { type DeskClient, exportKey, signedIn } from '../desk/desk-client';
import { TEST_DATABASES, validSubmission } from '../fixtures';
import { useReceiver } from './harness';

describe.each(TEST_DATABASES)('receiver on $name', ({ open }) => {
  const app = useReceiver(open);
  const { post } = app;

  describe('the desk’s answer list and the CSV export', () => {
    const secretPerson = { name: 'Hemmelig Person', email: 'hemmelig@example.dk' };
    let staff: DeskClient;
    let key: string;

    beforeEach(async () => {
      staff = await signedIn(app.receiver);
      key = await exportKey(app.receiver);
      const submission = validSubmission('need');
      await post({
        ...submission,
        author: { actorType: 'citizen', ...secretPerson },
        text: { body: 'Meget personlig historie' },
      });
    });

    it.each([
      ['no key', {}],
      ['a wrong key', { Authorization: 'Bearer samskab_wrong' }],
      ['a key in the query only', {}],
    ])('refuses the list and the export with %s, naming no one', async (_label, headers) => {
      const list = await fetch(`${app.receiver.url}/desk/answers`, { headers, redirect: 'manual' });
      expect(list.status).toBe(303);
      expect(list.headers.get('location')).toMatch(/^\/desk\/login/);
      const csv = await fetch(`${app.receiver.url}/desk/export/answers.csv?key=${key}`, {
        headers,
      });
      expect(csv.status).toBe(401);
      expect(csv.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(csv.headers.get('cache-control')).toBe('no-store');
      for (const response of [list, csv]) {
        const body = await response.text();
        for (const secret of [...Object.values(secretPerson), 'personlig', 'SK-']) {
          expect(body).not.toContain(secret);
        }
      }
    });

    it('shows the answers to signed-in staff, privately', async () => {
      const response = await fetch(`${app.receiver.url}/desk/answers`, {
        headers: { cookie: staff.cookie },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('x-robots-tag')).toContain('noindex');
      expect(await response.text()).toContain('Meget personlig historie');
    });

    it('lists the newest first, and by challenge and kind when asked', async () => {
      app.now += 1000;
      const offer = validSubmission('offer');
      await post({ ...offer, offer: { resourceType: 'time' }, text: { body: 'Jeg har tid' } });
      app.now += 1000;
      await post({ ...validSubmission('need'), text: { body: 'Nyeste behov' } });
      app.now += 1000;
      await post({
        ...validSubmission('proposal'),
        challenge: { id: 'ungeliv-nordvest', title: 'Byrum og fritidsliv for unge i Nordvest' },
        text: { body: 'Åbn hallen om aftenen' },
      });
      const page = (await staff.get('/desk/answers')).body;
      expect(page).toContain('<html lang="da">');
      const order = [
        'Åbn hallen om aftenen',
        'Nyeste behov',
        'Jeg har tid',
        'Meget personlig historie',
      ].map((text) => page.indexOf(text));
      expect(order.every((position) => position >= 0)).toBe(true);
      expect(order).toEqual([...order].sort((a, b) => a - b));
      const needs = (await staff.get('/desk/answers?challenge=ensomhed-lunde&kind=need')).body;
      expect(needs).toContain('Nyeste behov');
      expect(needs).toContain('Meget personlig historie');
      expect(needs).not.toContain('Jeg har tid');
      expect(needs).not.toContain('Åbn hallen om aftenen');
    });

    it('escapes everything a person wrote', async () => {
      const attack = '<script>alert(1)</script><img src=x onerror=alert(2)>';
      const sent = {
        ...validSubmission('need'),
        challenge: { id: 'ukendt', title: `<b>${attack}</b>` },
        text: { title: attack, body: attack },
        author: { actorType: 'citizen', name: '"><svg onload=alert(3)>' },
        consent: { contact: false, textVersion: '<i>v</i>' },
      } as Submission;
      await post(sent);
      for (const path of ['/desk/answers', `/desk/answers/${sent.id}?kontakt=vis`]) {
        const page = (await staff.get(path)).body;
        expect(page, path).not.toContain('<script>alert');
        expect(page, path).not.toContain('<img src=x');
        expect(page, path).not.toContain('<svg onload');
        expect(page, path).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      }
      expect((await staff.get(`/desk/answers/${sent.id}?kontakt=vis`)).body).toContain(
        '&quot;&gt;&lt;svg onload=alert(3)&gt;',
      );
    });

    it('exports the answers as UTF-8 CSV with a BOM, quoted and guarded against formulas', async () => {
      const tricky = {
        ...validSubmission('need'),
        text: {
          title: '=HYPERLINK("http://evil","klik")',
          body: 'Linje 1\r\nLinje 2, med "citat"; og semikolon',
        },
        author: { actorType: 'citizen', name: '+45 grin', organisation: '-2+3', email: 'a@b.dk' },
      };
      app.now += 1000;
      await post({
        ...tricky,
        author: { ...tricky.author, name: '@SUM(1)' },
        id: validSubmission().id,
      });
      app.now += 1000;
      await post(tricky);
      const response = await fetch(`${app.receiver.url}/desk/export/answers.csv`, {
        headers: { Authorization: `Bearer ${key}` },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
      expect(response.headers.get('content-disposition')).toMatch(
        /^attachment; filename="samskab-svar-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      expect(response.headers.get('cache-control')).toBe('no-store');
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      expect(text).toContain('"\'=HYPERLINK(""http://evil"",""klik"")"');
      const [newest, older, oldest, ...rest] = csvRecords(text.slice(1));
      expect(rest).toEqual([]);
      expect(Object.values(oldest!)).toContain('Meget personlig historie');
      expect(newest).toMatchObject({
        Overskrift: '\'=HYPERLINK("http://evil","klik")',
        Tekst: 'Linje 1\r\nLinje 2, med "citat"; og semikolon',
        Navn: "'+45 grin",
        Organisation: "'-2+3",
        'E-mail': 'a@b.dk',
        'Type (kode)': 'need',
        Reference: expect.stringMatching(REFERENCE_PATTERN),
      });
      expect(older?.Navn).toBe("'@SUM(1)");
    });
  });
});
