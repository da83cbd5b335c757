import { HostServer } from '../support/host-page';
import { expect, storedData, test } from './support';

const fake = (i: number) => ({
  id: `fake-${i}`,
  title: `Falsk udfordring ${i}`,
  framing: 'Ikke en rigtig udfordring.',
  url: `https://evil.example/${i}`,
});

test('a forged page neither crashes the extension nor gets anything sent', async ({
  context,
  extensionId,
  background,
  receiver,
  tabIdOf,
}) => {
  const host = await HostServer.start();
  try {
    const inline = JSON.stringify({
      challenges: Array.from({ length: 10_000 }, (_, i) => fake(i)),
    });
    const forgedUrl = host.serve(
      '/forged.html',
      `<!doctype html><html lang="da"><title>Forged</title>
<div data-samskab data-endpoint="javascript:alert(1)" data-challenges="javascript:alert(2)"></div>
<script type="text/plain" data-endpoint="javascript:alert(3)"></script>
<script type="application/json" data-samskab-challenges>${inline}</script>
<script>
  for (let i = 0; i < 200; i++) {
    window.postMessage({ type: 'submit', endpoint: '${receiver.url}/api/submissions' }, '*');
    window.postMessage({ type: 'delete-all' }, '*');
  }
</script>`,
      { 'Content-Type': 'text/html; charset=utf-8' },
    );
    const site = await context.newPage();
    await site.goto(forgedUrl);
    const popup = await context.newPage();
    await popup.goto(
      `chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(forgedUrl)}`,
    );
    await expect(
      popup.getByText('Siden viser udfordringer, men ikke en gyldig adresse at sende svar til.'),
    ).toBeVisible();
    await expect(popup.getByTestId('detected').locator('li')).toHaveCount(0);

    // The same 10,000 challenges with an endpoint that is allowed: bounded, and still usable.
    const floodUrl = host.serve(
      '/flood.html',
      `<!doctype html><html lang="da"><title>Flood</title>
<div data-samskab data-endpoint="${receiver.url}/api/submissions"></div>
<script type="application/json" data-samskab-challenges>${inline}</script>`,
      { 'Content-Type': 'text/html; charset=utf-8' },
    );
    await site.goto(floodUrl);
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(floodUrl)}`);
    // The first few, then all of them on request (issue 20: no scroll box inside the popup).
    await popup.getByRole('button', { name: 'Vis alle på siden (200)' }).click();
    await expect(popup.getByTestId('detected').locator('li')).toHaveCount(200);
    await popup.getByRole('button', { name: 'Gem: Falsk udfordring 0', exact: true }).click();
    await expect(popup.getByTestId('saved').getByRole('link')).toHaveCount(1);

    const data = await storedData(background);
    expect(data.samskab.outbox).toBe(0);
    expect(data.extension.opportunities).toBe(1);
    expect(await receiver.submissions()).toEqual([]);
  } finally {
    await host.close();
  }
});
