import { describe, expect, it, vi } from 'vitest';
import type { PageRequest } from '../../../extension/background/protocol';
import { ListenerCollection } from '../../../extension/listeners';
import { type PanelDeps, panelServices } from '../../../extension/panel-services';
import { DEFAULT_SETTINGS } from '../../../extension/settings';
import type { BroadcastMessage } from '../../../utils/messages';
import { memoryStores } from '../../../utils/storage/samskab-db';
import { queuedItem } from '../utils/fixtures';

/** A window that counts the listeners it holds, per event type. */
class CountingTarget extends EventTarget {
  readonly held = new Map<string, number>();
  override addEventListener(...args: Parameters<EventTarget['addEventListener']>) {
    this.held.set(args[0], (this.held.get(args[0]) ?? 0) + 1);
    super.addEventListener(...args);
  }
  override removeEventListener(...args: Parameters<EventTarget['removeEventListener']>) {
    this.held.set(args[0], (this.held.get(args[0]) ?? 0) - 1);
    super.removeEventListener(...args);
  }
  count = () => [...this.held.values()].reduce((sum, n) => sum + n, 0);
}

const OPTIONS = {
  locale: 'da' as const,
  profile: DEFAULT_SETTINGS.profile,
  endpoint: 'https://lunde.example/api/submissions',
  confirmOrigin: async () => false,
  pageUrl: 'https://lunde.example/',
};

function setup() {
  const events = new CountingTarget();
  const broadcastListeners = new Set<(message: BroadcastMessage) => void>();
  const outbox = [queuedItem()];
  const ask = vi.fn(async (message: PageRequest): Promise<unknown> => {
    if (message.type === 'outbox-list') return outbox;
    return null;
  });
  const memory = memoryStores();
  const deps: PanelDeps = {
    drafts: { stores: memory, persistent: true },
    ask: ask as unknown as PanelDeps['ask'],
    onBroadcast: (listener) => {
      broadcastListeners.add(listener);
      return () => broadcastListeners.delete(listener);
    },
    events,
    isOnline: () => true,
    permissions: { contains: async () => true, request: async () => true },
    confirmed: { has: async () => true, add: async () => undefined },
    clientVersion: '1.0.0',
    failed: vi.fn(),
  };
  const broadcast = (type: BroadcastMessage['type']) => {
    for (const listener of broadcastListeners) listener({ type });
  };
  const held = () => events.count() + broadcastListeners.size;
  return { deps, ask, events, broadcast, held, outbox };
}

describe('the side panel’s services', () => {
  it('remove every listener they added when the panel cleans up', async () => {
    const { deps, events, held } = setup();
    const listeners = new ListenerCollection();
    const services = await panelServices(OPTIONS, deps, listeners);
    expect(services.outbox.value).toHaveLength(1);
    expect(held()).toBe(3); // a broadcast, online, offline
    expect(events.held.get('online')).toBe(1);
    listeners.removeAll();
    expect(held()).toBe(0);
  });

  it('hold one set of listeners however often the challenge changes', async () => {
    const { deps, held } = setup();
    for (let i = 0; i < 5; i++) {
      const listeners = new ListenerCollection();
      await panelServices(OPTIONS, deps, listeners);
      expect(held()).toBe(3);
      listeners.removeAll();
    }
    expect(held()).toBe(0);
  });

  it('leave nothing behind when the panel moved on before they were ready', async () => {
    const { deps, held } = setup();
    const listeners = new ListenerCollection();
    listeners.removeAll();
    await panelServices(OPTIONS, deps, listeners);
    expect(held()).toBe(0);
  });

  it('read the outbox again on a broadcast, send when back online, and say when that fails', async () => {
    const { deps, ask, events, broadcast } = setup();
    const services = await panelServices(OPTIONS, deps, new ListenerCollection());
    ask.mockClear();
    broadcast('outbox-changed');
    await vi.waitFor(() => expect(ask).toHaveBeenCalledWith({ type: 'outbox-list' }));
    events.dispatchEvent(new Event('online'));
    expect(ask).toHaveBeenCalledWith({ type: 'outbox-flush' });
    expect(services.online.value).toBe(true);
    events.dispatchEvent(new Event('offline'));
    expect(services.online.value).toBe(false);
    expect(deps.failed).not.toHaveBeenCalled();

    const down = new Error('no reply');
    ask.mockRejectedValue(down);
    broadcast('outbox-changed');
    events.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(deps.failed).toHaveBeenCalledTimes(2));
    expect(deps.failed).toHaveBeenCalledWith(down);
  });

  it('show a failed retry or discard, and let a failed send reach the form', async () => {
    const { deps, ask, outbox } = setup();
    const services = await panelServices(OPTIONS, deps, new ListenerCollection());
    ask.mockRejectedValue(new Error('failed: Error: disk full'));
    await services.retryNow(outbox[0]!.id);
    await services.discard(outbox[0]!.id);
    expect(deps.failed).toHaveBeenCalledTimes(2);
    // The answer form says "not queued" itself.
    await expect(services.submit(outbox[0]!.submission)).rejects.toThrow('disk full');
    await expect(services.forget()).rejects.toThrow('disk full');
    expect(deps.failed).toHaveBeenCalledTimes(3);
  });

  it('reject when the outbox cannot be read, so the panel shows that instead of a form', async () => {
    const { deps, ask, held } = setup();
    ask.mockRejectedValue(new Error('no reply'));
    const listeners = new ListenerCollection();
    await expect(panelServices(OPTIONS, deps, listeners)).rejects.toThrow('no reply');
    listeners.removeAll();
    expect(held()).toBe(0);
  });
});
