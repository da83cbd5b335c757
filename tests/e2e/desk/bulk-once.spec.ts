// Issue 20 point 3 in the browser, with a real SMTP server on 127.0.0.1: a reply drafted at the
// desk and published in bulk twice is published, and mailed to the citizen, once; the second bulk
// says that none was published and one already was. (Before, the draft box kept the published text
// and a second bulk published and mailed it again.)
import type { Submission } from '../../../utils/schema/index';
import { postSubmission, validSubmission } from '../../server/fixtures';
import { expectNoViolations } from '../support/axe';
import { startMailingReceiver } from '../support/mailing-receiver';
import { confirmFromMail, expect, signedInPage, test } from './support';

const NEWS = 'bulk.nyt@example.dk';
const REPLY = 'Tak for dit svar. Vi tager det med til mødet med foreningerne i december.';

test('a reply published in bulk twice is mailed once, and the second bulk says so', async ({
  browser,
}) => {
  const { sink, receiver } = await startMailingReceiver();
  const context = await browser.newContext();
  try {
    // A citizen's answer asking for news, the address confirmed from the mail.
    const base = validSubmission('need');
    const submission: Submission = { ...base, updates: { email: NEWS } };
    const posted = await postSubmission(receiver, submission);
    expect(posted.status).toBe(201);
    const { reference } = (await posted.json()) as { reference: string };
    const [asking] = await sink.waitFor(1);
    await confirmFromMail(context, asking!);

    // Staff draft a reply on the answer's page.
    const desk = await signedInPage(await context.newPage(), receiver, 'facilitator');
    await desk.goto(`${receiver.url}/desk/answers/${submission.id}`);
    await desk.getByLabel('Kladde til beskeden').fill(REPLY);
    await desk.getByRole('button', { name: 'Gem kladde' }).click();
    await expect(desk.getByRole('status')).toHaveText('Beskeden til borgeren er gemt som kladde.');

    // Ticked in the list and published in bulk: one published, one mail with the reply.
    const publishInBulk = async () => {
      await desk.goto(`${receiver.url}/desk/answers`);
      await desk.getByLabel(`Vælg svar ${reference}`).check();
      await desk.getByRole('button', { name: 'Offentliggør beskedkladder for valgte' }).click();
      // Publishing shows the citizen the answer's status; where that changes what they see, the
      // desk asks first. Whichever page came back decides.
      const asking = desk.getByRole('heading', { level: 1, name: /\?$/ });
      await expect(desk.getByRole('status').or(asking)).toBeVisible();
      if (await asking.isVisible()) await desk.getByRole('button', { name: /^Ja/ }).click();
    };
    await publishInBulk();
    await expect(desk.getByRole('status')).toHaveText('Beskeder til borgerne: 1 offentliggjort.');
    await expectNoViolations(desk, 'answer list after a bulk publish');
    const mails = await sink.waitFor(2);
    expect(mails[1]!.to).toEqual([NEWS]);
    expect(mails[1]!.text).toContain(REPLY);

    // Again: nothing new is published, and the confirmation says why.
    await publishInBulk();
    await expect(desk.getByRole('status')).toHaveText(
      /^Beskeder til borgerne: 0 offentliggjort.*1 var allerede offentliggjort/,
    );
    // The draft box is empty once published, so there is nothing to publish twice.
    await desk.goto(`${receiver.url}/desk/answers/${submission.id}`);
    await expect(desk.getByLabel('Kladde til beskeden')).toHaveValue('');
    // Proof that no second mail is on its way: every mail queued has been handed to the server.
    await receiver.updateMailsSettled();
    expect(sink.mails.filter((mail) => mail.to.includes(NEWS))).toHaveLength(2);
  } finally {
    await context.close();
    await receiver.close();
    await sink.close();
  }
});
