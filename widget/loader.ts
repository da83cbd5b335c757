// The classic script a webmaster adds (`samskab.js`). Tiny on purpose: it reads its own tag
// (only possible now, while it runs), reserves room for each mount, and loads the module build
// from beside itself, wherever the webmaster hosts it, and with it the words of each mount's
// language: both are fetched at once, so the words add no round trip before the list is painted.
import { chosenLocale, pickLocale } from '../utils/i18n';
import { mergeConfig, type RawConfig, readDataConfig } from './config';
import { reserveHeight } from './reserve';

interface Handle {
  unmount(): void;
}
interface SamskabModule {
  mount(element: HTMLElement, config?: RawConfig): Handle;
  autoMount(scriptConfig: RawConfig): void;
}
type SamskabGlobal = { mount(element: HTMLElement, config?: RawConfig): Handle; version: string };

const w = window as unknown as { Samskab?: SamskabGlobal };
const script = document.currentScript as HTMLScriptElement | null;

// A second copy of the script on the same page must not mount everything twice.
if (!w.Samskab && script) {
  const scriptConfig = readDataConfig(script);
  const boot = () => {
    const chosen = chosenLocale();
    for (const element of document.querySelectorAll<HTMLElement>('[data-samskab]')) {
      const config = mergeConfig(scriptConfig, readDataConfig(element));
      reserveHeight(element, Boolean(config.challenge));
      // The same file the module asks for (widget/samskab.tsx): a module is fetched once.
      const locale = pickLocale(config.locale, document.documentElement.lang, chosen);
      import(new URL(`chunks/${locale}-list-${__STRINGS__}.mjs`, script.src).href).catch(() => {});
    }
    return import(new URL('samskab.mjs', script.src).href) as Promise<SamskabModule>;
  };
  // With `async` the document may still be parsing: wait for the mount elements.
  const loaded: Promise<SamskabModule> =
    document.readyState === 'loading'
      ? new Promise((resolve) =>
          document.addEventListener('DOMContentLoaded', () => resolve(boot())),
        )
      : boot();
  let ready: SamskabModule | undefined;
  loaded.then(
    (module) => {
      ready = module;
      module.autoMount(scriptConfig);
    },
    (error) => console.error('Samskab: samskab.mjs did not load', error),
  );
  w.Samskab = {
    version: __VERSION__,
    mount(element, config) {
      // Synchronous once the module is here, as a page calling mount() would expect.
      if (ready) return ready.mount(element, config);
      const handle = loaded.then((module) => module.mount(element, config));
      return { unmount: () => void handle.then((h) => h.unmount()) };
    },
  };
}
