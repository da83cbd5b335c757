// What a page shows when a request fails (to the background, or to its own database): a
// translated alert where the volunteer looks, and the error in the console for whoever debugs it.
// Never a spinner or "looking for challenges …" left on screen for good.
import { useState } from 'preact/hooks';
import { extensionMessages } from './i18n';

export type Failure =
  | 'detectFailed'
  | 'outboxFailed'
  | 'listFailed'
  | 'saveFailed'
  | 'panelFailed'
  | 'requestFailed';

/** Logs in English whatever the page's language, with the error itself. */
export const logFailure = (failure: Failure, error: unknown): void =>
  console.error(`Samskab: ${extensionMessages.en[failure]}`, error);

/**
 * For what an effect reads: sets the value and clears the failure, or logs and sets it, unless
 * the effect was cleaned up meanwhile (`live()` is false).
 */
export function readInto<T>(
  request: Promise<T>,
  failure: Failure,
  to: { live(): boolean; set(value: T): void; failed(failed: boolean): void },
): Promise<void> {
  return request.then(
    (value) => {
      if (!to.live()) return;
      to.set(value);
      to.failed(false);
    },
    (error: unknown) => {
      logFailure(failure, error);
      if (to.live()) to.failed(true);
    },
  );
}

/**
 * For requests made from a click, which nobody else awaits: `attempt(failure, request)` clears
 * the last failure, runs the request, and on failure logs it and shows `failure`.
 */
export function useAttempt() {
  const [failure, setFailure] = useState<Failure>();
  const attempt = async (onFailure: Failure, request: () => Promise<unknown>): Promise<void> => {
    setFailure(undefined);
    try {
      await request();
    } catch (error) {
      logFailure(onFailure, error);
      setFailure(onFailure);
    }
  };
  return [failure, attempt] as const;
}

export function FailureAlert({
  failure,
  t,
}: {
  failure: Failure | undefined;
  t: (key: Failure) => string;
}) {
  if (!failure) return null;
  return (
    <p class="notice err" role="alert">
      {t(failure)}
    </p>
  );
}
