// A stand-in for the response the export writers write to, collecting the text: it never makes
// them wait, so a test reads the exact bytes an export writes without a server.
import type { ServerResponse } from 'node:http';

export function collector() {
  let text = '';
  const res = {
    destroyed: false,
    writableNeedDrain: false,
    write(chunk: string) {
      text += chunk;
      return true;
    },
    cork() {},
    uncork() {},
  };
  return { res: res as unknown as ServerResponse, text: () => text };
}
