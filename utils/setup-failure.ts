// The outbox's table of set-up failures, in a module of its own with no imports, so that the
// answer's notice (components/answer/unreachable.ts) reads it without pulling the whole outbox
// ahead of the code that loads it: moved up in the widget's chunk it costs bytes for nothing.
/** Why an endpoint refuses an answer although the webmaster, not the citizen, can mend it. */
export type SetupFailure = 'refused' | 'wrong-url';

/**
 * The statuses that say the page is set up wrongly, and what each most likely means: the endpoint
 * refuses this page, or is the wrong address. The outbox retries them slowly (`SETUP_RETRY_MS`);
 * the answer's notice (components/answer/unreachable.ts) names them. The one list of them.
 */
export const SETUP_FAILURES: Readonly<Partial<Record<number, SetupFailure>>> = {
  401: 'refused',
  403: 'refused',
  404: 'wrong-url',
  405: 'wrong-url',
};

/** What a status says is wrong with the page's set-up; undefined for any other status. */
export const setupFailure = (status: number | undefined): SetupFailure | undefined =>
  SETUP_FAILURES[status ?? 0];
