import { type ChildProcess, spawn } from 'node:child_process';
import { PROJECT_ROOT } from '../../server/config';

export interface SpawnedReceiver {
  /** From the receiver's first line, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  readonly child: ChildProcess;
  /** Everything the process wrote so far (stdout and stderr), for failure messages. */
  output(): string;
  /** Sends `signal` (default SIGTERM) and resolves with the exit code once the process is gone. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface SpawnOptions {
  /** Added to this process's environment; PORT defaults to 0 (a free port). */
  readonly env?: Readonly<Record<string, string>>;
  readonly startTimeoutMs?: number;
  /** What to run instead of `server/main.ts` (a test's own start-up; it prints the same line). */
  readonly script?: string;
}

const LISTENING = /Samskab receiver listening on (http:\/\/\S+)/;

/**
 * Runs `server/main.ts` in a child process, as `npm start` does but without building the widget,
 * and resolves once it listens. Node runs the TypeScript through tsx's loader in that one process
 * (not the `tsx` CLI, which would start a second one), so a signal sent here reaches the receiver
 * itself: a SIGKILL really is a crash.
 */
export function spawnReceiver(options: SpawnOptions = {}): Promise<SpawnedReceiver> {
  const child = spawn(process.execPath, ['--import', 'tsx', options.script ?? 'server/main.ts'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, PORT: '0', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
  });
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the receiver did not start in time:\n${output}`));
    }, options.startTimeoutMs ?? 60_000);
    const onOutput = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = LISTENING.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ url: match[1], child, output: () => output, stop });
      }
    };
    child.stdout?.on('data', onOutput);
    child.stderr?.on('data', onOutput);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the receiver exited with code ${code} before listening:\n${output}`));
    });
  });
}
