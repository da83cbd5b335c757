// Where a mount finds the municipality's own wording (utils/i18n/overrides.ts says what it may
// hold): the JSON file at `data-strings` (or a URL given as `strings` to Samskab.mount), fetched
// by the page, so its origin must be in the page's CSP `connect-src`; and an object given as
// `strings` to Samskab.mount, which wins over the file. Read with the answer chunk: the list is
// painted with the catalogue's words and painted again if the wording changes any of them.
import { fetchFeedJson } from '../utils/feed-fetch';
import type { RawConfig } from './config';

/** Far more than every string of every language; a file this size is a mistake. */
export const STRINGS_MAX_BYTES = 200_000;

export interface Wording {
  /** Where it came from, for the console's warnings. */
  source: string;
  input: unknown;
}

export async function readWording(
  config: RawConfig,
  api: object,
  deps: { fetch: typeof fetch; warn: (message: string) => void },
): Promise<Wording[]> {
  const found: Wording[] = [];
  if (config.strings) {
    try {
      const input = await fetchFeedJson(config.strings, {
        fetch: deps.fetch,
        maxBytes: STRINGS_MAX_BYTES,
      });
      found.push({ source: `data-strings (${config.strings})`, input });
    } catch (error) {
      // FeedError's message begins with the feed's attribute: what follows is the URL and why.
      const why = String((error as Error).message)
        .split(': ')
        .slice(1)
        .join(': ');
      deps.warn(
        `Samskab: data-strings could not be read, so the widget's own words are used: ${why}`,
      );
    }
  }
  let given: unknown;
  try {
    given = Object.hasOwn(api, 'strings') ? (api as { strings: unknown }).strings : undefined;
  } catch {
    // A getter that throws gives no wording.
  }
  if (given?.constructor === Object)
    found.push({ source: 'Samskab.mount({ strings })', input: given });
  return found;
}
