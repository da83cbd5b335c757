// The widget as last released (tests/fixtures/previous-clients/) against this receiver's mail
// queue (issue 18, protocol 1.2): it sends an answer with an address for news, gets a receipt that
// now carries `updates`, which it does not know and ignores, and shows its receipt as before; the
// receiver mails the address a request to confirm it, as for any client.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { expect, test } from '../support/fixtures';
import { openHostPage } from '../support/host-page';
import { startMailingReceiver } from '../support/mailing-receiver';
import { sendForReference, writeNeed } from '../widget/support';

const PREVIOUS_WIDGET = join(
  import.meta.dirname,
  '..',
  '..',
  'fixtures',
  'previous-clients',
  'widget',
);
const NEWS = 'nyt.fra.forrige@example.dk';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

test('the previous widget sends an answer with an address for news, and shows its receipt', async ({
  page,
  host,
}) => {
  test.slow();
  const { sink, receiver } = await startMailingReceiver({
    allowedOrigins: [host.origin],
  });
  try {
    for (const file of filesUnder(PREVIOUS_WIDGET)) {
      const path = `/previous/widget/${relative(PREVIOUS_WIDGET, file).split('\\').join('/')}`;
      host.serve(path, readFileSync(file, 'utf8'), {
        'Content-Type':
          extname(file) === '.css' ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8',
      });
    }
    await openHostPage(page, host, `${host.origin}/previous`, {
      script: {
        endpoint: `${receiver.url}/api/submissions`,
        challenges: `${receiver.url}/api/challenges`,
      },
    });
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
