// Issue 13's loop across every part, in Debian's Chromium against the real receiver with the
// desk and a real SMTP server on 127.0.0.1: a citizen proposes something in the widget, agreeing
// to its publication and giving an address for news; the receipt says a mail asking to confirm
// the address is on its way, and the citizen confirms it from that mail (issue 18); staff set a
// status, reply and publish the reply; one e-mail of news arrives with the reply and the status
// link; on the citizen's next visit (an
// hour later) "Dine svar" shows the status and the reply, and the challenge shows the published
// proposal; a second citizen offers to help with it, and the desk shows the offer linked to it.
import { expectNoViolations } from '../support/axe';
import { startMailingReceiver } from '../support/mailing-receiver';
import { sendForReference } from '../widget/support';
import { confirmFromMail, expect, offerHelp, signedInPage, test } from './support';

const CHALLENGE = 'Færre ensomme aftener for ældre i Lunde';
const PROPOSAL =
  'Spisefællesskab i købmandsgården hver torsdag, hvor ældre og unge laver mad sammen.';
const REPLY = 'Tak! Vi tager forslaget med til mødet med foreningerne i december.';
const NEWS = 'nyt.om.svaret@example.dk';
const HOUR = 60 * 60 * 1000;

test('a proposal goes round the loop: status, reply, mail, published, joined', async ({
  browser,
}) => {
  test.slow();
  const { sink, receiver } = await startMailingReceiver();
  const contexts = [
    await browser.newContext(),
    await browser.newContext(),
    await browser.newContext(),
  ];
  try {
    const [citizenContext, staffContext, helperContext] = contexts as [
      (typeof contexts)[0],
      (typeof contexts)[0],
      (typeof contexts)[0],
    ];
    const t0 = Date.now();

    // The citizen proposes, with consent to publish and an address for news only.
    const citizen = await citizenContext.newPage();
    await citizen.clock.setFixedTime(t0);
    await citizen.goto(`${receiver.url}/`);
    await citizen.getByRole('button', { name: new RegExp(CHALLENGE) }).click();
    await citizen.getByRole('button', { name: /Foreslå en løsning/ }).click();
    await citizen.getByLabel('Hvad foreslår du?').fill(PROPOSAL);
    await citizen.getByRole('textbox', { name: /^E-mail/ }).fill(NEWS);
    await citizen
      .getByRole('checkbox', { name: 'Send mig også nyt om mit svar på den e-mail' })
      .check();
    await citizen
      .getByLabel('Kommunen må vise mit svar på siden, uden navn og kontaktoplysninger')
      .check();
    const reference = await sendForReference(citizen);
    await expect(
      citizen.getByText('Du får en e-mail, hvor du skal bekræfte din e-mailadresse', {
        exact: false,
      }),
    ).toBeVisible();

    // The mail asking to confirm the address for news; the citizen confirms it in the browser.
    const [asking] = await sink.waitFor(1);
    expect(asking!.to).toEqual([NEWS]);
    expect(asking!.text).not.toContain(reference);
    await confirmFromMail(citizenContext, asking!);

    // Staff: a status for their own work, then a reply, published (which shows the status too),
    // and the proposal published on the challenge as one that seeks help.
    const desk = await signedInPage(await staffContext.newPage(), receiver, 'facilitator');
    await desk.goto(`${receiver.url}/desk/answers?q=spisefællesskab`);
    await desk.getByRole('link', { name: reference }).click();
    await desk.getByLabel('Status', { exact: true }).selectOption('taken-forward');
    await desk.getByRole('button', { name: 'Gem status' }).click();
    await expect(desk.getByRole('status')).toHaveText('Status er ændret.');
    await desk.getByLabel('Kladde til beskeden').fill(REPLY);
    await desk.getByRole('button', { name: 'Offentliggør beskeden til borgeren' }).click();
    await expect(desk.getByRole('status')).toHaveText('Beskeden til borgeren er offentliggjort.');
    await desk.getByLabel(/Søger hjælp/).check();
    await desk.getByRole('button', { name: 'Offentliggør svaret', exact: true }).click();
    await expect(desk.getByRole('status')).toHaveText('Svaret er offentliggjort på udfordringen.');

    // One e-mail of news, to the address for news, with the reply and the status link.
    const [, mail] = await sink.waitFor(2);
    expect(mail!.to).toEqual([NEWS]);
    expect(mail!.subject).toBe(`Nyt om dit svar ${reference}`);
    expect(mail!.text).toContain(REPLY);
    const statusUrl = /https?:\/\/\S+\/api\/status\/[\w-]+/.exec(mail!.text)?.[0];
    expect(statusUrl, mail!.text).toBeDefined();
    expect(await (await fetch(statusUrl!)).json()).toMatchObject({
      reference,
      status: 'taken-forward',
      reply: REPLY,
    });

    // The citizen's next visit, an hour later: the status and the reply, marked as new.
    await citizen.clock.setFixedTime(t0 + HOUR + 60_000);
    await citizen.goto(`${receiver.url}/`);
    const entry = citizen.locator('[data-samskab] .outbox [data-state]').first();
    await expect(entry.locator('.status.new')).toContainText('Arbejdes videre med', {
      ignoreCase: true,
    });
    await expect(entry.locator('.reply')).toHaveText(REPLY);
    await expectNoViolations(citizen, 'Dine svar with a status and a reply');

    // The challenge shows the published proposal, its status and the reply.
    await citizen.getByRole('button', { name: new RegExp(CHALLENGE) }).click();
    const said = citizen.getByRole('region', { name: 'Det har andre sagt' });
    await expect(said).toContainText(PROPOSAL);
    await expect(said).toContainText(REPLY);

    // A second citizen offers to help with it: the offer arrives linked to the proposal.
    const helper = await helperContext.newPage();
    const offerReference = await offerHelp(helper, receiver, {
      challenge: CHALLENGE,
      proposal: reference,
      offer: 'Jeg kan lave mad og tage min nabo med.',
    });
    await desk.goto(`${receiver.url}/desk/answers?q=nabo`);
    await desk.getByRole('link', { name: offerReference }).click();
    // "Svarer på" among the answer's facts, and among its connections.
    await expect(desk.locator('dl').getByRole('link', { name: reference })).toBeVisible();
    await expect(desk.getByRole('link', { name: reference })).toHaveCount(2);
    expect(sink.mails).toHaveLength(2);
  } finally {
    for (const context of contexts) await context.close();
    await receiver.close();
    await sink.close();
  }
});
