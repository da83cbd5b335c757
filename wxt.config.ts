import { defineConfig } from 'wxt';

// Permissions, least first (issue 4): no host permission at install. Detection uses activeTab;
// "find challenges on every site" and each endpoint's origin are asked for at runtime.
const COMMON_PERMISSIONS = ['storage', 'activeTab', 'scripting', 'alarms', 'contextMenus'];

// The `e2e` mode (`wxt build --mode e2e` → .output/chrome-mv3-e2e) is only for Playwright, which
// can neither click the toolbar button (activeTab) nor answer a permission prompt: it grants the
// loopback receiver's origin at install. The shipped builds never carry a host permission.
const E2E_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

// One mark in every size the stores and browsers ask for: drawn from scripts/icon.svg by
// scripts/build-icons.ts into public/icon/.
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

export default defineConfig({
  imports: false,
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  manifest: ({ browser, mode }) => {
    const firefox = browser === 'firefox';
    return {
      // public/_locales (da, en): the browser's language picks; English where neither fits.
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      icons: ICONS,
      permissions: firefox ? COMMON_PERMISSIONS : [...COMMON_PERMISSIONS, 'sidePanel'],
      ...(firefox
        ? { optional_permissions: ['<all_urls>'] }
        : { optional_host_permissions: ['<all_urls>'] }),
      ...(mode === 'e2e' ? { host_permissions: E2E_HOSTS } : {}),
      // `e2e-all` (→ .output/chrome-mv3-e2e-all) plays "find challenges on every site" granted:
      // `<all_urls>` at install, for the test that every new endpoint origin is still asked for.
      ...(mode === 'e2e-all' ? { host_permissions: [...E2E_HOSTS, '<all_urls>'] } : {}),
      // Firefox's MV2 key is written directly: WXT fills `browser_action` from the popup before it
      // would convert `action`, and the icons would be lost.
      ...(firefox
        ? { browser_action: { default_title: 'Samskab', default_icon: ICONS } }
        : { action: { default_title: 'Samskab', default_icon: ICONS } }),
      ...(firefox
        ? {
            browser_specific_settings: {
              gecko: {
                id: 'samskab@samskab.dk',
                strict_min_version: '140.0',
                // Sent only on the volunteer's own "send": their answer and, if they give them,
                // name, email and phone, to the municipality whose page showed the challenge.
                data_collection_permissions: {
                  required: ['personallyIdentifyingInfo', 'personalCommunications'],
                },
              },
            },
          }
        : {}),
    };
  },
  // AMO reviewers get the sources that build the extension, not local data or other builds.
  zip: {
    excludeSources: [
      'data/**',
      'dist/**',
      'test-results/**',
      'playwright-report/**',
      'bench/tmp/**',
      'tmp-*/**',
      '**/*.log',
      '.env*',
    ],
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
