// The saved challenges' news, for a volunteer who does not come back to the page: each saved
// challenge that came from a feed is read again through the background's feed cache (at most once
// a minute per feed, a few new feeds per origin) when a side panel opens and hourly, and its
// `updates` are kept with it. What is new since the volunteer last looked is counted by
// `newUpdates` (utils/opportunities.ts).
import type { Opportunity, OpportunityPatch } from '../../utils/opportunities';
import type { LoadedFeed } from '../feed-updates';

export type SavedUpdatesDeps = {
  list(): Promise<Opportunity[]>;
  update(id: string, patch: OpportunityPatch): Promise<unknown>;
  loadFeed(url: string): Promise<LoadedFeed>;
};

/** Returns how many saved challenges got different updates. Never throws for one bad feed. */
export async function refreshSavedUpdates(deps: SavedUpdatesDeps): Promise<number> {
  let changed = 0;
  for (const item of await deps.list()) {
    if (!item.feedUrl || !item.challenge) continue;
    let feed: LoadedFeed;
    try {
      feed = await deps.loadFeed(item.feedUrl);
    } catch {
      continue; // Unreachable, too big, rate-limited: the updates kept stay as they were.
    }
    const updates = feed.updates.get(item.challenge.id);
    if (!updates || JSON.stringify(updates) === JSON.stringify(item.updates ?? [])) continue;
    await deps.update(item.id, { updates });
    changed++;
  }
  return changed;
}
