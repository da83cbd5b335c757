// How the receiver process stops on SIGTERM (systemd's stop) or SIGINT (Ctrl-C): it stops taking
// connections, lets requests in flight finish (CLOSE_GRACE_MS), and closes the database (PGlite:
// at most CLOSE_TIMEOUT_MS, then its worker thread is ended). Whatever hangs, the process is gone
// within STOP_DEADLINE_MS: nothing it could still do is worth more than a stop that works, and
// every answer it acknowledged is on disk already (tests/server/durability.test.ts).

/** Within the 10 s the README promises, with room for Node's own exit. */
export const STOP_DEADLINE_MS = 9_000;

export interface StopOptions {
  readonly deadlineMs?: number;
  readonly log?: (line: string) => void;
  readonly logError?: (line: string, error?: unknown) => void;
  readonly exit?: (code: number) => void;
}

/** Installs the handlers; a second signal exits at once. */
export function stopOnSignals(
  receiver: { close(): Promise<void> },
  options: StopOptions = {},
): void {
  const {
    deadlineMs = STOP_DEADLINE_MS,
    log = console.log,
    logError = console.error,
    exit = (code: number) => process.exit(code),
  } = options;
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) {
      log(`${signal} again: exiting without waiting.`);
      return exit(1);
    }
    stopping = true;
    log(`${signal}: finishing requests in flight and closing the database…`);
    const deadline = setTimeout(() => {
      logError(
        `Not stopped within ${deadlineMs / 1000} s: exiting without waiting (every acknowledged write is on disk).`,
      );
      exit(1);
    }, deadlineMs);
    try {
      await receiver.close();
      log('Stopped.');
      exit(0);
    } catch (error) {
      logError('Could not stop cleanly:', error);
      exit(1);
    } finally {
      clearTimeout(deadline);
    }
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
