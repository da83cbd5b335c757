// The LibreTranslate adapter (https://libretranslate.com/docs): `POST /translate` with `q`,
// `source`, `target`, `format` and `api_key` gives `{ translatedText }`; `GET /languages` gives
// `[{ code, name, targets }]`. The service is the municipality's own, at the configured URL only;
// every request has a deadline, a redirect is refused (an answer goes nowhere the configuration does
// not name), at most MAX_RESPONSE_BYTES of a response is read, and nothing is logged.
import type { TranslateSettings } from '../config';
import { type LanguagePairs, type MachineTranslator, TranslationError } from './translation';

/** How long the service's languages are kept; a failure to get them is not asked again sooner
 * than LANGUAGES_RETRY_MS (a page asks while it is drawn). */
export const LANGUAGES_TTL_MS = 60 * 60 * 1000;
export const LANGUAGES_RETRY_MS = 60 * 1000;
/** The list is small and asked while a page is drawn: it gets less time than a translation. */
export const LANGUAGES_TIMEOUT_MS = 3000;
/** The most of a response that is read: the translation of an answer of 8,000 characters is less. */
export const MAX_RESPONSE_BYTES = 1_000_000;

const isTimeout = (error: unknown) =>
  error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');

/** The body as text, refusing one over `max` bytes (declared, or counted as it arrives). */
async function boundedText(response: Response, max: number): Promise<string> {
  if (Number(response.headers.get('Content-Length')) > max) {
    await response.body?.cancel();
    throw new TranslationError('malformed', response.status);
  }
  const reader = response.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel();
      throw new TranslationError('malformed', response.status);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** `[{ code, targets }]` as pairs; undefined for anything else. */
function pairsOf(json: unknown): LanguagePairs | undefined {
  if (!Array.isArray(json)) return undefined;
  const pairs = new Map<string, ReadonlySet<string>>();
  for (const entry of json as unknown[]) {
    const { code, targets } = (entry ?? {}) as { code?: unknown; targets?: unknown };
    if (typeof code !== 'string' || !Array.isArray(targets)) return undefined;
    const codes = targets.filter((target): target is string => typeof target === 'string');
    pairs.set(code.toLowerCase(), new Set(codes.map((target) => target.toLowerCase())));
  }
  return pairs;
}

export function libreTranslate(
  settings: TranslateSettings,
  deps: { clock: () => number; fetch?: typeof fetch },
): MachineTranslator {
  const base = settings.url.endsWith('/') ? settings.url : `${settings.url}/`;
  const fetchFn = deps.fetch ?? fetch;

  async function call(path: string, init: RequestInit, timeoutMs: number): Promise<unknown> {
    const signal = AbortSignal.timeout(timeoutMs);
    let response: Response;
    try {
      response = await fetchFn(new URL(path, base), {
        ...init,
        redirect: 'error',
        signal,
        headers: { ...init.headers, Accept: 'application/json' },
      });
    } catch (error) {
      throw new TranslationError(isTimeout(error) ? 'timeout' : 'unreachable');
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new TranslationError('refused', response.status);
    }
    let text: string;
    try {
      text = await boundedText(response, MAX_RESPONSE_BYTES);
    } catch (error) {
      if (error instanceof TranslationError) throw error;
      throw new TranslationError(isTimeout(error) ? 'timeout' : 'unreachable', response.status);
    }
    try {
      return JSON.parse(text);
    } catch {
      throw new TranslationError('malformed', response.status);
    }
  }

  // The languages: kept LANGUAGES_TTL_MS; while the service cannot be asked, the last list known
  // (or the failure) for LANGUAGES_RETRY_MS; one request at a time.
  let known: { pairs?: LanguagePairs; error?: unknown; until: number } = { until: 0 };
  let asking: Promise<LanguagePairs> | undefined;
  const askLanguages = async (): Promise<LanguagePairs> => {
    try {
      const json = await call(
        'languages',
        { method: 'GET' },
        Math.min(settings.timeoutMs, LANGUAGES_TIMEOUT_MS),
      );
      const pairs = pairsOf(json);
      if (!pairs) throw new TranslationError('malformed');
      known = { pairs, until: deps.clock() + LANGUAGES_TTL_MS };
      return pairs;
    } catch (error) {
      const { pairs } = known;
      known = { ...(pairs ? { pairs } : { error }), until: deps.clock() + LANGUAGES_RETRY_MS };
      if (pairs) return pairs;
      throw error;
    }
  };

  return {
    name: 'LibreTranslate',
    languages() {
      if (deps.clock() < known.until) {
        return known.pairs ? Promise.resolve(known.pairs) : Promise.reject(known.error);
      }
      asking ??= askLanguages().finally(() => {
        asking = undefined;
      });
      return asking;
    },
    async translate(text, from, to) {
      if (text.trim() === '') return text;
      const json = await call(
        'translate',
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            q: text,
            source: from,
            target: to,
            format: 'text',
            ...(settings.key && { api_key: settings.key }),
          }),
        },
        settings.timeoutMs,
      );
      const translated = (json as { translatedText?: unknown } | null)?.translatedText;
      if (typeof translated !== 'string') throw new TranslationError('malformed');
      return translated;
    },
  };
}
