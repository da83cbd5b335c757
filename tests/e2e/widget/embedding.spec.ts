import { expect, submissionRows, test } from '../support/fixtures';
import { effectsRun, sendNeed, writeNeed } from './support';

test('the JS API mounts, mounting twice is harmless, and unmount empties the element', async ({
  page,
  openWidget,
  receiver,
}) => {
  await openWidget({ body: '<div id="manual"></div>' });
  const count = await page.evaluate(
    async ({ url }) => {
      const el = document.getElementById('manual')!;
      const api = (
        window as unknown as { Samskab: { mount: (e: Element, c: object) => { unmount(): void } } }
      ).Samskab;
      const config = { endpoint: `${url}/api/submissions`, challenges: `${url}/api/challenges` };
      api.mount(el, config);
      api.mount(el, config);
      return el.shadowRoot ? 1 : 0;
    },
    { url: receiver.url },
  );
  expect(count).toBe(1);
  const manual = page.locator('#manual');
  await expect(manual.getByRole('button', { name: /Færre ensomme aftener/ })).toHaveCount(1);
  await page.evaluate(
    async ({ url }) => {
      const el = document.getElementById('manual')!;
      const api = (
        window as unknown as { Samskab: { mount: (e: Element, c: object) => { unmount(): void } } }
      ).Samskab;
      api.mount(el, { endpoint: `${url}/api/submissions` }).unmount();
    },
    { url: receiver.url },
  );
  await expect(manual.getByRole('button', { name: /Færre ensomme aftener/ })).toHaveCount(0);
});

test('the ES module build mounts where the page imports it', async ({ page, host, receiver }) => {
  const html = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>ESM</title></head><body>
<div id="here"></div>
<script type="module">
import { mount } from '${receiver.url}/widget/samskab.mjs';
mount(document.getElementById('here'), { endpoint: '${receiver.url}/api/submissions', challenges: '${receiver.url}/api/challenges' });
</script></body></html>`;
  await page.goto(
    host.serve('/host/esm.html', html, { 'Content-Type': 'text/html; charset=utf-8' }),
  );
  await sendNeed(page, 'Via ES-modulet');
  await expect(page.getByRole('heading', { name: 'Tak! Dit svar er sendt.' })).toBeVisible();
  expect((await submissionRows(receiver))[0]!.text.body).toBe('Via ES-modulet');
});

test('two copies of the script on one page mount each element once', async ({
  page,
  openWidget,
  receiver,
}) => {
  await openWidget({
    body: `<script src="${receiver.url}/widget/samskab.js" defer data-endpoint="${receiver.url}/api/submissions" data-challenges="${receiver.url}/api/challenges"></script>`,
  });
  // Both copies ran before DOMContentLoaded (defer); the widget is whole once its answer chunk is
  // in: a second mount would be there by now.
  await expect(page.locator('[data-samskab] section[data-ready]')).toHaveCount(1);
  await effectsRun(page);
  await expect(page.getByRole('button', { name: /Færre ensomme aftener/ })).toHaveCount(1);
});

test('"forget my drafts on this site" removes drafts and unsent answers', async ({
  page,
  context,
  openWidget,
}) => {
  await openWidget();
  await writeNeed(page, 'En kladde, der skal glemmes');
  await expect(page.getByText(/Kladde gemt/)).toBeVisible();
  await page.getByRole('button', { name: /Tilbage til listen/ }).click();
  await context.setOffline(true);
  await sendNeed(page, 'Et svar, der ikke blev sendt', /Mere liv på plejecentret/);
  await page.getByRole('button', { name: /Skriv et svar mere/ }).click();
  await page.getByRole('button', { name: /Tilbage til listen/ }).click();
  // "Dine svar" shows each answer's first words, from the copy in this browser (issue 20).
  await expect(page.getByText('Et svar, der ikke blev sendt', { exact: false })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Dine svar' })).toBeVisible();
  await page.getByRole('button', { name: 'Glem mine kladder på denne side' }).click();
  await page.getByRole('button', { name: 'Ja, slet' }).click();
  await expect(page.getByText('Dine kladder er slettet fra denne browser.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Dine svar' })).toHaveCount(0);
  await expect(page.getByText('Et svar, der ikke blev sendt', { exact: false })).toHaveCount(0);
  await context.setOffline(false);
  await page.reload();
  await writeNeed(page, '');
  await expect(page.getByLabel('Hvad ser du?')).toHaveValue('');
});

test('without IndexedDB it still works in memory and says drafts will not survive', async ({
  page,
  openWidget,
  receiver,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      get() {
        throw new DOMException('blocked by the page', 'SecurityError');
      },
    });
  });
  await openWidget();
  await writeNeed(page, 'Uden IndexedDB');
  await expect(page.getByText('Din browser gemmer ikke kladder.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Send svar' }).click();
  await expect(page.getByRole('heading', { name: 'Tak! Dit svar er sendt.' })).toBeVisible();
  expect(await submissionRows(receiver)).toHaveLength(1);
});
