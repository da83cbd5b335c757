import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  cspHash,
  embedSnippet,
  folderUrl,
  isCheckedWidgetFile,
  isServedWidgetFile,
  sri,
} from '../../../scripts/release-package';

const integrity = {
  'samskab.js': 'sha384-js',
  'samskab.css': 'sha384-css',
  'samskab.mjs': 'sha384-mjs',
  'chunks/answer-ABC.mjs': 'sha384-answer',
};

describe('release package', () => {
  it('takes the served files and their compressed copies, never maps or the metafile', () => {
    const files = [
      'samskab.js',
      'samskab.js.map',
      'samskab.mjs.br',
      'samskab.css.gz',
      'meta.json',
      'chunks/answer-ABC.mjs',
      'chunks/answer-ABC.mjs.map',
      'chunks/../x.mjs',
      'other.js',
    ];
    expect(files.filter(isServedWidgetFile)).toEqual([
      'samskab.js',
      'samskab.mjs.br',
      'samskab.css.gz',
      'chunks/answer-ABC.mjs',
    ]);
    expect(files.filter(isCheckedWidgetFile)).toEqual(['samskab.js', 'chunks/answer-ABC.mjs']);
  });

  it('computes SRI sha384 and CSP sha256 as browsers do', () => {
    // The SRI spec's own example: "alert('Hello, world.');".
    expect(sri(new TextEncoder().encode("alert('Hello, world.');"))).toBe(
      'sha384-H8BRh8j48O9oYatfu5AZzq6A9RINhZO5H16dQZngK7T62em8MUt1FLm52t+eX6xO',
    );
    expect(cspHash('{}')).toBe(`'sha256-${createHash('sha256').update('{}').digest('base64')}'`);
  });

  it('writes integrity for the loader and stylesheet, and an import map for the modules', () => {
    const { html, importMapCsp } = embedSnippet({
      version: '1.2.3',
      baseUrl: 'https://cdn.kommune.example/samskab',
      integrity,
      endpoint: 'https://kommune.example/api?a=1&b="2"',
    });
    expect(html).toContain(
      '<script src="https://cdn.kommune.example/samskab/samskab.js" integrity="sha384-js" crossorigin="anonymous" defer',
    );
    expect(html).toContain('integrity="sha384-css" crossorigin="anonymous"');
    expect(html).toContain('data-endpoint="https://kommune.example/api?a=1&amp;b=&quot;2&quot;"');
    const importMap = /<script type="importmap">(.*)<\/script>/.exec(html)?.[1] ?? '';
    expect(JSON.parse(importMap)).toEqual({
      integrity: {
        'https://cdn.kommune.example/samskab/samskab.mjs': 'sha384-mjs',
        'https://cdn.kommune.example/samskab/chunks/answer-ABC.mjs': 'sha384-answer',
      },
    });
    expect(importMapCsp).toBe(cspHash(importMap));
    // The import map comes first: it must be in place before the loader imports anything.
    expect(html.indexOf('importmap')).toBeLessThan(html.indexOf('samskab.js'));
  });

  it('refuses a base URL it cannot use and a build without the module', () => {
    expect(() => folderUrl('cdn.kommune.example/samskab')).toThrow(/--base-url/);
    expect(() => folderUrl('javascript:alert(1)')).toThrow(/--base-url/);
    expect(() => folderUrl('https://cdn.example/s/?v=1')).toThrow(/query/);
    expect(folderUrl('https://cdn.example/s')).toBe('https://cdn.example/s/');
    const { 'samskab.mjs': _, ...withoutModule } = integrity;
    expect(() =>
      embedSnippet({ version: '1', baseUrl: 'https://cdn.example/', integrity: withoutModule }),
    ).toThrow(/samskab\.mjs/);
  });
});
