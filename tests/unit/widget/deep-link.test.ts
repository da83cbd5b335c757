import { describe, expect, it, vi } from 'vitest';
import {
  type DeepLinkTarget,
  type LinkedMount,
  linkedId,
  linkMount,
  startDeepLinks,
} from '../../../widget/deep-link';

/** A page's location and history, enough for deep links: entries, Back, popstate. */
function fakeWindow(hash = '') {
  const entries: { state: unknown; url: string }[] = [{ state: null, url: `/side${hash}` }];
  let index = 0;
  const listeners = new Set<() => void>();
  const hashOf = (url: string) => (url.includes('#') ? url.slice(url.indexOf('#')) : '');
  const win = {
    location: {
      get hash() {
        return hashOf(entries[index]!.url);
      },
      pathname: '/side',
      search: '',
    },
    history: {
      get state() {
        return entries[index]!.state;
      },
      get length() {
        return entries.length;
      },
      pushState(state: unknown, _: string, url: string) {
        if (url.startsWith('#')) url = `/side${url}`;
        entries.splice(index + 1, entries.length, { state, url });
        index += 1;
      },
      replaceState(state: unknown, _: string, url: string) {
        entries[index] = { state, url };
      },
      back() {
        index -= 1;
        for (const listener of listeners) listener();
      },
    },
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
    /** Browser Forward, or a link to `#samskab=…` on the page. */
    navigate(url: string) {
      entries.splice(index + 1, entries.length, { state: null, url });
      index += 1;
      for (const listener of listeners) listener();
    },
    listeners,
    entries: () => entries.slice(0, index + 1).map((e) => e.url),
  };
  return win as typeof win & Window;
}

const target = (ids: string[]) => {
  const shown: (string | undefined)[] = [];
  const t: DeepLinkTarget = { lists: (id) => ids.includes(id), show: (id) => shown.push(id) };
  return { t, shown };
};

describe('linkedId', () => {
  it('reads #samskab=<id>, decoded, and nothing else', () => {
    expect(linkedId('#samskab=ensomhed-lunde')).toBe('ensomhed-lunde');
    expect(linkedId('#samskab=%C3%A6ldre')).toBe('ældre');
    expect(linkedId('#samskab=')).toBeUndefined();
    expect(linkedId('#samskab=%E0')).toBeUndefined();
    expect(linkedId('#top')).toBeUndefined();
    expect(linkedId('')).toBeUndefined();
  });
});

describe('startDeepLinks', () => {
  it('opening pushes an entry; Back returns to the list; forward shows it again', () => {
    const win = fakeWindow();
    const { t, shown } = target(['a', 'b']);
    const links = startDeepLinks(t, win);
    expect(shown).toEqual([]);
    links.open('a');
    expect(win.entries()).toEqual(['/side', '/side#samskab=a']);
    expect(shown).toEqual(['a']);
    links.back();
    expect(win.entries()).toEqual(['/side']);
    expect(shown).toEqual(['a', undefined]);
    win.navigate('/side#samskab=b');
    expect(shown).toEqual(['a', undefined, 'b']);
    links.stop();
    expect(win.listeners.size).toBe(0);
  });

  it('a deep link opens the challenge; "back" then stays on the page and drops the link', () => {
    const win = fakeWindow('#samskab=b');
    const { t, shown } = target(['a', 'b']);
    const links = startDeepLinks(t, win);
    expect(shown).toEqual(['b']);
    links.back();
    expect(win.entries()).toEqual(['/side']);
    expect(shown).toEqual(['b', undefined]);
    links.stop();
  });

  it('an id the mount does not list is left alone', () => {
    const win = fakeWindow('#samskab=other');
    const { t, shown } = target(['a']);
    const links = startDeepLinks(t, win);
    win.navigate('/side#samskab=nope');
    expect(shown).toEqual([]);
    links.stop();
  });

  it('with several mounts the first that lists the id takes it, and gives it up when stopped', () => {
    const win = fakeWindow('#samskab=a');
    const first = target(['a']);
    const second = target(['a', 'b']);
    const one = startDeepLinks(first.t, win);
    const two = startDeepLinks(second.t, win);
    expect(first.shown).toEqual(['a']);
    expect(second.shown).toEqual([]);
    // The second mount opens b: the first keeps showing a until the address names it again.
    two.open('b');
    expect(first.shown).toEqual(['a']);
    win.navigate('/side#samskab=a');
    expect(first.shown).toEqual(['a', 'a']);
    expect(second.shown).toEqual(['b', undefined]);
    one.stop();
    win.navigate('/side#samskab=a');
    expect(second.shown).toEqual(['b', undefined, 'a']);
    two.stop();
  });
});

describe('linkMount', () => {
  it('links a mount with a list, stops with the app, and leaves a one-challenge mount alone', () => {
    const dispose = vi.fn();
    const mount: LinkedMount = { state: {}, setState: vi.fn() };
    const app = { challenges: [{ id: 'a' }], dispose };
    linkMount(mount, app, {}, fakeWindow());
    expect(mount.links).toBeDefined();
    mount.links!.open('a');
    expect(mount.setState).toHaveBeenCalledWith({ selected: 'a', returnTo: 'a' });
    app.dispose();
    expect(dispose).toHaveBeenCalled();
    expect(mount.links).toBeUndefined();

    const single: LinkedMount = { state: {}, setState: vi.fn() };
    linkMount(single, { challenges: [{ id: 'a' }], dispose }, { challenge: 'a' }, fakeWindow());
    expect(single.links).toBeUndefined();
  });
});
