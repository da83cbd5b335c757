// Issue 20's desk journeys in Debian's Chromium against a real receiver: a reference finds its
// answer in the search, by address and in Personoplysninger (after the identity is confirmed); a
// note posted after the session cookie is gone comes back filled in after signing in again and is
// saved on the next submit; a draft challenge stays out of /api/challenges until published; an
// offer sent with "Jeg vil gerne hjælpe" shows on the proposal's desk page; with a sign-on proxy,
// the tab keeps a note the proxy took and puts it back. axe on every new or changed page and state.
import { randomUUID } from 'node:crypto';
import { startReceiver } from '../../../server/start';
import { signedIn, TEST_PASSWORD } from '../../server/desk/desk-client';
import { answerFrom } from '../../server/desk/privacy-support';
import { postSubmission, validSubmission } from '../../server/fixtures';
import { expectNoViolations } from '../support/axe';
import { receiverLog } from '../support/receiver-log';
import { expect, offerHelp, test } from './support';

const CHALLENGE = 'Færre ensomme aftener for ældre i Lunde';

const feedIds = async (url: string) => {
  const { challenges } = (await (await fetch(`${url}/api/challenges`)).json()) as {
    challenges: { id: string }[];
  };
  return challenges.map((challenge) => challenge.id);
};

test('a reference finds its answer in search, by address and in Personoplysninger', async ({
  desk,
  receiver,
}) => {
  const answer = answerFrom(
    { name: 'Karen Jensen', email: 'karen.jensen@example.dk' },
    { title: 'Bænke ved søen', body: 'Der mangler bænke ved søen.' },
  );
  const other = answerFrom(
    { name: 'Karen Jensen', email: 'karen.jensen@example.dk' },
    { title: 'Lys på stien', body: 'Stien er mørk.' },
  );
  const posted = await postSubmission(receiver, answer);
  const { reference } = (await posted.json()) as { reference: string };
  const { reference: otherReference } = (await (await postSubmission(receiver, other)).json()) as {
    reference: string;
  };

  // In the list's search, as the citizen read it aloud: lower case, without "SK-".
  await desk.goto(`${receiver.url}/desk/answers`);
  await desk
    .getByLabel('Søg i titel, tekst eller reference')
    .fill(reference.slice(3).toLowerCase());
  await desk.getByRole('button', { name: 'Vis svar' }).click();
  await expect(desk.getByRole('heading', { name: '1 svar' })).toBeVisible();
  await expect(desk.getByRole('link', { name: reference })).toBeVisible();
  await expectNoViolations(desk, 'answer list found by reference');

  // By address.
  await desk.goto(`${receiver.url}/desk/answers/${reference.toLowerCase()}`);
  await expect(desk.getByRole('heading', { level: 1 })).toHaveText(`Svar ${reference}`);
  expect(desk.url()).toBe(`${receiver.url}/desk/answers/${answer.id}`);

  // In Personoplysninger: the answer, then its person's others once the identity is confirmed.
  await desk.goto(`${receiver.url}/desk/people`);
  await desk.getByLabel('E-mail, telefonnummer, navn eller reference').fill(reference);
  await desk.getByRole('button', { name: 'Find svar' }).click();
  await expect(desk.getByRole('heading', { name: `Svaret ${reference}` })).toBeVisible();
  await expect(desk.getByRole('link', { name: otherReference })).toHaveCount(0);
  await expectNoViolations(desk, 'a reference found, the identity to confirm');
  await desk.getByRole('button', { name: 'Bekræft og find personens svar' }).click();
  await expect(desk.getByRole('alert')).toContainText('Vælg, hvordan du har bekræftet');
  await expectNoViolations(desk, 'the identity step with an error');
  await desk.getByLabel('Personen har vist legitimation ved personligt fremmøde').check();
  await desk.getByRole('button', { name: 'Bekræft og find personens svar' }).click();
  await expect(desk.getByRole('heading', { name: '2 svar fra personen' })).toBeVisible();
  await expect(desk.getByRole('link', { name: otherReference })).toBeVisible();
  await expectNoViolations(desk, 'the person found by reference');

  // Handed over as a Danish document.
  await desk.getByRole('button', { name: 'Vis de valgte svar som dokument til personen' }).click();
  await expect(desk.getByRole('heading', { level: 1 })).toHaveText(
    'Dine svar og hvad kommunen har registreret om dem',
  );
  await expect(desk.getByRole('heading', { name: `Svar ${reference}` })).toBeVisible();
  await expect(desk.getByText('Bænke ved søen', { exact: true })).toBeVisible();
  await expectNoViolations(desk, 'the access document');
});

