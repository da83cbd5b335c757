// Map and connect over HTTP, on PGlite and PostgreSQL: the resource register's filters and pages
// (60 offers), linking an offer to a need or proposal across challenges and seeing it from both
// sides and from the challenge, removing it, refusing pairs that make no sense, who and when in
// the link and in both answers' events, `relatesTo` on both answers, erased answers without text,
// and answer text shown as text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED_FILE } from '../../../server/config';
import type { RunningReceiver } from '../../../server/start';
import type { Submission } from '../../../utils/schema/index';
import {
  type OpenTestDatabase,
  postSubmission,
  startTestReceiver,
  TEST_DATABASES,
  validSubmission,
} from '../fixtures';
import { type DeskClient, signedIn } from './desk-client';

const LUNDE = { id: 'ensomhed-lunde', title: 'Færre ensomme aftener for ældre i Lunde' };
const THUESLUND = { id: 'liv-paa-plejecentret', title: 'Mere liv på plejecentret Thueslund' };

interface Posted {
  readonly id: string;
  readonly reference: string;
}

/** Table rows of the register's or picker's results (the first table on the page). */
const resultRows = (body: string) =>
  (body.split('<tbody>')[1]?.split('</tbody>')[0] ?? '').split('<tr>').length - 1;

const noticeOf = (location: string | null) => new URL(location ?? '', 'http://x').searchParams;

