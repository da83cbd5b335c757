/**
 * Saves text as a file through a temporary link: no `downloads` permission in the extension, no
 * request in the widget. The object URL lives a while after the click, for slow file dialogs.
 */
export function downloadText(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
