// The widget as last released (tests/fixtures/previous-clients/) against this receiver's mail
// queue (issue 18, protocol 1.2): it sends an answer with an address for news, gets a receipt that
// now carries `updates`, which it does not know and ignores, and shows its receipt as before; the
// receiver mails the address a request to confirm it, as for any client.
import { expect, test } from '../support/fixtures';
import { startMailingReceiver } from '../support/mailing-receiver';
import { sendForReference, writeNeed } from '../widget/support';
import { openPreviousWidget } from './previous-widget';

const NEWS = 'nyt.fra.forrige@example.dk';

test('the previous widget sends an answer with an address for news, and shows its receipt', async ({
  page,
  host,
}) => {
  test.slow();
  const { sink, receiver } = await startMailingReceiver({
    allowedOrigins: [host.origin],
  });
  try {
    await openPreviousWidget(page, host, receiver);
    await expect(page.locator('[data-samskab] section[data-ready]').first()).toBeAttached();
    await writeNeed(page, 'Der mangler lys ved busstoppestedet om aftenen.');
    await page.getByLabel(/Vil du have besked, når kommunen svarer/).fill(NEWS);
    const reference = await sendForReference(page);
    await expect(page.getByRole('heading', { name: 'Hvad sker der nu?' })).toBeVisible();
    const [row] = await receiver.submissions();
    expect(row?.reference).toBe(reference);
    const [asking] = await sink.waitFor(1);
    expect(asking!.to).toEqual([NEWS]);
    expect(asking!.text).toMatch(/\/mail\/confirm\?token=/);
  } finally {
    await receiver.close();
    await sink.close();
  }
});
