// The answers on the desk, over HTTP against a running receiver, on PGlite and PostgreSQL: the
// list's filters, Danish search and pages; status, assignee, notes, replies, publishing and
// duplicates, each in the history with who did it; reply templates; answers registered by hand.
// All of it as a facilitator: an admin can do no more here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeedFile } from '../../../server/data/challenges';
import type { RunningReceiver } from '../../../server/start';
import type { Submission } from '../../../utils/schema/index';
import {
  NAMED_ONLY_CHALLENGE,
  type OpenTestDatabase,
  postSubmission,
  startTestReceiver,
  TEST_DATABASES,
  validSubmission,
} from '../fixtures';
import { type DeskClient, signedIn } from './desk-client';

const SEED = [...readSeedFile('server/seed/challenges.json'), NAMED_ONLY_CHALLENGE];

type Changes = Partial<Omit<Submission, 'kind'>>;

/** An answer of `kind` with `changes`, to `challenge`, posted as the widget does. */
function envelope(kind: Submission['kind'], challenge: string, changes: Changes = {}) {
  const base = validSubmission(kind);
  return { ...base, challenge: { ...base.challenge, id: challenge }, ...changes } as Submission;
}

interface Posted {
  readonly id: string;
  readonly reference: string;
}

/** The references the list shows, in its order. */
const references = (page: string) =>
  [...page.matchAll(/<a href="\/desk\/answers\/[0-9a-f-]{36}">(SK-[A-Z0-9]{6})<\/a>/g)].map(
    (match) => match[1]!,
  );

const idsOf = (page: string) =>
  [...page.matchAll(/name="id" value="([0-9a-f-]{36})"/g)].map((match) => match[1]!);

