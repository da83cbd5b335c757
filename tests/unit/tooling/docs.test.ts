// The README is the front door and docs/ holds a page per reader (issue 19, point 5): every
// relative link in them resolves (the file, and the heading when a link names one), the README
// stays short, and no passage stands in two pages, so a fact is changed in one place.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const README_MAX_LINES = 200;

const markdownIn = (folder: string): string[] =>
  readdirSync(join(ROOT, folder), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? markdownIn(join(folder, entry.name))
      : entry.name.endsWith('.md')
        ? [join(folder, entry.name)]
        : [],
  );

/** The pages users read: README and docs/, and the other Markdown files they link to. */
const PAGES = ['README.md', ...markdownIn('docs')];

/** Text outside fenced code blocks, where links and passages are prose. */
const prose = (text: string): string => text.replace(/^```[\s\S]*?^```/gm, '');

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const anchorOf = (heading: string): string =>
  heading
    .trim()
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

function anchorsIn(file: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const [, heading] of prose(readFileSync(file, 'utf8')).matchAll(/^#{1,6}\s+(.+)$/gm)) {
    const base = anchorOf(heading ?? '');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

/** Relative links of a page: [text](target) and <a href="target">, without external ones. */
function linksIn(page: string): string[] {
  const text = prose(readFileSync(join(ROOT, page), 'utf8')).replace(/`[^`\n]*`/g, '');
  const targets = [
    ...[...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1] ?? ''),
    ...[...text.matchAll(/href="([^"]+)"/g)].map((m) => m[1] ?? ''),
  ];
  return targets.filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target) && target !== '');
}

describe('the README and docs/', () => {
  it(`keep the README at most ${README_MAX_LINES} lines`, () => {
    const lines = readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n').length;
    expect(lines).toBeLessThanOrEqual(README_MAX_LINES);
  });

  it.each(PAGES)('%s: every relative link resolves', (page) => {
    const broken: string[] = [];
    for (const link of linksIn(page)) {
      const [path = '', anchor] = link.split('#');
      const target = path === '' ? join(ROOT, page) : resolve(dirname(join(ROOT, page)), path);
      if (!existsSync(target)) {
        broken.push(`${link} (no ${relative(ROOT, target)})`);
        continue;
      }
      if (anchor && target.endsWith('.md') && !anchorsIn(target).has(decodeURIComponent(anchor))) {
        broken.push(`${link} (no heading #${anchor} in ${relative(ROOT, target)})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('link to every page in docs/ from the README', () => {
    const linked = new Set(
      linksIn('README.md').map((link) => relative(ROOT, resolve(ROOT, link.split('#')[0] ?? ''))),
    );
    const pages = PAGES.filter((page) => page.startsWith('docs/'));
    expect(pages.filter((page) => !linked.has(page))).toEqual([]);
  });

  it('repeat no passage: a paragraph of prose stands in one page only', () => {
    const where = new Map<string, string[]>();
    for (const page of PAGES) {
      const paragraphs = prose(readFileSync(join(ROOT, page), 'utf8')).split(/\n\s*\n/);
      for (const paragraph of paragraphs) {
        const words = paragraph.replace(/\s+/g, ' ').trim();
        // Headings, table rows and short lines recur by nature; a passage is a sentence or more.
        if (words.length < 120 || words.startsWith('#') || words.startsWith('|')) continue;
        where.set(words, [...(where.get(words) ?? []), page]);
      }
    }
    const repeated = [...where].filter(([, pages]) => pages.length > 1);
    expect(
      repeated.map(([words, pages]) => `${pages.join(' + ')}: ${words.slice(0, 80)}…`),
    ).toEqual([]);
  });
});
