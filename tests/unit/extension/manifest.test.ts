// The manifests as WXT writes them (built here into a temporary folder, not `.output`), compared
// whole against an allow-list: a new permission, host, content script, web-accessible resource,
// `externally_connectable` or CSP fails this test until the list (and the README's permission
// table) says why.
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type InlineConfig } from 'wxt';

type Manifest = Record<string, unknown>;

const ROOT = join(import.meta.dirname, '..', '..', '..');

const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };
const NAME = {
  // Translated from public/_locales (da, en).
  name: '__MSG_extName__',
  description: '__MSG_extDescription__',
  default_locale: 'en',
  icons: ICONS,
  version: (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string })
    .version,
};
const PERMISSIONS = ['storage', 'activeTab', 'scripting', 'alarms', 'contextMenus'];
const PAGES = { options_ui: { open_in_tab: true, page: 'options.html' } };

const CHROME: Manifest = {
  manifest_version: 3,
  ...NAME,
  permissions: [...PERMISSIONS, 'sidePanel'],
  optional_host_permissions: ['<all_urls>'],
  action: { default_title: 'Samskab', default_icon: ICONS, default_popup: 'popup.html' },
  background: { type: 'module', service_worker: 'background.js' },
  ...PAGES,
  side_panel: { default_path: 'sidepanel.html' },
  // Registered at runtime only, after the volunteer opts in (entrypoints/detect.content.ts).
  content_scripts: [],
};

const FIREFOX: Manifest = {
  manifest_version: 2,
  ...NAME,
  permissions: PERMISSIONS,
  optional_permissions: ['<all_urls>'],
  browser_specific_settings: {
    gecko: {
      id: 'samskab@samskab.dk',
      strict_min_version: '140.0',
      data_collection_permissions: {
        required: ['personallyIdentifyingInfo', 'personalCommunications'],
      },
    },
  },
  background: { scripts: ['background.js'] },
  browser_action: { default_title: 'Samskab', default_icon: ICONS, default_popup: 'popup.html' },
  ...PAGES,
  sidebar_action: { default_panel: 'sidepanel.html', default_title: 'Samskab' },
  content_scripts: [],
};

/** Keys that would widen what the extension may do or who may talk to it: never set. */
const NEVER = [
  'host_permissions',
  'externally_connectable',
  'web_accessible_resources',
  'content_security_policy',
  'sandbox',
  'declarative_net_request',
  'chrome_url_overrides',
  'devtools_page',
  'key',
  'update_url',
];

const quiet = {
  debug: () => undefined,
  info: () => undefined,
  log: () => undefined,
  success: () => undefined,
  warn: console.warn,
  error: console.error,
  fatal: console.error,
  level: 0,
} as unknown as NonNullable<InlineConfig['logger']>;

let outDir = '';
const built = new Map<string, Manifest>();
/** Every built script, by build and path, for what must not be in any. */
const scripts = new Map<string, string>();

/**
 * Builds one target and reads the manifest.json it wrote (the file that ships). One build at a
 * time: WXT shares its `.wxt` folder between builds.
 */
async function buildManifest(browser: 'chrome' | 'firefox', mode: string): Promise<Manifest> {
  const dir = join(outDir, `${browser}-${mode}`);
  await build({ browser, mode, outDir: dir, logger: quiet });
  const [target] = await readdir(dir);
  for (const file of await readdir(join(dir, target!), { recursive: true })) {
    if (file.endsWith('.js')) {
      scripts.set(`${browser}-${mode}/${file}`, await readFile(join(dir, target!, file), 'utf8'));
    }
  }
  return JSON.parse(await readFile(join(dir, target!, 'manifest.json'), 'utf8')) as Manifest;
}

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'samskab-manifest-'));
  for (const [browser, mode] of [
    ['chrome', 'production'],
    ['firefox', 'production'],
    ['chrome', 'e2e'],
    ['chrome', 'e2e-all'],
  ] as const) {
    built.set(`${browser}-${mode}`, await buildManifest(browser, mode));
  }
}, 240_000);

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe('the built manifests', () => {
  it('Chrome: exactly the allowed permissions, no host permission at install', () => {
    expect(built.get('chrome-production')).toStrictEqual(CHROME);
  });

  it('Firefox: exactly the allowed permissions, its id and data consent, no sidePanel', () => {
    expect(built.get('firefox-production')).toStrictEqual(FIREFOX);
  });

  it('e2e: the shipped Chrome manifest plus the loopback receiver, nothing else', () => {
    expect(built.get('chrome-e2e')).toStrictEqual({
      ...CHROME,
      host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'],
    });
  });

  it('e2e-all: the e2e manifest with every site granted, as "find challenges on every site" does', () => {
    expect(built.get('chrome-e2e-all')).toStrictEqual({
      ...CHROME,
      host_permissions: ['http://127.0.0.1/*', 'http://localhost/*', '<all_urls>'],
    });
  });

  it('names itself and its context menu in Danish and English', () => {
    for (const locale of ['da', 'en']) {
      const messages = JSON.parse(
        readFileSync(join(ROOT, 'public', '_locales', locale, 'messages.json'), 'utf8'),
      ) as Record<string, { message: string }>;
      expect(Object.keys(messages).sort(), locale).toEqual([
        'extDescription',
        'extName',
        'menuSave',
      ]);
      expect(messages.extDescription!.message.length, locale).toBeLessThanOrEqual(132);
    }
  });

  it('never declares a key that widens access (browser-default CSP, no web page may connect)', () => {
    for (const [name, manifest] of built) {
      const present = NEVER.filter((key) => key in manifest);
      expect(present, name).toEqual(name.startsWith('chrome-e2e') ? ['host_permissions'] : []);
    }
  });

  // WXT 0.20 keeps its auto-import plugin with `imports: false`: a bare identifier `storage` or
  // `fakeBrowser` in our code still gets `wxt/utils/storage` (10 kB, run at load) or
  // `wxt/testing` imported behind our back.
  it('carries nothing WXT auto-imported', () => {
    expect(scripts.size).toBeGreaterThan(10);
    for (const [file, text] of scripts) {
      expect(text, file).not.toContain('@wxt-dev/storage');
      expect(text, file).not.toMatch(/fake-?browser/i);
    }
  });
});