describe.each(TEST_DATABASES)('answers on the desk on $name', ({ open }) => {
  let database: OpenTestDatabase;
  let receiver: RunningReceiver;
  let desk: DeskClient;
  let colleague: DeskClient;

  async function post(kind: Submission['kind'], challenge: string, changes: Changes = {}) {
    const response = await postSubmission(receiver, envelope(kind, challenge, changes));
    expect(response.status).toBe(201);
    const { reference } = (await response.json()) as { reference: string };
    const [row] = await receiver.db.query<{ id: string }>(
      'SELECT id FROM submissions WHERE reference = $1',
      [reference],
    );
    return { id: row!.id, reference } satisfies Posted;
  }

  const list = async (query: string) => {
    const response = await desk.get(`/desk/answers?${query}`);
    expect(response.status, query).toBe(200);
    return response.body;
  };
  const listed = async (query: string) => references(await list(query)).sort();
  const sorted = (...answers: Posted[]) => answers.map((answer) => answer.reference).sort();

  const history = async (id: string) =>
    receiver.db.query<{ what: string; detail: string | null; staff_id: string | null }>(
      'SELECT what, detail, staff_id FROM answer_events WHERE submission_id = $1 ORDER BY at, what',
      [id],
    );
  const row = async (id: string) =>
    (
      await receiver.db.query<Record<string, unknown>>('SELECT * FROM submissions WHERE id = $1', [
        id,
      ])
    )[0]!;

  beforeAll(async () => {
    database = await open();
    ({ receiver } = await startTestReceiver({ db: database.db, seed: SEED }));
    desk = await signedIn(receiver, { role: 'facilitator', name: 'Frida Facilitator' });
    colleague = await signedIn(receiver, { role: 'facilitator', name: 'Carl Kollega' });
  }, 60_000);
  afterAll(async () => {
    await receiver?.close();
    await database?.close();
  });

  describe('filters', () => {
    let need: Posted;
    let proposal: Posted;
    let venue: Posted;
    let time: Posted;

    beforeAll(async () => {
      // Each differs from the others in every filter the test tries.
      need = await post('need', 'ensomhed-lunde', {
        author: { actorType: 'citizen', name: 'Karen', email: 'karen@example.dk' },
        consent: { contact: true, textVersion: 'v1' },
        canHelpImplement: true,
      });
      proposal = await post('proposal', 'liv-paa-plejecentret', {
        author: { actorType: 'volunteer' },
        consent: { contact: false, textVersion: 'v1' },
        canHelpImplement: false,
      });
      venue = await post('offer', 'ungeliv-nordvest', {
        author: { actorType: 'association', organisation: 'Nordby Idrætsforening' },
        offer: { resourceType: 'venue', area: 'Nordby' },
      });
      time = await post('offer', 'liv-paa-plejecentret', {
        author: { actorType: 'business', organisation: 'Bageriet' },
        offer: { resourceType: 'time', area: 'Lunde Syd' },
      });
      // 00:30 on 15 January in Copenhagen is still 14 January in UTC (and long before the others).
      await receiver.db.query('UPDATE submissions SET received_at = $2 WHERE id = $1', [
        proposal.id,
        new Date('2020-01-14T23:30:00Z'),
      ]);
      expect(
        (await desk.post(`/desk/answers/${venue.id}/status`, { status: 'in-review' })).status,
      ).toBe(303);
    });

    it('narrows by challenge, kind, actor type and resource type', async () => {
      expect(await listed('challenge=liv-paa-plejecentret')).toEqual(sorted(proposal, time));
      expect(await listed('kind=need')).toEqual(sorted(need));
      expect(await listed('actorType=volunteer')).toEqual(sorted(proposal));
      expect(await listed('resourceType=venue')).toEqual(sorted(venue));
      expect(await listed('resourceType=time')).toEqual(sorted(time));
    });

    it("narrows by area: an offer's own area, or its challenge's", async () => {
      // ensomhed-lunde's area is Lunde; the bakery's offer is in "Lunde Syd".
      const lunde = await listed('area=lunde');
      expect(lunde).toContain(need.reference);
      expect(lunde).toContain(time.reference);
      expect(lunde).not.toContain(venue.reference);
      expect(lunde).not.toContain(proposal.reference);
      expect(await listed('area=Nordby')).toEqual(sorted(venue));
    });

    it('narrows by status, "may be contacted" and "can help"', async () => {
      expect(await listed('status=in-review')).toEqual(sorted(venue));
      expect(await listed('mayContact=ja')).toEqual(sorted(need));
      expect(await listed('mayContact=nej&challenge=liv-paa-plejecentret')).toEqual(
        sorted(proposal, time),
      );
      expect(await listed('canHelp=ja&challenge=ensomhed-lunde')).toEqual(sorted(need));
      expect(await listed('canHelp=nej&challenge=liv-paa-plejecentret')).toEqual(
        sorted(proposal, time),
      );
    });

    it('narrows by the day received, in Copenhagen time', async () => {
      expect(await listed('from=2020-01-15&to=2020-01-15')).toEqual(sorted(proposal));
      expect(await listed('to=2020-01-14')).toEqual([]);
      expect(await listed('from=2020-01-16&challenge=liv-paa-plejecentret')).toEqual(sorted(time));
    });

    it('shows the chosen filters as links that remove one each, and keeps them for export', async () => {
      const page = await list('kind=offer&status=in-review');
      expect(page).toContain('href="/desk/answers?status=in-review"');
      expect(page).toContain('href="/desk/answers?kind=offer"');
      expect(page).toContain('Type: Tilbud');
      expect(page).toContain('href="/desk/export/answers.xlsx?kind=offer&amp;status=in-review"');
      expect(page).toContain('href="/desk/export/answers.csv?kind=offer&amp;status=in-review"');
      // The form shows what is chosen.
      expect(page).toMatch(/<option value="offer" selected>/);
    });
  });

  it('searches title and body in Danish: "ensom" finds "ensomme", "cykel" finds "cykelture"', async () => {
    const lonely = await post('need', 'soeg-test', {
      text: { title: 'Aftenerne', body: 'De ensomme aftener er lange for min far.' },
    });
    const bikes = await post('proposal', 'soeg-test', {
      text: { title: 'Cykelture om sommeren', body: 'Frivillige kan køre beboerne en tur.' },
    });
    expect(await listed('challenge=soeg-test&q=ensom')).toEqual(sorted(lonely));
    expect(await listed('challenge=soeg-test&q=cykel')).toEqual(sorted(bikes));
    expect(await listed('challenge=soeg-test&q=beboere')).toEqual(sorted(bikes));
    expect(await listed('challenge=soeg-test&q=frivillig+tur')).toEqual(sorted(bikes));
    expect(await listed('challenge=soeg-test&q=svømmehal')).toEqual([]);
    // Query syntax is not syntax here: quotes, operators and stray signs are only text.
    expect(await listed(`challenge=soeg-test&q=${encodeURIComponent("'ensom' & !(")}`)).toEqual(
      sorted(lonely),
    );
    expect(await listed('challenge=soeg-test&q=%21%21%21')).toEqual([]);
  });

  it('pages 51 answers as 50 and 1, newest first, with no answer twice', async () => {
    for (let i = 0; i < 51; i++) await post('need', 'side-test');
    const first = references(await list('challenge=side-test'));
    const second = references(await list('challenge=side-test&side=2'));
    expect(first).toHaveLength(50);
    expect(second).toHaveLength(1);
    expect(new Set([...first, ...second]).size).toBe(51);
    const page = await list('challenge=side-test');
    expect(page).toContain('Svar 1–50 af 51');
    expect(page).toContain('href="/desk/answers?challenge=side-test&amp;side=2"');
    // A page past the end shows the last one.
    expect(references(await list('challenge=side-test&side=99'))).toEqual(second);
    const times = await receiver.db.query<{ reference: string }>(
      "SELECT reference FROM submissions WHERE challenge_id = 'side-test' ORDER BY received_at DESC, id DESC",
    );
    expect([...first, ...second]).toEqual(times.map((r) => r.reference));
  });

  it('changes the status of exactly the ticked answers, each in its history', async () => {
    const answers = [
      await post('need', 'bulk-test'),
      await post('need', 'bulk-test'),
      await post('need', 'bulk-test'),
    ];
    const page = await list('challenge=bulk-test');
    expect(idsOf(page).sort()).toEqual(answers.map((a) => a.id).sort());
    const response = await desk.post('/desk/answers/bulk', {
      id: [answers[0]!.id, answers[2]!.id, 'not-an-id'],
      status: 'taken-forward',
      action: 'status',
      back: '/desk/answers?challenge=bulk-test&side=1',
    });
    expect(response.status).toBe(303);
    expect(response.location).toBe(
      '/desk/answers?challenge=bulk-test&besked=bulk-status&antal=2.0',
    );
    expect((await row(answers[0]!.id)).status).toBe('taken-forward');
    expect((await row(answers[1]!.id)).status).toBe('received');
    expect((await row(answers[2]!.id)).status).toBe('taken-forward');
    expect(await history(answers[0]!.id)).toEqual([
      { what: 'status', detail: 'taken-forward', staff_id: desk.staff.id },
    ]);
    expect(await history(answers[1]!.id)).toEqual([]);
    // Nothing ticked: said at the form, nothing changes.
    const none = await desk.post('/desk/answers/bulk', {
      status: 'done',
      action: 'status',
      back: '/desk/answers?challenge=bulk-test',
    });
    expect(none.status).toBe(400);
    expect(none.body).toContain('Sæt kryds ved de svar, der skal ændres.');
    // A back address elsewhere is read as the list, never followed.
    const elsewhere = await desk.post('/desk/answers/bulk', {
      id: answers[1]!.id,
      status: 'done',
      action: 'status',
      back: 'https://evil.example/desk/answers?kind=need',
    });
    expect(elsewhere.location).toBe('/desk/answers?kind=need&besked=bulk-status&antal=1.0');
  });

  it('records status, assignee and notes with who and when, and shows them on the page', async () => {
    const answer = await post('proposal', 'history-test');
    const at = `/desk/answers/${answer.id}`;
    const status = await desk.post(`${at}/status`, { status: 'in-review' });
    expect(status.status).toBe(303);
    expect(status.location).toBe(`${at}?besked=status-changed#handling-heading`);
    expect((await colleague.post(`${at}/assignee`, { assignee: desk.staff.id })).status).toBe(303);
    expect(
      (await desk.post(`${at}/notes`, { note: 'Ring til foreningen <b>i morgen</b>' })).status,
    ).toBe(303);
    expect((await desk.post(`${at}/assignee`, { assignee: 'not-staff' })).status).toBe(400);
    const events = await history(answer.id);
    expect(events).toEqual([
      { what: 'status', detail: 'in-review', staff_id: desk.staff.id },
      { what: 'assignee', detail: desk.staff.id, staff_id: colleague.staff.id },
      { what: 'note', detail: null, staff_id: desk.staff.id },
    ]);
    const page = (await desk.get(at)).body;
    expect(page).toContain('Status ændret til Under behandling');
    expect(page).toContain('Ansvarlig: Frida Facilitator');
    expect(page).toContain('Carl Kollega');
    expect(page).toContain('Ring til foreningen &lt;b&gt;i morgen&lt;/b&gt;');
    expect(page).toMatch(/<option value="in-review" selected>/);
    // The list shows the assignee, and filters by them.
    expect(await listed(`assignee=${desk.staff.id}&challenge=history-test`)).toEqual(
      sorted(answer),
    );
    const empty = await desk.post(`${at}/notes`, { note: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.body).toContain('Skriv noten.');
  });

  it('keeps a reply as a draft until it is published, one by one or in bulk', async () => {
    const one = await post('need', 'reply-test');
    const two = await post('need', 'reply-test');
    const three = await post('need', 'reply-test');
    const draft = 'Tak for dit svar. Vi tager det med på mødet i marts.';
    const saved = await desk.post(`/desk/answers/${one.id}/reply`, {
      reply: draft,
      action: 'save',
    });
    expect(saved.status).toBe(303);
    expect(await row(one.id)).toMatchObject({
      reply_draft: draft,
      reply: null,
      reply_published_at: null,
    });
    const published = await desk.post(`/desk/answers/${one.id}/reply`, {
      reply: `${draft} Vi skriver igen.`,
      action: 'publish',
    });
    expect(published.status).toBe(303);
    const after = await row(one.id);
    expect(after.reply).toBe(`${draft} Vi skriver igen.`);
    expect(after.reply_published_at).not.toBeNull();
    // A new draft does not touch what the citizen sees.
    await desk.post(`/desk/answers/${one.id}/reply`, { reply: 'Ny kladde', action: 'save' });
    expect((await row(one.id)).reply).toBe(`${draft} Vi skriver igen.`);
    expect((await history(one.id)).map((e) => e.what)).toEqual([
      'reply-draft',
      'reply-draft',
      'reply-published',
      'reply-draft',
    ]);
    // In bulk: only answers with a draft, and never a draft with contact details in it.
    await desk.post(`/desk/answers/${two.id}/reply`, {
      reply: 'Tak, vi vender tilbage.',
      action: 'save',
    });
    await receiver.db.query(
      "UPDATE submissions SET reply_draft = 'Ring på 12 34 56 78' WHERE id = $1",
      [three.id],
    );
    const bulk = await desk.post('/desk/answers/bulk', {
      id: [two.id, three.id],
      action: 'publish-replies',
      back: '/desk/answers?challenge=reply-test',
    });
    expect(bulk.location).toBe(
      '/desk/answers?challenge=reply-test&besked=bulk-replies&antal=1.0.0.1.0.0',
    );
    expect((await row(two.id)).reply).toBe('Tak, vi vender tilbage.');
    expect((await row(three.id)).reply).toBeNull();
    expect(await history(two.id)).toContainEqual({
      what: 'reply-published',
      detail: null,
      staff_id: desk.staff.id,
    });
    // Withdrawn: the citizen sees nothing, the draft is kept.
    await desk.post(`/desk/answers/${two.id}/reply`, { action: 'withdraw' });
    expect(await row(two.id)).toMatchObject({
      reply: null,
      reply_published_at: null,
      reply_draft: 'Tak, vi vender tilbage.',
    });
  });

  it('refuses a reply with an email address or phone number in it, at the field', async () => {
    const answer = await post('need', 'reply-check');
    for (const reply of [
      'Skriv til karen@example.dk',
      'Ring på 12345678',
      'Tlf. +45 12 34 56 78',
    ]) {
      const response = await desk.post(`/desk/answers/${answer.id}/reply`, {
        reply,
        action: 'publish',
      });
      expect(response.status, reply).toBe(400);
      expect(response.body).toContain('id="f-reply-error"');
      expect(response.body).toContain('personoplysninger');
      // What was typed is kept.
      expect(response.body).toContain(reply);
    }
    const fine = await desk.post(`/desk/answers/${answer.id}/reply`, {
      reply: 'Vi mødes 2026-2027 kl. 10-12 i uge 12.',
      action: 'publish',
    });
    expect(fine.status).toBe(303);
    const tooLong = await desk.post(`/desk/answers/${answer.id}/reply`, {
      reply: 'x'.repeat(2001),
      action: 'save',
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body).toContain('Højst 2000 tegn.');
  });

  it('keeps reply templates: create, edit, use on an answer, delete', async () => {
    const created = await desk.post('/desk/templates', {
      name: 'Tak – vi vender tilbage',
      text: 'Tak for dit svar.\nVi vender tilbage i marts.',
    });
    expect(created.status).toBe(303);
    const listPage = (await desk.get('/desk/templates')).body;
    expect(listPage).toContain('Tak – vi vender tilbage');
    const id = /href="\/desk\/templates\/([0-9a-f-]{36})"/.exec(listPage)![1]!;
    const invalid = await desk.post('/desk/templates', { name: '', text: 'Mail os på a@b.dk' });
    expect(invalid.status).toBe(400);
    expect(invalid.body).toContain('Giv skabelonen et navn.');
    expect(invalid.body).toContain('e-mailadresse');
    expect(invalid.body).toContain('Mail os på a@b.dk');
    expect(
      (await desk.post(`/desk/templates/${id}`, { name: 'Tak', text: 'Tak for dit forslag.' }))
        .status,
    ).toBe(303);
    expect((await desk.get(`/desk/templates/${id}`)).body).toContain('Tak for dit forslag.');
    // On an answer: the template fills the draft field, and nothing is saved until staff save.
    const answer = await post('proposal', 'template-test');
    const filled = await desk.post(`/desk/answers/${answer.id}/reply`, {
      action: 'template',
      template: id,
      reply: '',
    });
    expect(filled.status).toBe(200);
    expect(filled.body).toMatch(
      /<textarea[^>]*name="reply"[^>]*>Tak for dit forslag\.<\/textarea>/,
    );
    expect((await row(answer.id)).reply_draft).toBeNull();
    expect((await desk.post(`/desk/templates/${id}/delete`, {})).status).toBe(303);
    expect((await desk.get(`/desk/templates/${id}`)).status).toBe(404);
    expect((await desk.get('/desk/templates')).body).toContain('Der er ingen skabeloner endnu.');
  });

  it('publishes an answer with an edited text only with consent, and unpublishes it', async () => {
    const withConsent = await post('proposal', 'publish-test', {
      consent: { contact: true, textVersion: 'v1', publish: true },
    });
    const without = await post('proposal', 'publish-test');
    const refused = await desk.post(`/desk/answers/${without.id}/publish`, {
      publicTitle: 'Titel',
      publicText: 'Tekst',
      action: 'publish',
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toContain('ikke givet samtykke');
    expect((await row(without.id)).published_at).toBeNull();
    const at = `/desk/answers/${withConsent.id}`;
    // Contact details are refused in the public text.
    const personal = await desk.post(`${at}/publish`, {
      publicTitle: 'Fællesspisning',
      publicText: 'Kontakt Karen på karen@example.dk',
      action: 'publish',
    });
    expect(personal.status).toBe(400);
    expect(personal.body).toContain('id="f-publicText-error"');
    const published = await desk.post(`${at}/publish`, {
      publicTitle: 'Fællesspisning i Lunde',
      publicText: 'En pårørende foreslår fællesspisning i Købmandsgården.',
      seeksHelp: 'ja',
      action: 'publish',
    });
    expect(published.location).toBe(`${at}?besked=answer-published#publish-heading`);
    expect(await row(withConsent.id)).toMatchObject({
      public_title: 'Fællesspisning i Lunde',
      public_text: 'En pårørende foreslår fællesspisning i Købmandsgården.',
      seeks_help: true,
    });
    expect((await row(withConsent.id)).published_at).not.toBeNull();
    // Left as written: stored as null, "the answer's own words".
    const stored = validSubmission('proposal');
    await desk.post(`${at}/publish`, {
      publicTitle: stored.text.title!,
      publicText: stored.text.body,
      action: 'publish',
    });
    expect(await row(withConsent.id)).toMatchObject({
      public_title: null,
      public_text: null,
      seeks_help: false,
    });
    expect((await desk.post(`${at}/publish`, { action: 'unpublish' })).status).toBe(303);
    expect((await row(withConsent.id)).published_at).toBeNull();
    expect((await history(withConsent.id)).map((e) => [e.what, e.staff_id])).toEqual([
      ['published', desk.staff.id],
      ['seeks-help', desk.staff.id],
      ['public-text', desk.staff.id],
      ['seeks-help', desk.staff.id],
      ['unpublished', desk.staff.id],
    ]);
    // The page without consent says so and has no publish form.
    const page = (await desk.get(`/desk/answers/${without.id}`)).body;
    expect(page).toContain('ikke givet samtykke til, at svaret offentliggøres');
    expect(page).not.toContain(`/desk/answers/${without.id}/publish`);
  });

  it('marks a duplicate by reference, linked both ways, and clears it', async () => {
    const original = await post('need', 'duplicate-test');
    const copy = await post('need', 'duplicate-test');
    const third = await post('need', 'duplicate-test');
    const marked = await desk.post(`/desk/answers/${copy.id}/duplicate`, {
      original: ` ${original.reference.toLowerCase()} `,
      action: 'mark',
    });
    expect(marked.status).toBe(303);
    expect((await row(copy.id)).duplicate_of).toBe(original.id);
    const copyPage = (await desk.get(`/desk/answers/${copy.id}`)).body;
    expect(copyPage).toContain(
      `Dette svar er en dublet af <a href="/desk/answers/${original.id}">${original.reference}</a>`,
    );
    const originalPage = (await desk.get(`/desk/answers/${original.id}`)).body;
    expect(originalPage).toContain(`<a href="/desk/answers/${copy.id}">${copy.reference}</a>`);
    expect(await list('challenge=duplicate-test')).toContain(`Dublet af ${original.reference}`);
    // One level only, never itself, never an unknown reference.
    for (const [id, reference, message] of [
      [third.id, copy.reference, 'selv markeret som dublet'],
      [original.id, third.reference, 'Andre svar er markeret som dubletter af dette svar'],
      [third.id, third.reference, 'dublet af sig selv'],
      [third.id, 'SK-AAAAAA', 'Der er intet svar med den reference.'],
    ] as const) {
      const refused = await desk.post(`/desk/answers/${id}/duplicate`, {
        original: reference,
        action: 'mark',
      });
      expect(refused.status, message).toBe(400);
      expect(refused.body).toContain(message);
    }
    expect(
      (await desk.post(`/desk/answers/${copy.id}/duplicate`, { action: 'clear' })).status,
    ).toBe(303);
    expect((await row(copy.id)).duplicate_of).toBeNull();
    expect((await history(copy.id)).map((e) => [e.what, e.detail])).toEqual([
      ['duplicate-of', original.reference],
      ['duplicate-cleared', null],
    ]);
    expect(await history(original.id)).toEqual([
      { what: 'duplicate-added', detail: copy.reference, staff_id: desk.staff.id },
    ]);
  });

  it('shows contact details only on request, and logs who saw them', async () => {
    const answer = await post('need', 'contact-test', {
      author: {
        actorType: 'citizen',
        name: 'Karen Jensen',
        email: 'karen.jensen@example.dk',
        phone: '+45 12 34 56 78',
      },
      consent: { contact: true, textVersion: 'v1' },
    });
    const page = (await desk.get(`/desk/answers/${answer.id}`)).body;
    expect(page).not.toContain('karen.jensen@example.dk');
    expect(page).not.toContain('Karen Jensen');
    expect(page).toContain('Vis kontaktoplysninger');
    const audit = () =>
      receiver.db.query<{ staff_id: string; subject: string }>(
        "SELECT staff_id, subject FROM audit_log WHERE action = 'answer-viewed' AND subject = $1",
        [answer.reference],
      );
    expect(await audit()).toEqual([]);
    const shown = (await desk.get(`/desk/answers/${answer.id}?kontakt=vis`)).body;
    expect(shown).toContain('karen.jensen@example.dk');
    expect(shown).toContain('Karen Jensen');
    expect(shown).toContain('+45 12 34 56 78');
    expect(await audit()).toEqual([{ staff_id: desk.staff.id, subject: answer.reference }]);
    // The list never shows them.
    expect(await list('challenge=contact-test')).not.toContain('karen.jensen@example.dk');
  });

  it('shows what a person wrote as text: markup, quotes and control characters escaped', async () => {
    const answer = await post('need', 'escape-test', {
      text: {
        title: '<script>alert("titel")</script>',
        body: `<img src=x onerror=alert(1)> "citat" 'enkelt' & \u0007klokke \u202Eomvendt\nanden linje`,
      },
    });
    for (const page of [
      (await desk.get(`/desk/answers/${answer.id}`)).body,
      await list('challenge=escape-test'),
    ]) {
      expect(page).not.toContain('<script>alert');
      expect(page).not.toContain('<img src=x');
      expect(page).toContain('&lt;script&gt;alert(&quot;titel&quot;)&lt;/script&gt;');
      expect(page).toContain(
        '&lt;img src=x onerror=alert(1)&gt; &quot;citat&quot; &#39;enkelt&#39; &amp;',
      );
      expect(page).toContain('\u2407klokke');
      expect(page).toContain('[U+202E]omvendt');
      expect(page).not.toContain('\u0007');
      expect(page).not.toContain('\u202E');
    }
    expect((await desk.get(`/desk/answers/${answer.id}`)).body).toContain('omvendt\nanden linje');
  });

  describe('an answer received by phone, letter or at a meeting', () => {
    const form = {
      challenge: 'ensomhed-lunde',
      kind: 'offer',
      channel: 'telefon',
      title: 'Kan køre i minibus',
      body: 'Ringede og fortalte, at de har en minibus om tirsdagen.',
      resourceType: 'equipment',
      availability: 'Tirsdage',
      area: 'Lunde',
      actorType: 'association',
      name: 'Ole Olsen',
      organisation: 'Lunde Borgerforening',
      phone: '12 34 56 78',
      email: '',
      consent: 'ja',
      publish: 'ja',
    };

    it('is stored with source desk, how it came in, and read back like any other', async () => {
      const response = await desk.post('/desk/answers/new', form);
      expect(response.status).toBe(303);
      const id = /^\/desk\/answers\/([0-9a-f-]{36})\?besked=answer-registered$/.exec(
        response.location ?? '',
      )?.[1];
      expect(id).toBeDefined();
      const stored = await row(id!);
      expect(stored).toMatchObject({
        source: 'desk',
        kind: 'offer',
        challenge_id: 'ensomhed-lunde',
        resource_type: 'equipment',
        may_contact: true,
        may_publish: true,
        organisation: 'Lunde Borgerforening',
        contact_phone: '12345678',
      });
      expect(stored.reference).toMatch(/^SK-[A-Z0-9]{6}$/);
      expect(await history(id!)).toEqual([
        { what: 'registered', detail: 'telefon', staff_id: desk.staff.id },
      ]);
      const received = (await receiver.submissions()).find((s) => s.id === id);
      expect(received?.submission?.source).toBe('desk');
      expect(received?.submission?.consent.publish).toBe(true);
      const page = (await desk.get(`/desk/answers/${id}`)).body;
      expect(page).toContain('Registreret på arbejdsbordet (Telefon)');
      expect(page).toContain('Ringede og fortalte, at de har en minibus om tirsdagen.');
    });

    it('shows its errors at the fields and keeps what was typed', async () => {
      const response = await desk.post('/desk/answers/new', {
        ...form,
        challenge: '',
        kind: 'offer',
        channel: '',
        resourceType: '',
        body: '  ',
        email: 'ikke-en-mail',
        consent: '',
        title: 'Beholdes <i>som skrevet</i>',
      });
      expect(response.status).toBe(400);
      for (const field of ['challenge', 'channel', 'resourceType', 'body', 'email']) {
        expect(response.body, field).toContain(`id="f-${field}-error"`);
        expect(response.body, field).toContain(`href="#f-${field}"`);
      }
      expect(response.body).toContain('value="Beholdes &lt;i&gt;som skrevet&lt;/i&gt;"');
      expect(response.body).toContain('value="ikke-en-mail"');
      // A phone number without consent to contact.
      const noConsent = await desk.post('/desk/answers/new', { ...form, consent: '' });
      expect(noConsent.status).toBe(400);
      expect(noConsent.body).toContain('id="f-consent-error"');
      // A challenge that takes no anonymous answers wants a name and a way to reach them.
      const anonymous = await desk.post('/desk/answers/new', {
        ...form,
        challenge: NAMED_ONLY_CHALLENGE.id,
        name: '',
      });
      expect(anonymous.status).toBe(400);
      expect(anonymous.body).toContain('id="f-name-error"');
      expect(
        await receiver.db.query(
          "SELECT id FROM submissions WHERE source = 'desk' AND challenge_id = $1",
          [NAMED_ONLY_CHALLENGE.id],
        ),
      ).toEqual([]);
    });

    it('is refused at the public endpoint when it says source desk', async () => {
      const response = await postSubmission(receiver, {
        ...validSubmission('need'),
        source: 'desk',
      });
      expect(response.status).toBe(422);
      const body = (await response.json()) as { issues: { path: string }[] };
      expect(body.issues.map((issue) => issue.path)).toContain('source');
    });
  });

  it('shows an erased answer as erased, with nothing personal, and takes no reply', async () => {
    const answer = await post('need', 'erase-test', {
      text: { title: 'Hemmelig titel', body: 'Hemmelig tekst' },
    });
    await desk.post(`/desk/answers/${answer.id}/notes`, { note: 'Hemmelig note' });
    // As the personal-data area erases: text and contact copies cleared, erased_at set.
    await receiver.db.query(
      `UPDATE submissions SET erased_at = now(), title = NULL, body = '', contact_name = NULL,
         contact_email = NULL, organisation = NULL WHERE id = $1`,
      [answer.id],
    );
    const page = (await desk.get(`/desk/answers/${answer.id}`)).body;
    expect(page).toContain('Svaret blev slettet');
    for (const secret of ['Hemmelig', 'karen@example.dk', 'Vis kontaktoplysninger']) {
      expect(page).not.toContain(secret);
    }
    expect(await list('challenge=erase-test')).toContain('Svaret er slettet');
    const reply = await desk.post(`/desk/answers/${answer.id}/reply`, {
      reply: 'Tak',
      action: 'save',
    });
    expect(reply.status).toBe(409);
  });

  it('answers 404 for an unknown or malformed answer id', async () => {
    expect((await desk.get('/desk/answers/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await desk.get('/desk/answers/nonsense')).status).toBe(404);
    expect(
      (
        await desk.post('/desk/answers/00000000-0000-4000-8000-000000000000/status', {
          status: 'done',
        })
      ).status,
    ).toBe(404);
  });

  it('reads a page of 50 whatever the total: 2,000 answers of 8 KB of quotes', async () => {
    await receiver.db.query(
      `INSERT INTO submissions (id, reference, challenge_id, kind, actor_type, received_at,
         envelope, title, body, updated_at)
       SELECT gen_random_uuid(), 'SK-Q' || lpad(i::text, 5, '0'), 'scale-test', 'need', 'citizen',
         now() - i * interval '1 second', '{}', 'Citat ' || i, repeat('"', 8000), now()
       FROM generate_series(1, 2000) i`,
    );
    for (const query of [
      'challenge=scale-test',
      'challenge=scale-test&side=40',
      'challenge=scale-test&q=citat',
    ]) {
      const page = await list(query);
      expect(references(page), query).toHaveLength(50);
      // 50 excerpts of 300 escaped quotes (&quot;), never 8 KB bodies.
      expect(page.length, query).toBeLessThan(50 * 300 * 6 + 60_000);
      expect(page).toContain('af 2000');
    }
  }, 60_000);
});
