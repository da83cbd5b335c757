// The saved challenges' news, for a volunteer who does not come back to the page: each saved
// challenge that came from a feed is read again through the background's feed cache (at most once
// a minute per feed, a few new feeds per origin) when the popup or a side panel opens and hourly,
// and its `updates` are kept with it. What is new since the volunteer last looked is counted by
// `newUpdates` (utils/opportunities.ts). The challenge itself is kept as the feed has it now (its
// status above all: one closed meanwhile is marked "Lukket" in the popup). A challenge the feed
// names as archived (protocol 1.5) is marked so, and the popup and side panel stop listing it;
// listed in the feed again (restored), it is listed again. A challenge merely missing from a feed
// is left as it is: an older receiver names no archived ones, and a feed may skip an item it
// cannot read.
import type { Opportunity, OpportunityPatch } from '../../utils/opportunities';
import type { LoadedFeed } from '../feed-updates';

export type SavedUpdatesDeps = {
  list(): Promise<Opportunity[]>;
  update(id: string, patch: OpportunityPatch): Promise<unknown>;
  loadFeed(url: string): Promise<LoadedFeed>;
};

/** Returns how many saved challenges changed. Never throws for one bad feed. */
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
    const { id } = item.challenge;
    const patch: OpportunityPatch = {};
    if (feed.archived.has(id)) {
      if (!item.archived) patch.archived = true;
    } else if (item.archived && feed.challenges.some((challenge) => challenge.id === id)) {
      patch.archived = false;
    }
    // The challenge as the feed has it now: closed meanwhile, it is marked "Lukket" with no "Svar".
    const current = feed.challenges.find((challenge) => challenge.id === id);
    if (current && JSON.stringify(current) !== JSON.stringify(item.challenge)) {
      patch.challenge = current;
      patch.title = current.title;
    }
    const updates = feed.updates.get(id);
    if (updates && JSON.stringify(updates) !== JSON.stringify(item.updates ?? [])) {
      patch.updates = updates;
    }
    if (Object.keys(patch).length === 0) continue;
    await deps.update(item.id, patch);
    changed++;
  }
  return changed;
}