test('a note posted after the session ended comes back after signing in, and is saved when sent', async ({
  page,
  receiver,
}) => {
  const client = await signedIn(receiver, { name: 'Frida Facilitator' });
  const [name, value] = client.cookie.split('=') as [string, string];
  await page.context().addCookies([{ name, value, url: receiver.url, httpOnly: true }]);
  const answer = { ...validSubmission('need'), id: randomUUID() };
  expect((await postSubmission(receiver, answer)).status).toBe(201);
  const NOTE = 'Ringede til Karen.\nHun kommer torsdag kl. 10 med nøglen.';

  await page.goto(`${receiver.url}/desk/answers/${answer.id}`);
  await page.getByLabel('Ny note').fill(NOTE);
  // The session ends while the note is being written.
  await page.context().clearCookies();
  await page.getByRole('button', { name: 'Gem note' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log ind på arbejdsbordet');
  await expect(page.getByRole('alert')).toContainText('Formularen er ikke gemt');
  await expectNoViolations(page, 'sign-in carrying a form');
  await page.getByLabel('E-mail').fill(client.staff.email);
  await page.getByLabel('Adgangskode').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Log ind' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Svar SK-/);
  await expect(page.getByText('Det, du skrev, er ikke gemt endnu')).toBeVisible();
  await expect(page.getByLabel('Ny note')).toHaveValue(NOTE);
  await expect(page.getByLabel('Ny note')).toBeFocused();
  await expect(page.locator('.answer-notes')).toHaveCount(0);
  await expectNoViolations(page, 'the note filled in again');

  await page.getByRole('button', { name: 'Gem note' }).click();
  await expect(page.getByRole('status')).toHaveText('Noten er gemt.');
  await expect(page.locator('.answer-notes')).toContainText('Hun kommer torsdag kl. 10');
});

test('a draft challenge is out of /api/challenges until published', async ({ desk, receiver }) => {
  // An empty Overblik shows the first steps.
  await desk.goto(`${receiver.url}/desk`);
  await expect(desk.getByRole('heading', { name: 'Kom i gang' })).toBeVisible();
  await expectNoViolations(desk, 'Overblik with the first steps');

  await desk.goto(`${receiver.url}/desk/challenges/new`);
  await desk.getByLabel('Id', { exact: true }).fill('legeplads-nord');
  await desk.getByLabel('Titel', { exact: true }).fill('En legeplads i Nord');
  await desk
    .getByLabel('Sådan ser kommunen udfordringen', { exact: true })
    .fill('Der er ingen legeplads i Nord.');
  await desk.getByLabel('Adresse på kommunens hjemmeside').fill('https://kommune.example/nord');
  await desk.getByRole('button', { name: 'Gem som kladde' }).click();
  await expect(desk.getByRole('heading', { name: 'Kladde: ikke offentliggjort' })).toBeVisible();
  expect(await feedIds(receiver.url)).not.toContain('legeplads-nord');
  await expectNoViolations(desk, 'a draft challenge');

  // A time that has passed is refused at its field.
  await desk
    .getByLabel('Offentliggør af sig selv på et bestemt tidspunkt')
    .fill('2020-01-01T10:00');
  await desk.getByRole('button', { name: 'Vælg tidspunktet' }).click();
  await expect(desk.getByRole('alert')).toContainText('Tidspunktet er passeret.');
  await expectNoViolations(desk, 'a draft challenge with an error');

  await desk.goto(`${receiver.url}/desk/challenges?vis=drafts`);
  await expect(desk.getByRole('link', { name: 'En legeplads i Nord' })).toBeVisible();
  await expectNoViolations(desk, 'the drafts');
  await desk.getByRole('link', { name: 'En legeplads i Nord' }).click();
  await desk.getByRole('button', { name: 'Offentliggør nu' }).click();
  await expect(desk.getByRole('status')).toHaveText(
    'Udfordringen er offentliggjort og vises nu i feedet.',
  );
  expect(await feedIds(receiver.url)).toContain('legeplads-nord');
});

test('an offer sent with "Jeg vil gerne hjælpe" appears on the proposal’s desk page', async ({
  desk,
  browser,
  receiver,
}) => {
  const proposal = {
    ...validSubmission('proposal'),
    id: randomUUID(),
    text: { title: 'Fællesspisning', body: 'Fællesspisning hver torsdag i købmandsgården.' },
    consent: { contact: false, textVersion: 'da-2026-11', publish: true },
    author: { actorType: 'citizen' as const },
  };
  const { reference } = (await (await postSubmission(receiver, proposal)).json()) as {
    reference: string;
  };
  await desk.goto(`${receiver.url}/desk/answers/${proposal.id}`);
  await desk.getByLabel(/Søger hjælp/).check();
  await desk.getByRole('button', { name: 'Offentliggør svaret', exact: true }).click();
  await expect(desk.getByRole('status')).toHaveText('Svaret er offentliggjort på udfordringen.');

  const helperContext = await browser.newContext();
  try {
    const helper = await helperContext.newPage();
    const offerReference = await offerHelp(helper, receiver, {
      challenge: CHALLENGE,
      proposal: reference,
      offer: 'Jeg kan lave mad til tyve.',
    });

    await desk.goto(`${receiver.url}/desk/answers/${proposal.id}`);
    const connections = desk.getByRole('region', { name: 'Koblinger' });
    await expect(
      connections.getByRole('heading', { name: 'Tilbud om hjælp fra borgere, ikke bekræftet (1)' }),
    ).toBeVisible();
    await expect(connections.getByRole('link', { name: offerReference })).toBeVisible();
    await expectNoViolations(desk, 'a proposal with an offer to confirm');
    await connections.getByRole('button', { name: /Bekræft koblingen/ }).click();
    await expect(desk.getByRole('status')).toHaveText('Tilbuddet er koblet.');
    await expect(connections).toContainText('Tilbød selv hjælp');

    await desk.goto(`${receiver.url}/desk/answers?q=${reference}`);
    await expect(desk.getByText('1 kobling')).toBeVisible();
  } finally {
    await helperContext.close();
  }
});

test('the other new pages pass axe: registering, own numbers, a mistyped address', async ({
  desk,
  adminDesk,
  receiver,
}) => {
  await desk.goto(`${receiver.url}/desk/answers/new`);
  await expect(desk.getByLabel('Modtaget den')).toBeVisible();
  await expectNoViolations(desk, 'Registrér et svar');
  await desk.getByRole('button', { name: 'Registrér svaret' }).click();
  await expect(desk.getByRole('alert')).toBeVisible();
  await expectNoViolations(desk, 'Registrér et svar with errors');

  await adminDesk.goto(`${receiver.url}/desk/settings`);
  await adminDesk
    .getByLabel('Numre og adresser, som offentlige tekster må indeholde')
    .fill('72 10 20 30\nomstillingen');
  await adminDesk.getByRole('button', { name: 'Gem numre og adresser' }).click();
  await expect(adminDesk.getByRole('alert')).toContainText('Linje 2');
  await expectNoViolations(adminDesk, 'own numbers with an error');
  await adminDesk
    .getByLabel('Numre og adresser, som offentlige tekster må indeholde')
    .fill('72 10 20 30');
  await adminDesk.getByRole('button', { name: 'Gem numre og adresser' }).click();
  await expect(adminDesk.getByRole('status')).toHaveText(
    'Kommunens egne numre og adresser er gemt.',
  );
  await expectNoViolations(adminDesk, 'settings');

  await desk.goto(`${receiver.url}/desk/svaar`);
  await expect(desk.getByRole('heading', { level: 1 })).toHaveText('Siden findes ikke');
  await expectNoViolations(desk, 'a mistyped desk address');
});

test('with a sign-on proxy, a note sent after the session ended is put back from the tab', async ({
  browser,
}) => {
  // The proxy is played by the browser context: it names the user in X-Forwarded-Email while the
  // sign-on session lasts, and not once it has ended.
  const receiver = await startReceiver({
    database: { kind: 'memory' },
    log: receiverLog(),
    deskAuth: 'proxy',
    trustedProxies: ['127.0.0.1'],
  });
  const context = await browser.newContext();
  try {
    const staff = await signedIn(receiver, { name: 'Frida Facilitator' });
    const answer = { ...validSubmission('need'), id: randomUUID() };
    expect((await postSubmission(receiver, answer)).status).toBe(201);
    const page = await context.newPage();
    const signedOn = { 'x-forwarded-email': staff.staff.email };
    await context.setExtraHTTPHeaders(signedOn);
    const NOTE = 'Skrevet lige før sign-on-sessionen udløb.';
    const answerPage = `${receiver.url}/desk/answers/${answer.id}`;

    await page.goto(answerPage);
    await page.getByLabel('Ny note').fill(NOTE);
    await context.setExtraHTTPHeaders({});
    await page.getByRole('button', { name: 'Gem note' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ikke logget ind');

    // Signed on again, the person opens the answer: the note is back, not saved.
    await context.setExtraHTTPHeaders(signedOn);
    await page.goto(answerPage);
    await expect(page.getByLabel('Ny note')).toHaveValue(NOTE);
    await expect(page.getByText('står i formularen igen. Det er ikke gemt')).toBeVisible();
    await expect(page.locator('.answer-notes')).toHaveCount(0);
    await expectNoViolations(page, 'a note put back from the tab');
    await page.getByRole('button', { name: 'Gem note' }).click();
    await expect(page.getByRole('status')).toHaveText('Noten er gemt.');
    // Saved: it does not come back.
    await page.goto(answerPage);
    await expect(page.getByLabel('Ny note')).toHaveValue('');
    await expect(page.locator('.answer-notes')).toContainText(NOTE);
  } finally {
    await context.close();
    await receiver.close();
  }
});
