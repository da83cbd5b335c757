// The opt-in content script ("find challenges on every site"): registered at runtime only after
// the volunteer grants the optional host permission, so no host permission at install. It reads
// the widget's markup and reports to the background, which validates everything. Pages that show
// nothing of Samskab send no message at all.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { Request } from '../extension/background/protocol';
import { CONFIG_KEYS } from '../utils/config-keys';
import { detectSamskab } from '../utils/detect';

export default defineContentScript({
  // Empty on purpose: `registration: 'runtime'` would otherwise add these as host permissions.
  matches: [],
  registration: 'runtime',
  runAt: 'document_idle',
  main() {
    const report = detectSamskab(CONFIG_KEYS);
    if (report.mounts.length || report.scripts.length || report.inline.length) {
      const message: Request<'report'> = { type: 'report', report };
      void browser.runtime.sendMessage(message).catch(() => undefined);
    }
  },
});
