// The widget's embed check (issue 21): asked once per endpoint and challenge, only from a page on
// another origin, without cookies or Referer; one console error on a "no", naming the page's
// origin and where to allow it; silence for a yes and for a receiver without the check.
import { describe, expect, it } from 'vitest';
import { checkEmbedding } from '../../../widget/embed-check';

const PAGE = 'https://www.lunde.dk';

function deps(answer: unknown, status = 200) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const errors: string[] = [];
  return {
    calls,
    errors,
    deps: {
      pageOrigin: PAGE,
      error: (message: string) => errors.push(message),
      fetch: (async (url: string, init?: RequestInit) => {
        calls.push({ url, init });
        if (answer instanceof Error) throw answer;
        return new Response(typeof answer === 'string' ? answer : JSON.stringify(answer), {
          status,
        });
      }) as typeof fetch,
    },
  };
}

let n = 0;
/** A receiver of its own per test: the check remembers what it asked on the page. */
const endpoint = () => `https://samskab${++n}.lunde.dk/api/submissions`;

describe('the embed check', () => {
  it('asks the endpoint’s sibling once, without credentials or Referer, and writes one error on a no', async () => {
    const at = endpoint();
    const { calls, errors, deps: d } = deps({ allowed: false });
    await checkEmbedding(at, undefined, d);
    await checkEmbedding(at, undefined, d);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe(`${new URL(at).origin}/api/embed-check`);
    expect(calls[0]?.init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`this page (${PAGE}) may not send answers to ${at}`);
    expect(errors[0]).toContain('Indlejr > Sites');
    expect(errors[0]).toContain('SAMSKAB_ALLOWED_ORIGINS');
  });

  it('names a challenge that does not exist or is archived, in the same one error', async () => {
    const gone = deps({ allowed: false, challenge: { exists: false, published: false } });
    await checkEmbedding(endpoint(), 'ensomhed', gone.deps);
    expect(gone.calls[0]?.url).toMatch(/\/api\/embed-check\?challenge=ensomhed$/);
    expect(gone.errors).toHaveLength(1);
    expect(gone.errors[0]).toContain('data-challenge "ensomhed" does not exist');
    expect(gone.errors[0]).toContain('may not send answers');
    const archived = deps({ allowed: true, challenge: { exists: true, published: false } });
    await checkEmbedding(endpoint(), 'ensomhed', archived.deps);
    expect(archived.errors).toEqual([expect.stringContaining('"ensomhed" is archived')]);
  });

  it('says nothing when all is well, or when the receiver has no check', async () => {
    for (const [answer, status] of [
      [{ allowed: true, challenge: { exists: true, published: true } }, 200],
      [{ error: 'not found' }, 404],
      ['<html>', 200],
      [new TypeError('Failed to fetch'), 0],
    ] as const) {
      const { errors, deps: d } = deps(answer, status || 200);
      await checkEmbedding(endpoint(), 'ensomhed', d);
      expect(errors, JSON.stringify(answer)).toEqual([]);
    }
  });

  it('does not ask from a page on the endpoint’s own origin', async () => {
    const { calls, deps: d } = deps({ allowed: false });
    await checkEmbedding(`${PAGE}/api/submissions`, undefined, d);
    expect(calls).toEqual([]);
  });
});
