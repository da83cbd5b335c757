// Deep links to one challenge, `#samskab=<challenge-id>` (issue 13): opening a challenge pushes
// such an entry, so that the browser's Back returns to the list and the address can be shared or
// bookmarked. Loaded with the answer chunk, not before the list is painted: a challenge cannot be
// shown before that chunk anyway.
//
// With several widgets on a page, the first mount that lists the id takes it; a mount that opens
// a challenge takes that id from then on.

export interface DeepLinkTarget {
  /** Whether this mount lists the challenge. */
  lists(id: string): boolean;
  /** Shows the challenge, or the list when `undefined`. */
  show(id: string | undefined): void;
}

export interface DeepLinks {
  /** The person opened a challenge: a new history entry. */
  open(id: string): void;
  /** "Tilbage til listen": Back in history if the challenge's entry is ours, else the list. */
  back(): void;
  /** Removes the listener and gives up the ids this mount took. */
  stop(): void;
}

type HistoryWindow = Pick<
  Window,
  'location' | 'history' | 'addEventListener' | 'removeEventListener'
>;

const PREFIX = '#samskab=';
/** Which mount shows each id, over all the mounts of the page. */
const owners = new Map<string, DeepLinkTarget>();

/** The challenge id in a location's hash, if it is a deep link. */
export function linkedId(hash: string): string | undefined {
  if (!hash.startsWith(PREFIX)) return undefined;
  try {
    return decodeURIComponent(hash.slice(PREFIX.length)) || undefined;
  } catch {
    // A malformed escape (`%E0`) is not a link to anything.
    return undefined;
  }
}

export function startDeepLinks(target: DeepLinkTarget, win: HistoryWindow = window): DeepLinks {
  let shown: string | undefined;
  const show = (id: string | undefined) => {
    shown = id;
    target.show(id);
  };
  const take = (id: string | undefined, force: boolean) => {
    if (id === undefined || !target.lists(id)) return false;
    const owner = owners.get(id);
    if (owner && owner !== target && !force) return false;
    owners.set(id, target);
    return true;
  };
  const follow = () => {
    const id = linkedId(win.location.hash);
    if (take(id, false)) show(id);
    else if (shown !== undefined) show(undefined);
  };
  const initial = linkedId(win.location.hash);
  if (take(initial, false)) show(initial);
  win.addEventListener('popstate', follow);
  return {
    open(id) {
      take(id, true);
      // Our own entries are marked, so that "back" knows it may go Back in history.
      win.history.pushState({ samskab: id }, '', PREFIX + encodeURIComponent(id));
      show(id);
    },
    back() {
      const state: unknown = win.history.state;
      if (shown !== undefined && (state as { samskab?: unknown } | null)?.samskab === shown) {
        win.history.back();
        return;
      }
      // Arrived by a deep link: Back would leave the page, so the address loses the link instead.
      const { pathname, search } = win.location;
      win.history.replaceState(state, '', pathname + search);
      show(undefined);
    },
    stop() {
      win.removeEventListener('popstate', follow);
      for (const [id, owner] of owners) if (owner === target) owners.delete(id);
    },
  };
}

/** What `linkMount` needs of the widget's mount (widget/samskab.tsx). */
export interface LinkedMount {
  links?: DeepLinks | undefined;
  state: { selected?: string | undefined };
  setState(state: { selected: string | undefined; returnTo: string | undefined }): void;
}

/**
 * Gives a mount its deep links once its challenges are known; disposing of the answer app (on
 * unmount, or before "Prøv igen" loads again) stops them. A mount that shows one challenge
 * (`data-challenge`) has no list to link from.
 */
export function linkMount(
  mount: LinkedMount,
  app: { challenges?: readonly { id: string }[] | undefined; dispose(): void },
  config: { challenge?: string | undefined },
  win: HistoryWindow = window,
): void {
  const { challenges } = app;
  if (!challenges || config.challenge) return;
  const links = startDeepLinks(
    {
      lists: (id) => challenges.some((c) => c.id === id),
      show: (id) => mount.setState({ selected: id, returnTo: id ?? mount.state.selected }),
    },
    win,
  );
  mount.links = links;
  const dispose = app.dispose.bind(app);
  app.dispose = () => {
    links.stop();
    if (mount.links === links) mount.links = undefined;
    dispose();
  };
}
