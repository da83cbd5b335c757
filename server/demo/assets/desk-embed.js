// The desk's embed page (server/routes/desk/embed/page.ts): a button beside each code to copy it.
// The page works without this script: the code is there to select and copy by hand.
const status = document.getElementById('copy-status');
for (const button of document.querySelectorAll('button[data-copy]')) {
  const field = document.getElementById(button.dataset.copy);
  if (!(field instanceof HTMLTextAreaElement) || !navigator.clipboard || !status) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(field.value);
      status.textContent = 'Koden er kopieret.';
    } catch {
      field.select();
      status.textContent = 'Koden er markeret: kopiér den med Ctrl+C (Cmd+C på en Mac).';
    }
  });
}
