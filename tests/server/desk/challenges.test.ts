// The desk's challenges over HTTP, on PGlite and PostgreSQL: created and edited through the form
// (every field, the contract's schema, errors at the fields in Danish with what was typed kept),
// closed with an outcome, reopened, archived and restored, updates posted and removed, every
// change recorded with who and when; and the feed that shows each change at once, with protocol
// 1.1's counts, updates, outcome and published answers, and no personal data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningReceiver } from '../../../server/start';
import type { Challenge, ChallengeInput, FeedChallenge } from '../../../utils/schema/index';
import { ChallengesFeed } from '../../../utils/schema/index';
import {
  type OpenTestDatabase,
  postSubmission,
  startTestReceiver,
  TEST_DATABASES,
  validSubmission,
} from '../fixtures';
import { challengeForm } from './challenge-form';
import { type DeskClient, signedIn } from './desk-client';

const SEEDED: ChallengeInput = {
  id: 'ensomhed-lunde',
  title: 'Færre ensomme aftener for ældre i Lunde',
  framing: 'Vi ser, at mange ældre i Lunde bor alene.',
  url: 'https://kommune.example/samskab/ensomhed-lunde',
};

/** A complete, valid form for a new challenge, every field filled in; tests change one at a time. */
const FULL_FORM = (id: string): Record<string, string | string[]> => ({
  ...challengeForm(id),
  framing: 'Vi ser, at foreningerne mangler hænder.\r\nHvad ser I?',
  'question-2': '',
  'question-3': 'Hvad kan I give?',
  'question-4': '',
  'question-5': '',
  resourcesWanted: ['time', 'venue'],
  'contact-phone': '+45 12 34 56 78',
});

const feedOf = async (receiver: RunningReceiver) => {
  const response = await fetch(`${receiver.url}/api/challenges`);
  expect(response.status).toBe(200);
  const text = await response.text();
  return { text, challenges: (JSON.parse(text) as { challenges: FeedChallenge[] }).challenges };
};
const itemOf = async (receiver: RunningReceiver, id: string) =>
  (await feedOf(receiver)).challenges.find((challenge) => challenge.id === id);

/** The messages of a page's error summary, in order. */
const summary = (body: string) =>
  [...body.matchAll(/<li><a href="#f-([\w-]+)" class="function-link">([^<]*)<\/a><\/li>/g)].map(
    (match) => `${match[1]}: ${match[2]}`,
  );

