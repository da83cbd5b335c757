// Issue 21: the webmaster hears first. On a page whose origin is not the endpoint's, the widget
// asks the receiver once, right after its first paint, whether this page may send answers and
// whether the challenge it shows is published (`GET /api/embed-check`, docs/protocol.md), and on
// a "no" writes one console error saying what to do, before any citizen writes a word. A receiver
// without the check (an older one, another implementation) is not an error: nothing is said.
import { ALLOW_SITE } from '../components/answer/unreachable';

export interface EmbedCheckDeps {
  readonly fetch: typeof fetch;
  /** The page's origin (`location.origin`). */
  readonly pageOrigin: string;
  readonly error: (message: string) => void;
}

interface EmbedCheckAnswer {
  readonly allowed?: unknown;
  readonly challenge?: { readonly exists?: unknown; readonly published?: unknown };
}

// Once per endpoint and challenge on this page, however many mounts show them.
const asked = new Set<string>();

/**
 * `challenge` is asked about only when the challenges come from the receiver's feed: inline
 * challenges may be unknown to it, which it accepts.
 */
export async function checkEmbedding(
  endpoint: string,
  challenge: string | undefined,
  deps: EmbedCheckDeps,
): Promise<void> {
  const url = new URL('embed-check', endpoint);
  if (url.origin === deps.pageOrigin) return;
  if (challenge) url.searchParams.set('challenge', challenge);
  if (asked.has(url.href)) return;
  asked.add(url.href);
  let answer: EmbedCheckAnswer;
  try {
    const response = await deps.fetch(url.href, {
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    });
    if (!response.ok) return;
    answer = await response.json();
  } catch {
    return;
  }
  const problems: string[] = [];
  if (answer?.allowed === false) {
    problems.push(
      `this page (${deps.pageOrigin}) may not send answers to ${endpoint}, so they wait on the citizens' devices: ${ALLOW_SITE}`,
    );
  }
  const found = answer?.challenge;
  if (challenge && found && !found.published) {
    problems.push(
      `data-challenge "${challenge}" ${found.exists ? 'is archived' : 'does not exist'} at ${url.origin}`,
    );
  }
  if (problems.length > 0) deps.error(`Samskab: ${problems.join('; ')}.`);
}
