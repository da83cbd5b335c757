// The third role visible to staff (issue 20, point 7), over HTTP on PGlite and PostgreSQL: an offer
// sent with "Jeg vil gerne hjælpe" (`relatesTo` a published proposal) shows on the proposal's page
// and in the answer list as a connection waiting to be confirmed or undone; Overblik lists the
// answers a facilitator is responsible for; "Kobl til …" starts with the answer's own challenge;
// and an empty Overblik shows the first steps.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import { challenge } from './privacy-support';

describe.each(TEST_DATABASES)('helpers visible on $name', ({ open }) => {
  let database: OpenTestDatabase;
  let receiver: RunningReceiver;
  let desk: DeskClient;
  let colleague: DeskClient;
  let proposal: { id: string; reference: string };

  async function post(answer: Submission) {
    const response = await postSubmission(receiver, answer);
    expect(response.status).toBe(201);
    const { reference } = (await response.json()) as { reference: string };
    return { id: answer.id, reference };
  }
  const to = (id: string, kind: Submission['kind'], changes: Partial<Submission> = {}) => {
    const base = validSubmission(kind);
    return { ...base, challenge: { ...base.challenge, id }, ...changes } as Submission;
  };
  /** An offer as the widget sends it after "Jeg vil gerne hjælpe". */
  const joining = (title: string) =>
    to('lunde', 'offer', {
      text: { title, body: 'Jeg kan lave kaffe.' },
      relatesTo: { reference: proposal.reference },
    });

  beforeAll(async () => {
    database = await open();
    ({ receiver } = await startTestReceiver({
      db: database.db,
      seed: [challenge('lunde'), challenge('nord')],
    }));
    desk = await signedIn(receiver, { name: 'Frida Facilitator' });
    colleague = await signedIn(receiver, { name: 'Karl Kollega' });
    const base = validSubmission('proposal');
    proposal = await post(to('lunde', 'proposal', { consent: { ...base.consent, publish: true } }));
    const published = await desk.post(`/desk/answers/${proposal.id}/publish`, {
      publicTitle: '',
      publicText: 'Spiseklub torsdag',
      seeksHelp: 'ja',
    });
    expect(published.status).toBe(303);
  }, 60_000);
  afterAll(async () => {
    await receiver?.close();
    await database?.close();
  });

  it('shows an offer that joined a proposal as a connection to confirm, and confirms it', async () => {
    const offer = await post(joining('Kaffe og kage'));
    const page = await desk.get(`/desk/answers/${proposal.id}`);
    expect(page.body).toContain('Tilbud om hjælp fra borgere, ikke bekræftet (1)');
    expect(page.body).toContain('1 tilbud om hjælp venter på at blive bekræftet.');
    expect(page.body).toContain(`<a href="/desk/answers/${offer.id}">${offer.reference}</a>`);
    expect(page.body).not.toContain('Ingen koblinger endnu.');
    const list = await desk.get('/desk/answers?challenge=lunde&kind=proposal');
    expect(list.body).toContain('1 tilbud om hjælp venter');

    const confirmed = await desk.post(`/desk/connect/${proposal.id}`, {
      other: offer.id,
      next: `/desk/answers/${proposal.id}`,
    });
    expect(confirmed.location).toBe(`/desk/answers/${proposal.id}?besked=link-added`);
    const after = await desk.get(`/desk/answers/${proposal.id}`);
    expect(after.body).not.toContain('ikke bekræftet');
    expect(after.body).toContain('Tilbød selv hjælp');
    expect(after.body).toContain('Forslaget er koblet til 1 tilbud.');
    const listed = await desk.get('/desk/answers?challenge=lunde&kind=proposal');
    expect(listed.body).toContain('1 kobling');
    expect(listed.body).not.toContain('tilbud om hjælp venter');

    // Undoing the confirmed link does not bring it back as waiting.
    await desk.post(`/desk/connect/${proposal.id}/unlink`, { other: offer.id });
    const undone = await desk.get(`/desk/answers/${proposal.id}`);
    expect(undone.body).toContain('Ingen koblinger endnu.');
  });

  it('undoes an offer that joined by itself, without a link, in the history of both', async () => {
    const offer = await post(joining('Forkert udfordring'));
    const undone = await desk.post(`/desk/connect/${proposal.id}/undo-join`, {
      other: offer.id,
      next: `/desk/answers/${proposal.id}`,
    });
    expect(undone.location).toBe(`/desk/answers/${proposal.id}?besked=join-undone`);
    const page = await desk.get(undone.location!);
    expect(page.body).not.toContain('ikke bekræftet');
    expect(page.body).toContain('Tilbuddet tælles ikke længere som koblet.');
    const events = await receiver.db.query<{ submission_id: string; detail: string }>(
      "SELECT submission_id, detail FROM answer_events WHERE what = 'joined-undone' ORDER BY submission_id",
    );
    expect(events).toHaveLength(2);
    // The offer is kept: only the connection is undone.
    expect(
      await receiver.db.query('SELECT 1 FROM submissions WHERE id = $1 AND erased_at IS NULL', [
        offer.id,
      ]),
    ).toHaveLength(1);
    const twice = await desk.post(`/desk/connect/${proposal.id}/undo-join`, { other: offer.id });
    expect(twice.location).toContain('besked=link-missing');
  });

  it('lists on Overblik the answers the signed-in person is responsible for', async () => {
    const answer = await post(to('nord', 'need', { text: { title: 'Lys på stien', body: 'x' } }));
    expect((await desk.get('/desk')).body).toContain('Du er ikke ansvarlig for nogen svar.');
    await colleague.post(`/desk/answers/${answer.id}/assignee`, { assignee: desk.staff.id });
    const home = await desk.get('/desk');
    expect(home.body).toContain('Svar, du er ansvarlig for');
    expect(home.body).toContain(`<a href="/desk/answers/${answer.id}">${answer.reference}</a>`);
    expect(home.body).toContain('Lys på stien');
    expect(home.body).toContain(`href="/desk/answers?assignee=${desk.staff.id}"`);
    expect((await colleague.get('/desk')).body).toContain('Du er ikke ansvarlig for nogen svar.');
    // Answers exist: no first steps.
    expect(home.body).not.toContain('Kom i gang');
  });

  it("starts Kobl til … with the answer's own challenge", async () => {
    const own = await post(to('lunde', 'need', { text: { title: 'Eget behov', body: 'x' } }));
    for (let i = 0; i < 3; i++) {
      await post(to('nord', 'need', { text: { title: `Andet behov ${i}`, body: 'x' } }));
    }
    const offer = await post(to('lunde', 'offer'));
    const picker = await desk.get(`/desk/connect/${offer.id}`);
    const rows = [
      ...picker.body.matchAll(/<tr>\n<td><a href="\/desk\/answers\/([0-9a-f-]{36})">/g),
    ];
    const ids = rows.map((match) => match[1]);
    // The proposal and the need of the offer's challenge first, newest first, then the others.
    expect(ids.slice(0, 2)).toEqual([own.id, proposal.id]);
    expect(ids.length).toBeGreaterThan(2);
  });
});

