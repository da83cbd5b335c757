// The marker on a list card whose challenge has a draft (issue 13). The list is painted before
// drafts can be read, so the answer chunk hands it this marker once it has read them, reads them
// again after every save and discard, and then asks the mount to paint the list again.
import type { ComponentChildren } from 'preact';
import type { DraftStore } from '../utils/drafts';

export interface DraftMarks {
  mark(challengeId: string): ComponentChildren;
  stop(): void;
}

export async function draftMarks(
  drafts: Pick<DraftStore, 'kindsByChallenge' | 'subscribe'>,
  label: string,
  repaint: () => void,
): Promise<DraftMarks> {
  let drafted: ReadonlySet<string> = new Set();
  const read = () =>
    drafts.kindsByChallenge().then(
      (byChallenge) => {
        drafted = new Set(byChallenge.keys());
      },
      // No marker is better than no list: the drafts themselves are still there.
      (error: unknown) => console.error('Samskab: drafts could not be listed', error),
    );
  await read();
  const stop = drafts.subscribe(() => void read().then(repaint));
  return {
    mark: (id) => drafted.has(id) && <span class="badge">{label} </span>,
    stop,
  };
}
