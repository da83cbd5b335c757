// The marker on a list card whose challenge has a draft (issue 13). The list is painted before
// drafts can be read, so the answer chunk hands it this marker once it has read them, follows
// every save and discard (`DraftStore.followKinds`), and then asks the mount to paint again.
import type { ComponentChildren } from 'preact';
import type { DraftStore } from '../utils/drafts';

export interface DraftMarks {
  mark(challengeId: string): ComponentChildren;
  stop(): void;
}

export async function draftMarks(
  drafts: Pick<DraftStore, 'followKinds'>,
  /** The marker's word, read as each card is painted: the switcher may change the language. */
  label: () => string,
  repaint: () => void,
): Promise<DraftMarks> {
  let drafted: ReadonlySet<string> = new Set();
  // The first read is painted with the list itself; later ones need a repaint.
  let painted = false;
  const follow = drafts.followKinds((byChallenge) => {
    drafted = new Set(byChallenge.keys());
    if (painted) repaint();
  });
  await follow.ready;
  painted = true;
  return {
    mark: (id) => drafted.has(id) && <span class="badge">{label()} </span>,
    stop: follow.stop,
  };
}