describe('the first steps on an empty Overblik', () => {
  let receiver: RunningReceiver;
  beforeAll(async () => {
    ({ receiver } = await startTestReceiver());
  }, 60_000);
  afterAll(async () => {
    await receiver?.close();
  });

  const steps = (page: string) =>
    [...page.matchAll(/<li class="first-step">(.*?)<\/li>/gs)].map((match) =>
      match[1]!.replace(/<[^>]+>/g, ''),
    );

  it('shows each step, marked when done, linking to the desk pages that do it', async () => {
    const admin = await signedIn(receiver, { role: 'admin' });
    const empty = await admin.get('/desk');
    expect(empty.body).toContain('Kom i gang');
    expect(steps(empty.body)).toEqual([
      'Invitér en kollega, så I er flere om svarene. Ikke gjort endnu',
      'Opret en udfordring. Den gemmes som kladde, som kun I kan se. Ikke gjort endnu',
      'Se udfordringen som borger, og offentliggør den, så den kommer i feedet. Ikke gjort endnu',
      'Indlejr den på kommunens hjemmeside: kopiér koden til hjemmesidens redaktør.',
      'Tillad hjemmesiden, så svar fra den bliver modtaget. Ikke gjort endnu',
    ]);
    expect(empty.body).toContain('href="/desk/staff"');
    expect(empty.body).toContain('href="/desk/embed"');
    expect(empty.body).toContain('href="/desk/embed/sites"');

    const facilitator = await signedIn(receiver);
    await facilitator.post('/desk/challenges', {
      id: 'forste',
      title: 'Den første',
      framing: 'Hvad ser I?',
      seeking: ['need'],
      status: 'open',
      url: 'https://kommune.example/forste',
    });
    const drafted = await facilitator.get('/desk');
    expect(
      steps(drafted.body)
        .slice(0, 3)
        .map((step) => step.endsWith(' Gjort')),
    ).toEqual([true, true, false]);
    // A facilitator cannot invite: the step says whom to ask.
    expect(drafted.body).toContain('bed en administrator om at oprette dem');
    expect(drafted.body).toContain('href="/desk/challenges/forste"');
    await facilitator.post('/desk/challenges/forste/publish', {});
    const published = await facilitator.get('/desk');
    expect(steps(published.body)[2]).toMatch(/ Gjort$/);
    // The embed step opens the embed page with the published challenge chosen.
    expect(published.body).toContain('href="/desk/embed?challenge=forste"');
    const allowed = await admin.post('/desk/embed/sites/allow', { origin: 'https://lunde.dk' });
    expect(allowed.status).toBe(303);
    expect(steps((await facilitator.get('/desk')).body)[4]).toMatch(/ Gjort$/);
  });
});
