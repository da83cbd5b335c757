// The store packages as `npm run zip` makes them (WXT's zip, production mode, wxt.config.ts as
// it is), built into a folder of their own so the builds other specs read are left alone: the
// manifest a store reviews, the size, no source maps, the privacy policy, icons when there are
// any, and a sources package for Mozilla's reviewers without local data or builds.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const root = join(import.meta.dirname, '..', '..', '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
};
// Shipped builds today are 160–200 kB unpacked; a store package many times that means something
// was bundled that should not be.
const MAX_PACKAGE_BYTES = 400 * 1024;

// One worker for the file: the package is built once, in beforeAll.
test.describe.configure({ mode: 'default' });

let out = '';

test.beforeAll(() => {
  test.setTimeout(240_000);
  out = mkdtempSync(join(tmpdir(), 'samskab-store-'));
  const script = `import { zip } from 'wxt';
for (const browser of ['chrome', 'firefox']) {
  await zip({ browser, outDir: ${JSON.stringify(out)}, zip: { excludeSources: ['.output/**'] } });
}`;
  execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    stdio: 'pipe',
    timeout: 230_000,
  });
});

test.afterAll(() => rmSync(out, { recursive: true, force: true }));

const entries = (zip: string) =>
  execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).split('\n').filter(Boolean);
const read = (zip: string, file: string) => execFileSync('unzip', ['-p', zip, file]);

interface Manifest {
  manifest_version: number;
  name: string;
  version: string;
  description: string;
  default_locale?: string;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  content_security_policy?: unknown;
  externally_connectable?: unknown;
  web_accessible_resources?: unknown;
  icons?: Record<string, string>;
  action?: { default_icon?: Record<string, string> | string };
  browser_action?: { default_icon?: Record<string, string> | string };
  browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: unknown } };
}

for (const [browser, manifestVersion] of [
  ['chrome', 3],
  ['firefox', 2],
] as const) {
  test(`the ${browser} store package: manifest, size, no source maps, privacy policy, icons`, () => {
    const zip = join(out, `samskab-${version}-${browser}.zip`);
    const size = statSync(zip).size;
    const files = entries(zip);
    console.log(`${browser}: ${size} B zipped, ${files.length} files`);
    expect(size).toBeLessThanOrEqual(MAX_PACKAGE_BYTES);

    const manifest = JSON.parse(read(zip, 'manifest.json').toString('utf8')) as Manifest;
    expect(manifest.manifest_version).toBe(manifestVersion);
    // Name and description come from _locales (Danish and English); the store shows the default
    // locale's when the browser's language has none.
    expect(manifest.default_locale).toBe('en');
    const messages = (locale: string) =>
      JSON.parse(read(zip, `_locales/${locale}/messages.json`).toString('utf8')) as Record<
        string,
        { message: string }
      >;
    const localized = (value: string, locale: string) =>
      value.replace(/^__MSG_(\w+)__$/, (_, key: string) => messages(locale)[key]?.message ?? value);
    for (const locale of ['da', 'en']) {
      expect(localized(manifest.name, locale)).toBe('Samskab');
      const description = localized(manifest.description, locale);
      // Chrome Web Store: the description is at most 132 characters.
      expect(description.length, locale).toBeGreaterThan(20);
      expect(description.length, locale).toBeLessThanOrEqual(132);
    }
    expect(manifest.version).toBe(version);
    // Nothing for any website at install (the e2e build's loopback grant must not ship).
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(JSON.stringify(manifest)).not.toMatch(/127\.0\.0\.1|localhost/);
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    if (browser === 'firefox') {
      expect(manifest.browser_specific_settings?.gecko?.id).toBe('samskab@samskab.dk');
      expect(manifest.browser_specific_settings?.gecko?.data_collection_permissions).toBeDefined();
    }

    // No source maps, and no script pointing at one.
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    for (const file of files.filter((f) => /\.(?:m?js|css|html)$/.test(f))) {
      expect(read(zip, file).toString('utf8'), file).not.toMatch(/sourceMappingURL=/);
    }
    // Nothing but what a browser loads: no sources, tests or local data.
    expect(files.filter((file) => /\.(?:tsx?|test\.\w+|spec\.\w+|env|log)$/.test(file))).toEqual(
      [],
    );

    // The privacy policy the listing links to, packaged with the extension.
    expect(files).toContain('privacy.html');
    expect(read(zip, 'privacy.html').toString('utf8')).toContain('lang="en"');

    // Icons: every one the manifest names is in the package, and the store's 128 px one is
    // named. Until icons are added the manifest names none, and there is nothing to check.
    const named = [
      ...Object.values(manifest.icons ?? {}),
      ...Object.values(
        (typeof manifest.action?.default_icon === 'object' && manifest.action.default_icon) ||
          (typeof manifest.browser_action?.default_icon === 'object' &&
            manifest.browser_action.default_icon) ||
          {},
      ),
    ];
    for (const icon of named) expect(files, `icon ${icon}`).toContain(icon.replace(/^\//, ''));
    if (manifest.icons) expect(Object.keys(manifest.icons)).toContain('128');
    else test.info().annotations.push({ type: 'note', description: `${browser}: no icons yet` });
  });
}

test('the sources package for Mozilla holds the sources, not builds, data or dependencies', () => {
  const zip = join(out, `samskab-${version}-sources.zip`);
  const files = entries(zip);
  console.log(`sources: ${statSync(zip).size} B zipped, ${files.length} files`);
  expect(files).toEqual(
    expect.arrayContaining(['package.json', 'package-lock.json', 'wxt.config.ts']),
  );
  expect(
    files.filter((file) => /^(?:\.output|dist|data|node_modules|test-results)\//.test(file)),
  ).toEqual([]);
  expect(files.filter((file) => /(?:^|\/)\.env/.test(file))).toEqual([]);
  expect(readdirSync(out).sort()).toEqual(
    expect.arrayContaining([`samskab-${version}-chrome.zip`, `samskab-${version}-firefox.zip`]),
  );
});