describe.each(TEST_DATABASES)('desk challenges on $name', ({ open }) => {
  let database: OpenTestDatabase;
  let receiver: RunningReceiver;
  let facilitator: DeskClient;
  let admin: DeskClient;

  beforeAll(async () => {
    database = await open();
    ({ receiver } = await startTestReceiver({ db: database.db, seed: [SEEDED] }));
    facilitator = await signedIn(receiver, { role: 'facilitator', name: 'Frida Facilitator' });
    admin = await signedIn(receiver, { role: 'admin', name: 'Anne Administrator' });
  }, 60_000);
  afterAll(async () => {
    await receiver?.close();
    await database?.close();
  });

  /** A new challenge (a draft), published at once: drafts have tests of their own. */
  const create = async (id: string, fields: Record<string, string | string[]> = {}) => {
    const response = await facilitator.post('/desk/challenges', { ...FULL_FORM(id), ...fields });
    expect(response.status, summary(response.body).join('; ')).toBe(303);
    expect(response.location).toBe(`/desk/challenges/${id}?besked=challenge-created`);
    const published = await facilitator.post(`/desk/challenges/${id}/publish`, {});
    expect(published.location).toBe(`/desk/challenges/${id}?besked=challenge-published`);
  };

  it('creates a challenge with every field, shown in the feed once published and on its page', async () => {
    const before = await fetch(`${receiver.url}/api/challenges`);
    await create('frivillige-nordvest');
    const item = await itemOf(receiver, 'frivillige-nordvest');
    expect(item).toEqual({
      id: 'frivillige-nordvest',
      title: 'Flere frivillige i Nordvest',
      // Line breaks as line feeds; the empty questions are no questions.
      framing: 'Vi ser, at foreningerne mangler hænder.\nHvad ser I?',
      questions: ['Hvad holder jer tilbage?', 'Hvad kan I give?'],
      seeking: ['proposal', 'offer'],
      resourcesWanted: ['time', 'venue'],
      area: 'Nordvest',
      theme: 'frivillighed',
      deadline: '2027-06-30',
      status: 'open',
      allowAnonymous: true,
      contact: { name: 'Mette Facilitator', email: 'mette@lunde.dk', phone: '+45 12 34 56 78' },
      url: 'https://kommune.example/samskab/frivillige',
      counts: { need: 0, proposal: 0, offer: 0 },
      updates: [],
      published: [],
    });
    // Last in the feed's order, and the old ETag no longer matches.
    const { challenges } = await feedOf(receiver);
    expect(challenges.at(-1)?.id).toBe('frivillige-nordvest');
    const revalidated = await fetch(`${receiver.url}/api/challenges`, {
      headers: { 'If-None-Match': before.headers.get('etag')! },
    });
    expect(revalidated.status).toBe(200);

    const page = await facilitator.get(
      '/desk/challenges/frivillige-nordvest?besked=challenge-created',
    );
    expect(page.status).toBe(200);
    expect(page.body).toContain('<h1>Flere frivillige i Nordvest</h1>');
    expect(page.body).toContain('Udfordringen er gemt som kladde.');
    expect(page.body).toContain('href="/desk/answers?challenge=frivillige-nordvest"');
    expect(page.body).toContain('Oprettede udfordringen');
    expect(page.body).toContain('Frida Facilitator');
  });

  it('refuses what the schema refuses, at each field in Danish, keeping what was typed', async () => {
    const response = await facilitator.post('/desk/challenges', {
      ...FULL_FORM('Ikke Et Id'),
      title: '   ',
      framing: 'x'.repeat(4001),
      'question-2': 'q'.repeat(501),
      seeking: [],
      deadline: '31-12-2027',
      'contact-email': 'ikke en adresse',
      'contact-phone': 'ring til mig',
      url: 'ftp://kommune.example/x',
    });
    expect(response.status).toBe(400);
    expect(summary(response.body)).toEqual([
      'id: Id’et må kun have små bogstaver a–z, tal og bindestreger, fx ensomhed-lunde.',
      'title: Skriv en titel.',
      'framing: Beskrivelsen må højst være 4000 tegn.',
      'question-2: Spørgsmålet må højst være 500 tegn.',
      'seeking: Vælg mindst én slags svar.',
      'deadline: Skriv svarfristen som en dato, fx 2027-03-31.',
      'contact-email: Skriv en e-mailadresse som navn@kommune.dk.',
      'contact-phone: Skriv et telefonnummer med cifre, mellemrum og + ( ) -, fx +45 12 34 56 78.',
      'url: Skriv en hel adresse, der begynder med https://',
    ]);
    // At the field too, wired for screen readers, with the typed value kept.
    expect(response.body).toMatch(
      /<span class="form-error-message" id="f-url-error"><span class="sr-only">Fejl:<\/span> Skriv en hel adresse/,
    );
    expect(response.body).toMatch(
      /id="f-url" name="url" aria-describedby="f-url-hint f-url-error" aria-invalid="true"/,
    );
    expect(response.body).toContain('value="ftp://kommune.example/x"');
    expect(response.body).toContain('value="Ikke Et Id"');
    expect(response.body).toContain('value="ring til mig"');
    expect(response.body).toMatch(/name="resourcesWanted" value="venue" checked/);
    expect(response.body).toContain('<title>Fejl: Ny udfordring – Samskab</title>');
    expect(await itemOf(receiver, 'Ikke Et Id')).toBeUndefined();

    const missing = await facilitator.post('/desk/challenges', {
      ...FULL_FORM(''),
      framing: '',
      url: '',
    });
    expect(summary(missing.body)).toEqual([
      'id: Skriv et id, fx ensomhed-lunde.',
      'framing: Beskriv udfordringen.',
      'url: Skriv adressen på udfordringens side på kommunens hjemmeside.',
    ]);
  });

  it('refuses an id that is taken, or names a page of its own', async () => {
    for (const id of ['ensomhed-lunde', 'new']) {
      const response = await facilitator.post('/desk/challenges', FULL_FORM(id));
      expect(response.status).toBe(400);
      expect(summary(response.body)).toEqual([
        'id: Der findes allerede en udfordring med dette id.',
      ]);
    }
    expect((await itemOf(receiver, 'ensomhed-lunde'))?.title).toBe(SEEDED.title);
  });

  it('edits every field but the id, records who and what, and notices a colleague’s save', async () => {
    await create('cykler-til-alle');
    const form = await facilitator.get('/desk/challenges/cykler-til-alle/edit');
    expect(form.status).toBe(200);
    const version = /name="version" value="([\w-]+)"/.exec(form.body)?.[1];
    expect(version).toBeDefined();
    expect(form.body).not.toContain('name="id"');

    const edited = {
      ...FULL_FORM('noget-andet'),
      version: version!,
      title: 'Cykler til alle',
      'question-1': '',
      'question-3': '',
      seeking: ['need'],
      resourcesWanted: [],
      area: '',
      theme: '',
      deadline: '',
      allowAnonymous: [],
      'contact-name': '',
      'contact-email': '',
      'contact-phone': '',
      url: 'https://kommune.example/cykler',
    };
    const saved = await admin.post('/desk/challenges/cykler-til-alle/edit', edited);
    expect(saved.status).toBe(303);
    expect(saved.location).toBe('/desk/challenges/cykler-til-alle?besked=challenge-saved');
    expect(await itemOf(receiver, 'cykler-til-alle')).toMatchObject({
      id: 'cykler-til-alle',
      title: 'Cykler til alle',
      seeking: ['need'],
      allowAnonymous: false,
      url: 'https://kommune.example/cykler',
    });
    const item = (await itemOf(receiver, 'cykler-til-alle')) as Challenge;
    for (const gone of ['questions', 'resourcesWanted', 'area', 'theme', 'deadline', 'contact'])
      expect(item, gone).not.toHaveProperty(gone);
    expect(await itemOf(receiver, 'noget-andet')).toBeUndefined();

    const [row] = await receiver.db.query<{ updated_by: string; updated_at: Date }>(
      "SELECT updated_by, updated_at FROM challenges WHERE id = 'cykler-til-alle'",
    );
    expect(row?.updated_by).toBe(admin.staff.id);
    const page = await facilitator.get('/desk/challenges/cykler-til-alle');
    expect(page.body).toContain('af Anne Administrator');
    expect(page.body).toMatch(
      /Redigerede udfordringen: titel, spørgsmål, slags svar, ressourcer der især søges, område, tema, svarfrist, svar uden navn, kontaktperson, adresse på hjemmesiden/,
    );

    // The first form's version is stale now: nothing is overwritten, the typed text is kept.
    const stale = await facilitator.post('/desk/challenges/cykler-til-alle/edit', {
      ...edited,
      title: 'Min egen titel',
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toContain('En kollega har gemt ændringer imens');
    expect(stale.body).toContain('value="Min egen titel"');
    expect((await itemOf(receiver, 'cykler-til-alle'))?.title).toBe('Cykler til alle');
    const fresh = /name="version" value="([\w-]+)"/.exec(stale.body)?.[1];
    const again = await facilitator.post('/desk/challenges/cykler-til-alle/edit', {
      ...edited,
      title: 'Min egen titel',
      version: fresh!,
    });
    expect(again.status).toBe(303);
    expect((await itemOf(receiver, 'cykler-til-alle'))?.title).toBe('Min egen titel');

    const invalid = await facilitator.post('/desk/challenges/cykler-til-alle/edit', {
      ...edited,
      version: fresh!,
      title: 't'.repeat(201),
    });
    expect(invalid.status).toBe(400);
    expect(summary(invalid.body)).toEqual(['title: Titlen må højst være 200 tegn.']);
  });

  it('closes with an outcome, corrects it, reopens; closed_at follows; the feed shows it', async () => {
    await create('lukkes-snart');
    const tooLong = await facilitator.post('/desk/challenges/lukkes-snart/close', {
      outcome: `${'o'.repeat(4000)}!`,
    });
    expect(tooLong.status).toBe(400);
    expect(summary(tooLong.body)).toEqual(['outcome: Udfaldet må højst være 4000 tegn.']);
    expect(tooLong.body).toContain(`${'o'.repeat(4000)}!</textarea>`);
    expect((await itemOf(receiver, 'lukkes-snart'))?.status).toBe('open');

    const closed = await facilitator.post('/desk/challenges/lukkes-snart/close', {
      outcome: 'Fællesspisning hver tirsdag.\r\nTak til alle.',
    });
    expect(closed.location).toBe('/desk/challenges/lukkes-snart?besked=challenge-closed');
    expect(await itemOf(receiver, 'lukkes-snart')).toMatchObject({
      status: 'closed',
      outcome: 'Fællesspisning hver tirsdag.\nTak til alle.',
    });
    const closedAt = async () =>
      (
        await receiver.db.query<{ closed_at: Date | null }>(
          "SELECT closed_at FROM challenges WHERE id = 'lukkes-snart'",
        )
      )[0]?.closed_at ?? null;
    const first = await closedAt();
    expect(first).not.toBeNull();

    await admin.post('/desk/challenges/lukkes-snart/close', { outcome: 'Rettet udfald.' });
    expect((await itemOf(receiver, 'lukkes-snart'))?.outcome).toBe('Rettet udfald.');
    expect(await closedAt()).toEqual(first);

    const reopened = await facilitator.post('/desk/challenges/lukkes-snart/reopen', {});
    expect(reopened.location).toBe('/desk/challenges/lukkes-snart?besked=challenge-reopened');
    const item = await itemOf(receiver, 'lukkes-snart');
    expect(item?.status).toBe('open');
    expect(item).not.toHaveProperty('outcome');
    expect(await closedAt()).toBeNull();
    const page = await facilitator.get('/desk/challenges/lukkes-snart');
    for (const line of ['Lukkede udfordringen', 'Rettede udfaldet', 'Åbnede udfordringen igen']) {
      expect(page.body).toContain(line);
    }

    // Closing by the edit form's status sets closed_at too.
    const form = await facilitator.get('/desk/challenges/lukkes-snart/edit');
    const version = /name="version" value="([\w-]+)"/.exec(form.body)![1]!;
    await facilitator.post('/desk/challenges/lukkes-snart/edit', {
      ...FULL_FORM('lukkes-snart'),
      version,
      status: 'closed',
    });
    expect(await closedAt()).not.toBeNull();
    expect((await itemOf(receiver, 'lukkes-snart'))?.outcome).toBe('Rettet udfald.');
  });

  it('archives out of the feed and the default list, and restores', async () => {
    await create('til-arkivet', { title: 'Arkivkandidat' });
    const archived = await facilitator.post('/desk/challenges/til-arkivet/archive', {});
    expect(archived.location).toBe('/desk/challenges/til-arkivet?besked=challenge-archived');
    expect(await itemOf(receiver, 'til-arkivet')).toBeUndefined();
    expect((await facilitator.get('/desk/challenges')).body).not.toContain('Arkivkandidat');
    const list = await facilitator.get('/desk/challenges?vis=archived');
    expect(list.body).toContain('Arkivkandidat');
    expect(list.body).toMatch(/aria-current="page" class="current">Arkiverede \(\d+\)/);
    // Its page still works, and so does the demo page without it.
    expect((await facilitator.get('/desk/challenges/til-arkivet')).body).toContain(
      'Hent udfordringen tilbage fra arkivet',
    );
    expect(await (await fetch(`${receiver.url}/`)).text()).not.toContain('Arkivkandidat');

    await facilitator.post('/desk/challenges/til-arkivet/restore', {});
    expect((await itemOf(receiver, 'til-arkivet'))?.title).toBe('Arkivkandidat');
    expect((await facilitator.get('/desk/challenges')).body).toContain('Arkivkandidat');
  });

  it('posts updates, newest first in the feed (at most 20), refuses empty or long ones, deletes', async () => {
    await create('med-nyheder');
    const empty = await facilitator.post('/desk/challenges/med-nyheder/updates', { update: '  ' });
    expect(empty.status).toBe(400);
    expect(summary(empty.body)).toEqual(['update: Skriv opdateringen.']);
    const long = await facilitator.post('/desk/challenges/med-nyheder/updates', {
      update: 'u'.repeat(2001),
    });
    expect(summary(long.body)).toEqual(['update: Opdateringen må højst være 2000 tegn.']);
    expect(long.body).toContain(`${'u'.repeat(2001)}</textarea>`);

    for (let i = 1; i <= 21; i += 1) {
      const posted = await facilitator.post('/desk/challenges/med-nyheder/updates', {
        update: `Opdatering ${i}`,
      });
      expect(posted.location).toBe('/desk/challenges/med-nyheder?besked=update-posted');
    }
    const updates = (await itemOf(receiver, 'med-nyheder'))?.updates ?? [];
    expect(updates).toHaveLength(20);
    expect(updates[0]?.text).toBe('Opdatering 21');
    expect(updates[19]?.text).toBe('Opdatering 2');
    expect(updates[0]?.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

    const [newest] = await receiver.db.query<{ id: string; posted_by: string }>(
      "SELECT id, posted_by FROM challenge_updates WHERE challenge_id = 'med-nyheder' AND text = 'Opdatering 21'",
    );
    expect(newest?.posted_by).toBe(facilitator.staff.id);
    // An update of another challenge cannot be deleted through this one.
    const wrong = await facilitator.post(
      `/desk/challenges/ensomhed-lunde/updates/${newest!.id}/delete`,
      {},
    );
    expect(wrong.status).toBe(404);
    const deleted = await admin.post(
      `/desk/challenges/med-nyheder/updates/${newest!.id}/delete`,
      {},
    );
    expect(deleted.location).toBe('/desk/challenges/med-nyheder?besked=update-deleted');
    expect((await itemOf(receiver, 'med-nyheder'))?.updates?.[0]?.text).toBe('Opdatering 20');
    const page = await facilitator.get('/desk/challenges/med-nyheder');
    expect(page.body).toContain('Fjernede en opdatering');
    expect(page.body).not.toContain('Opdatering 21');
  });

  it('counts answers per kind, a duplicate not counted', async () => {
    await create('taelles');
    const answer = (kind: 'need' | 'offer') => {
      const submission = validSubmission(kind);
      return { ...submission, challenge: { ...submission.challenge, id: 'taelles' } };
    };
    const sent = [answer('need'), answer('need'), answer('need'), answer('offer')];
    for (const submission of sent)
      expect((await postSubmission(receiver, submission)).status).toBe(201);
    await receiver.db.query('UPDATE submissions SET duplicate_of = $1 WHERE id = $2', [
      sent[0]!.id,
      sent[1]!.id,
    ]);
    expect((await itemOf(receiver, 'taelles'))?.counts).toEqual({ need: 2, proposal: 0, offer: 1 });
    // The desk counts every answer, as its answer list shows them.
    const list = await facilitator.get('/desk/challenges');
    expect(list.body).toMatch(
      /taelles<\/span><\/td>\s*<td>.*?<\/td>\s*<td>.*?<\/td>\s*<td class="text-right">3<\/td>\s*<td class="text-right">0<\/td>\s*<td class="text-right">1<\/td>/s,
    );
  });

  it('carries published answers without any personal data, newest first', async () => {
    await create('offentlig');
    const person = {
      actorType: 'association' as const,
      name: 'Hemmelig Hansen',
      email: 'hemmelig.hansen@example.dk',
      phone: '+45 98 76 54 32',
      organisation: 'Lunde Strikkeklub',
    };
    const envelope = (kind: 'need' | 'proposal', body: string) => {
      const submission = validSubmission(kind);
      return {
        ...submission,
        challenge: { ...submission.challenge, id: 'offentlig' },
        author: person,
        consent: { contact: true, textVersion: 'da-2026-11' },
        text: { title: 'Egen titel', body },
      };
    };
    const withConsent = envelope('proposal', 'Vi kan strikke <script>til alle</script>.');
    const withoutConsent = envelope('need', 'Min nabo Hemmelig sidder alene.');
    const unpublished = envelope('need', 'Ikke offentlig tekst');
    const erased = envelope('need', 'Slettet tekst');
    const references: Record<string, string> = {};
    for (const submission of [withConsent, withoutConsent, unpublished, erased]) {
      const response = await postSubmission(receiver, submission);
      references[submission.id] = ((await response.json()) as { reference: string }).reference;
    }
    const publish = (id: string, at: string, extra = '') =>
      receiver.db.query(`UPDATE submissions SET published_at = $2${extra} WHERE id = $1`, [id, at]);
    await publish(
      withConsent.id,
      '2027-01-02T10:00:00Z',
      ", may_publish = true, public_title = 'Strik sammen', status = 'taken-forward', shown_status = 'taken-forward', reply = 'Vi arbejder videre.', reply_published_at = now(), seeks_help = true",
    );
    await publish(
      withoutConsent.id,
      '2027-01-03T10:00:00Z',
      // A status staff have not shown the citizen yet is not public either.
      ", may_publish = false, public_text = 'En nabo sidder alene om aftenen.', reply = 'Kladde, ikke offentlig', status = 'done'",
    );
    await publish(erased.id, '2027-01-04T10:00:00Z', ', erased_at = now()');

    const { text, challenges } = await feedOf(receiver);
    const item = challenges.find((challenge) => challenge.id === 'offentlig');
    expect(item?.published).toEqual([
      {
        reference: references[withoutConsent.id],
        kind: 'need',
        title: 'Egen titel',
        text: 'En nabo sidder alene om aftenen.',
        actorType: 'association',
        status: 'received',
        publishedAt: '2027-01-03T10:00:00.000Z',
      },
      {
        reference: references[withConsent.id],
        kind: 'proposal',
        title: 'Strik sammen',
        text: 'Vi kan strikke <script>til alle</script>.',
        actorType: 'association',
        organisation: 'Lunde Strikkeklub',
        status: 'taken-forward',
        reply: 'Vi arbejder videre.',
        publishedAt: '2027-01-02T10:00:00.000Z',
        seeksHelp: true,
      },
    ]);
    for (const secret of [
      'Hemmelig Hansen',
      'hemmelig.hansen@example.dk',
      '98 76 54 32',
      '+4598765432',
      'Kladde, ikke offentlig',
      'Ikke offentlig tekst',
      'Slettet tekst',
    ]) {
      expect(text, secret).not.toContain(secret);
    }
    // The whole feed is valid by the contract's own schema.
    expect(ChallengesFeed.safeParse(JSON.parse(text)).success).toBe(true);
  });

  it('previews the challenge in the real widget from inline JSON, and refuses answers sent there', async () => {
    await create('forhaand', { title: 'Forhåndsvist </script><b>fed</b>' });
    await facilitator.post('/desk/challenges/forhaand/archive', {});
    await facilitator.post('/desk/challenges/forhaand/close', { outcome: 'Det gik <godt>' });
    const page = await facilitator.get('/desk/challenges/forhaand/preview');
    expect(page.status).toBe(200);
    expect(page.body).toContain(`data-endpoint="${receiver.url}/desk/challenges/forhaand/preview"`);
    expect(page.body).toContain('<script src="/widget/samskab.js" defer');
    expect(page.body).toContain('<div data-samskab data-challenge="forhaand"></div>');
    expect(page.body).toContain('arkiveret: den vises ikke i feedet');
    expect(page.body).toContain('svar sendt herfra bliver ikke modtaget');
    const json = /<script type="application\/json" data-samskab-challenges>(.*?)<\/script>/s.exec(
      page.body,
    )?.[1];
    expect(json).toBeDefined();
    expect(json).not.toContain('<');
    const inline = JSON.parse(json!) as { challenges: FeedChallenge[] };
    expect(inline.challenges).toHaveLength(1);
    expect(inline.challenges[0]).toMatchObject({
      id: 'forhaand',
      title: 'Forhåndsvist </script><b>fed</b>',
      status: 'closed',
      outcome: 'Det gik <godt>',
    });

    const sent = await fetch(`${receiver.url}/desk/challenges/forhaand/preview`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'x' },
      body: JSON.stringify(validSubmission()),
    });
    expect(sent.status).toBe(405);
    expect((await receiver.submissions()).map((s) => s.challengeId)).not.toContain('forhaand');
  });

  it('lists challenges with their state, deadline and answers, and says when none match', async () => {
    const list = await facilitator.get('/desk/challenges');
    expect(list.status).toBe(200);
    expect(list.body).toContain('<caption>Aktuelle udfordringer:');
    expect(list.body).toContain('href="/desk/challenges/ensomhed-lunde"');
    expect(list.body).toContain('30. juni 2027');
    expect(list.body).toContain('href="/desk/challenges/new"');
    const closed = await facilitator.get('/desk/challenges?vis=closed');
    expect(closed.body).toContain('Lukket');
    expect(closed.body).not.toContain('href="/desk/challenges/ensomhed-lunde"');
    expect((await facilitator.get('/desk/challenges/ingen-saadan')).status).toBe(404);
    // A stray % is refused before routing (server/http/request-target.ts), so it never reaches the page.
    expect((await facilitator.get('/desk/challenges/%ZZ')).status).toBe(400);
  });

  it('is for signed-in staff only', async () => {
    const page = await fetch(`${receiver.url}/desk/challenges/new`, { redirect: 'manual' });
    expect(page.status).toBe(303);
    const post = await fetch(`${receiver.url}/desk/challenges/ensomhed-lunde/archive`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    expect(post.status).toBe(303);
    const forged = await facilitator.post('/desk/challenges/ensomhed-lunde/archive', {
      _csrf: 'forged',
    });
    expect(forged.status).toBe(403);
    expect(await itemOf(receiver, 'ensomhed-lunde')).toBeDefined();
  });
});
