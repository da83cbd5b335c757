// "Save this page by hand": what the page says about itself. Volunteer portals describe
// opportunities in JSON-LD as `JobPosting` (employmentType volunteer) or `Event`; schema.org has
// no volunteer-opportunity type. The reader runs in the page (self-contained, bounded); the
// parser runs in the extension and trusts nothing it read.
import * as z from 'zod/mini';
import { IsoDate } from '../utils/schema/common';

export interface RawPageMeta {
  title: string;
  url: string;
  selection: string;
  jsonld: string[];
}

/** Injected with `scripting.executeScript({ func: readPageMeta })`: no imports, no closures. */
export function readPageMeta(): RawPageMeta {
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  const jsonld: string[] = [];
  for (let i = 0; i < scripts.length && i < 5; i++) {
    const text = scripts[i]!.textContent ?? '';
    if (text.length <= 100_000) jsonld.push(text);
  }
  return {
    title: String(document.title).slice(0, 300),
    url: String(location.href).slice(0, 2000),
    selection: String(getSelection() ?? '').slice(0, 4000),
    jsonld,
  };
}

const RawPageMetaSchema = z.object({
  title: z.string().check(z.maxLength(300)),
  url: z.string().check(z.maxLength(2000)),
  selection: z.string().check(z.maxLength(4000)),
  jsonld: z.array(z.string().check(z.maxLength(100_000))).check(z.maxLength(5)),
});

export type PageSuggestion = {
  title: string;
  url: string;
  note: string;
  deadline?: string;
  organiser?: string;
};

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown, max: number): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim().slice(0, max) : undefined;
const nameOf = (value: unknown): string | undefined =>
  isNode(value) ? str(value.name, 200) : str(value, 200);
const types = (node: Node): string[] =>
  (Array.isArray(node['@type']) ? node['@type'] : [node['@type']]).filter(
    (t): t is string => typeof t === 'string',
  );
/** The calendar day of an ISO date or date-time, if it is one. */
const day = (value: unknown): string | undefined => {
  const candidate = typeof value === 'string' ? value.slice(0, 10) : '';
  return IsoDate.safeParse(candidate).success ? candidate : undefined;
};

/** Every object in a JSON-LD document, following `@graph` and arrays (bounded). */
function nodes(json: unknown, out: Node[] = [], depth = 0): Node[] {
  if (depth > 3 || out.length > 50) return out;
  if (Array.isArray(json)) for (const item of json.slice(0, 50)) nodes(item, out, depth + 1);
  else if (isNode(json)) {
    out.push(json);
    if (json['@graph']) nodes(json['@graph'], out, depth + 1);
  }
  return out;
}

/** The page's title, URL and selection, improved by its first JobPosting or Event. */
export function parsePageMeta(raw: unknown): PageSuggestion | undefined {
  const parsed = RawPageMetaSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const meta = parsed.data;
  const suggestion: PageSuggestion = { title: meta.title, url: meta.url, note: meta.selection };
  for (const text of meta.jsonld) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      continue;
    }
    for (const node of nodes(json)) {
      const kinds = types(node);
      const job = kinds.includes('JobPosting');
      const event = kinds.some((k) => k.endsWith('Event'));
      if (!job && !event) continue;
      const title = str(node.title, 300) ?? str(node.name, 300);
      if (title) suggestion.title = title;
      const deadline = job ? day(node.validThrough) : day(node.startDate);
      if (deadline) suggestion.deadline = deadline;
      const organiser = job ? nameOf(node.hiringOrganization) : nameOf(node.organizer);
      if (organiser) suggestion.organiser = organiser;
      return suggestion;
    }
  }
  return suggestion;
}
