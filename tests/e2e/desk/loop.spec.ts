// Issue 12's whole loop, from a fresh start of the receiver as `npm start` runs it (server/main.ts,
// its own process, a new data folder): the one-time link it prints makes the first admin, who
// creates a challenge; a citizen sees it on the demo page after a reload and answers in the
// widget; more answers arrive; staff find the citizen's by filter and by search, set a status,
// write a note and a public reply, connect an offer to a proposal, publish that proposal and an
// update, and close the challenge with an outcome. The feed then carries all of it. The
// proposal's author asked for news by e-mail and confirmed the address from the mail asking
// (issue 18): publishing its reply sends one mail of news to an SMTP sink.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StatusReport } from '../../../utils/answer-status';
import type { FeedChallenge, Submission } from '../../../utils/schema/index';
import { postSubmission, validSubmission } from '../../server/fixtures';
import { type SmtpSink, startSmtpSink } from '../../server/smtp-sink';
import { type SpawnedReceiver, spawnReceiver } from '../../support/spawn-receiver';
import { receiverLog } from '../support/receiver-log';
import { sendForReference } from '../widget/support';
import { expect, test } from './support';

const ID = 'tryghed-paa-stationen';
const TITLE = 'Tryghed på stationen om aftenen';

let running: SpawnedReceiver | undefined;
let sink: SmtpSink | undefined;
const dataDir = mkdtempSync(join(tmpdir(), 'samskab-loop-'));
const NEWS = 'natteravn.nyt@example.dk';
test.afterAll(async () => {
  await running?.stop();
  await sink?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test('the co-creation loop, from a fresh start to the outcome in the feed', async ({ browser }) => {
  test.slow();
  sink = await startSmtpSink();
  running = await spawnReceiver({
    env: {
      SAMSKAB_DATA_DIR: dataDir,
      SAMSKAB_LOG: receiverLog(),
      SAMSKAB_RATE_LIMIT: '1000/60',
      SAMSKAB_SMTP_URL: sink.url,
      SAMSKAB_MAIL_FROM: 'Lunde Kommune <samskab@lunde.dk>',
      // The mail follows at once, not after 10 minutes of gathering more news.
      SAMSKAB_MAIL_GATHER_SECONDS: '0',
    },
  });
  const { url } = running;
  // The banner's later lines follow the first one, which spawnReceiver waited for.
  await expect.poll(() => running?.output()).toContain('First admin:');
  const setup = /First admin:\s+(\S+)/.exec(running.output())?.[1];
  expect(setup, running.output()).toMatch(/\/desk\/setup\?token=[\w-]{43}$/);

  // The first admin, from the printed link.
  const staffContext = await browser.newContext();
  const desk = await staffContext.newPage();
  await desk.goto(setup!);
  await desk.getByLabel('Dit navn').fill('Anne Andersen');
  await desk.getByLabel('Din e-mail').fill('anne@lunde.dk');
  await desk.getByLabel('Adgangskode', { exact: true }).fill('korrekt hest batteri staple');
  await desk.getByLabel('Gentag adgangskoden').fill('korrekt hest batteri staple');
  await desk.getByRole('button', { name: 'Gem og log ind' }).click();
  await expect(desk.getByRole('heading', { level: 1 })).toHaveText('Overblik');

  // A challenge, created in the desk.
  await desk.goto(`${url}/desk/challenges/new`);
  await desk.getByLabel('Id', { exact: true }).fill(ID);
  await desk.getByLabel('Titel', { exact: true }).fill(TITLE);
  await desk
    .getByLabel('Sådan ser kommunen udfordringen', { exact: true })
    .fill('Flere fortæller, at de undgår stationen om aftenen.');
  await desk
    .getByLabel('Adresse på kommunens hjemmeside')
    .fill('https://kommune.example/samskab/station');
  await desk.getByRole('button', { name: 'Gem som kladde' }).click();
  await expect(desk.getByRole('status')).toContainText('Udfordringen er gemt som kladde.');
  await desk.getByRole('button', { name: 'Offentliggør nu' }).click();
  await expect(desk.getByRole('status')).toHaveText(
    'Udfordringen er offentliggjort og vises nu i feedet.',
  );

  // A citizen answers in the widget on the demo page, after a reload.
  const citizenContext = await browser.newContext();
  const citizen = await citizenContext.newPage();
  await citizen.goto(`${url}/`);
  await citizen.reload();
  await citizen.getByRole('button', { name: new RegExp(TITLE) }).click();
  await citizen.getByRole('button', { name: /Fortæl hvad du ser/ }).click();
  await citizen
    .getByLabel('Hvad ser du?')
    .fill('Belysningen ved cykelparkeringen er gået i stykker.');
  const citizenRef = await sendForReference(citizen);

  // More answers: a proposal whose author agreed to its publication, and an offer.
  const challenge = { id: ID, title: TITLE, url: 'https://kommune.example/samskab/station' };
  const proposal: Submission = {
    ...validSubmission('proposal'),
    challenge,
    text: {
      title: 'Natteravne på stationen',
      body: 'Frivillige natteravne kunne gå en runde fredag og lørdag.',
    },
    author: { actorType: 'association', organisation: 'Lunde Natteravne' },
    consent: { contact: false, textVersion: 'da-2026-11', publish: true },
    // News about this answer by e-mail (protocol 1.1), apart from any contact consent.
    updates: { email: NEWS },
  };
  const offer: Submission = {
    ...validSubmission('offer'),
    challenge,
    text: { title: 'Veste og lygter', body: 'Vi kan låne reflekser, veste og lygter ud.' },
    offer: { resourceType: 'equipment', area: 'Lunde' },
  };
  const references: string[] = [];
  const statusUrls: string[] = [];
  for (const submission of [proposal, offer]) {
    const response = await postSubmission(running, submission);
    expect(response.status).toBe(201);
    const receipt = (await response.json()) as { reference: string; statusUrl: string };
    references.push(receipt.reference);
    statusUrls.push(receipt.statusUrl);
  }
  const [proposalRef, offerRef] = references as [string, string];
  // The proposal's author confirms the address for news from the one mail asking, as a mail
  // client's browser does: the page, then its button.
  const [asking] = await sink.waitFor(1);
  expect(asking!.to).toEqual([NEWS]);
  const confirmUrl = /https?:\/\/\S+\/mail\/confirm\?token=[\w-]+/.exec(asking!.text)?.[0];
  expect(confirmUrl, asking!.text).toBeDefined();
  const confirmed = await fetch(confirmUrl!, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: '',
  });
  expect(confirmed.status).toBe(200);

  // The citizen's answer, found by filter and by search.
  await desk.goto(`${url}/desk/answers`);
  await desk.getByLabel('Udfordring').selectOption(ID);
  await desk.getByLabel('Type').selectOption('need');
  await desk.getByRole('button', { name: 'Vis svar' }).click();
  await expect(desk.getByRole('link', { name: citizenRef })).toBeVisible();
  await expect(desk.getByRole('link', { name: proposalRef })).toHaveCount(0);
  await desk.getByRole('link', { name: 'Fjern alle filtre' }).click();
  await desk.getByLabel('Søg i titel, tekst eller reference').fill('belysning');
  await desk.getByRole('button', { name: 'Vis svar' }).click();
  await desk.getByRole('link', { name: citizenRef }).click();
  await expect(desk.getByRole('heading', { level: 1 })).toHaveText(`Svar ${citizenRef}`);

  // A status, a note and a public reply.
  await desk.getByLabel('Status', { exact: true }).selectOption('taken-forward');
  await desk.getByRole('button', { name: 'Gem status' }).click();
  await expect(desk.getByRole('status')).toHaveText('Status er ændret.');
  await desk.getByLabel('Ny note').fill('Teknik og Miljø er orienteret.');
  await desk.getByRole('button', { name: 'Gem note' }).click();
  await expect(desk.getByRole('status')).toHaveText('Noten er gemt.');
  await desk.getByLabel('Kladde til beskeden').fill('Tak. Lamperne bliver skiftet i næste uge.');
  await desk.getByRole('button', { name: 'Offentliggør beskeden til borgeren' }).click();
  await expect(desk.getByRole('status')).toHaveText('Beskeden til borgeren er offentliggjort.');

  // The offer connected to the proposal.
  await desk.goto(`${url}/desk/resources`);
  await desk.getByRole('link', { name: `Kobl til … (tilbud ${offerRef})` }).click();
  await desk.getByLabel('Søg i tekst').fill('natteravne');
  await desk.getByRole('button', { name: /Søg/ }).first().click();
  await desk.getByRole('button', { name: `Kobl ${proposalRef} til ${offerRef}` }).click();
  await expect(desk.getByRole('status')).toHaveText('Tilbuddet er koblet.');

  // The proposal published on the challenge, with a reply.
  await desk.goto(`${url}/desk/answers?q=natteravne`);
  await desk.getByRole('link', { name: proposalRef }).click();
  await expect(desk.getByRole('region', { name: 'Koblinger' })).toContainText(offerRef);
  await desk.getByLabel('Kladde til beskeden').fill('Vi mødes med natteravnene i december.');
  await desk.getByRole('button', { name: 'Offentliggør beskeden til borgeren' }).click();
  await expect(desk.getByRole('status')).toHaveText('Beskeden til borgeren er offentliggjort.');
  // The proposal's author asked for news: one mail with the reply and the status link, which
  // reports the same.
  const [, mail] = await sink.waitFor(2);
  expect(mail!.to).toEqual([NEWS]);
  expect(mail!.subject).toBe(`Nyt om dit svar ${proposalRef}`);
  expect(mail!.text).toContain('Vi mødes med natteravnene i december.');
  expect(mail!.text).toContain(`Se status og kommunens besked her: ${statusUrls[0]}`);
  const status = StatusReport.parse(await (await fetch(statusUrls[0]!)).json());
  expect(status).toMatchObject({
    reference: proposalRef,
    status: 'received',
    reply: 'Vi mødes med natteravnene i december.',
  });
  await desk.getByRole('button', { name: 'Offentliggør svaret', exact: true }).click();
  await expect(desk.getByRole('status')).toHaveText('Svaret er offentliggjort på udfordringen.');

  // An update, then closed with an outcome.
  await desk.goto(`${url}/desk/challenges/${ID}`);
  await desk
    .getByLabel('Ny opdatering')
    .fill('Vi har hørt 3 svar og går videre med lys og natteravne.');
  await desk.getByRole('button', { name: 'Offentliggør opdateringen' }).click();
  await expect(desk.getByRole('status')).toHaveText('Opdateringen er offentliggjort.');
  await desk
    .getByLabel('Hvad kom der ud af udfordringen?')
    .fill('Nyt lys og natteravne hver weekend fra januar.');
  await desk.getByRole('button', { name: 'Luk udfordringen' }).click();
  // The proposal's author confirmed an address for news: the outcome goes to it, and staff are told.
  await expect(desk.getByRole('status')).toHaveText(
    'Udfordringen er lukket. Udfaldet sendes på e-mail til 1 adresse, der har bedt om nyt om svar på udfordringen.',
  );

  // The feed carries the published answer, the update and the outcome; never a name or email.
  const response = await fetch(`${url}/api/challenges`);
  const feed = (await response.json()) as { challenges: FeedChallenge[] };
  const item = feed.challenges.find((entry) => entry.id === ID);
  expect(item).toMatchObject({
    status: 'closed',
    outcome: 'Nyt lys og natteravne hver weekend fra januar.',
    counts: { need: 1, proposal: 1, offer: 1 },
    updates: [{ text: 'Vi har hørt 3 svar og går videre med lys og natteravne.' }],
    published: [
      {
        reference: proposalRef,
        kind: 'proposal',
        title: 'Natteravne på stationen',
        text: 'Frivillige natteravne kunne gå en runde fredag og lørdag.',
        organisation: 'Lunde Natteravne',
        reply: 'Vi mødes med natteravnene i december.',
      },
    ],
  });
  expect(JSON.stringify(feed)).not.toContain('karen@example.dk');
  expect(JSON.stringify(feed)).not.toContain(NEWS);
  // The confirmation, the news of the reply and, once, the outcome.
  await expect.poll(() => sink?.mails.length).toBe(3);
  await citizenContext.close();
  await staffContext.close();
});