describe.each(TEST_DATABASES)('map and connect on $name', ({ open }) => {
  let database: OpenTestDatabase;
  let receiver: RunningReceiver;
  let desk: DeskClient;
  let now = Date.now();

  async function post(
    kind: Submission['kind'],
    change: (submission: Submission) => Submission = (s) => s,
  ): Promise<Posted> {
    now += 1000;
    const submission = change(validSubmission(kind));
    const response = await postSubmission(receiver, submission);
    expect(response.status).toBe(201);
    const { reference } = (await response.json()) as { reference: string };
    return { id: submission.id, reference };
  }

  const offer = (
    text: { title: string; body: string },
    offer: NonNullable<Submission['offer']>,
    challenge = LUNDE,
  ) =>
    post('offer', (s) => ({
      ...s,
      challenge: { ...s.challenge, ...challenge },
      text,
      offer,
    }));

  const answer = (
    kind: 'need' | 'proposal',
    text: { title: string; body: string },
    challenge = LUNDE,
  ) => post(kind, (s) => ({ ...s, challenge: { ...s.challenge, ...challenge }, text }));

  beforeAll(async () => {
    database = await open();
    ({ receiver } = await startTestReceiver({
      db: database.db,
      seed: DEFAULT_SEED_FILE,
      clock: () => now,
    }));
    desk = await signedIn(receiver, { name: 'Frida Facilitator' });
  }, 60_000);

  afterAll(async () => {
    await receiver?.close();
    await database?.close();
  });

  describe('the resource register', { timeout: 30_000 }, () => {
    const TYPES = ['venue', 'time', 'equipment'] as const;
    let first: Posted;
    let last: Posted;

    beforeAll(async () => {
      for (let i = 0; i < 60; i++) {
        const posted = await offer(
          {
            title: `Registertilbud nummer ${i}`,
            // Long text: the register shows an excerpt, never the whole body.
            body: `Tilbud ${i}. ${'Vi har plads og tid til flere. '.repeat(200)}`,
          },
          {
            resourceType: TYPES[i % 3]!,
            area: i % 2 === 0 ? 'Lunde Nord' : 'Thueslund',
            availability: i % 4 === 0 ? 'Weekender og helligdage' : 'Tirsdag aften',
          },
          i < 30 ? LUNDE : THUESLUND,
        );
        if (i === 0) first = posted;
        last = posted;
      }
    }, 120_000);

    it('lists every offer newest first, 25 to a page, with paging links that keep the filter', async () => {
      const one = await desk.get('/desk/resources?q=registertilbud');
      expect(one.status).toBe(200);
      expect(one.body).toContain('<h2 id="results-heading">60 tilbud</h2>');
      expect(resultRows(one.body)).toBe(25);
      expect(one.body).toContain('Tilbud, side 1 af 3, nyeste først');
      expect(one.body.indexOf(last.reference)).toBeGreaterThan(0);
      expect(one.body).not.toContain(first.reference);
      expect(one.body).toContain('href="/desk/resources?q=registertilbud&amp;page=2" rel="next"');
      // Each offer links to its page and to the picker; its text is an excerpt.
      expect(one.body).toContain(`href="/desk/answers/${last.id}"`);
      expect(one.body).toContain(`href="/desk/connect/${last.id}"`);
      expect(one.body).toContain('Lokale');
      expect(one.body).toContain('Forening<br>Lunde Borgerforening');
      expect(one.body.match(/Vi har plads og tid til flere\./g)?.length ?? 0).toBeLessThan(25 * 7);

      const three = await desk.get('/desk/resources?q=registertilbud&page=3');
      expect(resultRows(three.body)).toBe(10);
      expect(three.body).toContain(first.reference);
      expect(three.body).toContain('rel="prev"');
      expect(three.body).not.toContain('rel="next"');

      const beyond = await desk.get('/desk/resources?q=registertilbud&page=9');
      expect(beyond.status).toBe(200);
      expect(beyond.body).toContain('Der er ingen tilbud på denne side.');
      const nonsense = await desk.get('/desk/resources?q=registertilbud&page=-4x');
      expect(resultRows(nonsense.body)).toBe(25);
    });

    it('filters by resource type, area, availability and challenge, and shows the chosen filters', async () => {
      const count = async (query: string) => {
        const page = await desk.get(`/desk/resources?q=registertilbud&${query}`);
        expect(page.status).toBe(200);
        return Number(/<h2 id="results-heading">(\d+) tilbud<\/h2>/.exec(page.body)?.[1]);
      };
      expect(await count('resourceType=venue')).toBe(20);
      expect(await count('area=lunde')).toBe(30);
      expect(await count('area=THUES')).toBe(30);
      expect(await count('availability=weekend')).toBe(15);
      expect(await count(`challenge=${THUESLUND.id}`)).toBe(30);
      // i % 3 = 0 (venue), even (Lunde Nord), i % 4 = 0 (weekend), i < 30 (Lunde): 0, 12, 24.
      expect(
        await count(`resourceType=venue&area=Nord&availability=weekend&challenge=${LUNDE.id}`),
      ).toBe(3);
      // A LIKE pattern's own characters are taken literally.
      expect(await count('area=%25')).toBe(0);
      const page = await desk.get('/desk/resources?resourceType=venue&availability=weekend');
      expect(page.body).toContain('Ressourcetype: Lokale');
      expect(page.body).toContain('href="/desk/resources?availability=weekend"');
      expect(page.body).toContain('<option value="venue" selected>Lokale</option>');
      expect(page.body).toContain('value="weekend"');
    });
  });

  describe('links', { timeout: 30_000 }, () => {
    let room: Posted;
    let dinner: Posted;
    let lonely: Posted;
    let secondOffer: Posted;

    beforeAll(async () => {
      room = await offer(
        {
          title: 'Lokale og minibus <script>alert("tilbud")</script>',
          body: 'Borgerforeningen har et lokale og en minibus, der kan hente folk.',
        },
        { resourceType: 'venue', area: 'Lunde', availability: 'Tirsdag og torsdag aften' },
      );
      dinner = await answer(
        'proposal',
        {
          title: 'Fællesspisning på plejecentret',
          body: 'Lad beboere og naboer spise sammen hver torsdag.',
        },
        THUESLUND,
      );
      lonely = await answer('need', {
        title: 'Ingen at spise med',
        body: 'Min far spiser alene hver aften.',
      });
      secondOffer = await offer(
        { title: 'Kok til fællesspisning', body: 'Jeg laver gerne mad.' },
        { resourceType: 'skills' },
      );
    }, 60_000);

    it('links an offer to a proposal of another challenge, and records who and when on both', async () => {
      const linkedAt = now;
      const picked = await desk.get(`/desk/connect/${room.id}?q=f%C3%A6llesspisning`);
      expect(picked.status).toBe(200);
      expect(picked.body).toContain(`Kobl tilbud ${room.reference} til behov og forslag`);
      expect(picked.body).toContain(dinner.reference);
      expect(picked.body).not.toContain(`value="${lonely.id}"`);
      const response = await desk.post(`/desk/connect/${room.id}`, {
        other: dinner.id,
        next: `/desk/connect/${room.id}?q=f%C3%A6llesspisning&besked=link-removed`,
      });
      expect(response.status).toBe(303);
      expect(response.location).toBe(
        `/desk/connect/${room.id}?q=f%C3%A6llesspisning&besked=link-added`,
      );
      const links = await receiver.db.query<{ created_by: string; created_at: Date }>(
        'SELECT created_by, created_at FROM answer_links WHERE offer_id = $1 AND target_id = $2',
        [room.id, dinner.id],
      );
      expect(links).toHaveLength(1);
      expect(links[0]!.created_by).toBe(desk.staff.id);
      expect(new Date(links[0]!.created_at).getTime()).toBe(linkedAt);
      const events = await receiver.db.query<{
        submission_id: string;
        staff_id: string;
        at: Date;
        what: string;
        detail: string;
      }>(
        `SELECT submission_id, staff_id, at, what, detail FROM answer_events
         WHERE submission_id IN ($1, $2) ORDER BY detail`,
        [room.id, dinner.id],
      );
      expect(events.map((e) => [e.submission_id, e.what, e.detail, e.staff_id])).toEqual(
        [
          [room.id, 'linked', dinner.reference, desk.staff.id],
          [dinner.id, 'linked', room.reference, desk.staff.id],
        ].sort((a, b) => a[2]!.localeCompare(b[2]!)),
      );
      expect(events.every((e) => new Date(e.at).getTime() === linkedAt)).toBe(true);
    });

    it('shows the link from both answers, in the register and on both challenges', async () => {
      const fromOffer = await desk.get(`/desk/connect/${room.id}`);
      expect(fromOffer.body).toContain('Tilbuddet er koblet til 1 behov eller forslag.');
      expect(fromOffer.body).toContain(`href="/desk/answers/${dinner.id}">${dinner.reference}</a>`);
      expect(fromOffer.body).toContain(`Anden udfordring: ${THUESLUND.title}`);
      expect(fromOffer.body).toContain('af Frida Facilitator');
      expect(fromOffer.body).toContain(
        `Fjern kobling<span class="sr-only"> mellem ${room.reference} og ${dinner.reference}`,
      );

      const fromProposal = await desk.get(`/desk/connect/${dinner.id}`);
      expect(fromProposal.body).toContain(`Kobl tilbud til forslag ${dinner.reference}`);
      expect(fromProposal.body).toContain('Forslaget er koblet til 1 tilbud.');
      expect(fromProposal.body).toContain(`href="/desk/answers/${room.id}">${room.reference}</a>`);
      expect(fromProposal.body).toContain(`Anden udfordring: ${LUNDE.title}`);
      // The picker from this side searches offers, and says which are linked already.
      expect(fromProposal.body).toContain('Find tilbud');
      const linkedRow = await desk.get(`/desk/connect/${dinner.id}?q=minibus`);
      expect(resultRows(linkedRow.body)).toBe(1);
      expect(linkedRow.body).toContain('<td><span>Koblet</span></td>');
      const freeRow = await desk.get(`/desk/connect/${dinner.id}?q=kok`);
      expect(freeRow.body).toContain(`name="other" value="${secondOffer.id}"`);
      expect(freeRow.body).toContain(
        `Kobl<span class="sr-only"> ${secondOffer.reference} til ${dinner.reference}</span>`,
      );

      const register = await desk.get(`/desk/resources?q=minibus`);
      expect(register.body).toContain('<td>1 forslag</td>');

      for (const challenge of [LUNDE, THUESLUND]) {
        const map = await desk.get(`/desk/resources?challenge=${challenge.id}`);
        const section = map.body.slice(map.body.indexOf('challenge-map-heading'));
        expect(section).toContain('<h3>Koblinger (1)</h3>');
        expect(section).toContain(room.reference);
        expect(section).toContain(dinner.reference);
        const other = challenge === LUNDE ? THUESLUND : LUNDE;
        expect(section).toContain(`Anden udfordring: ${other.title}`);
      }
      const lunde = await desk.get(`/desk/resources?challenge=${LUNDE.id}`);
      expect(lunde.body).toContain('<h3>Behov (1)</h3>');
      expect(lunde.body).toContain(
        `href="/desk/answers?challenge=${LUNDE.id}&amp;kind=need">Se udfordringens behov i svarlisten (1)`,
      );
    });

    it('links from the other side too: a need picks an offer', async () => {
      const response = await desk.post(`/desk/connect/${lonely.id}`, { other: room.id });
      expect(response.status).toBe(303);
      expect(response.location).toBe(`/desk/connect/${lonely.id}?besked=link-added`);
      const page = await desk.get(`/desk/connect/${room.id}`);
      expect(page.body).toContain('Tilbuddet er koblet til 2 behov og forslag.');
      const register = await desk.get(`/desk/resources?q=minibus`);
      expect(register.body).toContain('<td>1 behov, 1 forslag</td>');
    });

    it('refuses pairs that make no sense, and leaves an existing link as it was', async () => {
      const refused = async (from: Posted, to: Posted, text: string) => {
        const response = await desk.post(`/desk/connect/${from.id}`, { other: to.id });
        expect(response.status).toBe(409);
        expect(response.body).toContain(text);
        expect(response.body).toContain(`${from.reference} og ${to.reference} kan ikke kobles`);
      };
      await refused(room, secondOffer, 'To tilbud kan ikke kobles til hinanden.');
      await refused(lonely, dinner, 'Behov og forslag kobles ikke til hinanden');
      await refused(lonely, lonely, 'Et svar kan ikke kobles til sig selv.');
      await refused(room, room, 'Et svar kan ikke kobles til sig selv.');

      const again = await desk.post(`/desk/connect/${dinner.id}`, { other: room.id });
      expect(again.status).toBe(303);
      expect(noticeOf(again.location).get('besked')).toBe('link-exists');
      const [count] = await receiver.db.query<{ links: number; events: number }>(
        `SELECT (SELECT count(*)::int FROM answer_links WHERE offer_id = $1 AND target_id = $2) AS links,
                (SELECT count(*)::int FROM answer_events WHERE submission_id = $2 AND what = 'linked') AS events`,
        [room.id, dinner.id],
      );
      expect(count).toEqual({ links: 1, events: 1 });

      const missing = await desk.post(`/desk/connect/${room.id}`, {
        other: '00000000-0000-4000-8000-000000000000',
      });
      expect(missing.status).toBe(404);
      expect((await desk.post(`/desk/connect/${room.id}`, { other: 'SK-2222' })).status).toBe(404);
      expect((await desk.post('/desk/connect/nonsense', { other: room.id })).status).toBe(404);
      expect((await desk.get('/desk/connect/00000000-0000-4000-8000-000000000000')).status).toBe(
        404,
      );
    });

    it('goes back only to desk pages, and obeys only forms with the session’s token', async () => {
      const away = await desk.post(`/desk/connect/${room.id}`, {
        other: dinner.id,
        next: '//evil.example/desk',
      });
      expect(away.location).toBe('/desk?besked=link-exists');
      const forged = await desk.post(`/desk/connect/${room.id}/unlink`, {
        _csrf: 'not-the-token',
        other: dinner.id,
      });
      expect(forged.status).toBe(403);
      const signedOut = await fetch(`${receiver.url}/desk/resources`, { redirect: 'manual' });
      expect(signedOut.status).toBe(303);
      expect(signedOut.headers.get('location')).toMatch(/^\/desk\/login/);
    });

    it('removes a link from either side, recorded on both answers', async () => {
      const response = await desk.post(`/desk/connect/${dinner.id}/unlink`, {
        other: room.id,
        next: `/desk/connect/${dinner.id}`,
      });
      expect(response.status).toBe(303);
      expect(response.location).toBe(`/desk/connect/${dinner.id}?besked=link-removed`);
      const rows = await receiver.db.query(
        'SELECT 1 FROM answer_links WHERE offer_id = $1 AND target_id = $2',
        [room.id, dinner.id],
      );
      expect(rows).toHaveLength(0);
      const events = await receiver.db.query<{ submission_id: string; detail: string }>(
        `SELECT submission_id, detail FROM answer_events WHERE what = 'unlinked' AND staff_id = $1`,
        [desk.staff.id],
      );
      expect(events.map((e) => [e.submission_id, e.detail]).sort()).toEqual(
        [
          [room.id, dinner.reference],
          [dinner.id, room.reference],
        ].sort(),
      );
      const page = await desk.get(`/desk/connect/${dinner.id}`);
      expect(page.body).toContain('Ingen koblinger endnu.');
      const twice = await desk.post(`/desk/connect/${room.id}/unlink`, { other: dinner.id });
      expect(noticeOf(twice.location).get('besked')).toBe('link-missing');
      // The need's link is untouched.
      const offerPage = await desk.get(`/desk/connect/${room.id}`);
      expect(offerPage.body).toContain('Tilbuddet er koblet til 1 behov eller forslag.');
    });

    it('shows answer text as text, never as markup', async () => {
      for (const path of [
        `/desk/connect/${room.id}`,
        `/desk/connect/${lonely.id}`,
        '/desk/resources?q=minibus',
        `/desk/resources?challenge=${LUNDE.id}`,
      ]) {
        const page = await desk.get(path);
        expect(page.body).not.toContain('<script>alert');
        expect(page.body).toContain('&lt;script&gt;alert(&quot;tilbud&quot;)&lt;/script&gt;');
      }
    });
  });

  describe('relatesTo and erased answers', { timeout: 30_000 }, () => {
    it('shows "Svarer på" on the answer that responds, and the responses on the one it names', async () => {
      const published = await answer('proposal', {
        title: 'Cykelhold søger hjælpere',
        body: 'Vi mangler nogen til at cykle med beboerne.',
      });
      const helper = await post('offer', (s) => ({
        ...s,
        text: { title: 'Jeg vil gerne hjælpe med cyklerne', body: 'Jeg cykler gerne om onsdagen.' },
        relatesTo: { reference: published.reference },
      }));
      const helperPage = await desk.get(`/desk/connect/${helper.id}`);
      expect(helperPage.body).toContain('<h3>Svarer på</h3>');
      expect(helperPage.body).toMatch(
        new RegExp(`Svarer på <a href="/desk/answers/${published.id}">${published.reference}</a>`),
      );
      // An offer that joined is a connection to confirm (issue 20), not a second list.
      const publishedPage = await desk.get(`/desk/connect/${published.id}`);
      expect(publishedPage.body).toContain('Tilbud om hjælp fra borgere, ikke bekræftet (1)');
      expect(publishedPage.body).toContain(`href="/desk/answers/${helper.id}">${helper.reference}`);

      // The answers' own pages show the same, on both answers.
      const helperAnswer = await desk.get(`/desk/answers/${helper.id}`);
      expect(helperAnswer.body).toMatch(
        new RegExp(`Svarer på <a href="/desk/answers/${published.id}">${published.reference}</a>`),
      );
      const publishedAnswer = await desk.get(`/desk/answers/${published.id}`);
      expect(publishedAnswer.body).toContain('Tilbud om hjælp fra borgere, ikke bekræftet (1)');
      expect(publishedAnswer.body).toContain(
        `href="/desk/answers/${helper.id}">${helper.reference}`,
      );

      const stray = await post('need', (s) => ({ ...s, relatesTo: { reference: 'SK-ZZZZZZ' } }));
      for (const path of [`/desk/connect/${stray.id}`, `/desk/answers/${stray.id}`]) {
        const strayPage = await desk.get(path);
        expect(strayPage.status, path).toBe(200);
        expect(strayPage.body, path).toContain(
          'SK-ZZZZZZ <span class="muted">(findes ikke blandt svarene her)',
        );
      }
    });

    it('shows an erased answer by reference only, and refuses to link it', async () => {
      const gone = await offer(
        { title: 'Hemmelig titel', body: 'Hemmelig tekst om min have.' },
        { resourceType: 'other', area: 'Privat have', availability: 'Hemmelig dag' },
      );
      const need = await answer('need', { title: 'Behov til sletning', body: 'Et behov.' });
      expect((await desk.post(`/desk/connect/${need.id}`, { other: gone.id })).status).toBe(303);
      await receiver.db.query('UPDATE submissions SET erased_at = $2 WHERE id = $1', [
        gone.id,
        new Date(now),
      ]);
      for (const path of [
        `/desk/resources?resourceType=other`,
        `/desk/connect/${need.id}`,
        `/desk/connect/${gone.id}`,
        `/desk/resources?challenge=${LUNDE.id}`,
      ]) {
        const page = await desk.get(path);
        expect(page.status).toBe(200);
        expect(page.body).toContain(gone.reference);
        expect(page.body).toContain('Slettet svar');
        expect(page.body).not.toContain('Hemmelig');
      }
      const erasedPage = await desk.get(`/desk/connect/${gone.id}`);
      expect(erasedPage.body).toContain('Svaret er slettet og kan ikke kobles til flere.');
      const other = await answer('proposal', { title: 'Et forslag', body: 'Forslag.' });
      const refused = await desk.post(`/desk/connect/${other.id}`, { other: gone.id });
      expect(refused.status).toBe(409);
      expect(refused.body).toContain('Svaret er slettet og kan ikke kobles.');
      // The existing link can still be removed.
      const removed = await desk.post(`/desk/connect/${need.id}/unlink`, { other: gone.id });
      expect(noticeOf(removed.location).get('besked')).toBe('link-removed');
    });
  });
});
